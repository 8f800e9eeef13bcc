// Rates stated with their numerator and denominator (×100%): 公用经费控制率 =
// 决算/预算, “三公”经费控制率, 预算执行率, 完成预算的X%, 在职人员控制率 = 实有/编制,
// 结转结余率 (its denominator a setting). Declared over metrics, and read from the
// figures' meanings: a rate divides the figure its `of` names (meaning.ts) by nothing
// else, and its numerator is the nearest figure of the measure the rate word names.
import { z } from 'zod';
import { HUNDRED } from "../tolerance.js";
import { defineRule } from "./types.js";
import { FigureIndex, figuresAround } from "../text.js";
import { bindDeclared } from "./relations/declared.js";
import { isLevel, signedByVerb } from "./relations/context.js";
import { DEPARTMENT, RATE, rateOperands, rateWordsOf, sameThing, SHARE } from "../figures/meaning.js";
import { dimensionOf } from "./relations/evaluate.js";
import { indicatorBlocks } from "./relations/tables.js";
import { fig, sum } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
const Options = z.object({
    preferredVariants: z.record(z.string(), z.string()).default({}),
    strictVariants: z.boolean().default(false),
    /** How many paragraphs back a rate may look for its numerator and denominator. */
    lookBack: z.number().int().min(0).max(5).default(2),
});
/** The figures a rate's `of` names (ids joined by +), or null when it names words only. */
function ofFigures(doc, p) {
    const of = p.meaning?.of;
    if (!of || !/^f\d+(?:\+f\d+)*$/.test(of))
        return null;
    const ids = of.split('+');
    const figs = ids.map((id) => doc.figures.find((f) => f.id === id));
    return figs.every(Boolean) ? figs.map((f) => signedByVerb(doc, f)) : null;
}
/** 公用经费控制率 as written; `完成预算的` reads 完成预算的比例. */
function rateLabel(words) {
    const w = words.replace(/^.*[，,：:]/, '').replace(/^(?:\d{4}年度?)/, '');
    return w.endsWith('的') ? `${w}比例` : w || '比率';
}
/**
 * The numerator of rate `p`: the nearest figure before or after it, in its sentence, then its
 * paragraph, then the paragraphs before, whose measure the rate divides (执行 for 执行率, 实有 for
 * 在职人员控制率), about the rate's own object, of this year. Its scope's distance says how sure it is.
 */
function numeratorOf(doc, index, p, num, den, lookBack) {
    const m = p.meaning;
    const denIds = new Set(den.map((d) => d.id));
    const wanted = (f) => !denIds.has(f.id) && (f.kind === 'amount' || f.kind === 'count') && isLevel(doc, f) && f.meaning?.measure != null &&
        num.has(f.meaning.measure) && f.meaning.period !== '上年' && sameThing(f.meaning.object, m.object) &&
        den.every((d) => dimensionOf(d) === dimensionOf(f));
    for (const [reach, figs] of figuresAround(doc, index, p, lookBack).entries()) {
        const hits = figs.filter(wanted).sort((a, b) => (p.block - a.block) * 1e6 + Math.abs(p.start - a.start) - ((p.block - b.block) * 1e6 + Math.abs(p.start - b.start)));
        if (hits.length)
            return { f: hits[0], reach };
    }
    return null;
}
/** The numerator of a rate in a table: the figure of its row in the column the rate word names (全年执行数 for 执行率). */
function rowNumerator(index, p, num, den) {
    const hits = index.inBlock(p.block).filter((f) => f.cell?.row === p.cell.row && f.kind === 'amount' && !den.includes(f) && num.has(f.meaning?.measure ?? '') && dimensionOf(f) === dimensionOf(den[0]));
    return hits.length === 1 ? { f: hits[0], reach: 0 } : null;
}
const ratio = (n, d) => ({ op: 'ratio', num: fig(n), den: d.length === 1 ? fig(d[0]) : sum(d), scale: HUNDRED });
export default defineRule({
    id: 'rate-consistency',
    meta: {
        severity: 'error',
        description: '比率与其分子分母不符：控制率、执行率、完成预算的X%、在职人员控制率、结转结余率',
        messages: RELATION_MESSAGES,
        options: Options,
    },
    check(doc, options) {
        // A rate whose meaning names its denominator (meaning.ts read it in its own sentence or row) is checked
        // against that below; the declared formulas bind by metric across the document, for the others.
        const relations = bindDeclared(doc, 'rate-consistency', options).filter((r) => !ofFigures(doc, r.stated));
        const index = new FigureIndex(doc.figures);
        const indicator = indicatorBlocks(doc, index);
        for (const p of doc.figures) {
            if (p.kind !== 'percent' || p.unit !== '%' || !isLevel(doc, p))
                continue;
            if (p.meaning?.measure !== RATE && p.meaning?.measure !== SHARE)
                continue;
            // In a table the rate's column names it (the project form's 执行率 beside 全年预算数 and 全年执行数).
            const words = rateWordsOf(doc, p).replace(/(?:为|是|达|达到|约)+$/, '');
            // A share is a rate here when it names a budget as its whole (`占预算31,699,390.00元的99.78%`).
            const ops = rateOperands(words);
            const den = ofFigures(doc, p);
            // An indicator table's prose-like rates (完成率 of a target) are no budget rates; a rate cell whose row
            // holds its denominator is one wherever it stands.
            if (!ops || !den || (!p.cell && indicator.has(p.block)))
                continue;
            const num = p.cell ? rowNumerator(index, p, ops.num, den) : numeratorOf(doc, index, p, ops.num, den, options.lookBack);
            if (!num)
                continue;
            // Operands found only in other paragraphs are the nearest that fit, not the ones the sentence names: a warning.
            relations.push({
                rule: 'rate-consistency', kind: 'rate', label: rateLabel(words), stated: p,
                expr: ratio(num.f, den), declared: false,
                // So are an item's rate over the department's figures: the item's own budget was not stated.
                ...(num.reach > 1 || den.some((d) => d.block !== p.block) || den.some((d) => d.meaning?.object !== p.meaning.object && d.meaning?.object === DEPARTMENT)
                    ? { severity: 'warning' }
                    : {}),
            });
        }
        return relationFindings(doc, relations);
    },
});
