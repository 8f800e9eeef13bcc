// Figure extraction: every amount, percentage, count, score and measure of a
// document, read exactly, labelled and mapped to a canonical metric. Per block:
// running text goes through paragraphs.ts (number grammar, clause labels), tables
// through table-figures.ts (units and labels from captions and headers), tables
// that arrive in pieces through runs.ts. Labels map to metrics (metrics.ts). A
// table that gives its decimals no unit at all takes the unit the text states the
// same amounts in. Each figure's meaning (object, measure, period, of) is read last
// (meaning.ts), once, for every rule. Figures the grammar could not read fully become info findings.
import type { Block, Doc, Finding, Table } from '../model.ts';
import { loadPattern } from '../patterns.ts';
import { compiledExclusions, compiledGrammar, compiledLabels, compiledTables, compiledUnits, financeWordsSchema } from './config.ts';
import { makeFigure, type Draft, type ExtractedFigure } from './draft.ts';
import { clearMeaningCache, meaningVocabulary, readMeanings } from './meaning.ts';
import { clearMetricCache, loadMetricTable } from './metrics.ts';
import { clearScanCache } from './grammar.ts';
import { clearLabelCache } from './labels.ts';
import { paragraphDrafts, unfinishedSentence } from './paragraphs.ts';
import { captionsBefore, runDrafts, tableRunAt } from './runs.ts';
import { tableDrafts } from './table-figures.ts';
import type { ColumnUnit } from './tables.ts';
import { add, cmp, div, parseDecimal, ratio, ZERO, type Rat } from '../tolerance.ts';

export { computeMetrics, loadMetricTable, metricDefinition, metricForLabel, metricIds, SUMMARY_METRIC_IDS } from './metrics.ts';
export type { SummaryMetricId, MetricDefinition } from './metrics.ts';
export { scanText } from './grammar.ts';
export type { Trend } from './grammar.ts';
export { UNREADABLE_RULE } from './draft.ts';
export type { ExtractedFigure } from './draft.ts';

export interface FigureExtraction {
  figures: ExtractedFigure[];
  findings: Finding[];
}

/** What one block (or run of blocks) yields, before figures get their ids. */
interface Yield {
  drafts: { block: Block; draft: Draft }[];
  findings: Finding[];
  /** A table whose decimals have no unit, and those decimals' printed values. */
  unitless?: { table: Table; captions: string[]; values: { value: string; col: number }[] };
}

