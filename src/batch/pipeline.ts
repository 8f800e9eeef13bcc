// A run over a batch, streamed: each file's record (record.ts) is written out as soon as every
// file before it has been — its rows appended to the datasets, its page to the report — and
// only its summary row and its digest are kept. After the last file the batch stage compares
// the digests; its findings follow the files' own, the summary (with their counts) and the
// compare dataset are written, and all datasets are committed together; then the report is
// swapped in and the workbook is made by reading the datasets back. Memory stays flat however
// large the batch: what grows is a summary row, a digest and a few words per finding.
import { analyzeEach, type Progress } from '../pool.ts';
import type { InputFile } from '../inputs.ts';
import type { Limits } from '../limits.ts';
import type { FileRecord } from '../record.ts';
import { DATASETS, FINDING_COLUMNS, SUMMARY_COLUMNS, type Column, type FindingRow, type SummaryRow } from '../outputs/datasets.ts';
import { DatasetStream, STREAMED } from '../outputs/stream.ts';
import { csvLines, datasetFiles, toJsonl } from '../outputs/write.ts';
import { writeFailure, type OutputFile } from '../outputs/commit.ts';
import type { ReportWriter } from '../report/index.ts';
import type { FileDigest } from './digest.ts';
import { crossDocument, withCrossFindings } from './index.ts';
import { goujiVersion, RecordCache } from './cache.ts';

export interface BatchOptions {
  out: string;
  jobs: number;
  limits: Limits;
  progress: Progress;
  /** Take unchanged files from the cache in `out`, and store the others there (not with --no-cache). */
  cache: boolean;
  /** Write the review report and the workbook (not with --no-report). */
  report: boolean;
}

/** Runs the batch and writes every output into `out`; returns the summary rows. Throws OutputError. */
/** What a run leaves in memory: the summary rows and, of each finding, what the closing table counts. */
export interface BatchOutcome {
  summary: SummaryRow[];
  findings: Pick<FindingRow, 'file' | 'rule' | 'severity'>[];
}

export async function runBatch(files: InputFile[], options: BatchOptions): Promise<BatchOutcome> {
  // A cache that cannot be opened (a read-only or full disk) costs time, not the run.
  const cache = options.cache ? await RecordCache.open(options.out, goujiVersion(options.limits)).catch(() => null) : null;
  const datasets = await DatasetStream.open(options.out);
  let report: ReportWriter | null = null;
  try {
    // Loaded only when asked for: the page builders and exceljs cost start-up time.
    if (options.report) report = await (await import('../report/index.ts')).ReportWriter.open(options.out, files.length);
  } catch (e) {
    await datasets.discard();
    throw failure(options.out, e);
  }
  const summary: SummaryRow[] = [];
  const digests: FileDigest[] = [];
  const marks: BatchOutcome['findings'] = [];
  const take = async (record: FileRecord, index: number): Promise<void> => {
    for (const name of STREAMED) await datasets.append(name, record.lines[name]);
    await report?.add(index, record);
    summary.push(record.summary);
    digests.push(record.digest);
    for (const f of record.findings) marks.push({ file: record.summary.file, rule: f.rule, severity: f.severity });
  };
  try {
    await analyzeEach(files, options.jobs, options.progress, take, { limits: options.limits, cache });
    const batch = crossDocument(digests);
    await datasets.append('findings', { csv: csvLines(FINDING_COLUMNS, batch.findings), jsonl: toJsonl(FINDING_COLUMNS, batch.findings) });
    const counted = withCrossFindings(summary, batch.findings);
    const others: OutputFile[] = datasetFiles('summary', SUMMARY_COLUMNS, counted);
    // The compare dataset's columns are the batch stage's (issue 9a), in DATASETS once it has them.
    const compareColumns = (DATASETS as Record<string, readonly Column[] | undefined>).compare;
    if (compareColumns) others.push(...datasetFiles('compare', compareColumns, batch.compare));
    await datasets.commit(others);
    if (report) {
      await report.finish(counted, batch.findings);
      const { writeWorkbook } = await import('../outputs/workbook.ts');
      await writeWorkbook(options.out);
    }
    await cache?.prune();
    for (const f of batch.findings) marks.push({ file: f.file, rule: f.rule, severity: f.severity });
    return { summary: counted, findings: marks };
  } catch (e) {
    await datasets.discard();
    await report?.discard();
    throw failure(options.out, e);
  }
}

/** A write that failed for the file system (a full disk) says so as the command line does; a defect stays itself. */
function failure(out: string, e: unknown): unknown {
  return (e as NodeJS.ErrnoException).code ? writeFailure(out, e) : e;
}
