import { NUMERIC } from "../../text.js";
export class Grid {
    table;
    block;
    nRows;
    nCols;
    /** Leading rows that hold no figure: the header. */
    headerRows;
    figs = new Map();
    constructor(table, index) {
        this.table = table;
        this.block = table.index;
        this.nRows = table.rows.length;
        this.nCols = Math.max(0, ...table.rows.map((r) => r.length));
        for (const f of index.inBlock(table.index)) {
            if (!f.cell)
                continue;
            const k = `${f.cell.row}:${f.cell.col}`;
            // A cell holding more than one figure is text, not a number of the grid.
            if (this.figs.has(k))
                this.figs.set(k, { ...this.figs.get(k), id: '' });
            else
                this.figs.set(k, f);
        }
        let h = 0;
        while (h < this.nRows && !this.rowHasFigure(h))
            h++;
        this.headerRows = h;
    }
    text(r, c) {
        return this.table.rows[r]?.[c]?.text.text.trim() ?? '';
    }
    /** The one figure a cell holds, if it holds exactly one and little else (`346.38`, `0.70万元`). */
    fig(r, c) {
        const f = this.figs.get(`${r}:${c}`);
        if (!f || !f.id)
            return undefined;
        const rest = this.text(r, c).replace(f.raw, '').replace(/[\s万元%分人个]/g, '');
        return rest.length <= 2 ? f : undefined;
    }
    rowHasFigure(r) {
        for (let c = 0; c < this.nCols; c++)
            if (this.fig(r, c))
                return true;
        return false;
    }
    isText(r, c) {
        const t = this.text(r, c);
        return t !== '' && !NUMERIC.test(t) && !this.fig(r, c);
    }
    /** Header texts above column c, outermost first; a merged header spans to its right. */
    colHeader(c) {
        const parts = [];
        for (let r = 0; r < this.headerRows; r++) {
            let t = this.text(r, c);
            if (!t) {
                // A merged group header sits in the leftmost cell of its span; empty cells to its right belong to it.
                for (let k = c - 1; k >= 0 && !t; k--) {
                    if (this.text(r, k)) {
                        const below = r + 1 < this.headerRows ? this.text(r + 1, c) : '';
                        t = below ? this.text(r, k) : '';
                        break;
                    }
                }
            }
            if (t && !parts.includes(t))
                parts.push(t);
        }
        return parts.join(' ');
    }
    /** The nearest text cell left of column c in row r (a two-sided table has a label per side). */
    rowLabel(r, c) {
        for (let k = c - 1; k >= 0; k--)
            if (this.isText(r, k))
                return this.text(r, k);
        for (let k = c + 1; k < this.nCols; k++)
            if (this.isText(r, k))
                return this.text(r, k);
        return '';
    }
    /** All text cells of row r left of column c, joined (the indicator names of a 指标表 row). */
    rowText(r, upTo = this.nCols) {
        const out = [];
        for (let k = 0; k < upTo; k++)
            if (this.isText(r, k))
                out.push(this.text(r, k));
        return out.join(' ');
    }
}
export function grids(doc, index) {
    return doc.blocks.filter((b) => b.kind === 'table').map((t) => new Grid(t, index));
}
const WEIGHT = /分值|权重|满分|标准分|指标分/;
const SCORE = /得分|自评分|评分|评价分/;
/** A column of weights or scores (分值, 得分): indicator-scores adds those, not table-totals. */
export const isScoreColumn = (header) => WEIGHT.test(header) || SCORE.test(header);
const COEFFICIENT = /系数|得分率|得分比例/;
const TOTAL_ROW = /合\s*计|总\s*分|总\s*计|自评得分|综合得分|小\s*计/;
/** Tables with a 分值 column and a 得分 column; rows split into items and the 合计 row. */
export function indicatorTables(doc, index) {
    const out = [];
    let prev = null;
    for (const grid of grids(doc, index)) {
        let weightCol = -1;
        let scoreCol = -1;
        const continues = !grid.headerRows && prev !== null && grid.block - prev.grid.block <= 3;
        if (grid.headerRows) {
            for (let c = 0; c < grid.nCols; c++) {
                const h = grid.colHeader(c);
                if (WEIGHT.test(h) && !SCORE.test(h.replace(/指标分/, '')))
                    weightCol = c;
                // A 得分系数 (the share of the weight earned, 100%) is no score: the score is weight × it.
                else if (SCORE.test(h) && !COEFFICIENT.test(h) && scoreCol < 0)
                    scoreCol = c;
            }
        }
        else if (continues) {
            // A table that goes on after a page break, without its header: columns line up from the right.
            weightCol = grid.nCols - (prev.grid.nCols - prev.weightCol);
            scoreCol = grid.nCols - (prev.grid.nCols - prev.scoreCol);
        }
        if (weightCol < 0 || scoreCol < 0) {
            prev = null;
            continue;
        }
        const rows = [];
        for (let r = grid.headerRows; r < grid.nRows; r++) {
            const weight = grid.fig(r, weightCol);
            const score = grid.fig(r, scoreCol);
            if (!weight && !score)
                continue;
            const upTo = Math.min(weightCol, scoreCol);
            const names = grid.rowText(r, upTo);
            let depth = -1;
            for (let k = 0; k < upTo; k++)
                if (grid.isText(r, k))
                    depth = k;
            rows.push({ name: names.split(' ').pop() ?? '', depth, weight, score, isTotal: TOTAL_ROW.test(names) });
        }
        if (continues && !rows.some((i) => i.weight?.kind === 'score' || i.score?.kind === 'score')) {
            prev = null;
            continue;
        }
        const t = continues ? prev.t : { grids: [], weightCol, scoreCol, items: [] };
        t.grids.push(grid);
        for (const { isTotal, ...row } of rows) {
            if (isTotal)
                t.total ??= row;
            else
                t.items.push(row);
        }
        if (!continues)
            out.push(t);
        prev = { t, grid, weightCol, scoreCol };
    }
    return out;
}
const indicatorCache = new WeakMap();
/** Blocks of the document that are indicator tables (分值 / 得分). */
export function indicatorBlocks(doc, index) {
    let hit = indicatorCache.get(doc);
    if (!hit) {
        hit = new Set(indicatorTables(doc, index).flatMap((t) => t.grids.map((g) => g.block)));
        // A table written as text, one `|`-separated row a paragraph, with scores in it: an indicator table too.
        for (const b of doc.blocks) {
            if (b.kind === 'paragraph' && (b.text.text.match(/\|/g) ?? []).length >= 2 && index.at(b.index).some((f) => f.kind === 'score'))
                hit.add(b.index);
        }
        indicatorCache.set(doc, hit);
    }
    return hit;
}
