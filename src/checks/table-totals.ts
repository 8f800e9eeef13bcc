// 合计 / 小计 / 总计 rows and columns of tables add up. A table's structure
// (which rows a 合计 covers: the rows above it, below it, only the top-level
// 科目, subtotals included or not) is read from the table itself: every
// plausible reading is tried, and a cell fails only when none holds.
import type { Doc, Figure } from '../model.ts';
import { defineRule } from './types.ts';
import { FigureIndex } from './text.ts';
import { grids, indicatorBlocks, type Grid } from './relations/tables.ts';
import { evaluate, dimensionOf } from './relations/evaluate.ts';
import { sum, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';
import { collapse } from './relations/totals.ts';

const TOTAL = /合\s*计|总\s*计|小\s*计|共\s*计/;
/** Columns that are not amounts of the rows: rates, shares, changes. */
const NOT_ADDITIVE = /率|%|占比|比例|增减|变动|差额|同比|增长|减少|幅度|上年|比较|编码|代码|序号|项次/;

interface Cell {
  row: number;
  col: number;
  label: string;
  fig: Figure;
}

const additive = (f: Figure): boolean => (f.kind === 'amount' || f.kind === 'count') && !f.approx;

/** Top-level rows of a list: the shortest 科目编码, or rows not introduced by 其中. */
function topLevel(cells: Cell[]): Cell[] {
  const codes = cells.map((c) => /^\d{3,}/.exec(c.label)?.[0].length ?? null);
  if (codes.every((n) => n !== null)) {
    const min = Math.min(...(codes as number[]));
    return cells.filter((_, i) => codes[i] === min);
  }
  const plain = cells.filter((c) => !/^(?:其中|含|其)[：:]?/.test(c.label));
  return plain;
}

/** Rows with their sub-rows removed (a row followed by rows that sum to it is their subtotal). */
function collapseCells(cells: Cell[]): Cell[] {
  const kept = new Set(collapse(cells.map((c) => c.fig)).map((f) => f.id));
  return cells.filter((c) => kept.has(c.fig.id));
}

const distinct = (hs: Cell[][]): Cell[][] => {
  const seen = new Set<string>();
  return hs.filter((h) => {
    const k = h.map((c) => `${c.row}:${c.col}`).join(',');
    if (!h.length || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Relations of one 合计 cell, one per reading of its parts; the reading that holds most often in the table comes first. */
function rowTotals(grid: Grid): Relation[][] {
  const out: Relation[][] = [];
  for (let c = 0; c < grid.nCols; c++) {
    if (NOT_ADDITIVE.test(grid.colHeader(c))) continue;
    const cells: Cell[] = [];
    for (let r = grid.headerRows; r < grid.nRows; r++) {
      const f = grid.fig(r, c);
      if (f && additive(f)) cells.push({ row: r, col: c, label: grid.rowLabel(r, c), fig: f });
    }
    const isTotal = (x: Cell) => TOTAL.test(x.label);
    cells.forEach((t, i) => {
      if (!isTotal(t)) return;
      const dim = dimensionOf(t.fig);
      const same = (x: Cell) => dimensionOf(x.fig) === dim;
      const prev = cells.slice(0, i).map(isTotal).lastIndexOf(true);
      const nextRel = cells.slice(i + 1).findIndex(isTotal);
      const next = nextRel < 0 ? cells.length : i + 1 + nextRel;
      const above = cells.slice(prev + 1, i).filter(same);
      const below = cells.slice(i + 1, next).filter(same);
      const totalsAbove = cells.slice(0, i).filter((x) => isTotal(x) && same(x));
      const hypotheses = distinct([
        above,
        topLevel(above),
        prev >= 0 ? [cells[prev]!, ...above] : [],
        below,
        topLevel(below),
        collapseCells(above),
        collapseCells(below),
        collapseCells(topLevel(below)),
        cells.slice(0, i).filter((x) => !isTotal(x) && same(x)),
        topLevel(cells.slice(0, i).filter((x) => !isTotal(x) && same(x))),
        totalsAbove.filter((x) => /小\s*计/.test(x.label)),
        totalsAbove.length >= 2 ? totalsAbove : [],
      ]);
      if (!hypotheses.length) return;
      out.push(
        hypotheses.map((h) => ({
          rule: 'table-totals', kind: 'table-row-total', label: `${t.label.replace(/\s+/g, '')}${grid.colHeader(c) ? `（${grid.colHeader(c)}）` : ''}`,
          stated: t.fig, expr: sum(h.map((x) => x.fig)), declared: false,
        })),
      );
    });
  }
  return out;
}

function colTotals(grid: Grid): Relation[][] {
  const out: Relation[][] = [];
  const headers = Array.from({ length: grid.nCols }, (_, c) => grid.colHeader(c));
  const usable = headers.map((h) => !NOT_ADDITIVE.test(h));
  const isTotalCol = headers.map((h, c) => usable[c] && TOTAL.test(h));
  const group = headers.map((h) => h.split(' ')[0] ?? '');
  for (let ct = 0; ct < grid.nCols; ct++) {
    if (!isTotalCol[ct]) continue;
    // Columns a 小计 column covers (its group's other columns) are parts of the 小计, not of the 合计.
    const covered = new Set<number>();
    headers.forEach((h, s) => {
      if (s !== ct && isTotalCol[s] && /小\s*计/.test(h)) headers.forEach((_, c) => c !== s && group[c] === group[s] && covered.add(c));
    });
    for (let r = grid.headerRows; r < grid.nRows; r++) {
      const t = grid.fig(r, ct);
      if (!t || !additive(t)) continue;
      const cols = (pred: (c: number) => boolean): Figure[] => {
        const fs: Figure[] = [];
        for (let c = 0; c < grid.nCols; c++) {
          const f = c !== ct && usable[c] && pred(c) ? grid.fig(r, c) : undefined;
          if (f && additive(f) && dimensionOf(f) === dimensionOf(t)) fs.push(f);
        }
        return fs;
      };
      const runs: Figure[][] = [];
      for (let k = ct + 2; k <= grid.nCols; k++) runs.push(cols((c) => c > ct && c < k));
      for (let k = ct - 1; k >= 0; k--) runs.push(cols((c) => c >= k && c < ct));
      const hs = [
        cols((c) => !isTotalCol[c]),
        cols((c) => c > ct && !covered.has(c)),
        cols((c) => c > ct && !isTotalCol[c]),
        cols((c) => !covered.has(c) && c > ct),
        ...runs,
      ].filter((h) => h.length >= 1);
      const seen = new Set<string>();
      const uniq = hs.filter((h) => {
        const k = h.map((f) => f.id).join(',');
        return !seen.has(k) && (seen.add(k), true);
      });
      if (!uniq.length) continue;
      const rowLabel = grid.rowText(r, ct).replace(/\s+/g, '');
      out.push(
        uniq.map((h) => ({
          rule: 'table-totals', kind: 'table-col-total', label: `${rowLabel ? `${rowLabel}的` : ''}${headers[ct]!.replace(/\s+/g, '')}`,
          stated: t, expr: sum(h), declared: false,
        })),
      );
    }
  }
  return out;
}

/** Orders each cell's readings by how often that reading holds across the table, then folds them into one relation. */
function settle(readings: Relation[][]): Relation[] {
  const holds = new Map<number, number>();
  for (const rs of readings) rs.forEach((r, i) => evaluate(r)?.holds && holds.set(i, (holds.get(i) ?? 0) + 1));
  const anyHolds = holds.size > 0;
  return readings.map((rs) => {
    const order = rs.map((_, i) => i).sort((a, b) => (holds.get(b) ?? 0) - (holds.get(a) ?? 0) || a - b);
    const [first, ...rest] = order.map((i) => rs[i]!);
    // When no reading holds anywhere in the table its structure may be beyond us: a warning, not an error.
    return { ...first!, alternatives: rest.map((r) => r.expr), ...(anyHolds || readings.length === 1 ? {} : { severity: 'warning' as const }) };
  });
}

export default defineRule({
  id: 'table-totals',
  meta: {
    severity: 'error',
    description: '表格合计、小计、总计行或列与各项之和不符',
    messages: RELATION_MESSAGES,
  },
  check(doc: Readonly<Doc>) {
    const index = new FigureIndex(doc.figures);
    const indicator = indicatorBlocks(doc, index);
    const relations: Relation[] = [];
    for (const grid of grids(doc, index)) {
      if (indicator.has(grid.block)) continue;
      relations.push(...settle(rowTotals(grid)), ...settle(colTotals(grid)));
    }
    return relationFindings(doc, relations);
  },
});
