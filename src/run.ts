// The pipeline in a screenful: file → blocks → document → figures → findings →
// rows of the four datasets. A file that cannot be read becomes a summary row
// with its reason; nothing here throws for bad input.
import path from 'node:path';
import { readDocument } from './ingest/index.ts';
import { buildDoc } from './document.ts';
import { extractFigures, computeMetrics } from './figures/index.ts';
import { runChecks } from './checks/index.ts';
import { rowsOf, failedRows, type FileRows } from './rows.ts';
import { documentView } from './report/document-view.ts';
import { UnreadableError, type Format, type Message } from './model.ts';

/** Analyses one file; `rel` is its name relative to the input root, as written in every row. */
export async function analyzeFile(abs: string, rel: string): Promise<FileRows> {
  const format = path.extname(abs).slice(1).toLowerCase() as Format;
  let read;
  try {
    read = await readDocument(abs);
  } catch (e) {
    const why = e instanceof UnreadableError ? e.message : `读取时出错：${(e as Error).message ?? String(e)}`;
    return failedRows(rel, format, 'failed', why, null);
  }
  if (read.result.needsOcr) {
    return failedRows(rel, read.format, 'needs_ocr', '扫描件：页面没有文字层，需要先做文字识别（OCR）', read.result.pages);
  }
  try {
    const doc = buildDoc(rel, read.format, read.result);
    const extracted = extractFigures(doc);
    doc.figures = extracted.figures;
    const findings = [...extracted.findings, ...runChecks(doc)];
    const rows = rowsOf(doc, findings, computeMetrics(doc.figures, doc.sections), statusOf(read.result.messages));
    return { ...rows, view: documentView(doc, findings, rows.findings) };
  } catch (e) {
    // A defect of ours must not cost the auditor the rest of the batch: report it on the file.
    const err = e as Error;
    return failedRows(rel, read.format, 'failed', `分析时出错：${err.message}`, read.result.pages);
  }
}

/** `partial` when the reader had to skip part of the document. */
function statusOf(messages: Message[]): { status: 'ok' | 'partial'; error: string | null } {
  const lost = messages.filter((m) => m.severity !== 'info');
  return lost.length ? { status: 'partial', error: lost.map((m) => m.text).join('；') } : { status: 'ok', error: null };
}
