import { ems, endsClause, lineJoiner, startsWithNumbering } from "./text.js";
const round = (v, step = 1) => Math.round(v / step) * step;
function mode(values) {
    const count = new Map();
    for (const v of values)
        count.set(v, (count.get(v) ?? 0) + 1);
    let best;
    for (const [v, n] of count)
        if (best === undefined || n > count.get(best) || (n === count.get(best) && v < best))
            best = v;
    return best;
}
/** Values within 1.5pt of each other, as (smallest value, count), left to right. */
function clusters(values) {
    const out = [];
    for (const v of [...values].sort((a, b) => a - b)) {
        const c = out[out.length - 1];
        if (c && v - c.last <= 1.5) {
            c.count++;
            c.last = v;
        }
        else
            out.push({ at: v, count: 1, last: v });
    }
    return out;
}
function quantile(values, q) {
    const s = [...values].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
/** Margins, line pitch and paragraph habit, from the one-cell lines of pages of this width. */
function measureLayout(pages, width) {
    const lines = pages.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'line' && e.line.cells.length === 1 ? [e.line] : [])));
    if (!lines.length)
        return { left: 0, right: width, spacing: 1.5, indents: false };
    const size = mode(lines.map((l) => round(l.size, 0.5)));
    // Left margin: the leftmost start shared by a fair number of lines.
    const starts = clusters(lines.map((l) => l.x0));
    const most = Math.max(...starts.map((c) => c.count));
    const leftMargin = starts.find((c) => c.count >= Math.max(2, 0.15 * most))?.at ?? starts[0].at;
    // Right margin: where most wrapped lines end; at least as far as the left margin is from the left edge.
    const bodyEnds = lines.filter((l) => l.x0 < leftMargin + 3 * size).map((l) => l.x1);
    const right = Math.max(bodyEnds.length >= 3 ? quantile(bodyEnds, 0.9) : 0, width - leftMargin - size);
    // Line spacing, in ems, between consecutive one-cell lines of one size.
    const spacings = [];
    for (const p of pages) {
        const ls = p.elements.map((e) => (e.kind === 'line' && e.line.cells.length === 1 ? e.line : null));
        for (let i = 1; i < ls.length; i++) {
            const [a, b] = [ls[i - 1], ls[i]];
            if (!a || !b || Math.abs(a.size - b.size) >= 0.5)
                continue;
            const dy = (b.y - a.y) / b.size;
            if (dy > 0 && dy < 3)
                spacings.push(round(dy, 0.05));
        }
    }
    const indented = lines.filter((l) => l.x0 - leftMargin > 1.2 * l.size && l.x0 - leftMargin < 2.8 * l.size).length;
    return { left: leftMargin, right, spacing: mode(spacings) ?? 1.5, indents: indented >= 2 };
}
/**
 * The piece a line cannot break before: a Latin word or number, or one ideograph, with
 * the punctuation that may not start a line.
 */
function firstToken(text) {
    // A list of figures (`29.12、584.63、55.30万元`) does not break at its commas either.
    return /^(?:[A-Za-z0-9.,%％+\-/]+(?:[、，][0-9][0-9.,%％]*)*|.)[，。、；：！？）》」』”’%％]*/u.exec(text)?.[0] ?? '';
}
/** Width of the first token of a line, scaled from the width its first cell really takes. */
function firstTokenWidth(line) {
    const cell = line.cells[0];
    const token = firstToken(cell.text);
    const whole = ems(cell.text);
    return whole > 0 ? ((cell.x1 - cell.x0) * ems(token)) / whole : 0;
}
/** Punctuation that never starts a paragraph: a line starting with it carries on the one before. */
const NO_LINE_START = /^[，。、；：！？）》」』”’%％,.;:!?)]/;
/** Does `next` carry on the paragraph that `prev` is in? */
function continues(prev, next, layout) {
    const size = prev.size;
    if (Math.abs(next.size - size) > 0.15 * size)
        return false;
    if (next.page === prev.page) {
        const dy = next.y - prev.y;
        if (dy <= 0 || dy > (layout.spacing + 0.4) * size)
            return false;
    }
    if (next.x0 > layout.left + 0.8 * size)
        return false;
    // A line that stops short of the right margin ends its paragraph, unless the next
    // line's first word would not have fitted in the room left (or the next line starts
    // with punctuation that cannot start one). Where paragraphs are
    // indented, an unfinished line followed by a flush-left number is such a wrap too:
    // word processors carry a long run of figures (`228,498.00、6,458,449.00…`) over whole.
    const room = layout.right - prev.x1;
    const wrapped = room < 1.6 * size ||
        NO_LINE_START.test(next.text) ||
        firstTokenWidth(next) > room - 0.1 * size ||
        (layout.indents && /^[0-9A-Za-z]/.test(next.text) && !endsClause(prev.text) && !startsWithNumbering(prev.text) && !startsWithNumbering(next.text));
    if (!wrapped)
        return false;
    const short = next.x1 < layout.right - 2 * size;
    if (startsWithNumbering(next.text) && (endsClause(prev.text) || (short && !/[。；]/.test(next.text))))
        return false;
    if (endsClause(prev.text)) {
        // A short line without closing punctuation after a finished sentence is a heading.
        if (short && !endsClause(next.text))
            return false;
        return layout.indents;
    }
    return true;
}
/**
 * Two tables are one table broken by a page break when they have as many columns and
 * each column overlaps its counterpart and no other.
 */
