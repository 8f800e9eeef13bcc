// Checks the truth files of a hand-written evaluation set (test/holdout2, test/holdout3)
// against their documents:
//  1. every truth file validates with TruthSchema and names a document of the folder (and back);
//  2. every figure's raw and every heading occurs, in order, in the document's text
//     (.txt as UTF-8 or GBK, .docx from word/document.xml, .pdf from pdftotext -raw; white space ignored;
//     a heading numbered by Word auto-numbering is looked for without its number in the .docx);
//  3. every relation is evaluated with exact rational arithmetic on rounding intervals
//     (DOMAIN.md "Tolerance"): relations without `error` must hold, those with `error` must fail,
//     every error but `year` must break at least one relation, and its `stated` must be printed in
//     one of the figures of those relations.
//
//   npx tsx test/eval/check-truth.ts test/holdout2

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { TruthSchema, type Truth, type TruthFigure, type TruthRelation } from '../corpus/truth-schema.ts';

// The set to check: its documents and, below it, truth/.
const HERE = path.resolve(process.argv[2] ?? '.');
const problems: string[] = [];
const problem = (file: string, msg: string): void => void problems.push(`${file}: ${msg}`);

// ---------- document text ----------

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

async function documentText(file: string): Promise<string> {
  const buf = readFileSync(file);
  if (file.endsWith('.txt')) {
    const utf8 = buf.toString('utf8');
    return utf8.includes('\uFFFD') ? iconv.decode(buf, 'gbk') : utf8;
  }
  if (file.endsWith('.docx')) {
    const xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
    return decodeXml(
      xml
        .replace(/<\/w:p>/g, '\n')
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '\u0000$1\u0000')
        .replace(/\u0000([^\u0000]*)\u0000|<[^>]*>/g, (_m, t?: string) => t ?? ''),
    );
  }
  if (file.endsWith('.pdf')) return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  throw new Error(`unknown format ${file}`);
}

const squash = (s: string): string => s.replace(/\s+/g, '');

function inOrder(file: string, what: string, text: string, items: string[], alt?: (s: string) => string | null): void {
  const t = squash(text);
  let at = 0;
  items.forEach((item, k) => {
    let i = t.indexOf(squash(item), at);
    let len = squash(item).length;
    if (i < 0 && alt) {
      const a = alt(item);
      if (a) {
        i = t.indexOf(squash(a), at);
        len = squash(a).length;
      }
    }
    if (i < 0) {
      const anywhere = t.indexOf(squash(item));
      problem(file, `${what} ${k} "${item}" not found after offset ${at}${anywhere >= 0 ? ` (it is at ${anywhere}: out of order)` : ''} near "${t.slice(at, at + 40)}"`);
      return;
    }
    at = i + len;
  });
}

// ---------- exact intervals ----------

