import { evaluate, intervalInUnit, printedNumber, relationFigures, renderExpr } from "./evaluate.js";
import { evidenceFor } from "../../text.js";
/** Message templates every relation rule shares. */
export const RELATION_MESSAGES = {
    mismatch: '{label}应为{expected}{unit}（{formula}），报告为{actual}{unit}，区间{computed}与{stated}不相交',
    mismatchVariant: '{label}按{variant}应为{expected}{unit}（{formula}），报告为{actual}{unit}，区间{computed}与{stated}不相交',
    mismatchAssumed: '{label}应为{expected}{unit}（{formula}），报告为{actual}{unit}，区间{computed}与{stated}不相交；按{assumption}推断，请人工核对',
};
/**
 * Why a discovered relation is only a guess: a figure whose measure its words do not say
 * (meaning.ts left it unread) beside figures whose measure they do, so that it was taken to
 * be of their measure. Figures none of which says a measure (`办公费…、印刷费…，合计…`) are
 * of one measure by the structure that joins them. Null when nothing was assumed.
 */
function assumption(rel, figures) {
    // A table's rows and columns are one measure by their layout: nothing is assumed there.
    if (rel.declared || figures.every((f) => f.cell))
        return null;
    // A rate or share says its own measure; what matters is whether its operands' were read.
    const levels = figures.filter((f) => f.kind !== 'percent');
    const unread = levels.filter((f) => f.meaning && f.meaning.measure === null);
    if (!unread.length || unread.length === levels.length)
        return null;
    return `“${unread.map((f) => f.label ?? f.raw).join('”“')}”属于该关系`;
}
/** Relations that compare one period with another by design: a change against last year. */
const ACROSS_PERIODS = new Set(['change', 'change-rate']);
/**
 * A relation holds among figures of one period: last year's value (上年, its meaning's period)
 * beside this year's is no term of a sum or a ratio, only of a change.
 */
function onePeriod(rel) {
    if (ACROSS_PERIODS.has(rel.kind))
        return true;
    const lastYear = relationFigures(rel).map((f) => f.meaning?.period === '上年');
    return lastYear.every(Boolean) || !lastYear.some(Boolean);
}
/** Judges each relation and drafts a finding for each that fails beyond rounding. */
export function relationFindings(doc, relations) {
    const out = [];
    for (const rel of relations) {
        if (!onePeriod(rel))
            continue;
        const v = evaluate(rel);
        if (v && !v.holds)
            out.push(relationDraft(doc, rel, v));
    }
    return out;
}
/** The finding for a relation that failed. */
export function relationDraft(doc, rel, v, messageId) {
    const expr = v.reading === 0 ? rel.expr : rel.alternatives[v.reading - 1];
    const figures = relationFigures({ ...rel, expr });
    const s = rel.stated;
    // An error must be certain: a relation resting on a figure whose meaning was not read is a warning saying so.
    const assumed = messageId ? null : rel.assumed ?? assumption(rel, figures);
    return {
        messageId: messageId ?? (assumed ? 'mismatchAssumed' : rel.variant && v.reading === 0 ? 'mismatchVariant' : 'mismatch'),
        data: {
            label: rel.label,
            expected: v.expected,
            actual: printedNumber(s),
            unit: s.unit,
            formula: renderExpr(expr, s.unit),
            computed: intervalInUnit(v.computed, s),
            stated: intervalInUnit(v.stated, s),
            variant: rel.variant ?? '',
            assumption: assumed ?? '',
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
        ...(assumed ? { severity: 'warning' } : rel.severity ? { severity: rel.severity } : {}),
    };
}
