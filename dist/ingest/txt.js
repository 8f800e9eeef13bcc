// Plain-text reader: decode (UTF-8, UTF-16 with BOM, or GBK/GB18030 when the bytes read as
// plausible Chinese), then one paragraph per non-empty line; lines whose cells line up
// (tab-separated, separated by runs of spaces, or written between `|`) over two or more
// lines form a table.
import iconv from 'iconv-lite';
import { UnreadableError } from "../model.js";
const UNRECOGNISED = '文本编码无法识别（既不是 UTF-8 也不是 GBK）';
/** Decodes text bytes, or returns null when they are neither UTF-8/16 nor plausible GBK Chinese. */
export function decodeText(data) {
    if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        const text = decodeUtf8(data.subarray(3));
        return text === null ? null : { text, encoding: 'utf-8' };
    }
    if (data[0] === 0xff && data[1] === 0xfe)
        return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
    if (data[0] === 0xfe && data[1] === 0xff)
        return { text: new TextDecoder('utf-16be').decode(data.subarray(2)), encoding: 'utf-16be' };
    const utf8 = decodeUtf8(data);
    if (utf8 !== null)
        return isText(utf8) ? { text: utf8, encoding: 'utf-8' } : null;
    if (!looksLikeGb(data))
        return null;
    const gb = iconv.decode(Buffer.from(data.buffer, data.byteOffset, data.byteLength), 'gb18030');
    // GBK's user-defined area decodes to private-use characters: in a guess, a sign of the wrong code page.
    return isText(gb) && !/[\ue000-\uf8ff]/.test(gb) && isMostlyChinese(gb) ? { text: gb, encoding: 'gb18030' } : null;
}
function decodeUtf8(data) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(data);
    }
    catch {
        return null;
    }
}
/** No replacement characters, and no control characters other than layout ones (binary data). */
function isText(text) {
    return !/[\ufffd\u0000-\u0008\u000e-\u001f\u007f]/.test(text);
}
/** Of the non-ASCII characters, nearly all are CJK ideographs or CJK / full-width / general punctuation. */
function isMostlyChinese(text) {
    let other = 0;
    let chinese = 0;
    for (const c of text) {
        const code = c.codePointAt(0);
        if (code < 0x80)
            continue;
        if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)
            || (code >= 0x2010 && code <= 0x206f) || (code >= 0x2460 && code <= 0x24ff) || (code >= 0x2160 && code <= 0x217f)
            || code === 0xb7 || code === 0xd7 || code === 0xf7)
            chinese++;
        else
            other++;
    }
    return chinese > 0 && other <= chinese * 0.05;
}
/**
 * Byte statistics of GBK text: double-byte characters mostly come from GB2312 (lead 0xA1–0xF7,
 * trail 0xA1–0xFE). Text in another double-byte code page (Big5) falls outside it far more often.
 */
function looksLikeGb(data) {
    let gb2312 = 0;
    let double = 0;
    for (let i = 0; i < data.length; i++) {
        const lead = data[i];
        if (lead < 0x80)
            continue;
        const trail = data[i + 1] ?? 0;
        if (lead >= 0x81 && lead <= 0xfe && trail >= 0x30 && trail <= 0x39) {
            i += 3; // a four-byte GB18030 sequence
            double++;
            continue;
        }
        double++;
        if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe)
            gb2312++;
        i++;
    }
    return double > 0 && gb2312 >= double * 0.8;
}
export async function readTxt(data) {
    if (data.length === 0)
        throw new UnreadableError('文件为空');
    const decoded = decodeText(data);
    if (!decoded)
        throw new UnreadableError(UNRECOGNISED);
    const messages = [];
    if (decoded.encoding === 'gb18030')
        messages.push({ severity: 'info', text: '文本不是 UTF-8，已按 GBK（GB18030）编码读取' });
    if (decoded.encoding.startsWith('utf-16'))
        messages.push({ severity: 'info', text: '文本为 UTF-16 编码（Windows“Unicode”），已按此读取' });
    return { blocks: textBlocks(decoded.text), pages: null, messages };
}
// ------------------------------------------------------------------ layout
const COLUMN_GAP = / {2,}|\u3000{2,}|[ \u3000]*\t[ \u3000]*/;
/** A cell of a separator row under a header: `---`, `:---:`, `———`. */
const RULE_CELL = /^:?[-—–=]{2,}:?$/;
const BAR = /[|｜]/;
/** Prose with a stray gap or bar is not a table row: most cells would end a sentence or run long. */
function proseLike(cells) {
    return cells.filter((c) => /[。；;]$/.test(c) || c.length > 60).length > cells.length / 2;
}
/**
 * Cells of a line written with `|` between them (`| 项目 | 金额 |`, `收入 | 346.38 |`): bars at
 * both ends only close the row; a bar at one end leaves an empty cell there.
 */