interface Q {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function q(n: bigint, d = 1n): Q {
  if (d < 0n) (n = -n), (d = -d);
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
const show = (a: Q): string => (Number(a.n) / Number(a.d)).toFixed(6).replace(/\.?0+$/, '');

interface I {
  lo: Q;
  hi: Q;
}
const MONEY_FACTOR: Record<string, bigint> = { 元: 1n, 千元: 1000n, 万元: 10000n, 亿元: 100000000n };

function interval(f: TruthFigure): I {
  const dec = f.decimals ?? 0;
  const scale = 10n ** BigInt(dec);
  const mid = q(BigInt(f.value.toFixed(dec).replace('.', '')), scale);
  const exact = f.kind === 'count' || f.kind === 'score';
  const half = exact ? q(0n) : q(1n, 2n * scale);
  const factor = f.kind === 'amount' ? q(MONEY_FACTOR[f.unit]!) : q(1n);
  return { lo: mul(sub(mid, half), factor), hi: mul(add(mid, half), factor) };
}

const overlap = (a: I, b: I): boolean => cmp(a.lo, b.hi) <= 0 && cmp(b.lo, a.hi) <= 0;
const H = q(100n);

function evaluate(t: Truth, r: TruthRelation): { holds: boolean; expected: I; actual: I } {
  const iv = (k: number): I => interval(t.figures[k]!);
  const actual = iv(r.result);
  let expected: I;
  switch (r.op) {
    case 'sum': {
      let lo = q(0n);
      let hi = q(0n);
      for (const k of r.operands) (lo = add(lo, iv(k).lo)), (hi = add(hi, iv(k).hi));
      for (const k of r.minus ?? []) (lo = sub(lo, iv(k).hi)), (hi = sub(hi, iv(k).lo));
      expected = { lo, hi };
      break;
    }
    case 'ratio': {
      const [a, b] = r.operands.map(iv) as [I, I];
      expected = { lo: mul(div(a.lo, b.hi), H), hi: mul(div(a.hi, b.lo), H) };
      break;
    }
    case 'growth': {
      const [a, b] = r.operands.map(iv) as [I, I];
      expected = { lo: mul(sub(div(a.lo, b.hi), q(1n)), H), hi: mul(sub(div(a.hi, b.lo), q(1n)), H) };
      break;
    }
    case 'equal':
      expected = iv(r.operands[0]!);
      break;
    case 'le': {
      const w = iv(r.operands[0]!);
      return { holds: cmp(actual.lo, w.hi) <= 0, expected: { lo: q(-(10n ** 15n)), hi: w.hi }, actual };
    }
    case 'count': {
      const n = q(BigInt(r.items!.length));
      expected = { lo: n, hi: n };
      break;
    }
  }
  return { holds: overlap(expected, actual), expected, actual };
}

// ---------- main ----------

async function main(): Promise<void> {
  const truthDir = path.join(HERE, 'truth');
  const docs = readdirSync(HERE).filter((n) => /\.(txt|docx|doc|pdf)$/.test(n)).sort();
  const truths = readdirSync(truthDir).filter((n) => n.endsWith('.json')).sort();
  const expectedTruths = docs.map((d) => `${d}.json`);
  if (JSON.stringify(truths) !== JSON.stringify(expectedTruths)) problem('truth/', `truth files ${truths.join(', ')} do not pair with documents ${docs.join(', ')}`);
  let nFig = 0;
  let nRel = 0;
  for (const name of truths) {
    const parsed = TruthSchema.safeParse(JSON.parse(readFileSync(path.join(truthDir, name), 'utf8')));
    if (!parsed.success) {
      problem(name, JSON.stringify(parsed.error.issues));
      continue;
    }
    const t = parsed.data;
    if (`${t.file}.json` !== name) problem(name, `names ${t.file}`);
    const docFile = path.join(HERE, t.file);
    const text = await documentText(docFile);
    inOrder(t.file, 'figure', text, t.figures.map((f) => f.raw));
    inOrder(t.file, 'heading', text, t.headings, t.file.endsWith('.docx') ? (h) => h.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '') : undefined);
    // the year of the document appears in its name and its text
    if (!t.file.startsWith(String(t.year))) problem(t.file, `year ${t.year} not in the file name`);
    const broken = new Set<number>();
    for (const [k, r] of (t.relations ?? []).entries()) {
      const { holds, expected, actual } = evaluate(t, r);
      const desc = `relation ${k} (${r.kind} ${r.op} result ${t.figures[r.result]!.raw}): expected [${show(expected.lo)}, ${show(expected.hi)}], printed [${show(actual.lo)}, ${show(actual.hi)}]`;
      if (r.error === undefined && !holds) problem(t.file, `${desc} does not hold`);
      if (r.error !== undefined) {
        if (holds) problem(t.file, `${desc} holds but is marked broken by error ${r.error}`);
        broken.add(r.error);
        const e = t.errors[r.error]!;
        const printed = [r.result, ...r.operands, ...(r.minus ?? [])].map((i) => t.figures[i]!.raw);
        if (!printed.some((raw) => raw.includes(e.stated))) problem(t.file, `error ${r.error} stated ${e.stated} is none of ${printed.join(' ')}`);
      }
    }
    t.errors.forEach((e, k) => {
      if (e.kind === 'year') {
        if (!squash(text).includes(e.stated)) problem(t.file, `year error ${k}: ${e.stated} not in the text`);
      } else if (!broken.has(k)) problem(t.file, `error ${k} (${e.kind}) breaks no relation`);
    });
    nFig += t.figures.length;
    nRel += (t.relations ?? []).length;
    console.log(`${t.file}: ${t.headings.length} headings, ${t.figures.length} figures, ${t.errors.length} errors, ${(t.relations ?? []).length} relations`);
  }
  console.log(`\n${truths.length} truth files, ${nFig} figures, ${nRel} relations`);
  if (problems.length) {
    console.log(`\n${problems.length} problems:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('all checks pass');
}

await main();
