import { loadPattern } from "../patterns.js";
import { compiledExclusions, compiledGrammar, compiledLabels, compiledTables, compiledUnits, financeWordsSchema } from "./config.js";
import { makeFigure } from "./draft.js";
import { clearMeaningCache, meaningVocabulary, readMeanings } from "./meaning.js";
import { clearMetricCache, loadMetricTable } from "./metrics.js";
import { clearScanCache } from "./grammar.js";
import { clearLabelCache } from "./labels.js";
import { paragraphDrafts, unfinishedSentence } from "./paragraphs.js";
import { captionsBefore, runDrafts, tableRunAt } from "./runs.js";
import { tableDrafts } from "./table-figures.js";
import { add, cmp, div, parseDecimal, ratio, ZERO } from "../tolerance.js";
export { computeMetrics, loadMetricTable, metricDefinition, metricForLabel, metricIds, SUMMARY_METRIC_IDS } from "./metrics.js";
export { scanText } from "./grammar.js";
export { UNREADABLE_RULE } from "./draft.js";
/** Extracts the figures of a document in document order (block, cell row-major, offset), ids f0001 …. */
export function extractFigures(doc) {
    const yields = [];
    const blocks = doc.blocks;
    const headings = new Set(doc.sections.map((s) => s.block));
    for (let i = 0; i < blocks.length; i++) {
        const block = blocks[i];
        const findings = [];
        const run = tableRunAt(blocks, i, headings);
        if (run) {
            yields.push({ drafts: runDrafts(run, captionsBefore(blocks, i), findings), findings });
            i += run.length - 1;
            continue;
        }
        if (block.kind === 'paragraph') {
            const prev = blocks[i - 1];
            const lead = prev?.kind === 'paragraph' && !headings.has(prev.index) && !headings.has(block.index) ? unfinishedSentence(prev.text.text) : '';
            yields.push({ drafts: paragraphDrafts(block, findings, lead).map((draft) => ({ block, draft })), findings });
            continue;
        }
        const captions = captionsBefore(blocks, i);
        const values = [];
        const drafts = tableDrafts(block, captions, findings, { unitless: values }).map((draft) => ({ block, draft }));
        yields.push({ drafts, findings, ...(values.length ? { unitless: { table: block, captions, values } } : {}) });
    }
    lendTextUnits(yields);
    const figures = [];
    const findings = [];
    for (const y of yields) {
        findings.push(...y.findings);
        for (const { block, draft } of y.drafts)
            figures.push(makeFigure(block, draft, figures.length + 1));
    }
    readMeanings({ ...doc, figures });
    return { figures, findings };
}
/** Printed amounts of a table that the text must state too before the table takes their unit. */
const LENT_UNIT_MATCHES = 2;
/**
 * Totals a unitless table's columns stand for: each column's sum, and half of it (the column
 * holds its own correct 合计 row). The text may state a column only by its total
 * (`本年支出合计2,961.47万元` beside the rows of 表2).
 */
function columnTotals(values) {
    const byCol = new Map();
    for (const { value, col } of values)
        (byCol.get(col) ?? byCol.set(col, []).get(col)).push(parseDecimal(value));
    return [...byCol.values()].filter((xs) => xs.length >= 2).flatMap((xs) => {
        const total = xs.reduce(add, ZERO);
        return [total, div(total, ratio(2n))];
    });
}
/**
 * A table with no unit at all (no caption, no header unit) whose decimals the text states
 * with a unit — `合计 | 725.60` and `全年预算725.60万元`, or a column's total — takes that unit
 * for its decimals.
 */
