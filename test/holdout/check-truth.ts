// Validates the held-out truth files against their documents.
//
//   npx tsx test/holdout/check-truth.ts [--audit]
//
// For every truth/*.json: the shape (TruthSchema of the corpus tests); the document exists;
// every figure's raw occurs in the document text, in document order (white space ignored, so
// PDF line breaks do not matter); every heading occurs, in order (a heading numbered by Word
// auto-numbering may be found without its number in a .docx); the value agrees with the raw
// (Arabic and Chinese numerals are read independently of the truth); the kind fits the unit;
// each error's stated number is printed in the document; every relation holds within rounding
// unless it names the error that breaks it, and then it must fail.
// Text: .txt as UTF-8 or GBK, .docx with mammoth, .pdf with `pdftotext -layout` (poppler-utils; layout mode keeps table rows in order).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { TruthSchema, type Truth } from '../corpus/truth-schema.ts';
import { evaluate, ivText, type Op } from './_build/intervals.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TRUTH = path.join(HERE, 'truth');

async function documentText(file: string): Promise<string> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt') {
    const buf = readFileSync(file);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(buf);
    } catch {
      return iconv.decode(buf, 'gbk');
    }
  }
  if (ext === '.docx') return (await mammoth.extractRawText({ path: file })).value;
  if (ext === '.pdf') return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  throw new Error(`unsupported format ${ext}`);
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const AUDIT = process.argv.includes('--audit');

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十四 → 14, 二十 → 20, 一百零五 → 105, 九十八点六 → 98.6. */
export function chineseNumber(s: string): number {
  const [int, frac] = s.split('点');
  let total = 0;
  let digit = 0;
  for (const ch of int!) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in SCALE) { total += (digit || 1) * SCALE[ch]!; digit = 0; }
    else throw new Error(`not a Chinese numeral: ${s}`);
  }
  total += digit;
  if (frac) total += Number('0.' + [...frac].map((c) => String(DIGIT[c])).join(''));
  return total;
}

