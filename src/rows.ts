// Turns an analysed document into the rows of the four datasets: section paths,
// pages and evidence come from the block each figure or finding points at.
import type { Doc, Figure, Finding, Format, Metrics, Status } from './model.ts';
import { METRIC_KEYS, type FigureRow, type FindingRow, type SectionRow, type SummaryRow } from './outputs/index.ts';
import { sourceSpan } from './normalize.ts';
import type { DocView } from './report/document-view.ts';

export interface FileRows {
  summary: SummaryRow;
  figures: FigureRow[];
  sections: SectionRow[];
  findings: FindingRow[];
  /** The document's text and places for the review report; absent when the file was not analysed. */
  view?: DocView;
}

const PATH_SEPARATOR = ' > ';
/** Characters of context either side of a figure or finding in its evidence. */
const EVIDENCE_CONTEXT = 40;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function emptyMetrics(): SummaryRow['metrics'] {
  return Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as SummaryRow['metrics'];
}

/** The rows of a file that could not be analysed: only its summary row, saying why. */
export function failedRows(file: string, format: Format | string, status: Status, error: string, pages: number | null): FileRows {
  return {
    summary: {
      file,
      format: format as Format,
      status,
      error,
      pages,
      department: null,
      year: null,
      sections: 0,
      figures: 0,
      findings: { error: 0, warning: 0, info: 0 },
      metrics: emptyMetrics(),
      department_key: null,
      ocr_pages: 0,
    },
    figures: [],
    sections: [],
    findings: [],
  };
}

function sectionPath(doc: Doc, section: number | null): string {
  return section === null ? '' : doc.sections[section]!.path.join(PATH_SEPARATOR);
}

/** The source text around a position: a window of the paragraph, or the table row of the cell. */
export function evidenceAt(doc: Doc, block: number | null, cell: { row: number; col: number } | null | undefined, start?: number, end?: number): string {
  if (block === null) return '';
  const b = doc.blocks[block];
  if (!b) return '';
  if (b.kind === 'table') {
    const row = cell ? b.rows[cell.row] : undefined;
    return (row ?? b.rows[0] ?? []).map((c) => c.text.source.trim()).join(' | ');
  }
  const t = b.text;
  if (start === undefined) return t.source.trim();
  const from = Math.max(0, start - EVIDENCE_CONTEXT);
  const to = Math.min(t.text.length, (end ?? start) + EVIDENCE_CONTEXT);
  return sourceSpan(t, from, to).trim();
}

/** Findings in document order (block, then offset), errors first at one place; ids follow that order. */
export function orderFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (a.f.block ?? -1) - (b.f.block ?? -1) ||
        (a.f.cell?.row ?? -1) - (b.f.cell?.row ?? -1) ||
        (a.f.cell?.col ?? -1) - (b.f.cell?.col ?? -1) ||
        (a.f.start ?? -1) - (b.f.start ?? -1) ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.f.rule.localeCompare(b.f.rule) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

const toNumber = (decimal: string | null): number | null => (decimal === null ? null : Number(decimal));

function figureRow(doc: Doc, f: Figure, flagged: string[]): FigureRow {
  return {
    file: doc.file,
    id: f.id,
    kind: f.kind,
    value: Number(f.value),
    unit: f.unit,
    amount_wan: toNumber(f.amountWan),
    approx: f.approx,
    raw: f.raw,
    label: f.label,
    metric: f.metric,
    section: sectionPath(doc, f.section),
    page: f.page,
    flagged,
    object: f.meaning?.object ?? null,
    measure: f.meaning?.measure ?? null,
    period: f.meaning?.period ?? null,
    of: f.meaning?.of ?? null,
    source: f.source ?? 'text',
    confidence: f.confidence ?? null,
  };
}

export function rowsOf(
  doc: Doc,
  findings: Finding[],
  metrics: Metrics,
  read: { status: 'ok' | 'partial'; error: string | null },
): FileRows {
  const ordered = orderFindings(findings);
  const findingRows: FindingRow[] = ordered.map((f, i) => {
    const block = f.block === null ? null : doc.blocks[f.block] ?? null;
    return {
      file: doc.file,
      id: `c${String(i + 1).padStart(4, '0')}`,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      section: sectionPath(doc, block?.section ?? null),
      page: block?.page ?? null,
      evidence: f.evidence ?? evidenceAt(doc, f.block, f.cell, f.start, f.end),
      figures: f.figures,
    };
  });
  const flaggedBy = new Map<string, string[]>();
  findingRows.forEach((row) => {
    for (const id of row.figures) flaggedBy.set(id, [...(flaggedBy.get(id) ?? []), row.id]);
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findingRows) counts[f.severity]++;
  const summaryMetrics = emptyMetrics();
  for (const k of METRIC_KEYS) summaryMetrics[k] = metrics[k] ?? null;
  return {
    summary: {
      file: doc.file,
      format: doc.format,
      status: read.status,
      error: read.error,
      pages: doc.pages,
      department: doc.facts.department,
      department_key: doc.facts.departmentKey ?? null,
      year: doc.facts.year,
      sections: doc.sections.length,
      figures: doc.figures.length,
      findings: counts,
      metrics: summaryMetrics,
      ocr_pages: doc.ocrPages ?? 0,
    },
    figures: doc.figures.map((f) => figureRow(doc, f, flaggedBy.get(f.id) ?? [])),
    sections: doc.sections.map((s) => ({
      file: doc.file,
      level: s.level,
      number: s.number,
      heading: s.heading,
      path: s.path.join(PATH_SEPARATOR),
      template: s.template,
      page: s.page,
    })),
    findings: findingRows,
  };
}