function lendTextUnits(yields) {
    if (!yields.some((y) => y.unitless))
        return;
    const textUnits = new Map();
    for (const y of yields) {
        for (const { draft: d } of y.drafts) {
            if (d.cell || d.kind !== 'amount' || d.hit.decimals === 0)
                continue;
            const byUnit = textUnits.get(d.hit.value) ?? textUnits.set(d.hit.value, new Map()).get(d.hit.value);
            byUnit.set(d.unit, { unit: { unit: d.unit, kind: d.kind, toWan: d.toWan }, n: (byUnit.get(d.unit)?.n ?? 0) + 1 });
        }
    }
    const textMoney = oneMoneyUnit(yields);
    for (const y of yields) {
        if (!y.unitless)
            continue;
        const votes = new Map();
        const vote = (byUnit, n) => {
            for (const [key, { unit }] of byUnit ?? [])
                votes.set(key, { unit, n: (votes.get(key)?.n ?? 0) + n });
        };
        for (const v of new Set(y.unitless.values.map((x) => x.value)))
            vote(textUnits.get(v), 1);
        // A column's total stated in the text says the unit of the whole column.
        const totals = columnTotals(y.unitless.values);
        for (const [printed, byUnit] of textUnits) {
            const v = parseDecimal(printed);
            if (totals.some((t) => cmp(t, v) === 0))
                vote(byUnit, LENT_UNIT_MATCHES);
        }
        // Else the text's one money unit, when the table's numbers are no larger than the text's largest amount in it:
        // a table of a report written in 万元 is in 万元 too (a table in 元 would print numbers far above the text's).
        if (![...votes.values()].some((v) => v.n >= LENT_UNIT_MATCHES) && textMoney) {
            const largest = y.unitless.values.reduce((m, x) => (cmp(parseDecimal(x.value), m) > 0 ? parseDecimal(x.value) : m), ZERO);
            if (cmp(largest, textMoney.largest) <= 0)
                votes.set(textMoney.unit.unit, { unit: textMoney.unit, n: LENT_UNIT_MATCHES + (votes.get(textMoney.unit.unit)?.n ?? 0) });
        }
        const best = [...votes.values()].sort((a, b) => b.n - a.n)[0];
        if (!best || best.n < LENT_UNIT_MATCHES || [...votes.values()].filter((v) => v.n === best.n).length > 1)
            continue;
        const findings = [];
        const { table, captions } = y.unitless;
        y.drafts = tableDrafts(table, captions, findings, { lent: best.unit }).map((draft) => ({ block: table, draft }));
        y.findings = findings;
    }
}
/** Amounts with decimals the text must state in one unit (4 in 5 of them at least) before a table takes that unit from them alone. */
const ONE_UNIT_AMOUNTS = 3;
/**
 * The unit the text writes its amounts with decimals in (万元): nearly all of them (a 亿元 of trade volume aside), and
 * the largest amount in it; else null.
 */
function oneMoneyUnit(yields) {
    const amounts = yields.flatMap((y) => y.drafts.map((x) => x.draft)).filter((d) => !d.cell && d.kind === 'amount' && d.hit.decimals > 0);
    const byUnit = new Map();
    for (const d of amounts)
        (byUnit.get(d.unit) ?? byUnit.set(d.unit, []).get(d.unit)).push(d);
    const [main] = [...byUnit.values()].sort((a, b) => b.length - a.length);
    if (!main || main.length < ONE_UNIT_AMOUNTS || main.length * 5 < amounts.length * 4)
        return null;
    const d = main[0];
    const largest = main.reduce((m, x) => (cmp(parseDecimal(x.hit.value), m) > 0 ? parseDecimal(x.hit.value) : m), ZERO);
    return { unit: { unit: d.unit, kind: d.kind, toWan: d.toWan }, largest };
}
/** Empties the caches of cell scans, labels, metrics and meanings (they only ever save time). */
export function clearFigureCaches() {
    clearScanCache();
    clearLabelCache();
    clearMetricCache();
    clearMeaningCache();
}
/** Loads and compiles every pattern file of figure extraction: a bad file throws ConfigError now. */
export function loadFigurePatterns() {
    compiledUnits();
    compiledGrammar();
    compiledExclusions();
    compiledLabels();
    compiledTables();
    loadMetricTable();
    loadPattern('finance-words.json', financeWordsSchema);
    meaningVocabulary();
}
