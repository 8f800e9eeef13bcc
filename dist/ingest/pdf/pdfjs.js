// pdf.js, loaded once per process, and the raw geometry we take from it: text runs
// with positions (top-down page coordinates, baseline y) and the straight line
// segments drawn on a page (table rulings).
//
// pdf-parse 2.x is a wrapper of this same pdfjs-dist, but its text API returns
// strings without positions, which we need to rebuild lines, cells and page
// chrome; so gouji depends on pdf.js (pinned at the version pdf-parse 2.4 uses)
// and drives its legacy (Node) build directly.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { UnreadableError } from "../../model.js";
import { timeoutReason } from "../../limits.js";
let loaded;
/** pdf.js and the folders of its CMaps, standard fonts and wasm decoders. */
export function pdfjs() {
    // The minified builds carry no source-map comment. Under a loader that turns
    // source maps on (tsx), the plain builds make Node parse megabytes of maps:
    // about 400 MB more per process.
    loaded ??= import('pdfjs-dist/legacy/build/pdf.min.mjs').then((lib) => {
        lib.GlobalWorkerOptions.workerSrc = new URL('legacy/build/pdf.worker.min.mjs', `file://${pdfjsRoot}/`).href;
        return lib;
    });
    return loaded;
}
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const assets = (() => {
    const root = pdfjsRoot;
    // pdf.js in Node reads these with fs, by plain path; they must end with a separator.
    return {
        cMapUrl: join(root, 'cmaps') + sep,
        standardFontDataUrl: join(root, 'standard_fonts') + sep,
        wasmUrl: join(root, 'wasm') + sep,
    };
})();
/** Why pdf.js refused a file, in words for auditors. */
function unreadable(err) {
    const name = err instanceof Error ? err.name : '';
    const message = err instanceof Error ? err.message : String(err);
    if (name === 'PasswordException')
        return new UnreadableError('PDF 已加密，需要密码才能打开，无法读取');
    if (name === 'InvalidPDFException')
        return new UnreadableError('PDF 文件已损坏或不是有效的 PDF，无法读取');
    return new UnreadableError(`PDF 文件无法解析：${message}`);
}
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
function hasPdfHeader(data) {
    // Readers accept junk before the header within the first kilobyte.
    const end = Math.min(data.length - PDF_MAGIC.length, 1024);
    for (let i = 0; i <= end; i++) {
        if (PDF_MAGIC.every((b, k) => data[i + k] === b))
            return true;
    }
    return false;
}
/**
 * Opens a document and hands it to `use`, with a `checkpoint` to call between pages;
 * the document is destroyed afterwards. The job fails after `timeoutMs`: pdf.js runs in
 * this thread and mostly through promises, so the deadline is checked at checkpoints
 * (which also let timers run) as well as by a timer while pdf.js waits on I/O.
 */
export async function withDocument(data, timeoutMs, use, limitMs = timeoutMs) {
    if (data.length === 0)
        throw new UnreadableError('PDF 文件为空（0 字节）');
    if (!hasPdfHeader(data))
        throw new UnreadableError('不是有效的 PDF 文件（没有 %PDF 文件头）');
    const lib = await pdfjs();
    const task = lib.getDocument({
        // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
        data: data.slice(),
        ...assets,
        cMapPacked: true,
        verbosity: lib.VerbosityLevel.ERRORS,
        isEvalSupported: false,
        useSystemFonts: false,
        disableFontFace: true,
        stopAtErrors: false,
    });
    const tooLong = () => new UnreadableError(timeoutReason(limitMs));
    let deadline = Date.now() + timeoutMs;
    let timer;
    let expire = () => undefined;
    const timeout = new Promise((_, reject) => {
        expire = reject;
        timer = setTimeout(() => reject(tooLong()), timeoutMs);
    });
    // OCR'd pages bring their own time (pdf.ts): the deadline moves by what they were given.
    const extend = (ms) => {
        deadline += ms;
        clearTimeout(timer);
        timer = setTimeout(() => expire(tooLong()), Math.max(0, deadline - Date.now()));
    };
    const checkpoint = async () => {
        await new Promise((resolve) => setImmediate(resolve));
        if (Date.now() > deadline)
            throw tooLong();
    };
    try {
        const doc = await Promise.race([task.promise, timeout]).catch((err) => {
            throw err instanceof UnreadableError ? err : unreadable(err);
        });
        return await Promise.race([use(doc, checkpoint, extend), timeout]);
    }
    finally {
        clearTimeout(timer);
        await task.destroy().catch(() => undefined);
    }
}
/**
 * Fonts whose ToUnicode maps to Kangxi radicals or CJK compatibility ideographs (`⽬标`
 * for `目标`: Word does this) read alike but match nothing; NFKC gives the ideograph.
 * Control characters go.
 */
