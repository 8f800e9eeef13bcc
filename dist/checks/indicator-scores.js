import { cmp } from "../tolerance.js";
import { defineRule } from "./types.js";
import { FigureIndex, evidenceFor } from "../text.js";
import { indicatorTables } from "./relations/tables.js";
import { selfScores } from "./relations/context.js";
import { figureInterval, printedNumber } from "./relations/evaluate.js";
import { fig, sum } from "./relations/model.js";
import { collapse } from "./relations/totals.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
export default defineRule({
    id: 'indicator-scores',
    meta: {
        severity: 'error',
        description: '指标得分超过分值，或各项得分、分值之和与合计、自评得分不符',
        messages: {
            ...RELATION_MESSAGES,
            overWeight: '指标“{indicator}”得分{actual}分，超过其分值{weight}分',
        },
    },
    check(doc) {
        const index = new FigureIndex(doc.figures);
        const out = [];
        const relations = [];
        const stated = selfScores(doc);
        const tables = indicatorTables(doc, index);
        // The project form scores its budget execution in the fund table (年度资金总额 | 分值 10 | 执行率 | 得分) and
        // its indicators in the indicator table: the 自评得分 is the sum of both tables' scores.
        // Each table's score: its 合计 row, or the sum of its rows when it has none.
        const tableScores = tables.map((t) => (t.total?.score ? [t.total.score] : t.items.map((i) => i.score).filter((f) => !!f)));
        const acrossTables = tables.length >= 2 && tableScores.every((xs) => xs.length) ? [sum(tableScores.flat())] : [];
        // The fund table's one row (分值 10, 得分 by 执行率) may be counted in the indicator table's 合计 row as well.
        const fundRows = (t) => tables.filter((o) => o !== t && o.items.length === 1 && !o.total).map((o) => o.items[0]);
        for (const t of tables) {
            // Rows of the table that a reader left as text lines between or around its parts (a text table cut up):
            // the table holds only some of the indicators, so its sums are uncertain.
            const blocks = t.grids.map((g) => g.block);
            const cutUp = doc.figures.some((f) => !f.cell && f.kind === 'score' && /^indicator_/.test(f.metric ?? '') && f.block >= blocks[0] - 2 && f.block <= blocks[blocks.length - 1] + 2);
            const weak = cutUp ? { severity: 'warning' } : {};
            for (const it of t.items) {
                if (!it.weight || !it.score)
                    continue;
                const w = figureInterval(it.weight);
                const s = figureInterval(it.score);
                if (!w || !s || cmp(s.lo, w.hi) <= 0)
                    continue;
                out.push({
                    messageId: 'overWeight',
                    data: { indicator: it.name || '该指标', actual: printedNumber(it.score), weight: printedNumber(it.weight) },
                    expected: `≤${printedNumber(it.weight)}`, actual: printedNumber(it.score), difference: null,
                    figures: [it.score.id, it.weight.id], block: it.score.block, cell: it.score.cell, evidence: evidenceFor(doc, [it.score]),
                });
            }
            const scores = t.items.map((i) => i.score).filter((f) => !!f);
            const weights = t.items.map((i) => i.weight).filter((f) => !!f);
            // Indicators of a higher level may carry the sum of the rows below them: read also without those rows,
            // and by the table's levels — only the rows no deeper row follows, or only the outermost rows.
            const leaves = t.items.filter((it, k) => !(t.items[k + 1] && t.items[k + 1].depth > it.depth));
            const outer = t.items.filter((it) => it.depth === Math.min(...t.items.map((x) => x.depth)));
            const readings = (pick) => {
                const fs = t.items.map(pick).filter((f) => !!f);
                const out = [collapse(fs), leaves.map(pick), outer.map(pick)]
                    .filter((r) => r.every(Boolean) && r.length >= 2 && r.length !== fs.length)
                    .map((r) => sum(r));
                return out;
            };
            const withFund = (pick, own) => {
                const fund = fundRows(t).map(pick).filter((f) => !!f);
                return fund.length ? [sum([...own, ...fund])] : [];
            };
            const totalScore = t.total?.score;
            if (scores.length >= 2) {
                if (totalScore) {
                    relations.push({
                        rule: 'indicator-scores', kind: 'score-sum', label: '指标得分合计', stated: totalScore, expr: sum(scores),
                        alternatives: [...readings((i) => i.score), ...withFund((i) => i.score, scores)], declared: false, ...weak,
                    });
                }
                // Without a 合计 row, the rows of a cut-up table are no sum of the 自评得分.
                for (const self of totalScore || !cutUp ? stated : []) {
                    relations.push({
                        rule: 'indicator-scores', kind: 'score-sum', label: '自评得分', stated: self,
                        expr: totalScore ? fig(totalScore) : sum(scores), alternatives: [...(totalScore ? [] : readings((i) => i.score)), ...acrossTables], declared: false,
                        ...(totalScore ? {} : weak),
                    });
                }
            }
            if (weights.length >= 2 && t.total?.weight) {
                relations.push({
                    rule: 'indicator-scores', kind: 'weight-sum', label: '指标分值合计', stated: t.total.weight, expr: sum(weights),
                    alternatives: [...readings((i) => i.weight), ...withFund((i) => i.weight, weights)], declared: false, ...weak,
                });
            }
        }
        return [...out, ...relationFindings(doc, relations)];
    },
});
