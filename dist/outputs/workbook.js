// The workbook (DIR/gouji.xlsx) for auditors who work in Excel or WPS: the
// datasets as sheets (汇总, 问题, 数字, 章节; 对比 once the comparison exists),
// Chinese headers frozen and filtered, numbers as numbers with their unit's
// format, error rows tinted, and each finding linked to its page in the report.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { writeFileAtomic } from "./atomic.js";
import { guardFormula, LIST_SEPARATOR, readKey } from "./cells.js";
import { FIGURE_COLUMNS, FINDING_COLUMNS, SECTION_COLUMNS, SUMMARY_COLUMNS, } from "./datasets.js";
import { div, formatExact, HUNDRED, parseDecimal } from "../tolerance.js";
import { documentPages, findingLinkPage, REPORT_DIR } from "../report/links.js";
export const WORKBOOK_FILE = 'gouji.xlsx';
function numberKind(c) {
    if (c.header.endsWith('(万元)'))
        return 'money';
    if (c.header.endsWith('(%)'))
        return 'percent';
    return 'plain';
}
/** Digits after the decimal point of a number as JSON writes it (95.16 → 2). */
function decimalsOf(v) {
    const text = String(v);
    return text.includes('e') ? 0 : (text.split('.')[1]?.length ?? 0);
}
/**
 * 95.16 (percent) → 0.9516, computed on the decimal text rather than by float division, so the
 * cell holds the nearest double to the printed rate and shows exactly it.
 */
export function percentToFraction(v) {
    const text = String(v);
    if (text.includes('e'))
        return v / 100;
    return Number(formatExact(div(parseDecimal(text), HUNDRED), decimalsOf(v) + 2));
}
/** Two decimals at least, more when the value has them: no printed digit is hidden. */
const decimalsFormat = (v) => '0'.repeat(Math.max(2, decimalsOf(v)));
/** A dataset value as a cell: numbers stay numbers, text is guarded against formulas. */
function cellOf(value, kind) {
    if (value === null || value === undefined)
        return { value: null };
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return { value: null };
        if (kind === 'money')
            return { value, numFmt: `#,##0.${decimalsFormat(value)}` };
        if (kind === 'percent')
            return { value: percentToFraction(value), numFmt: `0.${decimalsFormat(value)}%` };
        return { value };
    }
    if (typeof value === 'boolean')
        return { value: value ? '是' : '否' };
    if (Array.isArray(value))
        return { value: guardFormula(value.map(String).join(LIST_SEPARATOR)) };
    return { value: guardFormula(typeof value === 'string' ? value : JSON.stringify(value)) };
}
/** Width of text as a spreadsheet column counts it: a CJK character takes two. */
function textWidth(text) {
    let w = text.length;
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) >= 0x1100)
            w++;
    return w;
}
const MAX_WIDTH = 60;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
const TINTS = {
    error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } },
    warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4D6' } },
};
const LINK_FONT = { color: { argb: 'FF0B57D0' }, underline: true };
/** The cells of a sheet, worked out before writing: a streamed sheet needs its column widths first. */
function sheetRows(spec) {
    const kinds = spec.columns.map(numberKind);
    const headers = [...spec.columns.map((c) => c.header), ...(spec.link ? [spec.link.header] : [])];
    const widths = headers.map(textWidth);
    const rows = spec.rows.map((row) => {
        const cells = spec.columns.map((c, i) => cellOf(readKey(row, c.key), kinds[i]));
        if (spec.link) {
            const target = spec.link.target(row);
            cells.push(target ? { value: { text: spec.link.text, hyperlink: target }, font: LINK_FONT } : { value: null });
        }
        cells.forEach((c, i) => {
            const shown = typeof c.value === 'number' ? String(c.value).length + 3 : typeof c.value === 'string' ? textWidth(c.value) : 4;
            if (shown > widths[i])
                widths[i] = shown;
        });
        return { cells, tint: spec.tint?.(row) };
    });
    return { headers, rows, widths: widths.map((w) => Math.min(MAX_WIDTH, w + 2)) };
}
/** Spreadsheet column letters: 1 → A, 27 → AA. */
function columnName(n) {
    let name = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
        name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
    return name;
}
/** Writes the sheet; returns the range of its filter, header row and data. */
function addSheet(wb, spec) {
    const { headers, rows, widths } = sheetRows(spec);
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = widths.map((width) => ({ width }));
    const filter = `A1:${columnName(headers.length)}${rows.length + 1}`;
    ws.autoFilter = filter;
    const header = ws.addRow(headers);
    header.eachCell((cell) => {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
    });
    header.commit();
    // One style object per look: exceljs recognises an object it has seen and skips working out its style again.
    const styles = new Map();
    const styleOf = (c, tint) => {
        const key = `${c.numFmt ?? ''}|${c.font ? 'link' : ''}|${tint ?? ''}`;
        let style = styles.get(key);
        if (!style) {
            style = { ...(c.numFmt && { numFmt: c.numFmt }), ...(c.font && { font: c.font }), ...(tint && { fill: TINTS[tint] }) };
            styles.set(key, style);
        }
        return style;
    };
    for (const { cells, tint } of rows) {
        const row = ws.addRow(cells.map((c) => c.value));
        cells.forEach((c, i) => (row.getCell(i + 1).style = styleOf(c, tint)));
        row.commit();
    }
    ws.commit();
    return filter;
}
/**
 * Zip entries and document properties carry the time of writing; a fixed time keeps the
 * same inputs giving the same bytes, as every other output does.
 */
