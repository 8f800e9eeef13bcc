import { loadMetricTable, normalizeLabel } from "../../figures/metrics.js";
import { cellHeaders, figureText, sentences } from "../../text.js";
import { roleOf } from "./context.js";
/** Words that never tell two quantities of one metric apart, longest first. */
const FILLER = new RegExp([
    // dates and periods
    '\\d+年度?', '\\d+月', '\\d+日', '截至', '截止', '全年', '本年度', '本年', '当年', '年度', '年内', '年末', '年底', '期末',
    // the reporting unit itself
    '本部门', '部门', '本单位', '单位', '本级', '全局', '[我本](?:局|委|院|馆|中心|镇|乡|办|站|所|队|会|社|厅)',
    // verbs, particles, generic heads of an amount
    '共计', '合计', '累计', '总计', '总额', '总共', '达到', '实现', '仅为', '实际', '金额', '资金', '数额', '决算', '支出', '收入',
    '人员', '人数', '在编', '在职', '末',
    '的', '为', '是', '达', '共', '约', '仅', '已', '均', '全部', '数', '额',
].join('|'), 'g');
const synonymCache = new Map();
/** The synonyms of the given metrics as patterns, the most specific first (they are removed in that order). */
function synonymsOf(metrics) {
    const key = metrics.join(',');
    let hit = synonymCache.get(key);
    if (!hit) {
        const wanted = new Set(metrics);
        hit = loadMetricTable()
            .metrics.filter((m) => wanted.has(m.def.id))
            .flatMap((m) => m.synonyms)
            .sort((a, b) => b.weight - a.weight)
            .map((s) => new RegExp(s.regex.source.replace(/^\^|\$$/g, ''), 'g'));
        synonymCache.set(key, hit);
    }
    return hit;
}
/** What is left of `words` without the names of `metrics`, the reporting unit's own names, filler, digits and marks. */
export function residue(words, metrics, self = []) {
    let t = normalizeLabel(words);
    for (const name of self)
        t = t.split(name).join('');
    for (const re of synonymsOf(metrics))
        t = t.replace(re, '');
    t = t.replace(FILLER, '');
    return t.replace(/[^\u4e00-\u9fa5A-Za-z]/g, '').replace(FILLER, '');
}
/**
 * The words a figure's own label says: its label, or the words of its clause
 * before it; a cell's row label (its column says budget or actual, this year or
 * last, which callers compare apart).
 */
function ownWords(doc, f) {
    if (f.cell)
        return cellHeaders(doc, f).row;
    return f.label ?? roleOf(doc, f).before;
}
/**
 * The words of a figure's sentence before it (and of the sentences without
 * figures that open its paragraph, `1.城乡社区支出（类）…（项）。年初预算为…`),
 * figures left out.
 */
function sentenceWords(doc, f, index) {
    const text = figureText(doc, f);
    const spans = sentences(text);
    let k = spans.findIndex((s) => f.start >= s.start && f.start <= s.end);
    if (k < 0)
        return '';
    let from = spans[k].start;
    const figs = index.at(f.block, f.cell);
    while (k > 0 && !figs.some((g) => g.start >= spans[k - 1].start && g.start < spans[k - 1].end))
        from = spans[--k].start;
    let out = '';
    let at = from;
    for (const g of figs) {
        if (g.start < from || g.start >= f.start)
            continue;
        out += text.slice(at, g.start);
        at = g.end;
    }
    return out + text.slice(at, f.start);
}
/**
 * The qualifier of figure `f` read as metric `metric`: what its own label says
 * beyond the metric's name, or — when that is nothing — what its sentence says
 * beyond the names of the `siblings` metrics (the document-level quantities a
 * sentence lists side by side: 年初预算…调整…执行). '' when the figure is the
 * plain document-level quantity.
 */
export function qualifierOf(doc, f, metric, siblings, index) {
    const self = selfNames(doc);
    const own = residue(ownWords(doc, f), [metric], self);
    if (own || f.cell)
        return own;
    return residue(sentenceWords(doc, f, index), [metric, ...siblings], self);
}
const selfCache = new WeakMap();
/**
 * Names the report gives itself: its department, and in a project's report the
 * project (`项目实际支出` is the whole of what a project report reports on).
 */
export function selfNames(doc) {
    let hit = selfCache.get(doc);
    if (!hit) {
        const head = doc.blocks
            .slice(0, 4)
            .map((b) => (b.kind === 'paragraph' ? b.text.text : ''))
            .join('');
        const project = /项目(?:支出)?绩效(?:自评|评价)/.test(`${doc.file}${head}`);
        hit = [...(doc.facts.department ? [doc.facts.department] : []), ...(project ? ['本项目', '该项目', '项目'] : [])];
        selfCache.set(doc, hit);
    }
    return hit;
}
