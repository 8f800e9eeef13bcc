// A figure before it has its id: what a block yields, and how it becomes a
// Figure or, when it cannot be read fully, an info finding.
import type { Block, Figure, Finding } from '../model.ts';
import { shiftDecimal } from './decimal.ts';
import type { NumberHit, Trend, Unreadable } from './grammar.ts';

export const UNREADABLE_RULE = 'unreadable-figure';

/** A figure with the direction a verb gave it (调减11.65万元 → decrease); the value stays as printed. */
export type ExtractedFigure = Figure & { trend?: Trend };

export interface Draft {
  hit: NumberHit;
  unit: string;
  kind: Figure['kind'];
  toWan: string | null;
  label: string | null;
  metric: string | null;
  cell: { row: number; col: number } | null;
  raw: string;
}

/** Amount in 万元, exact: value × toWan (a power of ten). */
function toWan(value: string, factor: string | null): string | null {
  if (factor === null) return null;
  const places = factor === '1' ? 0 : Math.round(Math.log10(Number(factor)));
  return shiftDecimal(value, places);
}

export function makeFigure(block: Block, d: Draft, seq: number): ExtractedFigure {
  const f: ExtractedFigure = {
    id: `f${String(seq).padStart(4, '0')}`,
    kind: d.kind,
    value: d.hit.value,
    unit: d.unit,
    amountWan: d.kind === 'amount' ? toWan(d.hit.value, d.toWan) : null,
    decimals: d.hit.decimals,
    approx: d.hit.approx,
    raw: d.raw,
    label: d.label,
    metric: d.metric,
    block: block.index,
    cell: d.cell,
    start: d.hit.start,
    end: d.hit.end,
    page: block.page,
    section: block.section,
  };
  if (d.hit.trend) f.trend = d.hit.trend;
  return f;
}

export function unreadableFinding(block: Block, text: string, u: Unreadable, cell: { row: number; col: number } | null): Finding {
  const raw = text.slice(u.start, u.end);
  return {
    rule: UNREADABLE_RULE,
    severity: 'info',
    message: `无法完整识别数字“${raw}”：${u.reason}。`,
    expected: null,
    actual: raw,
    difference: null,
    figures: [],
    block: block.index,
    cell,
    start: u.start,
    end: u.end,
    evidence: text.slice(Math.max(0, u.start - 20), Math.min(text.length, u.end + 20)),
  };
}