function barCellsOf(line) {
    if (!BAR.test(line))
        return null;
    let body = line.replace(/^[ \u3000\t]+|[ \u3000\t]+$/g, '');
    if (BAR.test(body[0] ?? '') && BAR.test(body[body.length - 1] ?? '') && body.length > 1)
        body = body.slice(1, -1);
    const cells = body.split(BAR).map((c) => c.trim());
    if (cells.length < 2 || proseLike(cells))
        return null;
    return { cells, by: 'bar' };
}
/** Cells of a line that separates columns by tabs or by runs of two or more spaces. */
function cellsOf(line) {
    const bar = barCellsOf(line);
    if (bar)
        return bar;
    if (line.includes('\t')) {
        // Leading tabs are empty cells (a row continuing the column on its right); spaces are indentation.
        const cells = line.replace(/^[ \u3000]+|[\s\u3000]+$/g, '').split('\t').map((c) => c.trim());
        if (cells.filter((c) => c !== '').length < 2)
            return null;
        if (/[：:]$/.test(cells[0]) || proseLike(cells))
            return null;
        return { cells, by: 'tab' };
    }
    const cells = line.trim().split(COLUMN_GAP).map((c) => c.trim());
    if (cells.length < 2)
        return null;
    // `填报人：  张三` is a form field, and prose with a stray double space is not a table row.
    if (/[：:]$/.test(cells[0]) || proseLike(cells))
        return null;
    return { cells, by: 'space' };
}
const isRuleRow = (r) => r.by === 'bar' && r.cells.every((c) => c === '' || RULE_CELL.test(c)) && r.cells.some((c) => c !== '');
/**
 * Whether `next` continues a table of `first`'s rows: the same separator; space-aligned rows
 * also the same number of cells (a different count is another layout), while tab and bar
 * rows may drop empty cells at their end.
 */
function continues(first, next) {
    if (!next || next.by !== first.by)
        return false;
    return first.by === 'space' ? next.cells.length === first.cells.length : true;
}
/**
 * One paragraph per non-empty line; runs of ≥ 2 lines of cells form a table (cells separated
 * by tabs, runs of spaces or `|`; a `|---|` row under a header is no row).
 */
export function textBlocks(text) {
    const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\u2028|\u2029|\f/);
    const blocks = [];
    let i = 0;
    while (i < lines.length) {
        const first = cellsOf(lines[i]);
        if (first) {
            const rows = [];
            let j = i;
            for (; j < lines.length; j++) {
                const next = j === i ? first : cellsOf(lines[j]);
                if (!continues(first, next))
                    break;
                if (!isRuleRow(next))
                    rows.push(next.cells);
            }
            if (rows.length >= 2 || (rows.length === 1 && j - i >= 2)) {
                const width = Math.max(...rows.map((r) => r.length));
                blocks.push({ kind: 'table', rows: rows.map((r) => [...r, ...Array(width - r.length).fill('')]), page: null });
                i = j;
                continue;
            }
        }
        const paragraph = lines[i].replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
        if (paragraph)
            blocks.push({ kind: 'paragraph', text: paragraph, page: null });
        i++;
    }
    return blocks;
}
