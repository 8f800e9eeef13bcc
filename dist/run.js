// The pipeline in a screenful: file → blocks → document → figures → findings →
// rows of the four datasets. A file that cannot be read becomes a summary row
// with its reason; nothing here throws for bad input.
import path from 'node:path';
import { readDocument } from "./ingest/index.js";
import { buildDoc } from "./document.js";
import { extractFigures, computeMetrics } from "./figures/index.js";
import { runChecks } from "./checks/index.js";
import { caveatOcrFindings, markSources } from "./figures/source.js";
import { rowsOf, failedRows } from "./rows.js";
import { documentView } from "./report/document-view.js";
import { UnreadableError } from "./model.js";
/**
 * Most characters of text analysed in one document. A long report holds some 200,000; the
 * analysis reads about 25,000 a second, so beyond this it could not end within the default
 * time limit, and a file this large is a dump or a fabrication, not a report.
 */
export const MAX_TEXT_CHARS = 1_000_000;
/**
 * Analyses one file; `rel` is its name relative to the input root, as written in every row.
 * `file` is the path to open (bytes when a name is not UTF-8).
 */
export async function analyzeFile(file, rel, options = {}) {
    const format = path.extname(rel).slice(1).toLowerCase();
    let read;
    try {
        read = await readDocument(file, { name: rel, ...options });
    }
    catch (e) {
        const why = e instanceof UnreadableError ? e.message : `读取时出错：${e.message ?? String(e)}`;
        return failedRows(rel, format, 'failed', why, null);
    }
    if (read.result.needsOcr) {
        const why = read.result.ocrTried
            ? '扫描件：页面没有文字层，文字识别（OCR）也未识别出文字'
            : '扫描件：页面没有文字层，需要先做文字识别（OCR）';
        return failedRows(rel, read.format, 'needs_ocr', why, read.result.pages);
    }
    const chars = textLength(read.result.blocks);
    if (chars > MAX_TEXT_CHARS) {
        const why = `正文约 ${Math.round(chars / 10_000)} 万字，超过分析上限 ${MAX_TEXT_CHARS / 10_000} 万字（一份报告通常不到 20 万字），未分析`;
        return failedRows(rel, read.format, 'failed', why, read.result.pages);
    }
    try {
        const doc = buildDoc(rel, read.format, read.result);
        const extracted = extractFigures(doc);
        doc.figures = extracted.figures;
        markSources(doc, read.result.ocr);
        const findings = caveatOcrFindings(doc, [...extracted.findings, ...runChecks(doc)]);
        const rows = rowsOf(doc, findings, computeMetrics(doc.figures, doc.sections), statusOf(read.result.messages));
        return { ...rows, view: documentView(doc, findings, rows.findings) };
    }
    catch (e) {
        // A defect of ours must not cost the auditor the rest of the batch: report it on the file.
        const err = e;
        return failedRows(rel, read.format, 'failed', `分析时出错：${err.message}`, read.result.pages);
    }
}
function textLength(blocks) {
    let n = 0;
    for (const b of blocks) {
        if (b.kind === 'paragraph')
            n += b.text.length;
        else
            for (const row of b.rows)
                for (const cell of row)
                    n += cell.length;
    }
    return n;
}
/** `partial` when the reader had to skip part of the document. */
function statusOf(messages) {
    const lost = messages.filter((m) => m.severity !== 'info');
    return lost.length ? { status: 'partial', error: lost.map((m) => m.text).join('；') } : { status: 'ok', error: null };
}
