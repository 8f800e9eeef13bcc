import { scanText } from "./grammar.js";
import { tableDrafts } from "./table-figures.js";
const HAN_OR_LATIN = /[\u4e00-\u9fffA-Za-z]/;
/** Sentence punctuation: a paragraph with it is prose, not a table row. */
const PROSE = /[。；;，,！？]/;
const MAX_ROW_CHARS = 80;
const CAPTION_LOOKBACK = 6;
function sliceText(t, a, b) {
    const text = t.text.slice(a, b);
    return { text, source: text, map: t.map.subarray(a, b + 1) };
}
function trimmedCell(p, a, b) {
    const text = p.text.text;
    while (a < b && text[a] === ' ')
        a++;
    while (b > a && text[b - 1] === ' ')
        b--;
    return { cell: { text: sliceText(p.text, a, b) }, offset: a };
}
const RULE_CELL = /^:?[-—–=]{2,}:?$/;
/**
 * A row written with `|` between cells; bars at both ends only close the row. A rule row
 * under a header (`|---|:---:|`) gives no cells: it belongs to the table but is no row.
 */
export function barCells(p) {
    const text = p.text.text;
    if (!text.includes('|'))
        return null;
    let a = 0;
    let b = text.length;
    while (a < b && text[a] === ' ')
        a++;
    while (b > a && text[b - 1] === ' ')
        b--;
    if (b - a > 1 && text[a] === '|' && text[b - 1] === '|') {
        a++;
        b--;
    }
    const out = [];
    let from = a;
    for (let k = a; k <= b; k++) {
        if (k < b && text[k] !== '|')
            continue;
        out.push(trimmedCell(p, from, k));
        from = k + 1;
    }
    if (out.length < 2)
        return null;
    const texts = out.map((c) => c.cell.text.text);
    return texts.every((t) => t === '' || RULE_CELL.test(t)) && texts.some((t) => t !== '') ? [] : out;
}
/**
 * A short paragraph holding bare numbers (a table row that lost its cell borders):
 * cells are the numbers and the words between them. Marks such as ≥ stay with
 * the number after them.
 */
