// Totals and their parts stated in the text (其中 / 包括 / parentheses / 合计):
// the parts must sum to the total within rounding. A 其中 list may name only
// some parts, so a sum well below the total is read as a partial list.
import { z } from 'zod';
import { cmp, div, isum, isZero, midpoint, overlaps, parseDecimal, ratAbs, sub } from "../tolerance.js";
import { defineRule } from "./types.js";
import { FigureIndex } from "../text.js";
import { discoverTextTotals } from "./relations/totals.js";
import { evaluate, figureInterval } from "./relations/evaluate.js";
import { sum } from "./relations/model.js";
import { RELATION_MESSAGES, relationDraft } from "./relations/report.js";
import { labelOf, wordsOf } from "./relations/context.js";
const Options = z.object({
    /** A 其中 list whose parts fall short of the total by more than this share is taken as partial. */
    maxPartialGap: z.number().min(0).max(1).default(0.1),
});
/**
 * Whether the parts are two or more breakdowns of the total one after the other
 * (`本年支出500万元，其中基本支出300万元、项目支出200万元，一般公共服务支出400万元、
 * 教育支出100万元`): runs of consecutive parts that each add up to the total.
 */
function breakdowns(total, parts) {
    const t = figureInterval(total);
    if (!t)
        return false;
    let runs = 0;
    let acc = [];
    for (const p of parts) {
        const iv = figureInterval(p);
        if (!iv)
            return false;
        acc.push(iv);
        const sumIv = isum(acc);
        if (overlaps(sumIv, t)) {
            runs++;
            acc = [];
        }
        else if (cmp(sumIv.lo, t.hi) > 0)
            return false;
    }
    return runs >= 2 && acc.length === 0;
}
export default defineRule({
    id: 'total-parts',
    meta: {
        severity: 'error',
        description: '总数与其中各项之和不符（其中、包括、括号内分项、合计）',
        messages: {
            ...RELATION_MESSAGES,
            partExceedsTotal: '{part}为{actual}{unit}，超过其所属总数{label}{total}{unit}',
        },
        options: Options,
    },
    check(doc, options) {
        const index = new FigureIndex(doc.figures);
        const out = [];
        for (const tp of discoverTextTotals(doc, index)) {
            const label = labelOf(doc, tp.total);
            const rel = {
                rule: 'total-parts', kind: 'sum', label, stated: tp.total, expr: sum(tp.parts),
                alternatives: tp.alternatives.map((a) => sum(a)), declared: false, pick: 'closest',
            };
            const v = evaluate(rel);
            if (!v || v.holds || breakdowns(tp.total, tp.parts))
                continue;
            const over = cmp(v.computed.lo, v.stated.hi) > 0;
            if (tp.parts.length === 1) {
                if (!over || tp.guessed)
                    continue;
                const part = tp.parts[0];
                const d = relationDraft(doc, { ...rel, stated: part, expr: sum([tp.total]) }, evaluate({ ...rel, stated: part, expr: sum([tp.total]) }), 'partExceedsTotal');
                out.push({ ...d, severity: 'warning', data: { ...d.data, part: labelOf(doc, part), total: tp.total.value } });
                continue;
            }
            // A list that ends in 其他 / 其余, or that 合计 or parentheses close, names every part.
            const exhaustive = tp.marker === '合计' || tp.marker === '括号' || tp.parts.some((p) => /其他|其它|其余|剩余/.test(wordsOf(doc, p)));
            // A list that says it names the main parts only may fall short of its total by any amount.
            if (!over && tp.open)
                continue;
            if (!over && !exhaustive) {
                const whole = ratAbs(midpoint(v.stated));
                if (isZero(whole) || cmp(div(sub(v.stated.lo, v.computed.hi), whole), parseDecimal(String(options.maxPartialGap))) > 0)
                    continue;
            }
            const draft = relationDraft(doc, rel, v);
            out.push(tp.guessed ? { ...draft, severity: 'warning' } : draft);
        }
        return out;
    },
});
