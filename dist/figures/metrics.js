import { loadPattern } from "../patterns.js";
import { alternation, escapeRegex, metricsSchema } from "./config.js";
/** The keys of the summary's `metrics`, in CONTRACT.md order. */
export const SUMMARY_METRIC_IDS = [
    'income_total', 'expenditure_total', 'budget_initial', 'budget_adjustment', 'budget_final', 'execution',
    'execution_rate', 'balance', 'three_public', 'three_public_reception', 'public_funds_budget',
    'public_funds_actual', 'public_funds_control_rate', 'staff_authorized', 'staff_actual', 'self_score',
    'satisfaction',
];
/**
 * Between a table cell's row label and its column label: a synonym's literal text never
 * spans it (一般公共服务支出 | 决算数 is no 支出决算数), a `*` may (合计 | 得分 is 合计*得分).
 */
const BOUNDARY = '\u0001';
/** Quotes, brackets and spaces say nothing about what a label measures. */
export function normalizeLabel(label) {
    return label.replace(/[\s“”"‘’'「」《》()（）【】\[\]·]/g, '');
}
let table;
/** Loads (once) and compiles the metric synonym table. */
export function loadMetricTable() {
    if (table)
        return table;
    const file = loadPattern('metrics.json', metricsSchema);
    const metrics = file.metrics.map((def) => ({
        def,
        kinds: new Set(def.kinds),
        units: def.units ? new Set(def.units) : null,
        synonyms: def.synonyms.map((s) => {
            const exact = s.startsWith('=');
            const parts = normalizeLabel(exact ? s.slice(1) : s).split('*');
            const body = parts.map(escapeRegex).join('.{0,8}');
            return {
                regex: new RegExp(exact ? `^${body}$` : body),
                weight: parts.reduce((n, p) => n + p.length, 0),
            };
        }),
        unless: (def.unless ?? []).map(normalizeLabel),
    }));
    table = {
        file,
        metrics,
        byId: new Map(file.metrics.map((m) => [m.id, m])),
        changeMarker: new RegExp(`(?<!不)(?:${alternation(file.changeMarkers)})`),
        subjects: file.subjects.map(normalizeLabel),
        organisationSuffixes: file.organisationSuffixes,
        funds: file.funds.map(normalizeLabel),
        attributes: new Set(file.attributes.map(normalizeLabel)),
        totalRows: new Set(file.totalRows.map(normalizeLabel)),
    };
    return table;
}
/** Every metric id known to the synonym table, in file order. */
export function metricIds() {
    return loadMetricTable().file.metrics.map((m) => m.id);
}
/** The definition of a metric id (description, kinds, synonyms), or undefined. */
export function metricDefinition(id) {
    return loadMetricTable().byId.get(id);
}
const metricCache = new Map();
const METRIC_CACHE_MAX = 50_000;
/**
 * The metric a label names for a figure of `kind` (and `unit`, when given), or null. With
 * `item`, the label is about one item of a list or table (an item row, the things just
 * counted): it never names one of the department's whole quantities.
 */
export function metricForLabel(label, kind, unit, item = false) {
    return label ? lookup('', label, kind, unit, item) : null;
}
/** The metric of `subject + label` whose synonym reaches into the label: the label must help name it. */
function lookup(subject, label, kind, unit, item) {
    const key = `${kind}\u0000${unit ?? ''}\u0000${item ? 1 : 0}\u0000${subject}\u0000${label}`;
    const cached = metricCache.get(key);
    if (cached !== undefined)
        return cached;
    const head = normalizeLabel(subject);
    const metric = matchMetric(head + normalizeLabel(label), kind, unit, item, head.length);
    if (metricCache.size >= METRIC_CACHE_MAX)
        metricCache.clear();
    metricCache.set(key, metric);
    return metric;
}
/** Spans of the subject words in a normalised label. */
function subjectSpans(text) {
    const spans = [];
    const t = loadMetricTable();
    for (const s of t.subjects) {
        for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            // 卫生健康局, 教育系统: the name of the department, not a part of its money.
            if (t.organisationSuffixes.some((x) => text.startsWith(x, at + s.length)))
                continue;
            spans.push([at, at + s.length]);
        }
    }
    return spans;
}
function matchMetric(text, kind, unit, item, labelStart) {
    const t = loadMetricTable();
    let spans = null;
    let best = null;
    for (const m of t.metrics) {
        if (!m.kinds.has(kind))
            continue;
        if (unit !== undefined && m.units && !m.units.has(unit))
            continue;
        if (m.def.whole && item)
            continue;
        if (m.unless.some((u) => text.includes(u)))
            continue;
        for (const s of m.synonyms) {
            if (best && s.weight < best.weight)
                continue;
            const hit = s.regex.exec(text);
            if (!hit)
                continue;
            const end = hit.index + hit[0].length;
            if (end <= labelStart)
                continue; // the subject alone names it, not this label (财政拨款 + 比2021年)
            // Of equal matches that overlap, the later one is the head of the phrase (部门收入总计 is a
            // 收入总计); of separate ones the first stands (the row of a cell, 总分 | 得分).
            if (best && s.weight === best.weight && (end <= best.end || hit.index >= best.end))
                continue;
            // A whole quantity of the department is no longer it once a part is named beside it
            // (政府采购支出总额, 项目支出年初预算, 一般公共预算财政拨款支出决算).
            if (m.def.whole && (spans ??= subjectSpans(text)).some(([a, b]) => a < hit.index || b > end))
                continue;
            best = { id: m.def.id, weight: s.weight, at: hit.index, end };
        }
    }
    if (!best)
        return null;
    // A change marker outside the synonym (收入较上年增加) names a change, not the metric;
    // inside it (年中减少预算 for budget_adjustment) it is part of the name.
    const rest = text.slice(0, best.at) + '\u0000' + text.slice(best.end);
    return t.changeMarker.test(rest) ? null : best.id;
}
/**
 * The subject words a label names (公用经费, 一般公共服务, 政府性基金 …): the text from the
 * first to the end of the last one, or null.
 */
export function subjectOf(label) {
    if (!label)
        return null;
    const text = normalizeLabel(label);
    const spans = subjectSpans(text);
    if (!spans.length)
        return null;
    return text.slice(Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1])));
}
/**
 * The subject a label hands on to the labels after it in its sentence: its subject words
 * when it also says what of them it measures (“三公”经费预算 → 三公经费), not when the
 * subject is all it says (项目支出: a part beside other parts).
 */
