// Injected inconsistencies: an error changes the value of one printed figure of a relation
// (or one year), so that the relation fails beyond rounding. Every relation that the change
// breaks is recorded against that error; a relation failing for any other reason is a bug
// of the generator and stops it.

import type { DocBuilder, Fig, Rel } from './builder.ts';
import { addUnits, decimalsOf, scaleBy } from './numfmt.ts';
import type { Rng } from './prng.ts';
import { evaluate, type RelFigure, type RelationSpec } from './relations.ts';

import { ERROR_KINDS } from '../corpus/truth-schema.ts';

export type ErrorKind = (typeof ERROR_KINDS)[number];
export { ERROR_KINDS };

export interface Injected {
  kind: ErrorKind;
  fig: Fig;
  rel: Rel | null;
  description: string;
  stated: string;
  correct: string;
  numbers: string[];
}

function relFigs(r: Rel): Fig[] {
  return [r.result, ...r.operands, ...(r.minus ?? [])];
}

function asRelFigure(f: Fig): RelFigure {
  return { kind: f.spec.kind, value: Number(f.spec.value), unit: f.spec.unit, decimals: decimalsOf(f.spec.value) };
}

/** Evaluates a builder relation on the current values of its figures. */
export function holds(r: Rel): boolean {
  const figs = relFigs(r);
  const spec: RelationSpec = {
    kind: r.kind, op: r.op, result: 0,
    operands: r.operands.map((_, i) => 1 + i),
    minus: (r.minus ?? []).map((_, i) => 1 + r.operands.length + i),
    items: r.items,
  };
  return evaluate(spec, figs.map(asRelFigure)).holds;
}

function describe(kind: ErrorKind, rel: Rel | null, fig: Fig): string {
  const l = fig.spec.label;
  const total = rel?.result.spec.label ?? l;
  switch (kind) {
    case 'sum': return `${total}与其组成部分之和不符（${l}）`;
    case 'income_expenditure': return `收入与支出的总计关系不成立（${l}）`;
    case 'budget_roll': return `预算数、调整数、执行数与结余之间不衔接（${l}）`;
    case 'rate': return `${total}与其分子/分母计算结果不符`;
    case 'change': return `${l}与本年、上年数据不符`;
    case 'share': return `${total}与部分/整体计算结果不符`;
    case 'three_public': return `“三公”经费合计与各分项之和不符（${l}）`;
    case 'repeat': return `同一指标“${l}”前后表述不一致`;
    case 'enumeration': return `${l}与所列名单个数不符`;
    case 'score': return rel?.op === 'le' ? `${l}超过该指标分值` : `各指标得分（分值）之和与合计不符（${l}）`;
    case 'staff': return `实有人数超过编制人数`;
    case 'year': return `文中出现非本年度的年份`;
  }
}

/** A wrong value for `fig`, different enough that `rel` fails; null if none found. */
function wrongValue(kind: ErrorKind, rel: Rel, fig: Fig, rng: Rng): string | null {
  const v = fig.spec.value;
  const candidates: (() => string)[] = [];
  if (kind === 'staff') {
    const bound = Number(rel.operands[0]!.spec.value);
    return String(bound + rng.int(1, 4));
  }
  if (kind === 'score' && rel.op === 'le') {
    const bound = Number(rel.operands[0]!.spec.value);
    return String(bound + rng.pick([0.5, 1, 1, 2, 3]));
  }
  if (fig.spec.kind === 'count' || fig.spec.kind === 'score') {
    const step = fig.spec.kind === 'score' ? rng.pick([0.5, 1, 2, 3]) : rng.pick([1, 1, 2]);
    const n = Number(v) + (rng.chance(0.5) || Number(v) <= step ? step : -step);
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
  }
  const dec = decimalsOf(v);
  const subtle = () => scaleBy(v, 1 + (rng.chance(0.5) ? 1 : -1) * (0.002 + 0.018 * rng.next()));
  const coarse = () => scaleBy(v, 1 + (rng.chance(0.5) ? 1 : -1) * (0.03 + 0.27 * rng.next()));
  const swap = () => {
    const digits = v.split('');
    const idx = digits.map((_, i) => i).filter((i) => /\d/.test(digits[i]!) && /\d/.test(digits[i + 1] ?? '') && digits[i] !== digits[i + 1]);
    if (idx.length === 0) return coarse();
    const i = rng.pick(idx);
    [digits[i], digits[i + 1]] = [digits[i + 1]!, digits[i]!];
    return digits.join('').replace(/^0+(?=\d)/, '');
  };
  const units = () => addUnits(v, (rng.chance(0.5) ? 1 : -1) * rng.pick([10, 100, 1000, 10 ** dec]));
  if (fig.spec.kind === 'percent') {
    const pp = () => addUnits(v, (rng.chance(0.5) ? 1 : -1) * Math.round((0.2 + 4 * rng.next()) * 10 ** dec));
    candidates.push(pp, pp, subtle, swap);
  } else {
    candidates.push(subtle, subtle, coarse, swap, units);
  }
  for (let tries = 0; tries < 20; tries++) {
    const w = rng.pick(candidates)();
    if (w === v || w.startsWith('-') || Number(w) === 0) continue;
    if (fig.spec.kind === 'percent' && Number(w) > 100 && Number(v) <= 100) continue;
    fig.spec.value = w;
    const fails = !holds(rel);
    fig.spec.value = v;
    if (fails) return w;
  }
  return null;
}

