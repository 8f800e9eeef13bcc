import { normalizeText } from "./normalize.js";
import { buildSections } from "./sections.js";
import { documentFacts } from "./facts.js";
export function normalizeBlocks(read) {
    return read.blocks.flatMap(splitAtHeaders).map((b, index) => b.kind === 'paragraph'
        ? { kind: 'paragraph', index, page: b.page, text: normalizeText(b.text), headingLevel: b.headingLevel, section: null }
        : { kind: 'table', index, page: b.page, rows: b.rows.map((r) => r.map((c) => ({ text: normalizeText(c) }))), section: null });
}
/** Words of a table's header cells (项目支出绩效自评表: 年初预算数 … 得分; its indicator table: 一级指标 … 分值 得分). */
const HEADER_WORD = /分值|得分|权重|指标|预算数|执行数|执行率|完成值|指标值|决算数|金额|科目/;
/**
 * Two tables set one right under the other (the project form's fund table and its indicator
 * table, whose ruling lines touch in a PDF, or tab rows in a text file) arrive as one: a row of
 * header words only, after rows of data, starts a table of its own with its own columns.
 */
function splitAtHeaders(b) {
    if (b.kind !== 'table')
        return [b];
    const isHeader = (row) => {
        const cells = row.map((c) => c.trim()).filter(Boolean);
        return cells.length >= 3 && cells.every((c) => !/\d/.test(c)) && cells.filter((c) => HEADER_WORD.test(c)).length >= 2;
    };
    const out = [];
    let from = 0;
    let seenData = false;
    b.rows.forEach((row, r) => {
        if (seenData && isHeader(row)) {
            out.push({ ...b, rows: b.rows.slice(from, r) });
            from = r;
            seenData = false;
        }
        else if (row.some((c) => /\d/.test(c)))
            seenData = true;
    });
    out.push({ ...b, rows: b.rows.slice(from) });
    return out;
}
export function buildDoc(file, format, read) {
    const blocks = normalizeBlocks(read);
    const sections = buildSections(blocks);
    const facts = documentFacts(file, blocks, sections);
    return { file, format, pages: read.pages, blocks, sections, facts, figures: [], ...(read.ocr && { ocrPages: read.ocr.pages.length }) };
}
/** A document from plain text, one paragraph a line: for tests and snippets. */
export function docFromText(text, file = 'snippet.txt') {
    const blocks = text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((l) => ({ kind: 'paragraph', text: l, page: null }));
    return buildDoc(file, 'txt', { blocks, pages: null, messages: [] });
}