export function looseRowCells(p) {
    const text = p.text.text;
    if (text.length > MAX_ROW_CHARS || PROSE.test(text))
        return null;
    const scan = scanText(text, { cell: true });
    // One bare integer (附件1, a stray page number) is no row; two numbers or a decimal are.
    if (scan.bare.length === 0 || (scan.bare.length + scan.figures.length < 2 && scan.bare[0].decimals === 0))
        return null;
    const spans = [...scan.figures, ...scan.bare].map((h) => [h.start, h.end]).sort((a, b) => a[0] - b[0]);
    const out = [];
    let at = 0;
    let carry = -1; // start of a mark that belongs to the next number
    for (const [s, e] of spans) {
        if (s < at)
            continue;
        const between = text.slice(at, s).trim();
        if (between && HAN_OR_LATIN.test(between))
            out.push(trimmedCell(p, at, s));
        else if (between)
            carry = at;
        out.push(trimmedCell(p, carry >= 0 ? carry : s, e));
        carry = -1;
        at = e;
    }
    if (text.slice(at).trim())
        out.push(trimmedCell(p, at, text.length));
    return out;
}
/** The blocks from `i` on that form one table in pieces, or null. */
export function tableRunAt(blocks, i, headings) {
    const members = [];
    for (let j = i; j < blocks.length; j++) {
        const b = blocks[j];
        if (b.kind === 'table') {
            // A later table continues the run only if it has no header of its own (a table
            // split by a page break, or rows a reader cut off): its first row holds numbers.
            if (members.length && !startsWithData(b))
                break;
            members.push({ block: b });
            continue;
        }
        if (headings.has(b.index))
            break;
        const bar = barCells(b);
        const cells = bar ?? looseRowCells(b);
        if (!cells)
            break;
        members.push({ block: b, cells, bar: bar !== null });
    }
    const tables = members.filter((m) => m.block.kind === 'table').length;
    const bars = members.filter((m) => 'bar' in m && m.bar).length;
    const rows = members.length - tables;
    if (members.length < 2 || (tables === 0 && bars < 2))
        return null;
    return rows > 0 || tables > 1 ? members : null;
}
function startsWithData(t) {
    return (t.rows[0] ?? []).some((c, k) => k > 0 && cellType(c) === 'number');
}
/** Texts before block i that may hold its caption (单位：万元), nearest first, up to the last prose paragraph. */
export function captionsBefore(blocks, i) {
    const out = [];
    for (let j = i - 1; j >= 0 && j >= i - CAPTION_LOOKBACK; j--) {
        const b = blocks[j];
        if (b.kind === 'table') {
            for (const row of b.rows.slice(0, 2))
                for (const c of row)
                    out.push(c.text.text);
            continue;
        }
        out.push(b.text.text);
        if (b.text.text.length > 60 || /[。；;]/.test(b.text.text))
            break;
    }
    return out;
}
const EMPTY = { text: { text: '', source: '', map: new Uint32Array([0]) } };
function cellType(c) {
    const t = c.text.text.trim();
    if (!t)
        return 'empty';
    const scan = scanText(t, { cell: true });
    return scan.figures.length || scan.bare.length ? 'number' : 'text';
}
/** For each column, the type most of its filled cells have in the given rows (null: no majority). */
function columnProfile(rows, width) {
    const out = [];
    for (let c = 0; c < width; c++) {
        let numbers = 0;
        let texts = 0;
        for (const r of rows) {
            if (r[c] === 'number')
                numbers++;
            else if (r[c] === 'text')
                texts++;
        }
        out.push(numbers > texts ? 'number' : texts > numbers ? 'text' : null);
    }
    return out;
}
/** How many empty cells to put before a short row so that its cells best match the columns. */
function bestShift(row, profile, width) {
    let best = width - row.length;
    let bestScore = -1;
    for (let p = width - row.length; p >= 0; p--) {
        let score = 0;
        row.forEach((t, i) => {
            if (t !== 'empty' && profile[p + i] === t)
                score++;
        });
        if (score > bestScore) {
            best = p;
            bestScore = score;
        }
    }
    return best;
}
/** Figures of a run: read as one table, each placed back in its paragraph or table cell. */
export function runDrafts(run, captions, findings) {
    const raw = [];
    for (const m of run) {
        if (m.block.kind === 'table') {
            m.block.rows.forEach((r, k) => raw.push({ cells: r, block: m.block, row: k, offsets: r.map(() => 0) }));
        }
        else {
            const cells = m.cells;
            if (cells.length === 0)
                continue; // a rule row
            raw.push({ cells: cells.map((c) => c.cell), block: m.block, row: -1, offsets: cells.map((c) => c.offset) });
        }
    }
    // Rows that lost empty cells at either end are shifted to where their numbers
    // meet the number columns of the full rows (on the right when undecided).
    const width = Math.max(...raw.map((r) => r.cells.length));
    const types = raw.map((r) => r.cells.map(cellType));
    const profile = columnProfile(types.filter((t) => t.length === width && t.includes('number')), width);
    const rows = [];
    const origins = [];
    raw.forEach((r, k) => {
        const pad = bestShift(types[k], profile, width);
        rows.push([...Array(pad).fill(EMPTY), ...r.cells, ...Array(width - pad - r.cells.length).fill(EMPTY)]);
        origins.push({ block: r.block, row: r.row, pad, offsets: r.offsets });
    });
    const first = run[0].block;
    const table = { kind: 'table', index: first.index, page: first.page, section: first.section, rows };
    const place = (cell) => {
        const o = origins[cell.row];
        const col = cell.col - o.pad;
        return { block: o.block, cell: o.row < 0 ? null : { row: o.row, col }, offset: o.row < 0 ? (o.offsets[col] ?? 0) : 0 };
    };
    const local = [];
    const drafts = tableDrafts(table, captions, local);
    for (const f of local) {
        if (!f.cell)
            continue;
        const p = place(f.cell);
        findings.push({ ...f, block: p.block.index, cell: p.cell, start: (f.start ?? 0) + p.offset, end: (f.end ?? 0) + p.offset });
    }
    return drafts.map((d) => {
        const p = place(d.cell);
        return { block: p.block, draft: { ...d, cell: p.cell, hit: { ...d.hit, start: d.hit.start + p.offset, end: d.hit.end + p.offset } } };
    });
}
