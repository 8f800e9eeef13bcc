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

/** Hex digits of one signature value. */
const HEX = 8;

/**
 * The MinHash signature of a paragraph's own wording (its shingles less the template's), or null
 * when the paragraph is too short or nearly all template to say anything. Written as hex, eight
 * digits a value: a digest holds it as one compact string, and a band is a slice of it.
 */
export function paragraphSignature(text: string): string | null {
  const s = batchSettings().copiedText;
  if (normalise(text).length < s.minChars) return null;
  const template = templatePrints();
  const own = [...shingles(text, s.shingle)].filter((h) => !template.has(h));
  if (own.length < s.minShingles) return null;
  return seeds(s.bands * s.rows)
    .map((seed) => {
      let min = 0xffffffff;
      for (const h of own) {
        const v = mix(h ^ seed);
        if (v < min) min = v;
      }
      return min.toString(16).padStart(HEX, '0');
    })
    .join('');
}

/** Estimated Jaccard similarity of two signatures: the share of values that agree. */
export function similarity(a: string, b: string): number {
  const n = a.length / HEX;
  let same = 0;
  for (let i = 0; i < n; i++) if (a.startsWith(b.slice(i * HEX, (i + 1) * HEX), i * HEX)) same++;
  return same / n;
}

/** Band `band` of a signature: its `rows` values, the key of the paragraph's bucket in that band. */
export const bandKey = (signature: string, band: number, rows: number): string =>
  signature.slice(band * rows * HEX, (band + 1) * rows * HEX);
