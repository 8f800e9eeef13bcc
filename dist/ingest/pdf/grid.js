// Ruled tables: the line segments a page draws, gathered into grids. Cell borders
// give the rows and columns; a missing border between two grid cells means a merged
// cell. Text runs are then dealt to the cells they sit in.
import { buildLines } from "./lines.js";
import { lineJoiner } from "./text.js";
/** Segments closer than this (points) are one line; boundaries closer than this are one boundary. */
const SNAP = 2.5;
class UnionFind {
    parent;
    constructor(n) {
        this.parent = Array.from({ length: n }, (_, i) => i);
    }
    find(i) {
        while (this.parent[i] !== i)
            i = this.parent[i] = this.parent[this.parent[i]];
        return i;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        // The smaller index stays root, so a merged cell's root is its top-left cell.
        if (ra < rb)
            this.parent[rb] = ra;
        else if (rb < ra)
            this.parent[ra] = rb;
    }
}
/** Joins collinear pieces of one rule drawn in several strokes. */
function mergeCollinear(segs, horizontal) {
    const pos = (s) => (horizontal ? s.y0 : s.x0);
    const from = (s) => (horizontal ? s.x0 : s.y0);
    const to = (s) => (horizontal ? s.x1 : s.y1);
    const sorted = [...segs].sort((a, b) => pos(a) - pos(b) || from(a) - from(b));
    const out = [];
    for (const s of sorted) {
        const last = out[out.length - 1];
        if (last && Math.abs(pos(last) - pos(s)) < 1 && from(s) <= to(last) + SNAP) {
            if (horizontal)
                last.x1 = Math.max(last.x1, s.x1);
            else
                last.y1 = Math.max(last.y1, s.y1);
        }
        else
            out.push({ ...s });
    }
    return out;
}
/** Sorted values with near-equal ones merged into their mean. */
function cluster(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const groups = [];
    for (const v of sorted) {
        const g = groups[groups.length - 1];
        if (g && v - g[g.length - 1] <= SNAP)
            g.push(v);
        else
            groups.push([v]);
    }
    return groups.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}
/** How much of [from, to] the segments at `pos` cover, as a fraction. */
function coverage(segs, horizontal, pos, from, to) {
    let covered = 0;
    for (const s of segs) {
        const p = horizontal ? s.y0 : s.x0;
        if (Math.abs(p - pos) > SNAP)
            continue;
        const a = Math.max(from, horizontal ? s.x0 : s.y0);
        const b = Math.min(to, horizontal ? s.x1 : s.y1);
        if (b > a)
            covered += b - a;
    }
    return covered / (to - from);
}
/** The grids that a page's segments form. */
export function findGrids(segments) {
    const hs = mergeCollinear(segments.filter((s) => s.y0 === s.y1), true);
    const vs = mergeCollinear(segments.filter((s) => s.x0 === s.x1 && s.y0 !== s.y1), false);
    const all = [...hs, ...vs];
    const uf = new UnionFind(all.length);
    for (let i = 0; i < hs.length; i++) {
        const h = hs[i];
        for (let j = 0; j < vs.length; j++) {
            const v = vs[j];
            if (v.x0 >= h.x0 - SNAP && v.x0 <= h.x1 + SNAP && h.y0 >= v.y0 - SNAP && h.y0 <= v.y1 + SNAP)
                uf.union(i, hs.length + j);
        }
    }
    const components = new Map();
    all.forEach((s, i) => {
        const root = uf.find(i);
        components.set(root, [...(components.get(root) ?? []), s]);
    });
    const grids = [];
    for (const segs of components.values()) {
        const h = segs.filter((s) => s.y0 === s.y1);
        const v = segs.filter((s) => s.x0 === s.x1);
        if (h.length < 2 || v.length < 1)
            continue;
        const xs = cluster([...v.map((s) => s.x0), Math.min(...h.map((s) => s.x0)), Math.max(...h.map((s) => s.x1))]);
        const ys = cluster([...h.map((s) => s.y0), Math.min(...v.map((s) => s.y0)), Math.max(...v.map((s) => s.y1))]);
        const cols = xs.length - 1;
        const rows = ys.length - 1;
        if (cols < 2 || rows < 1)
            continue;
        const uf2 = new UnionFind(rows * cols);
        for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
                if (c + 1 < cols && coverage(v, false, xs[c + 1], ys[r], ys[r + 1]) < 0.5)
                    uf2.union(r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && coverage(h, true, ys[r + 1], xs[c], xs[c + 1]) < 0.5)
                    uf2.union(r * cols + c, (r + 1) * cols + c);
            }
        }
        grids.push({ xs, ys, anchor: Array.from({ length: rows * cols }, (_, i) => uf2.find(i)) });
    }
    return grids.sort((a, b) => a.ys[0] - b.ys[0]);
}
/** Index of the band [edges[i], edges[i+1]) holding v, or -1. */
function band(edges, v) {
    for (let i = 0; i + 1 < edges.length; i++)
        if (v >= edges[i] && v < edges[i + 1])
            return i;
    return -1;
}
/**
 * Deals runs to the grid's cells; returns the table and the runs it took, or null when
 * fewer than two cells hold text (a box around a paragraph is no table).
 */
export function fillGrid(grid, runs, page) {
    const { xs, ys, anchor } = grid;
    const cols = xs.length - 1;
    const rows = ys.length - 1;
    const byCell = new Map();
    const used = new Set();
    for (const r of runs) {
        const c = band(xs, r.x + r.w / 2);
        const row = band(ys, r.y - r.size * 0.35);
        if (c < 0 || row < 0)
            continue;
        const a = anchor[row * cols + c];
        byCell.set(a, [...(byCell.get(a) ?? []), r]);
        used.add(r);
    }
    if (byCell.size < 2)
        return null;
    const text = new Map();
    for (const [a, cellRuns] of byCell) {
        const lines = buildLines(cellRuns, page).map((l) => l.text.replace(/\t/g, ' '));
        text.set(a, lines.reduce((acc, l) => acc + lineJoiner(acc, l) + l, ''));
    }
    const out = [];
    for (let r = 0; r < rows; r++) {
        const row = Array.from({ length: cols }, (_, c) => (anchor[r * cols + c] === r * cols + c ? text.get(r * cols + c) ?? '' : ''));
        if (row.some((t) => t !== ''))
            out.push(row);
    }
    return { table: { top: ys[0], bottom: ys[rows], xs, rows: out }, used };
}
