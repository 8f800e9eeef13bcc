import { isCjk } from "../../normalize.js";
import { tidySpaces } from "./text.js";
/** Baselines closer than this (in ems) belong to one line: raised quotes and marks stay in. */
const SAME_LINE = 0.45;
/** A gap wider than this (in ems) inside a line separates cells. */
const CELL_GAP = 1.5;
/** A gap wider than this (in ems) between two runs may stand for a space (kept between Latin words only). */
const SPACE_GAP = 0.15;
const chars = (s) => s.replace(/\s/g, '').length;
/** The value most characters carry. */
function dominant(runs, key) {
    const weight = new Map();
    for (const r of runs)
        weight.set(key(r), (weight.get(key(r)) ?? 0) + chars(r.str));
    let best = key(runs[0]);
    for (const [k, w] of weight)
        if (w > weight.get(best))
            best = k;
    return best;
}
/** Drops runs drawn again over themselves (fake bold, shadow): same text, nearly same place. */
function dropOverprint(runs) {
    const kept = [];
    for (const r of runs) {
        const twin = kept.some((k) => k.str === r.str && Math.abs(k.x - r.x) < 0.5 * r.size && Math.abs(k.y - r.y) < 0.2 * r.size);
        if (!twin)
            kept.push(r);
    }
    return kept;
}
/** Joins runs of one cell: a space only where a gap sits between Latin words. */
export function joinRuns(runs) {
    let text = '';
    let end = -Infinity;
    for (const r of runs) {
        if (text && r.x - end > SPACE_GAP * r.size)
            text += ' ';
        text += r.str;
        end = Math.max(end, r.x + r.w);
    }
    return tidySpaces(text);
}
/**
 * A justified line that holds only a few ideographs is spread over the whole width
 * (`保    障    各    为`): single characters at even gaps are one text, not cells.
 */
function isLetterSpaced(cells) {
    if (cells.length < 3 || !cells.every((c) => [...c.text].length === 1 && isCjk(c.text)))
        return false;
    const gaps = cells.slice(1).map((c, i) => c.x0 - cells[i].x1);
    return Math.max(...gaps) < 1.3 * Math.min(...gaps);
}
/** Groups a page's runs into lines, top to bottom. */
export function buildLines(runs, page) {
    const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
    const groups = [];
    for (const r of sorted) {
        const last = groups[groups.length - 1];
        if (last && Math.abs(r.y - last.y) <= SAME_LINE * Math.min(last.size, r.size))
            last.runs.push(r);
        else
            groups.push({ y: r.y, size: r.size, runs: [r] });
    }
    const lines = [];
    for (const g of groups) {
        const lineRuns = dropOverprint(g.runs.sort((a, b) => a.x - b.x));
        const size = dominant(lineRuns, (r) => Math.round(r.size * 10) / 10);
        const cells = [];
        let pending = [];
        let end = -Infinity;
        let widestGap = 0;
        const flush = () => {
            const text = joinRuns(pending);
            if (text)
                cells.push({ x0: pending[0].x, x1: end, text });
            pending = [];
        };
        for (const r of lineRuns) {
            if (pending.length)
                widestGap = Math.max(widestGap, (r.x - end) / size);
            if (pending.length && r.x - end > CELL_GAP * size)
                flush();
            if (!pending.length)
                end = -Infinity;
            pending.push(r);
            end = Math.max(end, r.x + r.w);
        }
        flush();
        if (!cells.length)
            continue;
        if (isLetterSpaced(cells))
            cells.splice(0, cells.length, { x0: cells[0].x0, x1: cells[cells.length - 1].x1, text: cells.map((c) => c.text).join('') });
        const main = lineRuns.reduce((a, b) => (chars(b.str) > chars(a.str) ? b : a));
        lines.push({
            page,
            y: main.y,
            x0: cells[0].x0,
            x1: cells[cells.length - 1].x1,
            size,
            cells,
            text: cells.map((c) => c.text).join('\t'),
            widestGap,
        });
    }
    return lines.sort((a, b) => a.y - b.y);
}
