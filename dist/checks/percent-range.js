// Percentages that cannot be what they say: a satisfaction rate, a 及时率 or a
// share above 100%, or a level rate below zero.
import { z } from 'zod';
import { cmp, HUNDRED, ZERO } from "../tolerance.js";
import { defineRule } from "./types.js";
import { evidenceFor } from "../text.js";
import { roleOf, wordsOf } from "./relations/context.js";
import { figureInterval, printedNumber } from "./relations/evaluate.js";
const Options = z.object({
    /** Words of rates that cannot pass 100% (regular expression source). */
    bounded: z.string().default('满意|及时|受理率|办结率|合格率|达标率|覆盖率|知晓率|准确率|正确率|利用率|参与率|回复率|答复率|化解率'),
    /** Rates of a change, which may be negative (`预算调整率-3.50%`) (regular expression source). */
    signed: z.string().default('调整率|变动率|变化率|增长率|增减率|增幅|降幅|涨幅|偏差率|差异率|偏离度'),
    /** Wholes a share may pass (`占年初预算的106.17%`: spending above its budget) (regular expression source). */
    unboundedWholes: z.string().default('预算|计划|目标|上年|去年|同期|基数|标准'),
});
export default defineRule({
    id: 'percent-range',
    meta: {
        severity: 'error',
        description: '百分比超出可能范围（满意度、及时率、占比超过100%，比率为负）',
        messages: {
            over100: '{label}为{actual}%，超过100%',
            negative: '{label}为{actual}%，不应为负数',
        },
        options: Options,
    },
    check(doc, options) {
        const bounded = new RegExp(options.bounded);
        const signed = new RegExp(options.signed);
        const unboundedWholes = new RegExp(options.unboundedWholes);
        const out = [];
        for (const f of doc.figures) {
            if (f.kind !== 'percent' || f.unit !== '%')
                continue;
            const r = roleOf(doc, f);
            if (r.change || r.lastYear)
                continue;
            const iv = figureInterval(f);
            if (!iv)
                continue;
            const words = wordsOf(doc, f);
            const label = (f.label ?? r.before.replace(/[，,：:]/g, '')).trim() || '该比率';
            const base = {
                expected: null, actual: printedNumber(f), difference: null, figures: [f.id],
                block: f.block, cell: f.cell, start: f.start, end: f.end, evidence: evidenceFor(doc, [f]),
            };
            // A share of a budget or a plan may pass 100%: spending above its budget is a fact, not an impossibility.
            const share = r.share && !unboundedWholes.test(r.before.slice(r.before.lastIndexOf('占') + 1));
            if ((bounded.test(words) || share) && cmp(iv.lo, HUNDRED) > 0) {
                out.push({ ...base, messageId: 'over100', data: { label, actual: printedNumber(f) }, expected: '≤100' });
            }
            else if (cmp(iv.hi, ZERO) < 0 && !signed.test(words) && (bounded.test(words) || /率|占/.test(words))) {
                out.push({ ...base, messageId: 'negative', data: { label, actual: printedNumber(f) }, expected: '≥0' });
            }
        }
        return out;
    },
});
