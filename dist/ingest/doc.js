// Word 97-2003 (.doc) reader: word-extractor's text with the structure markers of
// doc/word97.ts → paragraphs (auto-numbers and heading levels restored) and tables.
import { UnreadableError } from "../model.js";
import { CELL_BREAK, CELL_END, EncryptedError, INFO_BASE, ROW_END, extractWord97, } from "./doc/word97.js";
import { trim } from "./docx/html.js";
import { BrokenOle, readOleLayout } from "./doc/ole.js";
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isOle = (data) => OLE_MAGIC.every((b, i) => data[i] === b);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
/** A password-protected .docx is an OLE container holding an `EncryptedPackage` stream. */
export function isEncryptedOle(data) {
    return isOle(data) && Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(ENCRYPTED_PACKAGE);
}
export async function readDoc(data) {
    if (data.length === 0)
        throw new UnreadableError('文件为空');
    if (!isOle(data))
        throw new UnreadableError('不是有效的 Word 97-2003 文档（.doc）');
    const broken = (e) => new UnreadableError(`Word 97-2003 文档（.doc）的结构已损坏（${e.message}），无法读取`);
    // The container's chains and directory are checked first: word-extractor would follow a loop for ever.
    try {
        readOleLayout(data);
    }
    catch (e) {
        throw e instanceof BrokenOle ? broken(e) : e;
    }
    let text;
    try {
        text = await extractWord97(data);
    }
    catch (e) {
        if (e instanceof EncryptedError)
            throw new UnreadableError('Word 文档设置了打开密码，无法读取');
        if (e instanceof BrokenOle)
            throw broken(e);
        throw new UnreadableError('Word 97-2003 文档（.doc）已损坏或不是 Word 文档，无法读取');
    }
    const messages = [];
    let blocks;
    if (text.structureError === null) {
        blocks = markedBlocks(text.body, text.infos, text.rowBoundaries);
        const numbered = text.infos.filter((i) => i.number !== null).length;
        if (numbered > 0)
            messages.push({ severity: 'info', text: `已补回 Word 自动编号 ${numbered} 处` });
        const toc = text.infos.filter((i) => i.toc).length;
        if (toc > 0)
            messages.push({ severity: 'info', text: `已略去目录 ${toc} 行` });
    }
    else {
        // Without the paragraph properties, tables are guessed from tab-separated lines.
        blocks = plainBlocks(text.body);
        messages.push({ severity: 'info', text: '未能读取 .doc 的段落格式：表格按制表符推断，Word 自动编号未能补回' });
    }
    for (const line of text.notes.split('\n')) {
        const note = trim(line);
        if (note)
            blocks.push({ kind: 'paragraph', text: note, page: null });
    }
    return { blocks, pages: text.pages, messages };
}
/**
 * Blocks from text whose structure is marked: `\n` ends a paragraph, an info marker ends a
 * paragraph with a number or heading level, CELL_BREAK / CELL_END / ROW_END shape tables.
 */
export function markedBlocks(body, infos, rowBoundaries) {
    const blocks = [];
    let rows = [];
    let cells = [];
    let parts = [];
    let buffer = '';
    let rowIndex = 0;
    const flushTable = () => {
        if (cells.length)
            rows.push({ cells, boundaries: null });
        if (rows.some((r) => r.cells.some((c) => c !== '')))
            blocks.push({ kind: 'table', rows: alignRows(rows), page: null });
        rows = [];
        cells = [];
    };
    const endParagraph = (info) => {
        if (rows.length || cells.length)
            flushTable();
        const body = trim(buffer);
        buffer = '';
        if (!body || info?.toc)
            return;
        const paragraph = { kind: 'paragraph', text: (info?.number ?? '') + body, page: null };
        if (info?.headingLevel)
            paragraph.headingLevel = info.headingLevel;
        blocks.push(paragraph);
    };
    for (const c of body) {
        const code = c.charCodeAt(0);
        if (c === '\n')
            endParagraph(null);
        else if (code >= INFO_BASE && code < INFO_BASE + infos.length)
            endParagraph(infos[code - INFO_BASE]);
        else if (c === CELL_BREAK) {
            parts.push(buffer);
            buffer = '';
        }
        else if (c === CELL_END) {
            cells.push([...parts, buffer].map(trim).filter(Boolean).join('\n'));
            parts = [];
            buffer = '';
        }
        else if (c === ROW_END) {
            rows.push({ cells, boundaries: rowBoundaries[rowIndex++] ?? null });
            cells = [];
        }
        else
            buffer += c;
    }
    endParagraph(null);
    return blocks;
}
/**
 * Puts each row's cells on the table's column grid. When rows have different cell counts
 * (merged cells), the cell boundaries Word stores per row tell which columns a cell spans;
 * covered columns get empty strings.
 */
export function alignRows(rows) {
    const sameCount = rows.every((r) => r.cells.length === rows[0].cells.length);
    const usable = rows.every((r) => r.boundaries !== null && r.boundaries.length === r.cells.length + 1);
    let grid;
    if (sameCount || !usable) {
        grid = rows.map((r) => [...r.cells]);
    }
    else {
        const edges = snapEdges(rows.flatMap((r) => r.boundaries));
        const column = (x) => edges.findIndex((e) => Math.abs(e - x) <= EDGE_TOLERANCE);
        grid = rows.map((r) => {
            const out = [];
            r.cells.forEach((cell, i) => {
                const from = column(r.boundaries[i]);
                const to = Math.max(from + 1, column(r.boundaries[i + 1]));
                while (out.length < from)
                    out.push('');
                out.push(cell);
                while (out.length < to)
                    out.push('');
            });
            return out;
        });
    }
    const width = Math.max(0, ...grid.map((r) => r.length));
    return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}
/** Twips within which two cell edges count as one column edge. */
const EDGE_TOLERANCE = 20;
function snapEdges(xs) {
    const sorted = [...xs].sort((a, b) => a - b);
    const out = [];
    for (const x of sorted)
        if (out.length === 0 || x - out[out.length - 1] > EDGE_TOLERANCE)
            out.push(x);
    return out;
}
/** Fallback: lines ending in a tab (a cell mark) are table rows, other lines paragraphs. */
function plainBlocks(body) {
    const blocks = [];
    let rows = [];
    const flush = () => {
        if (rows.length)
            blocks.push({ kind: 'table', rows: alignRows(rows.map((cells) => ({ cells, boundaries: null }))), page: null });
        rows = [];
    };
    for (const line of body.split('\n')) {
        if (line.endsWith('\t') && line.trim() !== '') {
            rows.push(line.slice(0, -1).split('\t').map(trim));
            continue;
        }
        flush();
        const text = trim(line);
        if (text)
            blocks.push({ kind: 'paragraph', text, page: null });
    }
    flush();
    return blocks;
}
