// Turns the hand-written compact truth files (_build/truth/*.truth) into truth/<file>.json
// in CONTRACT.md's format, and checks every relation with exact interval arithmetic:
// a relation without `!k` must hold within rounding, one with `!k` (broken by error k) must fail.
//
//   npx tsx test/holdout/_build/make-truth.ts
//
// Compact format (see README.md): `key: value` header lines, then sections
// `== headings` (one per line, as written), `== figures` (`raw | value | unit | ~`, value and
// unit optional when the raw shows them, `~` = approximate; `@unit X` gives bare table cells
// a unit until `@unit -`), `== errors` (`kind | description | stated | correct | n1, n2`),
// `== relations` (`kind op: result = a + b - c !k`, figures named by raw, `raw@2` for the
// second figure with that raw, or `#index`).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, ivText, type Op } from './intervals.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(HERE, 'truth');
const OUT = path.join(HERE, '..', 'truth');

const MONEY = ['元', '千元', '万元', '亿元'];
const PERCENT = ['%', '个百分点'];
const MEASURE = /^万?(公里|吨|平方米|公顷|亩)$/;
const SCHEMA_OPS = new Set(['sum', 'ratio', 'growth', 'equal', 'le', 'count']);

interface Figure { raw: string; value: number; unit: string; kind: string; approx?: boolean; decimals?: number }
interface Relation { kind: string; op: Op; result: number; operands: number[]; minus?: number[]; items?: string[]; error?: number }

function kindOf(unit: string): string {
  if (MONEY.includes(unit)) return 'amount';
  if (PERCENT.includes(unit)) return 'percent';
  if (unit === '分') return 'score';
  if (MEASURE.test(unit)) return 'measure';
  return 'count';
}

function canonicalUnit(u: string): string {
  return u.replace(/[余多]/g, '').replace(/％/g, '%').replace(/㎡/g, '平方米').replace(/萬/g, '万');
}

const decimalsOf = (s: string) => (/\.(\d+)/.exec(s)?.[1]?.length ?? 0);

function parseFigure(line: string, defaultUnit: string | null, where: string): Figure {
  const [raw, ...rest] = line.split(' | ').map((s) => s.trim());
  let value: number | undefined;
  let valueText: string | undefined;
  let unit: string | undefined;
  let approx = false;
  for (const field of rest) {
    if (field === '~') approx = true;
    else if (/^-?\d+(\.\d+)?$/.test(field)) { value = Number(field); valueText = field; }
    else unit = field;
  }
  const arabic = /^(负|[-－])?([(（])?([\d,]+(?:\.\d+)?)(.*)$/.exec(raw!);
  let tail = '';
  if (arabic) {
    const negative = Boolean(arabic[1] || arabic[2]);
    const parsed = Number(arabic[3]!.replace(/,/g, '')) * (negative ? -1 : 1);
    if (value === undefined) { value = parsed; valueText = arabic[3]!; }
    else if (value !== parsed) throw new Error(`${where}: value ${value} differs from the raw ${raw}`);
    tail = arabic[4]!.replace(/^[)）]/, '');
  } else {
    if (value === undefined) throw new Error(`${where}: ${raw} needs an explicit value`);
    tail = raw!.replace(/^[零〇一二两三四五六七八九十百千点]+/, '');
  }
  if (unit === undefined) {
    const u = canonicalUnit(tail);
    unit = u === '' ? (defaultUnit ?? undefined) : u;
    if (unit === undefined) throw new Error(`${where}: no unit for ${raw}`);
  }
  const fig: Figure = { raw: raw!, value, unit, kind: kindOf(unit) };
  if (approx) fig.approx = true;
  const decimals = decimalsOf(arabic ? arabic[3]! : valueText!);
  fig.decimals = decimals;
  return fig;
}

function resolve(ref: string, figs: Figure[], where: string): number {
  ref = ref.trim();
  if (ref.startsWith('#')) return Number(ref.slice(1));
  const m = /^(.*?)(?:@(\d+))?$/.exec(ref)!;
  const raw = m[1]!;
  const nth = Number(m[2] ?? '1');
  const hits = figs.map((f, i) => (f.raw === raw ? i : -1)).filter((i) => i >= 0);
  if (hits.length === 0) throw new Error(`${where}: no figure ${raw}`);
  if (!m[2] && hits.length > 1) throw new Error(`${where}: ${raw} occurs ${hits.length} times; say which with @n`);
  const idx = hits[nth - 1];
  if (idx === undefined) throw new Error(`${where}: ${raw} has no occurrence ${nth}`);
  return idx;
}

