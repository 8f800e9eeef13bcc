// Figure extraction: every amount, percentage, count, score and measure of a
// document, read exactly, labelled and mapped to a canonical metric. Pipeline per
// block: scan the text with the number grammar (grammar.ts), give table cells the
// unit of their headers (tables.ts), cut labels (labels.ts), map them to metrics
// (metrics.ts). Figures the grammar could not read fully become info findings.
import type { Block, Cell, Doc, Figure, Finding, Paragraph, Table } from '../model.ts';
import { shiftDecimal } from './decimal.ts';
import { scanText, type NumberHit, type Trend, type UnitHit, type Unreadable } from './grammar.ts';
import { clauseStart, labelBefore, listLabels, nounAfter } from './labels.ts';
import { loadMetricTable, metricWithSubject, subjectOf } from './metrics.ts';
import { compiledExclusions, compiledGrammar, compiledLabels, compiledTables, compiledUnits, financeWordsSchema } from './config.ts';
import { loadPattern } from '../patterns.ts';
import { rowLabel, tableContext, type ColumnUnit } from './tables.ts';

export { computeMetrics, loadMetricTable, metricDefinition, metricForLabel, metricIds, SUMMARY_METRIC_IDS } from './metrics.ts';
export type { SummaryMetricId, MetricDefinition } from './metrics.ts';
export { scanText } from './grammar.ts';
export type { Trend } from './grammar.ts';

export const UNREADABLE_RULE = 'unreadable-figure';

/** A figure with the direction a verb gave it (调减11.65万元 → decrease); the value stays as printed. */
export type ExtractedFigure = Figure & { trend?: Trend };

export interface FigureExtraction {
  figures: ExtractedFigure[];
  findings: Finding[];
}

const SENTENCE_END = /[。；;！？!?]/;

/** Amount in 万元, exact: value × toWan (a power of ten). */
function toWan(value: string, factor: string | null): string | null {
  if (factor === null) return null;
  const places = factor === '1' ? 0 : Math.round(Math.log10(Number(factor)));
  return shiftDecimal(value, places);
}

interface Draft {
  hit: NumberHit;
  unit: string;
  kind: Figure['kind'];
  toWan: string | null;
  label: string | null;
  metric: string | null;
  cell: { row: number; col: number } | null;
  raw: string;
}

function makeFigure(block: Block, d: Draft, seq: number): ExtractedFigure {
  const f: ExtractedFigure = {
    id: `f${String(seq).padStart(4, '0')}`,
    kind: d.kind,
    value: d.hit.value,
    unit: d.unit,
    amountWan: d.kind === 'amount' ? toWan(d.hit.value, d.toWan) : null,
    decimals: d.hit.decimals,
    approx: d.hit.approx,
    raw: d.raw,
    label: d.label,
    metric: d.metric,
    block: block.index,
    cell: d.cell,
    start: d.hit.start,
    end: d.hit.end,
    page: block.page,
    section: block.section,
  };
  if (d.hit.trend) f.trend = d.hit.trend;
  return f;
}

function unreadableFinding(block: Block, text: string, u: Unreadable, cell: { row: number; col: number } | null): Finding {
  const raw = text.slice(u.start, u.end);
  return {
    rule: UNREADABLE_RULE,
    severity: 'info',
    message: `无法完整识别数字“${raw}”：${u.reason}。`,
    expected: null,
    actual: raw,
    difference: null,
    figures: [],
    block: block.index,
    cell,
    start: u.start,
    end: u.end,
    evidence: text.slice(Math.max(0, u.start - 20), Math.min(text.length, u.end + 20)),
  };
}

/** The label of a figure in running text: its clause, or a count's noun after it. */
function textLabel(text: string, hit: UnitHit, floor: number): string | null {
  if (hit.kind === 'count' || hit.kind === 'measure') {
    const noun = nounAfter(text, hit.end);
    if (noun) return noun;
  }
  const from = clauseStart(text, hit.start, floor);
  const own = labelBefore(text.slice(from, hit.start));
  if (own) return own;
  // 固定资产利用率：100% — the label sits before the colon.
  const mark = text[from - 1];
  if ((mark === '：' || mark === ':') && from - 1 > floor) {
    const prev = clauseStart(text, from - 1, floor);
    return labelBefore(text.slice(prev, from - 1));
  }
  return null;
}