/** Which figure of a relation an error of `kind` changes, best first. */
function targets(kind: ErrorKind, rel: Rel, useCount: Map<Fig, number>): Fig[] {
  const ok = (f: Fig) => f.spec.arabic && !f.spec.frozen && f.spec.kind !== 'year' && !f.spec.value.startsWith('-') && Number(f.spec.value) !== 0;
  const resultFirst = ['rate', 'share', 'change', 'repeat', 'enumeration', 'staff', 'score'].includes(kind);
  const all = relFigs(rel).filter(ok);
  const sorted = all.slice().sort((a, b) => (useCount.get(a) ?? 0) - (useCount.get(b) ?? 0));
  if (resultFirst && ok(rel.result)) return [rel.result, ...sorted.filter((f) => f !== rel.result)];
  return sorted;
}

/** Injects up to `want` errors, trying `kinds` in order and skipping those this document cannot carry. */
export function injectErrors(b: DocBuilder, rng: Rng, kinds: ErrorKind[], year: number, want: number): Injected[] {
  const out: Injected[] = [];
  const touched = new Set<Fig>();
  const useCount = new Map<Fig, number>();
  for (const r of b.rels) for (const f of relFigs(r)) useCount.set(f, (useCount.get(f) ?? 0) + 1);
  for (const kind of kinds) {
    if (out.length === want) break;
    if (kind === 'year') {
      const ys = b.figs.filter((f) => f.spec.kind === 'year' && !f.spec.frozen && !touched.has(f));
      if (ys.length === 0) continue;
      const fig = rng.pick(ys);
      const wrong = String(year - rng.pick([1, 1, 2, 3]));
      fig.spec.value = wrong;
      touched.add(fig);
      out.push({ kind, fig, rel: null, description: describe(kind, null, fig), stated: wrong, correct: String(year), numbers: [wrong] });
      continue;
    }
    const relKind = kind;
    const rels = rng.shuffle(b.rels.filter((r) => r.kind === relKind && holds(r) && relFigs(r).every((f) => !touched.has(f))));
    let done = false;
    for (const rel of rels) {
      for (const fig of targets(kind, rel, useCount)) {
        // Keep errors apart: no relation may be broken by two errors.
        const broken = b.rels.filter((r) => relFigs(r).includes(fig));
        if (broken.some((r) => relFigs(r).some((f) => touched.has(f)))) continue;
        const w = wrongValue(kind, rel, fig, rng);
        if (w === null) continue;
        const correct = fig.printed();
        fig.spec.value = w;
        touched.add(fig);
        out.push({ kind, fig, rel, description: describe(kind, rel, fig), stated: fig.printed(), correct, numbers: relFigs(rel).map((f) => f.printed()) });
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return out;
}

/** For each relation, the index of the error that breaks it, or null; throws on a failure no error explains. */
export function attribute(b: DocBuilder, errors: Injected[]): (number | null)[] {
  return b.rels.map((r) => {
    if (holds(r)) return null;
    const i = errors.findIndex((e) => relFigs(r).includes(e.fig));
    if (i < 0) throw new Error(`relation ${r.kind}/${r.op} on ${r.result.spec.label} fails without an injected error`);
    return i;
  });
}