function sameColumns(a, b) {
    const overlap = (p, q) => Math.min(p[1], q[1]) - Math.max(p[0], q[0]) > 1;
    return a.length === b.length && a.every((col, i) => b.every((other, j) => overlap(col, other) === (i === j)));
}
/** Column of a cell starting at x: the span it starts in, or -1. */
const columnAt = (cols, x) => cols.findIndex(([a, b]) => x >= a - 0.5 && x <= b);
/**
 * Unruled tables: lines with several cells, whose cells fall into columns (the union of
 * overlapping cell spans) with no line having two cells in one column. Null if they do not.
 */
function columnsOf(lines) {
    const spans = lines.flatMap((l) => l.cells.map((c) => [c.x0, c.x1])).sort((a, b) => a[0] - b[0]);
    const cols = [];
    for (const [a, b] of spans) {
        const last = cols[cols.length - 1];
        if (last && a <= last[1])
            last[1] = Math.max(last[1], b);
        else
            cols.push([a, b]);
    }
    if (cols.length < 2)
        return null;
    for (const l of lines) {
        const taken = l.cells.map((c) => columnAt(cols, c.x0));
        if (new Set(taken).size !== taken.length)
            return null;
    }
    return cols;
}
function placeCells(line, cols) {
    const row = cols.map(() => '');
    for (const c of line.cells)
        row[columnAt(cols, c.x0)] = c.text;
    return row;
}
/** Collects blocks in reading order, joining paragraph lines and tables that a page break cut. */
class Blocks {
    list = [];
    para = null;
    openTable = null;
    isLast(block) {
        return block !== undefined && this.list[this.list.length - 1] === block;
    }
    line(line, page, layout) {
        const open = this.para;
        if (open && this.isLast(open.block) && continues(open.last, line, layout)) {
            open.block.text += lineJoiner(open.block.text, line.text) + line.text;
            open.last = line;
            return;
        }
        const block = { kind: 'paragraph', text: line.text, page };
        this.list.push(block);
        this.para = { block, last: line };
    }
    /** A line of cells that makes no table: one paragraph, its cells separated by tabs. */
    cells(line, page) {
        this.list.push({ kind: 'paragraph', text: line.text, page });
    }
    table(page, cols, rows, firstOnPage, lastOnPage) {
        const prev = this.openTable;
        if (prev && this.isLast(prev.block) && firstOnPage && prev.lastOnPage && prev.page === page - 1 && sameColumns(prev.cols, cols)) {
            const repeatsHeader = rows.length > 1 && rows[0].join('\u0000') === prev.block.rows[0].join('\u0000');
            prev.block.rows.push(...(repeatsHeader ? rows.slice(1) : rows));
            prev.page = page;
            prev.lastOnPage = lastOnPage;
            return;
        }
        const block = { kind: 'table', rows, page };
        this.list.push(block);
        this.openTable = { block, cols, page, lastOnPage };
    }
}
/** Builds the document's blocks from its pages' elements (page headers and footers already gone). */
export function buildBlocks(pages) {
    const layouts = new Map();
    const layoutOf = (p) => {
        const key = round(p.width);
        if (!layouts.has(key))
            layouts.set(key, measureLayout(pages.filter((q) => round(q.width) === key), p.width));
        return layouts.get(key);
    };
    const out = new Blocks();
    for (const p of pages) {
        const layout = layoutOf(p);
        const els = p.elements;
        for (let i = 0; i < els.length; i++) {
            const el = els[i];
            if (el.kind === 'grid') {
                const xs = el.table.xs;
                out.table(p.page, xs.slice(1).map((x, k) => [xs[k], x]), el.table.rows, i === 0, i === els.length - 1);
                continue;
            }
            if (el.line.cells.length === 1) {
                out.line(el.line, p.page, layout);
                continue;
            }
            // The run of closely spaced several-cell lines that starts here.
            const run = [el.line];
            let j = i + 1;
            for (; j < els.length; j++) {
                const e = els[j];
                if (e.kind !== 'line' || e.line.cells.length < 2 || e.line.y - run[run.length - 1].y > 3 * e.line.size)
                    break;
                run.push(e.line);
            }
            const cols = run.length >= 2 ? columnsOf(run) : null;
            if (cols) {
                out.table(p.page, cols, run.map((l) => placeCells(l, cols)), i === 0, j === els.length);
                i = j - 1;
            }
            else
                out.cells(el.line, p.page);
        }
    }
    return out.list;
}