function parseRelation(line: string, figs: Figure[], where: string): Relation {
  let error: number | undefined;
  line = line.replace(/\s!(\d+)\s*$/, (_, k: string) => { error = Number(k); return ''; });
  const m = /^(\w+)\s+(\w+):\s*(.+?)\s*(=|<=)\s*(.+)$/.exec(line);
  if (!m) throw new Error(`${where}: cannot read relation ${line}`);
  const [, kind, op, resultRef, , rhs] = m as unknown as [string, string, Op, string, string, string];
  const r: Relation = { kind: kind!, op: op as Op, result: resolve(resultRef!, figs, where), operands: [] };
  switch (op) {
    case 'sum': {
      const terms = rhs!.split(/\s+(?=[+-]\s)/);
      terms.forEach((t, i) => {
        const sign = i === 0 ? '+' : t.trim()[0];
        const ref = i === 0 ? t : t.trim().slice(1);
        const idx = resolve(ref, figs, where);
        if (sign === '-') (r.minus ??= []).push(idx);
        else r.operands.push(idx);
      });
      break;
    }
    case 'ratio': case 'inc': case 'dec': r.operands = rhs!.split(' / ').map((s) => resolve(s, figs, where)); break;
    case 'growth': r.operands = rhs!.split(' , ').map((s) => resolve(s, figs, where)); break;
    case 'equal': case 'le': r.operands = [resolve(rhs!, figs, where)]; break;
    case 'count': r.items = rhs!.replace(/^\[|\]$/g, '').split('、'); break;
    default: throw new Error(`${where}: unknown op ${op}`);
  }
  if (error !== undefined) r.error = error;
  return r;
}

function build(file: string): { name: string; json: string; problems: string[] } {
  const text = readFileSync(path.join(SRC, file), 'utf8');
  const head: Record<string, string> = {};
  const headings: string[] = [];
  const figures: Figure[] = [];
  const errors: { kind: string; description: string; stated: string; correct: string; numbers: string[] }[] = [];
  const relationLines: [string, string][] = [];
  let section = 'head';
  let defaultUnit: string | null = null;
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.replace(/\s+$/, '');
    const where = `${file}:${i + 1}`;
    if (line === '' || line.startsWith('//')) return;
    if (line.startsWith('== ')) { section = line.slice(3).trim(); return; }
    if (section === 'head') {
      const m = /^(\w+):\s*(.*)$/.exec(line);
      if (!m) throw new Error(`${where}: bad header line`);
      head[m[1]!] = m[2]!;
    } else if (section === 'headings') headings.push(line.trim());
    else if (section === 'figures') {
      if (line.startsWith('@unit ')) { const u = line.slice(6).trim(); defaultUnit = u === '-' ? null : u; return; }
      figures.push(parseFigure(line.trim(), defaultUnit, where));
    } else if (section === 'errors') {
      const [kind, description, stated, correct, numbers] = line.split(' | ').map((s) => s.trim());
      errors.push({ kind: kind!, description: description!, stated: stated!, correct: correct!, numbers: numbers!.split(/,\s+/) });
    } else if (section === 'relations') relationLines.push([line.trim(), where]);
    else throw new Error(`${where}: unknown section ${section}`);
  });
  const problems: string[] = [];
  const relations = relationLines.map(([l, where]) => {
    const r = parseRelation(l, figures, where);
    const res = evaluate(r, figures);
    const expectHold = r.error === undefined;
    if (res.holds !== expectHold) {
      problems.push(`${where}: relation ${expectHold ? 'fails' : 'holds but is marked as broken'}: ${l}\n    stated ${ivText(res.stated)} computed ${ivText(res.computed)}`);
    }
    return r;
  });
  const truth: Record<string, unknown> = {
    file: head.file,
    department: head.department,
    year: Number(head.year),
    doc_kind: head.doc_kind,
    clean: errors.length === 0,
  };
  if (head.pages) truth.pages = Number(head.pages);
  if (head.tables) truth.tables = head.tables.split(/,\s*/);
  truth.headings = headings;
  truth.figures = figures;
  truth.errors = errors;
  truth.relations = relations
    .filter((r) => SCHEMA_OPS.has(r.op))
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));
  // One figure, heading, error or relation per line: the truth stays readable and diffable.
  const lines = ['{'];
  const entries = Object.entries(truth);
  entries.forEach(([k, v], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(v) && v.length > 0) {
      lines.push(`  ${JSON.stringify(k)}: [`);
      v.forEach((x, j) => lines.push(`    ${JSON.stringify(x)}${j < v.length - 1 ? ',' : ''}`));
      lines.push(`  ]${comma}`);
    } else lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`);
  });
  lines.push('}');
  return { name: `${head.file}.json`, json: lines.join('\n') + '\n', problems };
}

const only = process.argv[2];
let failed = false;
for (const file of readdirSync(SRC).filter((f) => f.endsWith('.truth')).sort()) {
  if (only && !file.includes(only)) continue;
  try {
    const { name, json, problems } = build(file);
    writeFileSync(path.join(OUT, name), json);
    const n = JSON.parse(json);
    console.log(`${name}: ${n.headings.length} headings, ${n.figures.length} figures, ${n.errors.length} errors, ${n.relations.length} relations`);
    for (const p of problems) { console.log(`  ! ${p}`); failed = true; }
  } catch (e) {
    console.log(`${file}: ${(e as Error).message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
