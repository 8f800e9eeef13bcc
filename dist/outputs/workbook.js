// The workbook (DIR/gouji.xlsx) for auditors who work in Excel or WPS: the
// datasets as sheets (汇总, 对比, 问题, 数字, 章节),
// Chinese headers frozen and filtered, numbers as numbers with their unit's
// format, error rows tinted, and each finding linked to its page in the report.
import ExcelJS from 'exceljs';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PassThrough } from 'node:stream';
import { tempName } from "./commit.js";
import { guardFormula, LIST_SEPARATOR, readKey } from "./cells.js";
import { COMPARE_COLUMNS, FIGURE_COLUMNS, FINDING_COLUMNS, SECTION_COLUMNS, SUMMARY_COLUMNS, } from "./datasets.js";
import { div, formatExact, HUNDRED, parseDecimal } from "../tolerance.js";
import { PEER_METRICS } from "../batch/compare.js";
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
/** The cells of a row of a sheet. */
function rowCells(spec, kinds, row) {
    const cells = spec.columns.map((c, i) => cellOf(readKey(row, c.key), kinds[i]));
    if (spec.link) {
        const target = spec.link.target(row);
        cells.push(target ? { value: { text: spec.link.text, hyperlink: target }, font: LINK_FONT } : { value: null });
    }
    return cells;
}
/**
 * The headers of a sheet, its rows' count and its column widths: a streamed sheet needs its
 * widths before its first row, so the rows are read once for them and once to write them.
 */