/** Extracts the figures of a document in document order (block, cell row-major, offset), ids f0001 …. */
export function extractFigures(doc: Doc): FigureExtraction {
  const yields: Yield[] = [];
  const blocks = doc.blocks;
  const headings = new Set(doc.sections.map((s) => s.block));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const findings: Finding[] = [];
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
    const values: { value: string; col: number }[] = [];
    const drafts = tableDrafts(block, captions, findings, { unitless: values }).map((draft) => ({ block, draft }));
    yields.push({ drafts, findings, ...(values.length ? { unitless: { table: block, captions, values } } : {}) });
  }
  lendTextUnits(yields);
  const figures: ExtractedFigure[] = [];
  const findings: Finding[] = [];
  for (const y of yields) {
    findings.push(...y.findings);
    for (const { block, draft } of y.drafts) figures.push(makeFigure(block, draft, figures.length + 1));
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
function columnTotals(values: readonly { value: string; col: number }[]): Rat[] {
  const byCol = new Map<number, Rat[]>();
  for (const { value, col } of values) (byCol.get(col) ?? byCol.set(col, []).get(col)!).push(parseDecimal(value));
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
function lendTextUnits(yields: Yield[]): void {
  if (!yields.some((y) => y.unitless)) return;
  const textUnits = new Map<string, Map<string, { unit: ColumnUnit; n: number }>>();
  for (const y of yields) {
    for (const { draft: d } of y.drafts) {
      if (d.cell || d.kind !== 'amount' || d.hit.decimals === 0) continue;
      const byUnit = textUnits.get(d.hit.value) ?? textUnits.set(d.hit.value, new Map()).get(d.hit.value)!;
      byUnit.set(d.unit, { unit: { unit: d.unit, kind: d.kind, toWan: d.toWan }, n: (byUnit.get(d.unit)?.n ?? 0) + 1 });
    }
  }
  const textMoney = oneMoneyUnit(yields);
  for (const y of yields) {
    if (!y.unitless) continue;
    const votes = new Map<string, { unit: ColumnUnit; n: number }>();
    const vote = (byUnit: Map<string, { unit: ColumnUnit }> | undefined, n: number) => {
      for (const [key, { unit }] of byUnit ?? []) votes.set(key, { unit, n: (votes.get(key)?.n ?? 0) + n });
    };
    for (const v of new Set(y.unitless.values.map((x) => x.value))) vote(textUnits.get(v), 1);
    // A column's total stated in the text says the unit of the whole column.
    const totals = columnTotals(y.unitless.values);
    for (const [printed, byUnit] of textUnits) {
      const v = parseDecimal(printed);
      if (totals.some((t) => cmp(t, v) === 0)) vote(byUnit, LENT_UNIT_MATCHES);
    }
    // Else the text's one money unit, when the table's numbers are no larger than the text's largest amount in it:
    // a table of a report written in 万元 is in 万元 too (a table in 元 would print numbers far above the text's).
    if (![...votes.values()].some((v) => v.n >= LENT_UNIT_MATCHES) && textMoney) {
      const largest = largestOf(y.unitless.values.map((x) => x.value));
      if (cmp(largest, textMoney.largest) <= 0) votes.set(textMoney.unit.unit, { unit: textMoney.unit, n: LENT_UNIT_MATCHES + (votes.get(textMoney.unit.unit)?.n ?? 0) });
    }
    const best = [...votes.values()].sort((a, b) => b.n - a.n)[0];
    if (!best || best.n < LENT_UNIT_MATCHES || [...votes.values()].filter((v) => v.n === best.n).length > 1) continue;
    const findings: Finding[] = [];
    const { table, captions } = y.unitless;
    y.drafts = tableDrafts(table, captions, findings, { lent: best.unit }).map((draft) => ({ block: table, draft }));
    y.findings = findings;
  }
}

const largestOf = (printed: readonly string[]): Rat => printed.map(parseDecimal).reduce((m, x) => (cmp(x, m) > 0 ? x : m), ZERO);

/** Amounts with decimals the text must state in one unit (4 in 5 of them at least) before a table takes that unit from them alone. */
const ONE_UNIT_AMOUNTS = 3;

/**
 * The unit the text writes its amounts with decimals in (万元): nearly all of them (a 亿元 of trade volume aside), and
 * the largest amount in it; else null.
 */
function oneMoneyUnit(yields: readonly Yield[]): { unit: ColumnUnit; largest: Rat } | null {
  const amounts = yields.flatMap((y) => y.drafts.map((x) => x.draft)).filter((d) => !d.cell && d.kind === 'amount' && d.hit.decimals > 0);
  const byUnit = new Map<string, typeof amounts>();
  for (const d of amounts) (byUnit.get(d.unit) ?? byUnit.set(d.unit, []).get(d.unit)!).push(d);
  const [main] = [...byUnit.values()].sort((a, b) => b.length - a.length);
  if (!main || main.length < ONE_UNIT_AMOUNTS || main.length * 5 < amounts.length * 4) return null;
  const d = main[0]!;
  const largest = largestOf(main.map((x) => x.hit.value));
  return { unit: { unit: d.unit, kind: d.kind, toWan: d.toWan }, largest };
}

/** Empties the caches of cell scans, labels, metrics and meanings (they only ever save time). */
export function clearFigureCaches(): void {
  clearScanCache();
  clearLabelCache();
  clearMetricCache();
  clearMeaningCache();
}

/** Loads and compiles every pattern file of figure extraction: a bad file throws ConfigError now. */
export function loadFigurePatterns(): void {
  compiledUnits();
  compiledGrammar();
  compiledExclusions();
  compiledLabels();
  compiledTables();
  loadMetricTable();
  loadPattern('finance-words.json', financeWordsSchema);
  meaningVocabulary();
}
