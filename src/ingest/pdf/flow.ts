// Lines and tables of all pages → paragraphs and tables, in reading order.
//
// A word processor wraps a paragraph at the right margin, so a line that stops short
// of it ends its paragraph, and a line that starts indented (or after extra space)
// begins one. Punctuation only decides where geometry cannot: after a full line ending
// in 。, the next line continues the paragraph only if the document marks paragraphs by
// indenting their first line. Page breaks are ignored: a paragraph (or a table) that
// runs off the bottom of a page goes on at the top of the next.
import type { RawBlock, RawTable } from '../../model.ts';
import type { GridTable } from './grid.ts';
import type { Line } from './lines.ts';
import { endsClause, isCjk, lineJoiner, startsWithNumbering } from './text.ts';

export type Element = { kind: 'line'; line: Line } | { kind: 'grid'; page: number; table: GridTable };

export interface PageFlow {
  page: number;
  width: number;
  elements: Element[];
}

/** What the body text of pages of one width looks like. */
interface Layout {
  left: number;
  right: number;
  /** Usual distance between baselines of one paragraph, in ems. */
  spacing: number;
  /** Paragraphs start with an indented first line. */
  indents: boolean;
}

const round = (v: number, step = 1): number => Math.round(v / step) * step;

function mode(values: number[]): number | undefined {
  const count = new Map<number, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of count) if (best === undefined || n > count.get(best)! || (n === count.get(best)! && v < best)) best = v;
  return best;
}

/** Values within 1.5pt of each other, as (smallest value, count), left to right. */
function clusters(values: number[]): { at: number; count: number }[] {
  const out: { at: number; count: number; last: number }[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const c = out[out.length - 1];
    if (c && v - c.last <= 1.5) {
      c.count++;
      c.last = v;
    } else out.push({ at: v, count: 1, last: v });
  }
  return out;
}

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

/** Margins, line pitch and paragraph habit, from the one-cell lines of pages of this width. */
function measureLayout(pages: PageFlow[], width: number): Layout {
  const lines = pages.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'line' && e.line.cells.length === 1 ? [e.line] : [])));
  if (!lines.length) return { left: 0, right: width, spacing: 1.5, indents: false };
  const size = mode(lines.map((l) => round(l.size, 0.5)))!;
  // Left margin: the leftmost start shared by a fair number of lines.
  const starts = clusters(lines.map((l) => l.x0));
  const most = Math.max(...starts.map((c) => c.count));
  const leftMargin = starts.find((c) => c.count >= Math.max(2, 0.15 * most))?.at ?? starts[0]!.at;
  // Right margin: where most wrapped lines end; at least as far as the left margin is from the left edge.
  const bodyEnds = lines.filter((l) => l.x0 < leftMargin + 3 * size).map((l) => l.x1);
  const right = Math.max(bodyEnds.length >= 3 ? quantile(bodyEnds, 0.9) : 0, width - leftMargin - size);
  // Line spacing, in ems, between consecutive one-cell lines of one size.
  const spacings: number[] = [];
  for (const p of pages) {
    const ls = p.elements.map((e) => (e.kind === 'line' && e.line.cells.length === 1 ? e.line : null));
    for (let i = 1; i < ls.length; i++) {
      const [a, b] = [ls[i - 1], ls[i]];
      if (!a || !b || Math.abs(a.size - b.size) >= 0.5) continue;
      const dy = (b.y - a.y) / b.size;
      if (dy > 0 && dy < 3) spacings.push(round(dy, 0.05));
    }
  }
  const indented = lines.filter((l) => l.x0 - leftMargin > 1.2 * l.size && l.x0 - leftMargin < 2.8 * l.size).length;
  return { left: leftMargin, right, spacing: mode(spacings) ?? 1.5, indents: indented >= 2 };
}

/** Rough advance of a string in ems: ideographs a full em, other characters about half. */
const ems = (s: string): number => [...s].reduce((w, c) => w + (isCjk(c) ? 1 : 0.55), 0);

/**
 * The piece a line cannot break before: a Latin word or number, or one ideograph, with
 * the punctuation that may not start a line.
 */
function firstToken(text: string): string {
  // A list of figures (`29.12、584.63、55.30万元`) does not break at its commas either.
  return /^(?:[A-Za-z0-9.,%％+\-/]+(?:[、，][0-9][0-9.,%％]*)*|.)[，。、；：！？）》」』”’%％]*/u.exec(text)?.[0] ?? '';
}

/** Width of the first token of a line, scaled from the width its first cell really takes. */
function firstTokenWidth(line: Line): number {
  const cell = line.cells[0]!;
  const token = firstToken(cell.text);
  const whole = ems(cell.text);
  return whole > 0 ? ((cell.x1 - cell.x0) * ems(token)) / whole : 0;
}