export function subjectHandedOn(label) {
    const subject = subjectOf(label);
    if (!subject)
        return null;
    const rest = normalizeLabel(label).replace(subject, '').replace(/[^\u4e00-\u9fffA-Za-z]/g, '');
    return rest ? subject : null;
}
/** The fund (`funds`: 财政拨款, 政府性基金 …) a subject names, which governs a whole paragraph, or null. */
export function fundOf(subject) {
    return subject && loadMetricTable().funds.some((f) => subject.includes(f)) ? subject : null;
}
/** A label that only says what kind of figure it is (支出, 年初预算, 执行率), not of what. */
export function isAttribute(label) {
    return label !== null && loadMetricTable().attributes.has(normalizeLabel(label));
}
/**
 * The metric of a figure whose label may lean on a subject named earlier in its sentence:
 * `公用经费年初预算数为22.32万元，年末决算数为21.24万元` — the second label has no subject,
 * so the earlier one's is put before it. A label that only names an attribute (支出,
 * 支出决算, 年初预算) takes the subject before anything else: `“三公”经费预算42万元，支出决算
 * 31.86万元` is the “三公” spending, not the department's.
 */
export function metricWithSubject(label, kind, subject, unit) {
    const given = typeof subject === 'string' ? { text: subject, item: false } : subject;
    const s = given?.amountsOnly && kind !== 'amount' ? null : given;
    const own = metricForLabel(label, kind, unit);
    if (!label || !s || subjectOf(label))
        return own;
    if (isAttribute(label))
        return lookup(s.text, label, kind, unit, s.item);
    // The things just counted qualify only a bare attribute (支出 after 1台), never a label of its own.
    return own ?? (s.item ? null : lookup(s.text, label, kind, unit, false));
}
/** A list number or 其中 before a row label (一、合计). */
const LIST_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|其中[：:]?)/;
/**
 * The metric of a table cell from its row label and column label: the row says what
 * (本年收入合计, 基本支出, 公务接待费), the column which figure of it (决算数, 调整数, 执行率).
 * An item row that names no metric itself (纸质图书采购, 一般公共服务支出) is not the department's
 * whole, unless it is a total row (合计).
 */
export function metricOfCell(row, column, kind, unit) {
    if (!row)
        return metricForLabel(column, kind, unit);
    if (!column)
        return metricForLabel(row, kind, unit);
    const t = loadMetricTable();
    const item = metricForLabel(row, kind, unit) === null && !t.totalRows.has(normalizeLabel(row).replace(LIST_NUMBER, ''));
    return metricForLabel(`${row}${BOUNDARY}${column}`, kind, unit, item);
}
const AMOUNT_UNITS_PERCENT = '%';
function metricValue(f, signFromTrend) {
    let v;
    if (f.kind === 'amount') {
        if (f.amountWan === null)
            return null;
        v = Number(f.amountWan);
    }
    else {
        if (f.kind === 'percent' && f.unit !== AMOUNT_UNITS_PERCENT)
            return null;
        v = Number(f.value);
    }
    // 年中调减预算11.65万元: the verb carries the sign the metric needs.
    return signFromTrend && f.trend === 'decrease' && v > 0 ? -v : v;
}
/**
 * The summary's key figures, each a number (amounts in 万元) or null. For each
 * metric the figure is chosen in this order: a text statement (not a table cell)
 * in a section whose template the metric prefers (metrics.json `prefer`, e.g.
 * spending for 决算收入); then any text statement; then a table cell — each time
 * the first in document order, exact figures before approximate ones. A metric
 * marked signFromTrend takes its sign from the verb (调减11.65万元 → -11.65).
 */
export function computeMetrics(figures, sections = []) {
    const t = loadMetricTable();
    const templateOf = new Map(sections.map((s) => [s.id, s.template]));
    const parentOf = new Map(sections.map((s) => [s.id, s.parent]));
    const templatesOf = (section) => {
        const out = new Set();
        for (let s = section; s !== null && s !== undefined; s = parentOf.get(s) ?? null) {
            const tpl = templateOf.get(s);
            if (tpl)
                out.add(tpl);
        }
        return out;
    };
    const metrics = {};
    for (const id of SUMMARY_METRIC_IDS) {
        const def = t.byId.get(id);
        const prefer = new Set(def?.prefer ?? []);
        const rank = (f) => {
            const inText = f.cell === null;
            const preferred = inText && [...templatesOf(f.section)].some((x) => prefer.has(x));
            return (preferred ? 0 : inText ? 2 : 4) + (f.approx ? 1 : 0);
        };
        const signed = def?.signFromTrend === true;
        let best = null;
        for (const f of figures) {
            if (f.metric !== id || metricValue(f, signed) === null)
                continue;
            const r = rank(f);
            if (!best || r < best.rank)
                best = { f, rank: r };
        }
        metrics[id] = best ? metricValue(best.f, signed) : null;
    }
    return metrics;
}
/** Empties the cache (benchmarks measure cold runs with it). */
export function clearMetricCache() {
    metricCache.clear();
}