const FIXED_TIME = new Date('1980-01-01T00:00:00Z');
/**
 * The package as exceljs wrote it, finished: every entry at the fixed time, and each sheet's
 * filter also named `_xlnm._FilterDatabase`, as Excel writes it. exceljs writes only the sheet's
 * <autoFilter>, and LibreOffice shows no filter without the name. JSZip keeps the compressed
 * data of entries it does not change, so this costs little.
 */
async function finishPackage(xlsx, filters) {
    const zip = await JSZip.loadAsync(xlsx);
    const names = filters
        .map(({ sheet, range }, i) => {
        const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
        return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${sheet}'!${absolute}</definedName>`;
    })
        .join('');
    const book = await zip.file('xl/workbook.xml').async('string');
    if (book.includes('<definedNames>'))
        throw new Error('gouji.xlsx: exceljs wrote defined names, the filter names must join them');
    zip.file('xl/workbook.xml', book.replace('<calcPr', `<definedNames>${names}</definedNames><calcPr`));
    for (const entry of Object.values(zip.files))
        entry.date = FIXED_TIME;
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
/** The workbook's bytes. Links lead into DIR/report/, beside the workbook. */
export async function workbookBytes(rows) {
    const pages = documentPages(rows.summary);
    // Streamed: rows are written out as they are added, and the zip is compressed by zlib.
    const chunks = [];
    const stream = new PassThrough();
    stream.on('data', (chunk) => chunks.push(chunk));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
    wb.creator = 'gouji';
    wb.created = FIXED_TIME;
    wb.modified = FIXED_TIME;
    const filters = [];
    const sheet = (spec) => void filters.push({ sheet: spec.name, range: addSheet(wb, spec) });
    sheet({
        name: '汇总',
        columns: SUMMARY_COLUMNS,
        rows: rows.summary,
        link: { header: '审核报告', text: '打开', target: (s) => `${REPORT_DIR}/${pages.get(s.file)}` },
        tint: (s) => (s.status === 'failed' || s.findings.error > 0 ? 'error' : s.status === 'ok' ? undefined : 'warning'),
    });
    sheet({
        name: '问题',
        columns: FINDING_COLUMNS,
        rows: rows.findings,
        link: {
            header: '审核报告',
            text: '打开',
            target: (f) => {
                const page = pages.get(f.file);
                return page && `${REPORT_DIR}/${findingLinkPage(page, f.id)}`;
            },
        },
        tint: (f) => (f.severity === 'info' ? undefined : f.severity),
    });
    // A figure takes the tint of the worst finding it is involved in.
    const severity = new Map(rows.findings.map((f) => [`${f.file}\u0000${f.id}`, f.severity]));
    const worst = (f) => {
        const found = f.flagged.map((id) => severity.get(`${f.file}\u0000${id}`));
        return found.includes('error') ? 'error' : found.includes('warning') ? 'warning' : undefined;
    };
    sheet({ name: '数字', columns: FIGURE_COLUMNS, rows: rows.figures, tint: worst });
    sheet({ name: '章节', columns: SECTION_COLUMNS, rows: rows.sections });
    await wb.commit();
    return finishPackage(Buffer.concat(chunks), filters);
}
/** Writes DIR/gouji.xlsx, whole or not at all. */
export async function writeWorkbook(dir, rows) {
    await writeFileAtomic(path.join(dir, WORKBOOK_FILE), await workbookBytes(rows));
}
