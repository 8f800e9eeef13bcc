// Figure extraction: every amount, percentage, count, score and measure of a
// document, read exactly, labelled and mapped to a canonical metric. Per block:
// running text goes through paragraphs.ts (number grammar, clause labels), tables
// through table-figures.ts (units and labels from captions and headers), tables
// that arrive in pieces through runs.ts. Labels map to metrics (metrics.ts).
// Figures the grammar could not read fully become info findings.
import type { Doc, Finding } from '../model.ts';
import { loadPattern } from '../patterns.ts';
import { compiledExclusions, compiledGrammar, compiledLabels, compiledTables, compiledUnits, financeWordsSchema } from './config.ts';
import { makeFigure, type ExtractedFigure } from './draft.ts';
import { clearMetricCache, loadMetricTable } from './metrics.ts';
import { clearScanCache } from './grammar.ts';
import { clearLabelCache } from './labels.ts';
import { paragraphDrafts, unfinishedSentence } from './paragraphs.ts';
import { captionsBefore, runDrafts, tableRunAt } from './runs.ts';
import { tableDrafts } from './table-figures.ts';

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

/** Extracts the figures of a document in document order (block, cell row-major, offset), ids f0001 …. */
export function extractFigures(doc: Doc): FigureExtraction {
  const figures: ExtractedFigure[] = [];
  const findings: Finding[] = [];
  const blocks = doc.blocks;
  const headings = new Set(doc.sections.map((s) => s.block));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const run = tableRunAt(blocks, i, headings);
    if (run) {
      for (const { block: b, draft } of runDrafts(run, captionsBefore(blocks, i), findings)) {
        figures.push(makeFigure(b, draft, figures.length + 1));
      }
      i += run.length - 1;
      continue;
    }
    const prev = blocks[i - 1];
    const lead = prev?.kind === 'paragraph' && !headings.has(prev.index) && !headings.has(block.index) ? unfinishedSentence(prev.text.text) : '';
    const drafts = block.kind === 'paragraph' ? paragraphDrafts(block, findings, lead) : tableDrafts(block, captionsBefore(blocks, i), findings);
    for (const d of drafts) figures.push(makeFigure(block, d, figures.length + 1));
  }
  return { figures, findings };
}

/** Empties the caches of cell scans, labels and metrics (they only ever save time). */
export function clearFigureCaches(): void {
  clearScanCache();
  clearLabelCache();
  clearMetricCache();
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
}
