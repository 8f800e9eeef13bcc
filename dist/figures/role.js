import { cellHeaders, clauseAt, figureText, sentenceAt } from "../text.js";
const CHANGE_VERB = /(?:增加|减少|增长|下降|提高|降低|上升|下滑|回落|增|减|节约|节省|超支|压减|缩减|扩大|净增|净减|多支出|少支出|增幅|降幅|减幅|涨幅)(?:了|为|达|约|额|率)?$/;
const COMPARISON = /(?:较|比|同比|环比|相比|与)[^，。；]*?(?:上年|去年|上一年|上年度|同期|年初|\d{4}年)/;
const LAST_YEAR = /(?:上年|去年|上一年|上年度|前一年|同期)(?:度)?(?:[\u4e00-\u9fa5“”"]{0,12})(?:为|是|达|共)?$/;
/**
 * Money carried into this year from earlier ones (上年结转, 以前年度结余): a source of this year's
 * funds, not last year's value. Its year word is dropped before last-year words are looked for.
 */
const CARRIED_IN = /(?:上一?年度?|以前年度|往年)(?=结转|结余)/g;
const withoutCarriedIn = (words) => words.replace(CARRIED_IN, '');
/** A comparison verb, then what is compared with (its own figure included: `较年初预算498.00万元多`), then the figure: the figure is the gap. */
const GAP = /(?:低于|高于|少于|多于|大于|小于|超过|超出|短于|长于)[\u4e00-\u9fa5]{1,12}$|(?:比|较)[^，,。；;]{1,24}?(?:少|多|低|高)(?:了|出)?$/;
/** A figure right after a negated or bounding verb is the mark measured against. */
const THRESHOLD = /(?:未|没有|没|尚未|不)(?:能)?(?:达到|达|完成|超过|足)$|(?:低于|高于|少于|多于|不低于|不少于|不高于|不超过|不到)$/;
/** An arithmetic operator next to a figure, across parentheses and spaces (= only after it: what follows = is the result). */
const OPERATOR_BEFORE = /[-+×÷*/－−]\s*[（(]*\s*$/;
const OPERATOR_AFTER = /^\s*[）)]*\s*[-+×÷*/=－−]\s*[（(]*\s*[-－−]?[\d.]/;
const PER_UNIT = /(?:每[\u4e00-\u9fa5]{1,4}|人均|生均|户均|亩均|平均每[\u4e00-\u9fa5]{0,3})$/;
function isOperand(text, f) {
    return OPERATOR_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start)) || OPERATOR_AFTER.test(text.slice(f.end, f.end + 6));
}
/** Years other than the report year that a clause names before the figure. */
function otherYearBefore(before, year) {
    if (year === null)
        return false;
    for (const m of before.matchAll(/(20\d{2})\s*年/g))
        if (Number(m[1]) !== year)
            return true;
    return false;
}
const roleCache = new WeakMap();
export function roleOf(doc, f) {
    let cache = roleCache.get(doc);
    if (!cache)
        roleCache.set(doc, (cache = new Map()));
    // Derived figures (a sign applied) share their id and their words.
    const hit = cache.get(f.id);
    if (hit)
        return hit;
    const role = computeRole(doc, f);
    cache.set(f.id, role);
    return role;
}
function computeRole(doc, f) {
    if (f.cell) {
        // A table cell: its headers say whether it is last year's (上年决算数, 2023年) or a change (增减额).
        const h = cellHeaders(doc, f);
        const words = withoutCarriedIn(`${h.row} ${h.columnAll}`);
        const change = /增减|增长|减少|变动|差额|同比|比上年|较上年/.test(words) || f.unit === '个百分点';
        const lastYear = !change && (/上年|去年|上一年|上年度/.test(words) || otherYearBefore(words, reportYear(doc)));
        return { change, lastYear, share: f.kind === 'percent' && /占|比重|比例/.test(words), compared: false, operand: false, perUnit: false, before: '' };
    }
    const text = figureText(doc, f);
    const clause = clauseAt(text, f.start, f.end);
    const before = text.slice(clause.start, f.start);
    const sentence = sentenceAt(text, f.start);
    const sentenceBefore = text.slice(sentence.start, f.start);
    const change = f.unit === '个百分点' ||
        CHANGE_VERB.test(before.replace(/[\s“”"]/g, '')) ||
        (COMPARISON.test(before) && /(?:增加|减少|增长|下降|提高|降低|上升|增|减)/.test(before));
    const compared = /(?:较|比|与|同)(?:上年|去年|上一年|上年度|同期|\d{4}年)/.test(before);
    // `较上年的326.38万元增加20万元`, `与上年支出1,096.80万元相比`: the figure right after the comparison is last year's value.
    const comparedTo = /(?:较|比|与|同|由|从)(?:上年|去年|上一年|上年度|同期|\d{4}年)(?:度)?(?:同期)?(?:的)?[\u4e00-\u9fa5“”"]{0,10}?(?:的|为|是)?$/.test(before);
    const own = withoutCarriedIn(before);
    const lastYear = !change &&
        (comparedTo ||
            !compared &&
                (LAST_YEAR.test(own) || /(?:上年|去年|上一年|上年度)(?:同期)?(?:决算|预算|支出|收入)?(?:数)?(?:为|是)$/.test(own) ||
                    otherYearBefore(before, reportYear(doc)) ||
                    /[（(](?:上年|去年|\d{4}年)[^）)]*$/.test(withoutCarriedIn(sentenceBefore))));
    const share = f.kind === 'percent' && /占/.test(before);
    const plain = before.replace(/[\s“”"]/g, '');
    return { change, lastYear, share, compared: GAP.test(plain) || THRESHOLD.test(plain), operand: isOperand(text, f), perUnit: PER_UNIT.test(plain), before };
}
/** A figure that states this year's level of something: not a change, not last year's, not approximate. */
export function isLevel(doc, f) {
    if (f.approx)
        return false;
    const r = roleOf(doc, f);
    return !r.change && !r.lastYear && !r.compared && !r.operand && !r.perUnit;
}
export const YEAR = /(?<![\d〔\[［(（])(20\d{2})\s*年(?!\d)/g;
/** Words before or after a year that make it a comparison, a range or a start (较2023年, 2019年以来). */
export const CUE_BEFORE = /(?:较|比|与|同|自|从|于|截至|截止|至|到|—|-|~|～|和|、|及|是|起)\s*$/;
export const CUE_AFTER = /^\s*(?:年度?)?(?:以来|起|开始|相比|同期|至|到|—|-|~|～|、|和|及|比较|对比|的(?:基础|水平)|底|末以来)/;
const yearCache = new WeakMap();
/** The year most of the text speaks of, with the title and file name as a head start. */
export function reportYear(doc) {
    if (yearCache.has(doc))
        return yearCache.get(doc);
    const votes = new Map();
    const vote = (y, w) => votes.set(y, (votes.get(y) ?? 0) + w);
    if (doc.facts.year)
        vote(doc.facts.year, 3);
    for (const b of doc.blocks) {
        if (b.kind !== 'paragraph')
            continue;
        const t = b.text.text;
        for (const m of t.matchAll(YEAR)) {
            const before = t.slice(Math.max(0, m.index - 4), m.index);
            if (!CUE_BEFORE.test(before) && !CUE_AFTER.test(t.slice(m.index + m[0].length)))
                vote(Number(m[1]), 1);
        }
    }
    let best = null;
    for (const [y, n] of votes)
        if (best === null || n > votes.get(best) || (n === votes.get(best) && y === doc.facts.year))
            best = y;
    yearCache.set(doc, best);
    return best;
}
