// Near-duplicate paragraphs by MinHash over character shingles, found with LSH banding: each
// paragraph goes into one bucket per band, so finding copies costs time linear in the paragraphs,
// not in their pairs. Chinese has no spaces, so shingles are runs of characters, not words.
// Hashing is fixed (no random seeds): the same text gives the same signature in every process.
import { batchSettings, templateWording } from './settings.ts';

/** FNV-1a over a string's UTF-16 units: a fast, fixed 32-bit hash. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: scrambles a 32-bit value so that x ^ seed gives independent-looking hashes. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** White space and punctuation do not make wording different. */
const normalise = (text: string): string => text.replace(/[\s，。；：、“”‘’（）()《》,.;:!?！？—-]+/g, '');

/** The hashes of a text's shingles of `size` characters. */
export function shingles(text: string, size: number): Set<number> {
  const t = normalise(text);
  const out = new Set<number>();
  for (let i = 0; i + size <= t.length; i++) out.add(fnv1a(t.slice(i, i + size)));
  return out;
}

let templateShingles: Set<number> | null = null;

function templatePrints(): Set<number> {
  templateShingles ??= shingles(templateWording(), batchSettings().copiedText.shingle);
  return templateShingles;
}

/** Seeds of the signature's hash functions, fixed. */
function seeds(n: number): number[] {
  return Array.from({ length: n }, (_, i) => mix(0x9e3779b9 + i));
}

/**
 * The MinHash signature of a paragraph's own wording (its shingles less the template's), or null
 * when the paragraph is too short or nearly all template to say anything.
 */
export function paragraphSignature(text: string): number[] | null {
  const s = batchSettings().copiedText;
  if (normalise(text).length < s.minChars) return null;
  const template = templatePrints();
  const own = [...shingles(text, s.shingle)].filter((h) => !template.has(h));
  if (own.length < s.minShingles) return null;
  return seeds(s.bands * s.rows).map((seed) => {
    let min = 0xffffffff;
    for (const h of own) {
      const v = mix(h ^ seed);
      if (v < min) min = v;
    }
    return min;
  });
}

/** Estimated Jaccard similarity of two signatures: the share of places where they agree. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** The band keys of a signature: `rows` values per band, each band hashed with its number. */
export function bandKeys(signature: readonly number[], bands: number, rows: number): string[] {
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) keys.push(`${b}:${signature.slice(b * rows, (b + 1) * rows).join(',')}`);
  return keys;
}
