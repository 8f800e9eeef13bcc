import { metricForLabel } from "../../figures/metrics.js";
import { cellHeaders } from "../../text.js";
import { isLevel, roleOf } from "../../figures/role.js";
export { CUE_AFTER, CUE_BEFORE, isLevel, reportYear, roleOf, YEAR } from "../../figures/role.js";
/** What a figure measures, for messages: the extractor's label, else the words before it in its clause. */
export function labelOf(doc, f) {
    if (f.label)
        return f.label;
    const words = roleOf(doc, f)
        .before.replace(/^(?:\d{4}年度?|[，,、：:；;\s])+/, '')
        .replace(/(?:是|为|达到|达|共|约|合计|共计|总计|金额|数)+$/, '')
        .replace(/[“”"‘’]/g, '')
        .trim();
    return words || '该数';
}
/**
 * The words that say what a figure is, for recognising its role in a relation:
 * its clause before it (and the extractor's label) in text, its row label and
 * column header in a table.
 */
export function wordsOf(doc, f) {
    if (f.cell) {
        // The most specific header, or the whole chain when that one only says 小计 / 合计.
        const h = cellHeaders(doc, f);
        return `${h.row} ${/^(?:小计|合计|总计|计)$/.test(h.column.replace(/\s/g, '')) ? h.columnAll : h.column}`;
    }
    return `${roleOf(doc, f).before} ${f.label ?? ''}`;
}
/** Places whose figures may relate by their words: each paragraph, each table row, each table column. */
export function figureGroups(doc, index) {
    const out = [];
    for (const b of doc.blocks) {
        const figs = index.inBlock(b.index);
        if (!figs.length)
            continue;
        if (b.kind === 'paragraph') {
            out.push(figs);
            continue;
        }
        const rows = new Map();
        const cols = new Map();
        for (const f of figs) {
            if (!f.cell)
                continue;
            (rows.get(f.cell.row) ?? rows.set(f.cell.row, []).get(f.cell.row)).push(f);
            (cols.get(f.cell.col) ?? cols.set(f.cell.col, []).get(f.cell.col)).push(f);
        }
        out.push(...rows.values(), ...cols.values());
    }
    return out;
}
/** The first figure of a group for each role, each figure used once, roles tried in the order given. */
export function pickRoles(doc, group, roles) {
    const out = {};
    const used = new Set();
    for (const role of Object.keys(roles)) {
        const spec = roles[role];
        const hit = group.find((f) => !used.has(f.id) &&
            (spec.kinds ?? ['amount']).includes(f.kind) &&
            isLevel(doc, f) &&
            spec.is.test(wordsOf(doc, f)) &&
            !(spec.not && spec.not.test(wordsOf(doc, f))));
        if (hit) {
            out[role] = signedByVerb(doc, hit);
            used.add(hit.id);
        }
    }
    return out;
}
/** Verbs that make a budget figure a reduction: `年中调减预算15.04万元` is −15.04. */
const REDUCTION = /调减|核减|追减|压减|削减|调低|减少(?:了)?(?:全年|年度)?(?:预算|资金|经费)?(?:数|额)?(?:为|是)?$/;
/**
 * The figure as the relation must read it: a positive figure stated with a
 * reduction verb becomes negative (the extractor keeps the printed value positive).
 */
export function signedByVerb(doc, f) {
    if (f.value.startsWith('-') || f.cell || /^0+(?:\.0+)?$/.test(f.value))
        return f;
    const words = `${roleOf(doc, f).before}${f.label ?? ''}`.replace(/[\s“”"]/g, '');
    if (!REDUCTION.test(words))
        return f;
    return { ...f, value: `-${f.value}`, amountWan: f.amountWan === null ? null : `-${f.amountWan}` };
}
/**
 * A figure's metric as relations read it. In a table the most specific header
 * decides: a 购置费 column under a 公务用车购置及运行维护费 group header is
 * vehicle_purchase. A figure the extractor left without a metric keeps none.
 */
export function metricOf(doc, f) {
    if (!f.metric || !f.cell)
        return f.metric;
    const h = cellHeaders(doc, f);
    return metricForLabel(h.row, f.kind) ?? metricForLabel(h.column, f.kind) ?? f.metric;
}
/** A score in the text that states the evaluation's result (not one indicator's weight or deduction). */
const SELF_SCORE = /自评得分|自评为|自评分|自评结果|综合得分|总得分|评价得分|自评总分|综合评价|项目得分|总分|得分为/;
/** The scores the text gives as the self-evaluation's result (`自评得分95.5分`, `项目得分98.5分`). */
export function selfScores(doc) {
    return doc.figures.filter((f) => f.kind === 'score' && !f.cell && !f.approx && (f.metric === 'self_score' || (SELF_SCORE.test(wordsOf(doc, f)) && !/分值|扣分|满分|权重/.test(wordsOf(doc, f)))));
}
