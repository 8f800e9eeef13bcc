import { UnreadableError } from "../model.js";
import { DEFAULT_OCR, OCR_PAGE_MS } from "./ocr/settings.js";
import { ocrEngine } from "./ocr/engine.js";
import { readImagePage } from "./image/index.js";
import { OCR_SCALE, renderPages } from "./pdf/render.js";
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
/** Most pages of one document read by OCR: a scan longer than any report is a dump. */
export const MAX_OCR_PAGES = 40;
/**
 * A page's text layer is usable when its body holds text: a scan stamped with a typed running
 * header or page number (a page headed on the copier, or a scanned page put into a text PDF)
 * has text only in its top and bottom bands.
 */
const BAND = 0.1;
function bodyChars(p) {
    let n = 0;
    for (const l of p.lines)
        if (l.y > BAND * p.height && l.y < (1 - BAND) * p.height)
            n += l.text.replace(/\s/g, '').length;
    for (const g of p.grids)
        n += g.rows.flat().join('').length;
    return n;
}
/** Pages without a usable text layer, told apart: scanned ones paint an image, blank ones nothing. */
async function textlessPages(lib, doc, pages, checkpoint) {
    const scanned = [];
    const blank = [];
    for (const p of pages) {
        if (!p.undecodable && bodyChars(p) >= TEXT_PAGE_CHARS)
            continue;
        await checkpoint();
        const hasImage = await doc.getPage(p.page).then((page) => pageHasImage(lib, page)).catch(() => true);
        // An undecodable text layer is read again from the page's picture, image or not.
        if (hasImage || p.undecodable)
            scanned.push(p.page);
        else if (p.chars < TEXT_PAGE_CHARS)
            blank.push(p.page);
    }
    return { scanned, blank };
}
/** Reads the scanned pages by OCR, in place of their text layer; returns what it read. */
async function recognisePages(data, pages, scanned, checkpoint, extend) {
    const engine = await ocrEngine();
    const provenance = { pages: [], engine: engine.name, boxes: [] };
    const byPage = new Map(pages.map((p) => [p.page, p]));
    extend(scanned.length * OCR_PAGE_MS);
    for await (const image of renderPages(data, scanned)) {
        await checkpoint();
        const read = await readImagePage(engine, image.png, OCR_SCALE);
        const p = byPage.get(image.page);
        Object.assign(p, { lines: buildLines(read.runs, p.page), grids: [], chars: read.runs.reduce((k, r) => k + r.str.length, 0), undecodable: false });
        provenance.pages.push(image.page);
        for (const r of read.runs)
            provenance.boxes.push({ page: image.page, text: r.str, confidence: read.confidence.get(r) });
    }
    return provenance;
}
const meanConfidence = (o) => {
    let [sum, n] = [0, 0];
    for (const b of o.boxes)
        [sum, n] = [sum + b.confidence * b.text.length, n + b.text.length];
    return n ? sum / n : 0;
};
/** A page's lines and tables, top to bottom. */
function pageFlow(p) {
    const top = (e) => (e.kind === 'line' ? e.line.y - e.line.size : e.table.top);
    const elements = [...p.lines.map((line) => ({ kind: 'line', line })), ...p.grids.map((table) => ({ kind: 'grid', table }))];
    return { page: p.page, width: p.width, elements: elements.sort((a, b) => top(a) - top(b)) };
}
export async function readPdf(data, options = {}) {
    const lib = await pdfjs();
    const timeoutMs = options.timeoutMs ?? 60_000;
    const ocr = options.ocr ?? DEFAULT_OCR;
    return withDocument(data, timeoutMs, async (doc, checkpoint, extend) => {
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
        const textPages = pages.filter((p) => p.chars >= TEXT_PAGE_CHARS && !p.undecodable).length;
        const { scanned, blank } = await textlessPages(lib, doc, pages, checkpoint);
        let provenance;
        if (ocr.enabled && scanned.length) {
            const reading = scanned.slice(0, MAX_OCR_PAGES);
            provenance = await recognisePages(data, pages, reading, checkpoint, (ms) => {
                extend(ms);
                options.onExtend?.(ms);
            });
            const found = provenance.pages.filter((n) => pages.find((p) => p.page === n).chars > 0);
            const empty = reading.filter((n) => !found.includes(n));
            if (found.length) {
                messages.push({ severity: 'info', text: `${pageList(found)}没有可用的文字层（扫描页），已用文字识别（OCR，${provenance.engine}）读出，平均置信度 ${meanConfidence(provenance).toFixed(2)}` });
            }
            if (empty.length)
                messages.push({ severity: 'warning', text: `${pageList(empty)}是图片，文字识别（OCR）未识别出文字` });
            if (scanned.length > reading.length) {
                messages.push({ severity: 'warning', text: `扫描页超过 ${MAX_OCR_PAGES} 页，${pageList(scanned.slice(MAX_OCR_PAGES))}未识别` });
            }
            // Nothing recognised on a document without text: still a scan nobody could read.
            if (!found.length && textPages * 5 < doc.numPages)
                return { blocks: [], pages: doc.numPages, messages, needsOcr: true, ocrTried: true };
        }
        else {
            const undecodable = pages.filter((p) => p.undecodable).map((p) => p.page);
            if (undecodable.length)
                messages.push({ severity: 'warning', text: `${pageList(undecodable)}的文字无法解码（字体缺少编码信息），需要 OCR` });
            // A scan: (almost) no page has a text layer. Decided for the whole document.
            if (textPages === 0 || textPages * 5 < doc.numPages)
                return { blocks: [], pages: doc.numPages, messages, needsOcr: true };
            const images = scanned.filter((n) => !undecodable.includes(n));
            if (images.length)
                messages.push({ severity: 'warning', text: `${pageList(images)}是图片（扫描页），没有文字层，内容未读出，需要 OCR` });
        }
        if (blank.length)
            messages.push({ severity: 'info', text: `${pageList(blank)}是空白页` });
        const skipped = pages.reduce((k, p) => k + p.skipped, 0);
        if (skipped)
            messages.push({ severity: 'info', text: `${skipped} 段竖排或旋转的文字未读取` });
        stripPageChrome(pages);
        const blocks = buildBlocks(pages.map(pageFlow));
        return { blocks, pages: doc.numPages, messages, ...(provenance?.pages.length && { ocr: provenance }) };
    }, options.limitMs);
}
