// What the review report needs of a document beyond the datasets: its text as
// written, block by block, with each figure's place in it, and for each finding
// the sentences or table rows it comes from. Built in the worker that analysed
// the document (only it holds the text), sent back beside the rows.
import type { Doc, Figure, Finding, NormText } from '../model.ts';
import { sourceSpan } from '../normalize.ts';
import { sentenceAt } from '../text.ts';
import { orderFindings } from '../rows.ts';
import type { FindingRow } from '../outputs/datasets.ts';

/** A figure's place in a source text: offsets into `ViewText.text`. */
export interface Mark {
  figure: string;
  start: number;
  end: number;
}

/** Source text of a paragraph or a table cell, with the figures in it. */
export interface ViewText {
  text: string;
  marks: Mark[];
}

export type ViewBlock =
  | { kind: 'paragraph'; page: number | null; /** Index of the section this paragraph heads, if it is a heading. */ heading: number | null; text: ViewText }
  | { kind: 'table'; page: number | null; rows: ViewText[][] };

/** Where a finding comes from: one sentence of a paragraph (source offsets) or one table row. */
export type Place =
  | { block: number; kind: 'sentence'; start: number; end: number }
  | { block: number; kind: 'row'; row: number };

export interface DocView {
  blocks: ViewBlock[];
  /** By finding id, the places its evidence comes from, in document order. */
  places: Record<string, Place[]>;
}

/** Source offsets of the normalised span [start, end). */
function sourceRange(t: NormText, start: number, end: number): { start: number; end: number } {
  const from = t.map[Math.min(start, t.text.length)]!;
  return { start: from, end: from + sourceSpan(t, start, end).length };
}

function markOf(t: NormText, f: Figure): Mark {
  return { figure: f.id, ...sourceRange(t, f.start, f.end) };
}

/** The sentence (。；！？) around a normalised span, as a place in source offsets. */
function sentencePlace(block: number, t: NormText, start: number, end: number): Place {
  const s = sentenceAt(t.text, start, end);
  // Keep the closing mark with its sentence, as printed.
  return { block, kind: 'sentence', ...sourceRange(t, s.start, Math.min(t.text.length, s.end + 1)) };
}

function placeOf(doc: Readonly<Doc>, at: { block: number; cell?: { row: number; col: number } | null; start?: number; end?: number }): Place | null {
  const b = doc.blocks[at.block];
  if (!b) return null;
  if (b.kind === 'table') return { block: at.block, kind: 'row', row: at.cell?.row ?? 0 };
  if (at.start === undefined) return { block: at.block, kind: 'sentence', start: 0, end: b.text.source.length };
  return sentencePlace(at.block, b.text, at.start, at.end ?? at.start);
}

const samePlace = (a: Place, b: Place): boolean =>
  a.block === b.block && (a.kind === 'row' ? b.kind === 'row' && a.row === b.row : b.kind === 'sentence' && a.start === b.start);

const placeOrder = (a: Place, b: Place): number =>
  a.block - b.block || (a.kind === 'row' ? a.row : a.start) - (b.kind === 'row' ? b.row : b.start);

/** The places of a finding: the sentence or row of each of its figures, else its own position. */
function findingPlaces(doc: Readonly<Doc>, finding: Finding, byId: Map<string, Figure>): Place[] {
  const places: Place[] = [];
  const add = (p: Place | null): void => {
    if (p && !places.some((q) => samePlace(p, q))) places.push(p);
  };
  for (const id of finding.figures) {
    const f = byId.get(id);
    if (f) add(placeOf(doc, f));
  }
  if (!places.length && finding.block !== null) add(placeOf(doc, { ...finding, block: finding.block }));
  return places.sort(placeOrder);
}

/**
 * The view of an analysed document. `findings` are the findings as the rules gave them and
 * `rows` their dataset rows: rows.ts orders findings once, and the same order pairs them here.
 */
export function documentView(doc: Readonly<Doc>, findings: Finding[], rows: readonly FindingRow[]): DocView {
  const headingOf = new Map(doc.sections.map((s, i) => [s.block, i]));
  const marksAt = new Map<string, Mark[]>();
  for (const f of doc.figures) {
    const b = doc.blocks[f.block];
    const t = b?.kind === 'table' ? (f.cell ? b.rows[f.cell.row]?.[f.cell.col]?.text : undefined) : b?.text;
    if (!t) continue;
    const key = f.cell ? `${f.block}:${f.cell.row}:${f.cell.col}` : `${f.block}`;
    (marksAt.get(key) ?? marksAt.set(key, []).get(key)!).push(markOf(t, f));
  }
  const blocks: ViewBlock[] = doc.blocks.map((b, i) =>
    b.kind === 'paragraph'
      ? { kind: 'paragraph', page: b.page, heading: headingOf.get(i) ?? null, text: { text: b.text.source, marks: marksAt.get(`${i}`) ?? [] } }
      : {
          kind: 'table',
          page: b.page,
          rows: b.rows.map((row, r) => row.map((cell, c) => ({ text: cell.text.source, marks: marksAt.get(`${i}:${r}:${c}`) ?? [] }))),
        },
  );
  const byId = new Map(doc.figures.map((f) => [f.id, f]));
  const places: Record<string, Place[]> = {};
  orderFindings(findings).forEach((finding, i) => {
    const row = rows[i];
    if (row) places[row.id] = findingPlaces(doc, finding, byId);
  });
  return { blocks, places };
}