async function sheetLayout(spec, kinds) {
    const headers = [...spec.columns.map((c) => c.header), ...(spec.link ? [spec.link.header] : [])];
    const widths = headers.map(textWidth);
    let count = 0;
    for await (const row of spec.rows()) {
        count++;
        rowCells(spec, kinds, row).forEach((c, i) => {
            const shown = typeof c.value === 'number' ? String(c.value).length + 3 : typeof c.value === 'string' ? textWidth(c.value) : 4;
            if (shown > widths[i])
                widths[i] = shown;
        });
    }
    return { headers, count, widths: widths.map((w) => Math.min(MAX_WIDTH, w + 2)) };
}
/** Spreadsheet column letters: 1 → A, 27 → AA. */
function columnName(n) {
    let name = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
        name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
    return name;
}
/** Writes the sheet; returns the range of its filter, header row and data. */
async function addSheet(wb, spec) {
    const kinds = spec.columns.map(numberKind);
    const { headers, count, widths } = await sheetLayout(spec, kinds);
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = widths.map((width) => ({ width }));
    const filter = `A1:${columnName(headers.length)}${count + 1}`;
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
    for await (const data of spec.rows()) {
        const cells = rowCells(spec, kinds, data);
        const tint = spec.tint?.(data);
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
/** Each sheet's filter named `_xlnm._FilterDatabase`, as Excel writes it: LibreOffice shows no filter without the name. */
function filterNames(filters) {
    return filters
        .map(({ sheet, range }, i) => {
        const absolute = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
        return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${sheet}'!${absolute}</definedName>`;
    })
        .join('');
}
/**
 * The 对比 sheet: one row per department and year (the compare dataset), linked to the report of
 * the file that stands for it; a row whose department lies far from its peers in a ratio (PEER_METRICS) is tinted.
 */
export function compareSheet(rows, pages) {
    const farOff = (r) => PEER_METRICS.some((m) => typeof r[`${m}_mad`] === 'number' && Math.abs(r[`${m}_mad`]) > FAR_OFF_MADS);
    return {
        name: '对比',
        columns: COMPARE_COLUMNS,
        rows: () => rows,
        link: { header: '审核报告', text: '打开', target: (r) => (pages.has(r.file) ? `${REPORT_DIR}/${pages.get(r.file)}` : undefined) },
        tint: (r) => (farOff(r) ? 'warning' : undefined),
    };
}
/**
 * Distance from the year's median, in median absolute deviations, beyond which a row is tinted:
 * the peer-outlier cut-off (modified z-score 3.5 = 0.6745 × distance in MADs).
 */
const FAR_OFF_MADS = 3.5 / 0.6745;
/**
 * exceljs's streaming writer, finishing the package as it is zipped: every entry dated at the
 * fixed time (exceljs dates them now, some from its constructor), and the filter names joining
 * the workbook part. The zip (archiver) is wrapped as the constructor sets it.
 */
class PackageWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
    filters = [];
}
Object.defineProperty(PackageWriter.prototype, 'zip', {
    configurable: true,
    set(zip) {
        const append = zip.append.bind(zip);
        zip.append = (data, entry) => {
            let content = data;
            if (entry.name.replace(/^\//, '') === 'xl/workbook.xml' && typeof data === 'string') {
                if (data.includes('<definedNames>'))
                    throw new Error('gouji.xlsx: exceljs wrote defined names, the filter names must join them');
                content = data.replace('<calcPr', `<definedNames>${filterNames(this.filters)}</definedNames><calcPr`);
            }
            return append(content, { ...entry, date: FIXED_TIME });
        };
        Object.defineProperty(this, 'zip', { value: zip, writable: true, configurable: true });
    },
});
/**
 * Writes the workbook into `out` as exceljs's streaming writer makes it: rows go out as they
 * are added, the zip is compressed by zlib on the way, and nothing of the batch is held but the
 * summary and the severity of each finding (a figure's tint). Every zip entry is dated at the
 * fixed time, and the filter names join the workbook part as it is written: exceljs writes only
 * each sheet's <autoFilter>.
 */
async function writeBook(out, source) {
    const pages = documentPages(source.summary);
    const filters = [];
    const wb = new PackageWriter({ stream: out, useStyles: true, useSharedStrings: false });
    wb.filters = filters;
    wb.creator = 'gouji';
    wb.created = FIXED_TIME;
    wb.modified = FIXED_TIME;
    const sheet = async (spec) => void filters.push({ sheet: spec.name, range: await addSheet(wb, spec) });
    await sheet({
        name: '汇总',
        columns: SUMMARY_COLUMNS,
        rows: () => source.summary,
        link: { header: '审核报告', text: '打开', target: (s) => `${REPORT_DIR}/${pages.get(s.file)}` },
        tint: (s) => (s.status === 'failed' || s.findings.error > 0 ? 'error' : s.status === 'ok' ? undefined : 'warning'),
    });
    // A figure takes the tint of the worst finding it is involved in: the errors and warnings are noted as the findings go by.
    await sheet(compareSheet(source.compare, pages));
    const severity = new Map();
    await sheet({
        name: '问题',
        columns: FINDING_COLUMNS,
        rows: source.findings,
        link: {
            header: '审核报告',
            text: '打开',
            target: (f) => {
                const page = pages.get(f.file);
                return page && `${REPORT_DIR}/${findingLinkPage(page, f.id)}`;
            },
        },
        tint: (f) => {
            if (f.severity !== 'info')
                severity.set(`${f.file}\u0000${f.id}`, f.severity);
            return f.severity === 'info' ? undefined : f.severity;
        },
    });
    const worst = (f) => {
        const found = f.flagged.map((id) => severity.get(`${f.file}\u0000${id}`));
        return found.includes('error') ? 'error' : found.includes('warning') ? 'warning' : undefined;
    };
    await sheet({ name: '数字', columns: FIGURE_COLUMNS, rows: source.figures, tint: worst });
    await sheet({ name: '章节', columns: SECTION_COLUMNS, rows: source.sections });
    await wb.commit();
}
/** The workbook's bytes, of rows held in memory. Links lead into DIR/report/, beside the workbook. */
export async function workbookBytes(rows) {
    const chunks = [];
    const stream = new PassThrough();
    stream.on('data', (chunk) => chunks.push(chunk));
    await writeBook(stream, { summary: rows.summary, findings: () => rows.findings, figures: () => rows.figures, sections: () => rows.sections, compare: rows.compare ?? [] });
    return Buffer.concat(chunks);
}
/** The rows of DIR/NAME.jsonl, read line by line. */
async function* jsonlRows(dir, name) {
    const lines = createInterface({ input: createReadStream(path.join(dir, `${name}.jsonl`), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines)
        if (line)
            yield JSON.parse(line);
}
/**
 * Writes DIR/gouji.xlsx from the datasets just written in DIR, read back line by line, so a
 * batch of any size is never held: whole or not at all (a temporary name, then a rename).
 */
export async function writeWorkbook(dir) {
    const summary = [];
    for await (const row of jsonlRows(dir, 'summary'))
        summary.push(row);
    const compare = [];
    for await (const row of jsonlRows(dir, 'compare'))
        compare.push(row);
    const file = path.join(dir, WORKBOOK_FILE);
    const temp = tempName(file);
    try {
        const out = createWriteStream(temp);
        const closed = new Promise((resolve, reject) => {
            out.on('close', resolve);
            out.on('error', reject);
        });
        await writeBook(out, {
            summary,
            compare,
            findings: () => jsonlRows(dir, 'findings'),
            figures: () => jsonlRows(dir, 'figures'),
            sections: () => jsonlRows(dir, 'sections'),
        });
        await closed;
        const handle = await open(temp, 'r+');
        await handle.sync().finally(() => handle.close());
        await rename(temp, file);
    }
    catch (e) {
        await unlink(temp).catch(() => undefined);
        throw e;
    }
}
