// Turns judged relations into finding drafts: one sentence naming the
// quantity, the formula over the printed figures, and both intervals.
import type { Doc } from '../../model.ts';
import type { FindingDraft } from '../types.ts';
import type { Relation } from './model.ts';
import { evaluate, type Verdict, intervalInUnit, printedNumber, relationFigures, renderExpr } from './evaluate.ts';
import { evidenceFor } from '../text.ts';

/** Message templates every relation rule shares. */
export const RELATION_MESSAGES = {
  mismatch: '{label}应为{expected}{unit}（{formula}），报告为{actual}{unit}，区间{computed}与{stated}不相交',
  mismatchVariant: '{label}按{variant}应为{expected}{unit}（{formula}），报告为{actual}{unit}，区间{computed}与{stated}不相交',
} as const;

/** Judges each relation and drafts a finding for each that fails beyond rounding. */
export function relationFindings(doc: Readonly<Doc>, relations: readonly Relation[]): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const rel of relations) {
    const v = evaluate(rel);
    if (v && !v.holds) out.push(relationDraft(doc, rel, v));
  }
  return out;
}

/** The finding for a relation that failed. */
export function relationDraft(doc: Readonly<Doc>, rel: Relation, v: Verdict, messageId?: string): FindingDraft {
  const expr = v.reading === 0 ? rel.expr : rel.alternatives![v.reading - 1]!;
  const figures = relationFigures({ ...rel, expr });
  const s = rel.stated;
  return {
    messageId: messageId ?? (rel.variant && v.reading === 0 ? 'mismatchVariant' : 'mismatch'),
    data: {
      label: rel.label,
      expected: v.expected,
      actual: printedNumber(s),
      unit: s.unit,
      formula: renderExpr(expr, s.unit),
      computed: intervalInUnit(v.computed, s),
      stated: intervalInUnit(v.stated, s),
      variant: rel.variant ?? '',
    },
    expected: v.expected,
    actual: printedNumber(s),
    difference: v.difference,
    figures: figures.map((f) => f.id),
    block: s.block,
    cell: s.cell,
    start: s.start,
    end: s.end,
    evidence: evidenceFor(doc, figures),
    ...(rel.severity ? { severity: rel.severity } : {}),
  };
}