function cleanText(s) {
    return s.replace(/[\u2f00-\u2fdf\uf900-\ufaff]/g, (c) => c.normalize('NFKC')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad]/g, '');
}
/** Quarter turns (clockwise, 0–3) of a text matrix in viewport space, or -1 if it is skewed. */
function quarterTurns(m) {
    const angle = Math.atan2(m[1], m[0]) / (Math.PI / 2);
    const q = Math.round(angle);
    return Math.abs(angle - q) < 0.05 ? (q + 4) % 4 : -1;
}
function frameFor(turns, w, h) {
    switch (turns) {
        case 1:
            return { transform: [0, -1, 1, 0, 0, w], width: h, height: w };
        case 2:
            return { transform: [-1, 0, 0, -1, w, h], width: w, height: h };
        case 3:
            return { transform: [0, 1, -1, 0, h, 0], width: h, height: w };
        default:
            return { transform: [1, 0, 0, 1, 0, 0], width: w, height: h };
    }
}
/**
 * Most text items read from one page. A dense table page draws some 5,000; a page drawing
 * far more (100,000 one-letter items) is built to stall the reader, and is not read.
 */
export const MAX_PAGE_ITEMS = 20_000;
/** A page with more than MAX_PAGE_ITEMS text items. */
export class OverfullPage extends Error {
}
/** The page's text items, as getTextContent gives them, but stopped at MAX_PAGE_ITEMS. */
async function textItems(page) {
    const reader = page.streamTextContent().getReader();
    const items = [];
    for (;;) {
        const { value, done } = await reader.read();
        if (done)
            return items;
        for (const item of value.items)
            items.push(item);
        if (items.length > MAX_PAGE_ITEMS) {
            await reader.cancel(new OverfullPage()).catch(() => undefined);
            throw new OverfullPage();
        }
    }
}
/** The page's frame and its text runs that read left to right in it (the others are counted, not kept). */
export async function pageText(lib, page) {
    const viewport = page.getViewport({ scale: 1 });
    const items = (await textItems(page)).flatMap((item) => 'str' in item && item.str.trim() !== '' ? [{ item, m: lib.Util.transform(viewport.transform, item.transform) }] : []);
    const weight = [0, 0, 0, 0];
    for (const { item, m } of items) {
        const q = quarterTurns(m);
        if (q >= 0)
            weight[q] += item.str.length;
    }
    const frame = frameFor(weight.indexOf(Math.max(...weight)), viewport.width, viewport.height);
    const runs = [];
    let skipped = 0;
    for (const { item, m: vm } of items) {
        const m = lib.Util.transform(frame.transform, vm);
        // Reading space is y-down: horizontal text has m = [s, 0, 0, -s, x, y].
        const size = Math.hypot(m[2], m[3]);
        if (size <= 0 || quarterTurns(m) !== 0) {
            skipped++;
            continue;
        }
        const str = cleanText(item.str);
        if (!str.trim())
            continue;
        // `width` is in page units already (the viewport has scale 1).
        runs.push({ str, x: m[4], y: m[5], w: item.width, size });
    }
    return { frame, runs, skipped };
}
/** Does the page paint an image (a scan, a photo of a signed page)? */
export async function pageHasImage(lib, page) {
    const { OPS } = lib;
    const images = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
    const ops = await page.getOperatorList();
    return ops.fnArray.some((fn) => images.has(fn));
}
/** The straight horizontal and vertical segments a page draws (stroked lines, thin filled bars, box edges). */
export async function pageSegments(lib, page, frame) {
    const { OPS } = lib;
    const toReading = lib.Util.transform(frame.transform, page.getViewport({ scale: 1 }).transform);
    const ops = await page.getOperatorList();
    const segments = [];
    let ctm = [1, 0, 0, 1, 0, 0];
    const stack = [];
    const painted = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
    const filledOnly = new Set([OPS.fill, OPS.eoFill]);
    for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i];
        const args = ops.argsArray[i];
        if (fn === OPS.save)
            stack.push(ctm);
        else if (fn === OPS.restore)
            ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        else if (fn === OPS.transform)
            ctm = lib.Util.transform(ctm, args);
        else if (fn === OPS.paintFormXObjectBegin) {
            stack.push(ctm);
            const matrix = args?.[0] ?? null;
            if (matrix)
                ctm = lib.Util.transform(ctm, matrix);
        }
        else if (fn === OPS.paintFormXObjectEnd)
            ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
        else if (fn === OPS.constructPath && args && painted.has(args[0])) {
            const path = args[1]?.[0];
            if (!path || typeof path.length !== 'number')
                continue;
            const m = lib.Util.transform(toReading, ctm);
            addPathSegments(path, m, filledOnly.has(args[0]), segments);
        }
    }
    return segments;
}
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 3;
/** Walks a pdf.js path (DrawOPS codes with coordinates) and keeps its axis-parallel pieces. */
function addPathSegments(path, m, filled, out) {
    const pt = (x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
    let start = null;
    let cur = null;
    let sub = [];
    const flush = () => {
        if (filled && sub.length >= 4)
            addFilledShape(sub, out);
        sub = [];
    };
    for (let i = 0; i < path.length;) {
        const op = path[i++];
        if (op === DRAW_MOVE) {
            flush();
            cur = start = pt(path[i++], path[i++]);
            sub.push(cur);
        }
        else if (op === DRAW_LINE) {
            const next = pt(path[i++], path[i++]);
            if (cur && !filled)
                addLine(cur, next, out);
            cur = next;
            sub.push(next);
        }
        else if (op === DRAW_CURVE) {
            i += 4;
            cur = pt(path[i++], path[i++]);
            sub = [];
        }
        else if (op === DRAW_CLOSE) {
            if (cur && start && !filled)
                addLine(cur, start, out);
            cur = start;
        }
        else
            break;
    }
    flush();
}
function addLine(a, b, out) {
    const dx = Math.abs(a[0] - b[0]);
    const dy = Math.abs(a[1] - b[1]);
    if (dy < 0.5 && dx >= 2)
        out.push({ x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: (a[1] + b[1]) / 2, y1: (a[1] + b[1]) / 2 });
    else if (dx < 0.5 && dy >= 2)
        out.push({ x0: (a[0] + b[0]) / 2, x1: (a[0] + b[0]) / 2, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) });
}
/** A filled axis-parallel box: a thin one is a rule; a larger one (cell shading) gives its edges. */
function addFilledShape(points, out) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    const axisParallel = points.every((p) => (Math.abs(p[0] - x0) < 0.5 || Math.abs(p[0] - x1) < 0.5) && (Math.abs(p[1] - y0) < 0.5 || Math.abs(p[1] - y1) < 0.5));
    if (!axisParallel)
        return;
    const w = x1 - x0;
    const h = y1 - y0;
    if (h <= 3 && w >= 2)
        out.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
    else if (w <= 3 && h >= 2)
        out.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
    else if (w > 3 && h > 3) {
        out.push({ x0, x1, y0, y1: y0 }, { x0, x1, y0: y1, y1 }, { x0, x1: x0, y0, y1 }, { x0: x1, x1, y0, y1 });
    }
}