/** Full-width digits and separators (１２８．６) as ASCII; ％ and ㎡ are left to the unit check. */
const halfWidth = (s: string) => s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The value a raw span shows, read without the truth. */
function valueOfRaw(raw: string): number | null {
  raw = halfWidth(raw);
  const arabic = /^(负|[-－])?([(（])?([\d,]+(?:\.\d+)?)/.exec(raw);
  if (arabic) return Number(arabic[3]!.replace(/,/g, '')) * (arabic[1] || arabic[2] ? -1 : 1);
  const cn = /^(?:百分之)?([零〇一二两三四五六七八九十百千点]+)/.exec(raw);
  return cn ? chineseNumber(cn[1]!) : null;
}

const KIND_OF_UNIT = (unit: string): string =>
  ['元', '千元', '万元', '亿元'].includes(unit) ? 'amount'
  : ['%', '个百分点'].includes(unit) ? 'percent'
  : unit === '分' ? 'score'
  : /^万?(公里|吨|平方米|公顷|亩)$/.test(unit) ? 'measure'
  : 'count';

async function checkOne(name: string): Promise<{ problems: string[]; notes: string[]; truth?: Truth }> {
  const problems: string[] = [];
  const notes: string[] = [];
  const data = JSON.parse(readFileSync(path.join(TRUTH, name), 'utf8'));
  const parsed = TruthSchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => `shape: ${i.path.join('.')}: ${i.message}`), notes };
  }
  const truth = parsed.data;
  if (`${truth.file}.json` !== name) problems.push(`truth file name ${name} does not match file ${truth.file}`);
  const docPath = path.join(HERE, truth.file);
  if (!existsSync(docPath)) return { problems: [...problems, `document ${truth.file} not found`], notes, truth };
  const text = squeeze(await documentText(docPath));
  const isDocx = truth.file.endsWith('.docx');
  const isPdf = truth.file.endsWith('.pdf');

  // Figures, in order.
  let cursor = 0;
  const spans: [number, number][] = [];
  truth.figures.forEach((f, i) => {
    const raw = squeeze(f.raw);
    const at = text.indexOf(raw, cursor);
    if (at >= 0) { cursor = at + raw.length; spans.push([at, cursor]); }
    else {
      const anywhere = text.indexOf(raw);
      const msg = `figure ${i} ${f.raw}: ${anywhere >= 0 ? 'found only before the previous figure (order)' : 'not in the text'}`;
      // A running footer can land inside a figure at a PDF page break: a known trap, noted only.
      if (isPdf) notes.push(msg); else problems.push(msg);
    }
    const v = valueOfRaw(f.raw);
    if (v === null) problems.push(`figure ${i} ${f.raw}: no number in the raw`);
    else if (v !== f.value) problems.push(`figure ${i} ${f.raw}: value ${f.value}, the raw shows ${v}`);
    if (KIND_OF_UNIT(f.unit) !== f.kind) problems.push(`figure ${i} ${f.raw}: kind ${f.kind} does not fit unit ${f.unit}`);
    const tail = halfWidth(f.raw).replace(/^(负|[-－])?[(（]?(百分之)?[\d,.零〇一二两三四五六七八九十百千点]+/, '').replace(/[)）余多]/g, '');
    const canon = tail.replace(/％/g, '%').replace(/㎡/g, '平方米');
    if (canon !== '' && canon !== f.unit && !f.raw.startsWith('百分之')) problems.push(`figure ${i} ${f.raw}: unit ${f.unit} but the raw ends in ${tail}`);
    if (/[余多]/.test(f.raw) && !f.approx) problems.push(`figure ${i} ${f.raw}: 余/多 in the raw but approx is not set`);
  });

  // --audit: every Arabic number of the text that no truth figure covers, for a human to confirm
  // that it is a year, date, document number, phone number, list number or name.
  if (AUDIT) {
    for (const m of text.matchAll(/\d[\d,.]*/g)) {
      const at = m.index!;
      if (spans.some(([a, b]) => at >= a && at < b)) continue;
      notes.push(`not a figure: …${text.slice(Math.max(0, at - 6), at + m[0].length + 4)}…`);
    }
  }

  // Headings, in order.
  cursor = 0;
  for (const h of truth.headings) {
    const want = squeeze(h);
    let at = text.indexOf(want, cursor);
    let len = want.length;
    if (at < 0 && isDocx) {
      const bare = want.replace(/^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])/, '');
      at = text.indexOf(bare, cursor);
      len = bare.length;
      if (at >= 0) notes.push(`heading ${h}: number not in the text (Word auto-numbering)`);
    }
    if (at < 0) problems.push(`heading ${h}: ${text.includes(want) ? 'out of order' : 'not in the text'}`);
    else cursor = at + len;
  }

  // Errors: the wrong number is printed.
  for (const e of truth.errors) {
    if (!text.includes(e.stated)) problems.push(`error ${e.kind}: stated ${e.stated} is not printed in the document`);
  }

  // Relations.
  (truth.relations ?? []).forEach((r, i) => {
    const res = evaluate({ ...r, op: r.op as Op }, truth.figures);
    const broken = r.error !== undefined;
    if (res.holds === broken) {
      const figs = [r.result, ...r.operands, ...(r.minus ?? [])].map((k) => truth.figures[k]!.raw).join(' ');
      problems.push(`relation ${i} (${r.kind} ${r.op}: ${figs}) ${broken ? 'holds but is marked broken' : 'fails'}: stated ${ivText(res.stated)} computed ${ivText(res.computed)}`);
    }
  });
  if (truth.errors.some((_, k) => !(truth.relations ?? []).some((r) => r.error === k)) && truth.errors.every((e) => e.kind !== 'year')) {
    notes.push('an error has no schema relation naming it (a change printed without last year\'s value is checked only by _build/make-truth.ts)');
  }
  return { problems, notes, truth };
}

async function main(): Promise<void> {
  const names = readdirSync(TRUTH).filter((n) => n.endsWith('.json')).sort();
  let bad = 0;
  const truths: Truth[] = [];
  for (const name of names) {
    const { problems, notes, truth } = await checkOne(name);
    if (truth) truths.push(truth);
    const status = problems.length ? 'FAIL' : 'ok';
    console.log(`${status.padEnd(4)} ${name} (${truth?.figures.length ?? '?'} figures, ${truth?.headings.length ?? '?'} headings, ${truth?.errors.length ?? '?'} errors)`);
    for (const p of problems) console.log(`     ✗ ${p}`);
    for (const n of notes) console.log(`     · ${n}`);
    if (problems.length) bad++;
  }
  // The mix the brief asks for.
  const by = (f: (t: Truth) => string) => truths.reduce<Record<string, number>>((m, t) => ({ ...m, [f(t)]: (m[f(t)] ?? 0) + 1 }), {});
  console.log('\nformats', by((t) => path.extname(t.file).slice(1)), 'kinds', by((t) => t.doc_kind ?? '?'),
    'clean', by((t) => String(t.clean)), 'years', by((t) => String(t.year)));
  console.log(`figures ${truths.reduce((s, t) => s + t.figures.length, 0)} · headings ${truths.reduce((s, t) => s + t.headings.length, 0)} · errors ${truths.reduce((s, t) => s + t.errors.length, 0)}`);
  console.log(bad ? `\n${bad} truth file(s) with problems` : '\nall truth files check out');
  process.exit(bad ? 1 : 0);
}

await main();