/** Does `next` carry on the paragraph that `prev` is in? */
function continues(prev: Line, next: Line, layout: Layout): boolean {
  const size = prev.size;
  if (Math.abs(next.size - size) > 0.15 * size) return false;
  if (next.page === prev.page) {
    const dy = next.y - prev.y;
    if (dy <= 0 || dy > (layout.spacing + 0.4) * size) return false;
  }
  // A line that stops short of the right margin ends its paragraph, unless the next
  // line's first word would not have fitted in the room left.
  const room = layout.right - prev.x1;
  const full = room < 1.6 * size || firstTokenWidth(next) > room - 0.1 * size;
  if (!full) return false;
  if (next.x0 > layout.left + 0.8 * size) return false;
  const short = next.x1 < layout.right - 2 * size;
  if (startsWithNumbering(next.text) && (endsClause(prev.text) || (short && !/[。；]/.test(next.text)))) return false;
  if (endsClause(prev.text)) {
    // A short line without closing punctuation after a finished sentence is a heading.
    if (short && !endsClause(next.text)) return false;
    return layout.indents;
  }
  return true;
}

/** Two tables are one table broken by a page break when their columns agree. */
function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) < 4);
}

interface TableState {
  block: RawTable;
  xs: number[];
  /** Where the table ended: page, and whether it was the page's last element. */
  page: number;
  lastOnPage: boolean;
}

/**
 * Unruled tables: runs of lines with several cells whose cells fall into columns that
 * no line has two cells in. Returns the column edges or null.
 */
function columnsOf(lines: Line[]): number[] | null {
  const spans = lines.flatMap((l) => l.cells.map((c) => [c.x0, c.x1] as [number, number])).sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = cols[cols.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else cols.push([a, b]);
  }
  if (cols.length < 2) return null;
  for (const l of lines) {
    const used = new Set<number>();
    for (const c of l.cells) {
      const k = cols.findIndex(([a, b]) => c.x0 >= a && c.x0 <= b);
      if (used.has(k)) return null;
      used.add(k);
    }
  }
  return cols.map(([a]) => a);
}

function placeCells(line: Line, xs: number[]): string[] {
  const row = xs.map(() => '');
  for (const c of line.cells) {
    let k = 0;
    while (k + 1 < xs.length && c.x0 >= xs[k + 1]! - 0.5) k++;
    row[k] = row[k] ? `${row[k]} ${c.text}` : c.text;
  }
  return row;
}

/** Builds the document's blocks from its pages' elements (page headers and footers already gone). */
export function buildBlocks(pages: PageFlow[]): RawBlock[] {
  const layouts = new Map<number, Layout>();
  const layoutOf = (p: PageFlow): Layout => {
    const key = round(p.width);
    if (!layouts.has(key)) layouts.set(key, measureLayout(pages.filter((q) => round(q.width) === key), p.width));
    return layouts.get(key)!;
  };
  const blocks: RawBlock[] = [];
  let para: { block: { kind: 'paragraph'; text: string; page: number }; last: Line } | null = null;
  let table: TableState | null = null;

  const addTable = (page: number, xs: number[], rows: string[][], firstOnPage: boolean, lastOnPage: boolean): void => {
    para = null;
    const prev = table && blocks[blocks.length - 1] === table.block ? table : null;
    if (prev && firstOnPage && prev.lastOnPage && prev.page === page - 1 && sameColumns(prev.xs, xs)) {
      const repeatsHeader = rows.length > 1 && rows[0]!.join('\u0000') === prev.block.rows[0]!.join('\u0000');
      prev.block.rows.push(...(repeatsHeader ? rows.slice(1) : rows));
      prev.page = page;
      prev.lastOnPage = lastOnPage;
      return;
    }
    const block: RawTable = { kind: 'table', rows, page };
    blocks.push(block);
    table = { block, xs, page, lastOnPage };
  };

  for (const p of pages) {
    const layout = layoutOf(p);
    const els = p.elements;
    for (let i = 0; i < els.length; i++) {
      const el = els[i]!;
      if (el.kind === 'grid') {
        addTable(p.page, el.table.xs, el.table.rows, i === 0, i === els.length - 1);
        continue;
      }
      const line = el.line;
      if (line.cells.length > 1) {
        // Gather the run of several-cell lines that follows, closely spaced.
        const run = [line];
        let j = i + 1;
        for (; j < els.length; j++) {
          const e = els[j]!;
          if (e.kind !== 'line' || e.line.cells.length < 2 || e.line.y - run[run.length - 1]!.y > 3 * line.size) break;
          run.push(e.line);
        }
        const xs = run.length >= 2 ? columnsOf(run) : null;
        if (xs) {
          addTable(p.page, xs, run.map((l) => placeCells(l, xs)), i === 0, j === els.length);
          i = j - 1;
        } else {
          para = null;
          blocks.push({ kind: 'paragraph', text: line.text, page: p.page });
        }
        continue;
      }
      const open = para as { block: { kind: 'paragraph'; text: string; page: number }; last: Line } | null;
      if (open && blocks[blocks.length - 1] === open.block && continues(open.last, line, layout)) {
        open.block.text += lineJoiner(open.block.text, line.text) + line.text;
        open.last = line;
      } else {
        const block = { kind: 'paragraph' as const, text: line.text, page: p.page };
        blocks.push(block);
        para = { block, last: line };
      }
    }
  }
  return blocks;
}
