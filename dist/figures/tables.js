import { compiledTables, compiledUnits } from "./config.js";
import { scanText } from "./grammar.js";
const HAN = /[\u4e00-\u9fff]/;
function unitFromText(text) {
    const info = compiledUnits().canonicalOf(text);
    if (!info)
        return null;
    return { unit: info.canonical, kind: info.kind, toWan: info.toWan };
}
/** The unit named by a caption like `单位：万元` in the given texts, or null. */
export function captionUnit(texts) {
    const { caption } = compiledTables();
    for (const t of texts) {
        const m = caption.exec(t);
        if (m)
            return unitFromText(m[1]);
    }
    return null;
}
function cellText(table, r, c) {
    return table.rows[r]?.[c]?.text.text ?? '';
}
/** Reads a table's headers; `captions` are the texts just before it, nearest first. */
export function tableContext(table, captions) {
    const cfg = compiledTables();
    const scans = table.rows.map((row) => row.map((cell) => scanText(cell.text.text, { cell: true })));
    const width = Math.max(0, ...table.rows.map((r) => r.length));
    const indexRows = new Set();
    table.rows.forEach((row, r) => {
        const first = row.map((c) => c.text.text.trim()).find((t) => t !== '');
        if (first && cfg.file.indexRowLabels.some((l) => first.replace(/\s/g, '') === l))
            indexRows.add(r);
    });
    const isDataRow = (r) => !indexRows.has(r) && scans[r].some((s, c) => (c > 0 || table.rows[r].length === 1) && (s.figures.length > 0 || s.bare.length > 0));
    let headerRows = 0;
    while (headerRows < Math.min(3, table.rows.length) && !isDataRow(headerRows))
        headerRows++;
    if (headerRows === table.rows.length)
        headerRows = Math.min(1, table.rows.length);
    // Header text per column; a merged header cell leaves the cells to its right empty.
    const columnLabels = [];
    const headerTexts = [];
    for (let c = 0; c < width; c++) {
        const parts = [];
        for (let r = 0; r < headerRows; r++) {
            if (indexRows.has(r))
                continue;
            let t = cellText(table, r, c).trim();
            if (!t && r < headerRows - 1) {
                for (let k = c - 1; k >= 0 && !t; k--)
                    t = cellText(table, r, k).trim();
            }
            if (t && !parts.includes(t) && !cfg.caption.test(t))
                parts.push(t);
        }
        const joined = parts.join(' ');
        headerTexts.push(joined);
        const label = joined.replace(new RegExp(cfg.file.headerUnitPattern, 'g'), '').trim();
        columnLabels.push(label || null);
    }
    let tableUnit = captionUnit(captions) ??
        captionUnit(table.rows.slice(0, Math.max(1, headerRows)).flatMap((row) => row.map((c) => c.text.text)));
    const indexColumns = new Set();
    const columnUnits = headerTexts.map((h, c) => {
        const bare = h.replace(/\s/g, '');
        if (cfg.file.indexHeaders.includes(bare) || cfg.file.indexHeaderEndings.some((w) => bare.endsWith(w))) {
            indexColumns.add(c);
            return null;
        }
        const m = cfg.headerUnit.exec(h);
        if (m)
            return unitFromText(m[1]);
        if (cfg.file.scoreHeaders.some((w) => bare.includes(w)))
            return unitFromText('分');
        if (cfg.file.percentHeaders.some((w) => bare.includes(w)))
            return unitFromText('%');
        return null;
    });
    // Label columns: most of their filled data cells are words, not numbers.
    const labelColumns = new Set();
    for (let c = 0; c < width; c++) {
        let words = 0;
        let numbers = 0;
        for (let r = headerRows; r < table.rows.length; r++) {
            if (indexRows.has(r))
                continue;
            const t = cellText(table, r, c).trim();
            if (!t)
                continue;
            const s = scans[r][c];
            if (s.figures.length || s.bare.length)
                numbers++;
            else if (HAN.test(t))
                words++;
        }
        if (words > numbers && !indexColumns.has(c))
            labelColumns.add(c);
    }
    // A label column's header naming a unit (`项目资金（万元）` over the fund rows) is the table's caption in
    // its corner: the unit of every column that names none.
    if (!tableUnit)
        tableUnit = [...labelColumns].map((c) => columnUnits[c]).find((u) => u) ?? null;
    return { headerRows, columnLabels, columnUnits, tableUnit, indexColumns, indexRows, labelColumns, scans };
}
/**
 * The unit a bare number in cell (r, c) takes: its column's header (金额（万元）,
 * 分值, 执行率), else its row label (培训人数（人）), else the table's caption.
 */
export function cellUnit(table, ctx, r, c) {
    const column = ctx.columnUnits[c];
    if (column)
        return column;
    const { headerUnit } = compiledTables();
    for (let k = c - 1; k >= 0; k--) {
        if (!ctx.labelColumns.has(k))
            continue;
        const m = headerUnit.exec(cellText(table, r, k));
        if (m)
            return unitFromText(m[1]);
    }
    return ctx.tableUnit;
}
/**
 * The row label of a cell: the nearest filled label column to its left, else the
 * nearest text cell to its left that holds no number.
 */
export function rowLabel(table, ctx, r, c) {
    for (let k = c - 1; k >= 0; k--) {
        if (!ctx.labelColumns.has(k))
            continue;
        const t = cellText(table, r, k).trim();
        if (t && HAN.test(t))
            return t.replace(/\s+/g, '');
    }
    for (let k = c - 1; k >= 0; k--) {
        const t = cellText(table, r, k).trim();
        const s = ctx.scans[r][k];
        if (t && HAN.test(t) && s.figures.length === 0 && s.bare.length === 0)
            return t.replace(/\s+/g, '');
    }
    return null;
}
