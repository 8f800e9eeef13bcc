import { defineRule } from "./types.js";
import { FigureIndex, figureText, sentenceAt } from "../text.js";
import { RATE, rateOperands, rateWordsOf } from "../figures/meaning.js";
import { isLevel } from "./relations/context.js";
import { figureInterval } from "./relations/evaluate.js";
import { cmp, HUNDRED, ratio } from "../tolerance.js";
import { fig } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
const WEIGHT = '分值';
const SCORE = '得分';
/** The figures a score is stated with: its table row, or its sentence. */
function companions(doc, index, score) {
    if (score.cell)
        return index.inBlock(score.block).filter((f) => f.cell?.row === score.cell.row);
    const s = sentenceAt(figureText(doc, score), score.start);
    return index.within(score, s);
}
/** Whether rate `f` is a budget-execution rate: its words (its column in a table) divide 执行. */
function isExecutionRate(doc, f) {
    if (f.kind !== 'percent' || f.unit !== '%' || f.meaning?.measure !== RATE || !isLevel(doc, f))
        return false;
    return rateOperands(rateWordsOf(doc, f))?.num.has('执行') ?? false;
}
export default defineRule({
    id: 'execution-score',
    meta: {
        severity: 'warning',
        description: '预算执行得分与“分值×执行率（不超过分值）”不符（项目支出绩效自评表）',
        messages: RELATION_MESSAGES,
    },
    check(doc) {
        const index = new FigureIndex(doc.figures);
        const relations = [];
        for (const score of doc.figures) {
            if (score.meaning?.measure !== SCORE || !isLevel(doc, score))
                continue;
            const near = companions(doc, index, score);
            const weights = near.filter((f) => f.meaning?.measure === WEIGHT && f.id !== score.id);
            const rates = near.filter((f) => isExecutionRate(doc, f));
            if (weights.length !== 1 || rates.length !== 1)
                continue;
            const [weight, rate] = [weights[0], rates[0]];
            const r = figureInterval(rate);
            if (!r)
                continue;
            const product = { op: 'product', factors: [fig(weight), fig(rate)], scale: ratio(1n, 100n) };
            // Above 100 % the score is the full weight; a rate that may round either side of 100 % is read both ways.
            const readings = cmp(r.lo, HUNDRED) >= 0 ? [fig(weight)] : cmp(r.hi, HUNDRED) > 0 ? [product, fig(weight)] : [product];
            relations.push({
                rule: 'execution-score', kind: 'execution-score', label: '预算执行得分', stated: score,
                expr: readings[0], alternatives: readings.slice(1), variant: '分值×执行率（不超过分值）计分', places: 2, rounded: true, declared: false,
            });
        }
        return relationFindings(doc, relations);
    },
});
