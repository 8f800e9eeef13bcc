// Change statements: `较上年增加X万元，增长Y%`. With last year's value L stated,
// X = this year − L and Y = X / L; without it, L = this year − X, so
// Y = X / (this year − X). A growth rate divided by this year instead of last
// year, or a change whose direction contradicts the two levels, fails.
import type { Doc, Figure } from '../model.ts';
import { HUNDRED } from '../tolerance.ts';
import { defineRule } from './types.ts';
import { FigureIndex, figureText, sentenceAt } from './text.ts';
import { roleOf } from './relations/context.ts';
import { dimensionOf } from './relations/evaluate.ts';
import { fig, type Expr, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';

const UP = /(?:增加|增长|提高|上升|增|多|超支|扩大|净增|上涨|涨)(?:了)?(?:约)?$/;
const DOWN = /(?:减少|下降|降低|减|少|节约|节省|压减|缩减|回落|下滑|净减|负增长)(?:了)?(?:约)?$/;

/** +1 for a rise, −1 for a fall, from the verb right before the figure; null when none. */
function direction(before: string): 1 | -1 | null {
  const b = before.replace(/[\s“”"为达]/g, '').replace(/(?:幅度|幅|比例|率)$/, '');
  if (DOWN.test(b)) return -1;
  if (UP.test(b)) return 1;
  return null;
}

/** The figure with its magnitude signed by the verb (the extractor may or may not have applied it). */
function signed(f: Figure, dir: 1 | -1): Figure {
  const mag = f.value.replace(/^-/, '');
  const value = dir < 0 && mag !== '0' ? `-${mag}` : mag;
  const wan = f.amountWan?.replace(/^-/, '') ?? null;
  return { ...f, value, amountWan: wan === null ? null : dir < 0 && wan !== '0' ? `-${wan}` : wan };
}

const diff = (a: Figure, b: Figure): Expr => ({ op: 'sum', terms: [{ sign: 1, expr: fig(a) }, { sign: -1, expr: fig(b) }] });
const pct = (num: Expr, den: Expr): Expr => ({ op: 'ratio', num, den, scale: HUNDRED });

export function changeRelations(doc: Readonly<Doc>, index: FigureIndex): Relation[] {
  const out: Relation[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const figs = index.at(b.index);
    const text = b.text.text;
    for (const s of new Set(figs.map((f) => JSON.stringify(sentenceAt(text, f.start))))) {
      const span = JSON.parse(s) as { start: number; end: number };
      const inS = figs.filter((f) => f.start >= span.start && f.start < span.end && !f.approx);
      const roles = inS.map((f) => ({ f, r: roleOf(doc, f) }));
      // Each change amount X (not a percentage) binds the level before it and an optional rate and last-year value after it.
      for (const [i, { f: x, r }] of roles.entries()) {
        if (!r.change || x.kind === 'percent') continue;
        const dir = direction(r.before);
        if (dir === null) continue;
        const level = [...roles.slice(0, i)].reverse().find((c) => !c.r.change && !c.r.lastYear && !c.r.share && c.f.kind === x.kind && dimensionOf(c.f) === dimensionOf(x));
        if (!level) continue;
        const last = roles.find((c) => c.r.lastYear && c.f.kind === x.kind && dimensionOf(c.f) === dimensionOf(x));
        const next = roles.slice(i + 1).find((c) => c.f.kind === 'percent' || c.r.change);
        const rate = next && next.f.kind === 'percent' && next.f.unit === '%' && next.r.change ? next.f : undefined;
        const rateDir = rate ? direction(roleOf(doc, rate).before) ?? dir : dir;
        const X = signed(x, dir);
        if (last) {
          out.push({ rule: 'change-consistency', kind: 'change', label: `较上年${dir > 0 ? '增加' : '减少'}额`, stated: X, expr: diff(level.f, last.f), declared: false });
          if (rate) out.push({ rule: 'change-consistency', kind: 'change-rate', label: `较上年${rateDir > 0 ? '增长' : '下降'}率`, stated: signed(rate, rateDir), expr: pct(diff(level.f, last.f), fig(last.f)), declared: false });
        } else if (rate) {
          out.push({ rule: 'change-consistency', kind: 'change-rate', label: `较上年${rateDir > 0 ? '增长' : '下降'}率`, stated: signed(rate, rateDir), expr: pct(fig(X), diff(level.f, X)), declared: false });
        }
      }
      // A rate of change without the amount: this year, last year and Y%.
      for (const { f: y, r } of roles) {
        if (!r.change || y.kind !== 'percent' || y.unit !== '%') continue;
        const before = roles.filter((c) => c.f.start < y.start);
        if (before.some((c) => c.r.change && c.f.kind !== 'percent')) continue;
        const dir = direction(r.before);
        const level = [...before].reverse().find((c) => !c.r.change && !c.r.lastYear && !c.r.share && c.f.kind !== 'percent');
        const last = roles.find((c) => c.r.lastYear && level && dimensionOf(c.f) === dimensionOf(level.f));
        if (dir === null || !level || !last) continue;
        out.push({ rule: 'change-consistency', kind: 'change-rate', label: `较上年${dir > 0 ? '增长' : '下降'}率`, stated: signed(y, dir), expr: pct(diff(level.f, last.f), fig(last.f)), declared: false });
      }
    }
  }
  return out;
}

export default defineRule({
  id: 'change-consistency',
  meta: {
    severity: 'error',
    description: '较上年增减额或增减率与本年、上年数不符',
    messages: RELATION_MESSAGES,
  },
  check(doc) {
    return relationFindings(doc, changeRelations(doc, new FigureIndex(doc.figures)));
  },
});
