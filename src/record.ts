// What comes back of one analysed file, ready to write: its summary row, its digest for the
// batch stage, the CSV and JSONL lines of its rows, and its page of the review report. It is
// made where the file was analysed (the worker), so the parent only appends text in input order
// and keeps the summary and the digest; it is also what the cache stores of a file.
import type { FileRows } from './rows.ts';
import { digestOf, type FileDigest } from './batch/digest.ts';
import { DATASETS, type FindingRow, type SummaryRow } from './outputs/datasets.ts';
import { STREAMED, type DatasetText, type StreamedDataset } from './outputs/stream.ts';
import { csvLines, toJsonl } from './outputs/write.ts';
import { documentPage } from './report/document-page.ts';

/** What the overview and the links of the report and workbook need of a finding. */
export type FindingMark = Pick<FindingRow, 'id' | 'rule' | 'severity'>;

export interface FileRecord {
  summary: SummaryRow;
  digest: FileDigest;
  lines: Record<StreamedDataset, DatasetText>;
  findings: FindingMark[];
  /** The document's page of the review report (it links back to the report folder with `../`). */
  page: string;
}

export function recordOf(rows: FileRows): FileRecord {
  const lines = Object.fromEntries(
    STREAMED.map((name) => [name, { csv: csvLines(DATASETS[name], rows[name]), jsonl: toJsonl(DATASETS[name], rows[name]) }]),
  ) as Record<StreamedDataset, DatasetText>;
  return {
    summary: rows.summary,
    digest: digestOf(rows),
    lines,
    findings: rows.findings.map((f) => ({ id: f.id, rule: f.rule, severity: f.severity })),
    page: documentPage(rows, '../'),
  };
}
