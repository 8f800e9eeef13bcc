import { UnreadableError } from "../model.js";
import { stripPageChrome } from "./pdf/chrome.js";
import { buildBlocks } from "./pdf/flow.js";
import { fillGrid, findGrids } from "./pdf/grid.js";
import { buildLines } from "./pdf/lines.js";
import { MAX_PAGE_ITEMS, OverfullPage, pageHasImage, pageSegments, pageText, pdfjs, withDocument, } from "./pdf/pdfjs.js";
/** A page with at least this many characters has a text layer. */
const TEXT_PAGE_CHARS = 10;
/**
 * Reading a page's drawing (for table rulings) costs more than its text, and decodes its
 * images: only pages where at least two lines have a gap wider than text spacing do it.
 */
const mayHoldTable = (lines) => lines.filter((l) => l.widestGap > 0.6).length >= 2;
async function readPage(lib, page, n) {
    const { frame, runs, skipped } = await pageText(lib, page);
    const base = { page: n, width: frame.width, height: frame.height, skipped };
    const text = runs.map((r) => r.str.replace(/\s/g, '')).join('');
    // Text from fonts with no usable encoding comes out as private-use or replacement characters.
    const undecodable = text.replace(/[^\ue000-\uf8ff\ufffd]/gu, '').length;
    if (text.length >= TEXT_PAGE_CHARS && undecodable > 0.3 * text.length) {
        return { ...base, lines: [], grids: [], chars: 0, undecodable: true };
    }
    let rest = runs;
    const grids = [];
    if (text.length >= TEXT_PAGE_CHARS && mayHoldTable(buildLines(runs, n))) {
        for (const grid of findGrids(await pageSegments(lib, page, frame))) {
            const filled = fillGrid(grid, rest, n);
            if (!filled)
                continue;
            grids.push(filled.table);
            rest = rest.filter((r) => !filled.used.has(r));
        }
    }
    return { ...base, lines: buildLines(rest, n), grids, chars: text.length, undecodable: false };
}
const pageList = (pages) => `第${pages.join('、')}页`;
/** Says which pages gave no text, telling scanned pages (they paint an image) from blank ones. */
async function noteTextlessPages(lib, doc, pages, checkpoint) {
    const scanned = [];
    const blank = [];
    for (const p of pages) {
        if (p.chars >= TEXT_PAGE_CHARS || p.undecodable)
            continue;
        await checkpoint();
        const hasImage = await doc.getPage(p.page).then((page) => pageHasImage(lib, page)).catch(() => true);
        (hasImage ? scanned : blank).push(p.page);
    }
    const messages = [];
    if (scanned.length)
        messages.push({ severity: 'warning', text: `${pageList(scanned)}是图片（扫描页），没有文字层，内容未读出，需要 OCR` });
    if (blank.length)
        messages.push({ severity: 'info', text: `${pageList(blank)}是空白页` });
    return messages;
}
/** A page's lines and tables, top to bottom. */
function pageFlow(p) {
    const top = (e) => (e.kind === 'line' ? e.line.y - e.line.size : e.table.top);
    const elements = [...p.lines.map((line) => ({ kind: 'line', line })), ...p.grids.map((table) => ({ kind: 'grid', table }))];
    return { page: p.page, width: p.width, elements: elements.sort((a, b) => top(a) - top(b)) };
}
export async function readPdf(data, options = {}) {
    const lib = await pdfjs();
    const timeoutMs = options.timeoutMs ?? 60_000;
    return withDocument(data, timeoutMs, async (doc, checkpoint) => {
        const messages = [];
        const pages = [];
        const failed = [];
        const overfull = [];
        for (let n = 1; n <= doc.numPages; n++) {
            await checkpoint();
            try {
                const page = await doc.getPage(n);
                pages.push(await readPage(lib, page, n));
                page.cleanup();
            }
            catch (err) {
                if (err instanceof UnreadableError)
                    throw err;
                (err instanceof OverfullPage ? overfull : failed).push(n);
            }
        }
        if (doc.numPages === 0)
            throw new UnreadableError('PDF 没有页面');
        const tooDense = `${pageList(overfull)}的文字片段超过 ${MAX_PAGE_ITEMS} 个（正常页面不到 5000 个），未读取`;
        if (overfull.length + failed.length === doc.numPages) {
            throw new UnreadableError(overfull.length ? `PDF 没有一页能读出：${tooDense}` : 'PDF 文件已损坏，没有一页能读出');
        }
        if (failed.length)
            messages.push({ severity: 'warning', text: `${pageList(failed)}无法解析，已跳过` });
        if (overfull.length)
            messages.push({ severity: 'warning', text: tooDense });
        const undecodable = pages.filter((p) => p.undecodable).map((p) => p.page);
        if (undecodable.length)
            messages.push({ severity: 'warning', text: `${pageList(undecodable)}的文字无法解码（字体缺少编码信息），需要 OCR` });
        // A scan: (almost) no page has a text layer. Decided for the whole document.
        const textPages = pages.filter((p) => p.chars >= TEXT_PAGE_CHARS).length;
        if (textPages === 0 || textPages * 5 < doc.numPages)
            return { blocks: [], pages: doc.numPages, messages, needsOcr: true };
        messages.push(...(await noteTextlessPages(lib, doc, pages, checkpoint)));
        const skipped = pages.reduce((k, p) => k + p.skipped, 0);
        if (skipped)
            messages.push({ severity: 'info', text: `${skipped} 段竖排或旋转的文字未读取` });
        stripPageChrome(pages);
        return { blocks: buildBlocks(pages.map(pageFlow)), pages: doc.numPages, messages };
    }, options.limitMs);
}