function paragraphDrafts(p: Paragraph, findings: Finding[]): Draft[] {
  const text = p.text.text;
  const scan = scanText(text);
  for (const u of scan.unreadable) findings.push(unreadableFinding(p, text, u, null));
  for (const b of scan.bare) {
    if (b.decimals > 0) findings.push(unreadableFinding(p, text, { start: b.start, end: b.end, reason: '没有可识别的单位' }, null));
  }
  const labels = paragraphLabels(text, scan.figures);
  const drafts: Draft[] = [];
  let subject: string | null = null;
  let sentenceStart = 0;
  scan.figures.forEach((hit, k) => {
    const sentence = lastSentenceStart(text, hit.start);
    if (sentence !== sentenceStart) {
      sentenceStart = sentence;
      subject = null;
    }
    const label = labels[k] ?? null;
    const metric = metricWithSubject(label, hit.kind, subject);
    subject = subjectOf(label) ?? subject;
    drafts.push({ hit, unit: hit.unit, kind: hit.kind, toWan: hit.toWan, label, metric, cell: null, raw: text.slice(hit.start, hit.end) });
  });
  return drafts;
}

/**
 * Labels of a paragraph's figures. Figures joined only by 、/和 form a list: its
 * names before 分别为 label it one by one, or its members share the first label.
 */
function paragraphLabels(text: string, hits: readonly UnitHit[]): (string | null)[] {
  const { listGap } = compiledLabels();
  const out: (string | null)[] = [];
  let k = 0;
  while (k < hits.length) {
    let e = k + 1;
    while (e < hits.length && listGap.test(text.slice(hits[e - 1]!.end, hits[e]!.start))) e++;
    const sentence = lastSentenceStart(text, hits[k]!.start);
    const group = hits.slice(k, e);
    const byName = group.length > 1 ? listLabels(text, group.map((h) => h.start), sentence) : null;
    group.forEach((hit, g) => {
      if (byName) {
        out.push(byName[g]!);
        return;
      }
      const own = textLabel(text, hit, g === 0 ? floorOf(hits, k, sentence) : group[g - 1]!.end);
      out.push(own ?? (g > 0 ? out[k] ?? null : clauseWithoutFigures(text, hits, k + g, sentence)));
    });
    k = e;
  }
  return out;
}

/** The clause of figure k starts after the previous figure when that sits in the same sentence. */
function floorOf(hits: readonly UnitHit[], k: number, sentence: number): number {
  return k > 0 ? Math.max(hits[k - 1]!.end, sentence) : sentence;
}

/**
 * When the words before a figure were all cut off by the previous figure
 * (占预算22.32万元的95.16%), its label is its whole clause with the figures left out: 占预算的.
 */
function clauseWithoutFigures(text: string, hits: readonly UnitHit[], k: number, sentence: number): string | null {
  const hit = hits[k]!;
  const from = clauseStart(text, hit.start, sentence);
  let clause = '';
  let at = from;
  for (let j = 0; j < k; j++) {
    const h = hits[j]!;
    if (h.end <= from || h.start < from) continue;
    clause += text.slice(at, h.start);
    at = h.end;
  }
  clause += text.slice(at, hit.start);
  return labelBefore(clause);
}

function lastSentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  return 0;
}

function tableDrafts(t: Table, before: Block[], findings: Finding[]): Draft[] {
  const ctx = tableContext(t, before);
  const drafts: Draft[] = [];
  t.rows.forEach((row, r) => {
    if (r < ctx.headerRows || ctx.indexRows.has(r)) return;
    row.forEach((cell, c) => {
      if (ctx.indexColumns.has(c)) return;
      const text = cell.text.text;
      const scan = ctx.scans[r]![c]!;
      const where = { row: r, col: c };
      for (const u of scan.unreadable) findings.push(unreadableFinding(t, text, u, where));
      const row_ = rowLabel(t, ctx, r, c);
      const col = ctx.columnLabels[c] ?? null;
      const headerLabel = [row_, col].filter(Boolean).join(' ') || null;
      const cellDrafts: Draft[] = [];
      for (const hit of scan.figures) {
        const own = labelBefore(text.slice(clauseStart(text, hit.start), hit.start));
        const label = own ?? headerLabel;
        cellDrafts.push({ hit, unit: hit.unit, kind: hit.kind, toWan: hit.toWan, label, metric: metricWithSubject(label, hit.kind, null), cell: where, raw: text.slice(hit.start, hit.end) });
      }
      const unit: ColumnUnit | null = ctx.columnUnits[c] ?? null;
      for (const hit of scan.bare) {
        // Leftmost columns hold row labels and numbering unless their header names a unit.
        if (!unit || (c === 0 && !ctx.columnLabels[0])) {
          if (hit.decimals > 0) findings.push(unreadableFinding(t, text, { start: hit.start, end: hit.end, reason: '表格中没有可识别的单位' }, where));
          continue;
        }
        cellDrafts.push({ hit, unit: unit.unit, kind: unit.kind, toWan: unit.toWan, label: headerLabel, metric: metricWithSubject(headerLabel, unit.kind, null), cell: where, raw: text.slice(hit.start, hit.end) });
      }
      cellDrafts.sort((a, b) => a.hit.start - b.hit.start);
      drafts.push(...cellDrafts);
    });
  });
  return drafts;
}

/**
 * Rows of a table written as text, one paragraph a row with cells between `|`
 * (plain-text exports). A run of such paragraphs, possibly around table blocks a
 * reader made of some of its rows, is read as one table.
 */
const TEXT_ROW = /\|/;
const isTextRow = (b: Block): b is Paragraph => b.kind === 'paragraph' && TEXT_ROW.test(b.text.text);

/** Length of the run of text rows and tables starting at i, or 0 when it is not a text table. */
function textTableRun(blocks: readonly Block[], i: number): number {
  let j = i;
  let textRows = 0;
  while (j < blocks.length) {
    const b = blocks[j]!;
    if (isTextRow(b)) textRows++;
    else if (b.kind !== 'table') break;
    j++;
  }
  // Trailing tables belong to the run only when text rows surround them.
  while (j > i && blocks[j - 1]!.kind === 'table') j--;
  return textRows >= 2 && isTextRow(blocks[i]!) ? j - i : 0;
}

/** Splits a text row at `|`, keeping each cell's offset in the paragraph. */
function splitTextRow(p: Paragraph): { cell: Cell; offset: number }[] {
  const text = p.text.text;
  const out: { cell: Cell; offset: number }[] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k < text.length && text[k] !== '|') continue;
    let a = from;
    let b = k;
    while (a < b && text[a] === ' ') a++;
    while (b > a && text[b - 1] === ' ') b--;
    out.push({ cell: { text: { text: text.slice(a, b), source: text.slice(a, b), map: p.text.map.subarray(a, b + 1) } }, offset: a });
    from = k + 1;
  }
  return out;
}

interface RowOrigin {
  block: Block;
  /** Row in the table block, or -1 for a text row. */
  row: number;
  offsets: number[];
}

/** Figures of a text table: read as one table, placed back in their paragraphs (or table cells). */
function textTableFigures(run: Block[], before: Block[], findings: Finding[]): { block: Block; draft: Draft }[] {
  const rows: Cell[][] = [];
  const origins: RowOrigin[] = [];
  for (const b of run) {
    if (b.kind === 'paragraph') {
      const cells = splitTextRow(b);
      rows.push(cells.map((c) => c.cell));
      origins.push({ block: b, row: -1, offsets: cells.map((c) => c.offset) });
    } else {
      b.rows.forEach((r, k) => {
        rows.push(r);
        origins.push({ block: b, row: k, offsets: r.map(() => 0) });
      });
    }
  }
  const first = run[0]!;
  const table: Table = { kind: 'table', index: first.index, page: first.page, section: first.section, rows };
  const place = (cell: { row: number; col: number }) => {
    const o = origins[cell.row]!;
    return { block: o.block, cell: o.row < 0 ? null : { row: o.row, col: cell.col }, offset: o.offsets[cell.col] ?? 0 };
  };
  const local: Finding[] = [];
  const drafts = tableDrafts(table, before, local);
  for (const f of local) {
    if (!f.cell) continue;
    const p = place(f.cell);
    findings.push({ ...f, block: p.block.index, cell: p.cell, start: (f.start ?? 0) + p.offset, end: (f.end ?? 0) + p.offset });
  }
  return drafts.map((d) => {
    const p = place(d.cell!);
    return { block: p.block, draft: { ...d, cell: p.cell, hit: { ...d.hit, start: d.hit.start + p.offset, end: d.hit.end + p.offset } } };
  });
}

/** Extracts the figures of a document in document order (block, cell row-major, offset), ids f0001 …. */
export function extractFigures(doc: Doc): FigureExtraction {
  const figures: ExtractedFigure[] = [];
  const findings: Finding[] = [];
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const before = blocks.slice(Math.max(0, i - 2), i);
    const run = textTableRun(blocks, i);
    if (run) {
      for (const { block: b, draft } of textTableFigures(blocks.slice(i, i + run), before, findings)) {
        figures.push(makeFigure(b, draft, figures.length + 1));
      }
      i += run - 1;
      continue;
    }
    const drafts = block.kind === 'paragraph' ? paragraphDrafts(block, findings) : tableDrafts(block, before, findings);
    for (const d of drafts) figures.push(makeFigure(block, d, figures.length + 1));
  }
  return { figures, findings };
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
