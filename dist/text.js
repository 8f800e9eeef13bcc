import { sourceSpan } from "./normalize.js";
/** Where a figure's text lives: a paragraph, or one cell of a table. */
export function textOf(doc, block, cell) {
    const b = doc.blocks[block];
    if (!b)
        return null;
    if (b.kind === 'paragraph')
        return cell ? null : b.text;
    if (!cell)
        return null;
    return b.rows[cell.row]?.[cell.col]?.text ?? null;
}
export const figureText = (doc, f) => textOf(doc, f.block, f.cell)?.text ?? '';
const SENTENCE_END = /[。；;！!？?\n]/;
/** Clause marks; a comma between digits is a thousands separator, not a clause mark. */
const isClauseMark = (t, i) => {
    const c = t[i];
    if (SENTENCE_END.test(c) || '，：:、（）()'.includes(c))
        return true;
    if (c === ',')
        return !(/\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? ''));
    return false;
};
/** The sentence holding [start, end): bounded by 。；！？ or the ends of the text. */
export function sentenceAt(text, start, end = start) {
    let s = start;
    while (s > 0 && !SENTENCE_END.test(text[s - 1]))
        s--;
    let e = end;
    while (e < text.length && !SENTENCE_END.test(text[e]))
        e++;
    return { start: s, end: e };
}
/** The full sentence holding [start, end): bounded by 。！？ only (a ； does not end it). */
export function fullSentenceAt(text, start, end = start) {
    let s = start;
    while (s > 0 && !/[。！!？?\n]/.test(text[s - 1]))
        s--;
    let e = end;
    while (e < text.length && !/[。！!？?\n]/.test(text[e]))
        e++;
    return { start: s, end: e };
}
/** The clause holding [start, end): bounded by ，：、 as well. */
export function clauseAt(text, start, end = start) {
    let s = start;
    while (s > 0 && !isClauseMark(text, s - 1))
        s--;
    let e = end;
    while (e < text.length && !isClauseMark(text, e))
        e++;
    return { start: s, end: e };
}
/** Sentences of a text, in order. */
export function sentences(text) {
    const out = [];
    let s = 0;
    for (let i = 0; i <= text.length; i++) {
        if (i === text.length || SENTENCE_END.test(text[i])) {
            if (i > s)
                out.push({ start: s, end: i });
            s = i + 1;
        }
    }
    return out;
}
const cellKey = (block, cell) => cell ? `${block}:${cell.row}:${cell.col}` : `${block}`;
/** The figures of each paragraph or cell, in text order. */
export class FigureIndex {
    byPlace = new Map();
    byBlock = new Map();
    all;
    constructor(figures) {
        this.all = [...figures].sort((a, b) => a.block - b.block || (a.cell?.row ?? -1) - (b.cell?.row ?? -1) || (a.cell?.col ?? -1) - (b.cell?.col ?? -1) || a.start - b.start);
        for (const f of this.all) {
            const k = cellKey(f.block, f.cell);
            (this.byPlace.get(k) ?? this.byPlace.set(k, []).get(k)).push(f);
            (this.byBlock.get(f.block) ?? this.byBlock.set(f.block, []).get(f.block)).push(f);
        }
    }
    /** Figures of one paragraph (cell null) or one cell. */
    at(block, cell = null) {
        return this.byPlace.get(cellKey(block, cell)) ?? [];
    }
    inBlock(block) {
        return this.byBlock.get(block) ?? [];
    }
    /** Figures of the same paragraph or cell whose start lies in [span.start, span.end). */
    within(f, span) {
        return this.at(f.block, f.cell).filter((g) => g.start >= span.start && g.start < span.end);
    }
}
/**
 * The figures around `f`, closest first: its own sentence, the rest of its paragraph before that
 * sentence, then up to `lookBack` earlier paragraphs holding figures (a heading or a table ends the
 * look). Where a rate looks for what it divides.
 */
export function figuresAround(doc, index, f, lookBack) {
    const s = sentenceAt(figureText(doc, f), f.start);
    const own = index.at(f.block, f.cell);
    const out = [own.filter((g) => g.start >= s.start && g.start < s.end), own.filter((g) => g.start < s.start)];
    for (let b = f.block - 1, n = 0; b >= 0 && n < lookBack; b--) {
        if (doc.blocks[b]?.kind !== 'paragraph' || doc.sections.some((sec) => sec.block === b))
            break;
        const figs = index.at(b);
        if (figs.length) {
            out.push(figs);
            n++;
        }
    }
    return out;
}
/** The text between the previous figure (or the clause start) and this figure: what it measures. */
export function leadIn(text, f, previous) {
    const clause = clauseAt(text, f.start, f.end);
    const from = Math.max(clause.start, previous && previous.end <= f.start ? previous.end : 0);
    return text.slice(from, f.start);
}
/** The words in front of a figure, back to the sentence start or a previous figure. */
export function wordsBefore(text, f, previous) {
    const s = sentenceAt(text, f.start);
    const from = Math.max(s.start, previous && previous.end <= f.start ? previous.end : 0);
    return text.slice(from, f.start);
}
/** Cells that hold a number or a placeholder (`—`, `/`): neither labels a row nor heads a column. */
export const NUMERIC = /^[-+\d.,，%\s（）()—–－―/／…\\]*$/;
const headerCache = new WeakMap();
/** The leading rows of a table that hold no figure: its header. */
function headerRows(doc, block) {
    let byBlock = headerCache.get(doc);
    if (!byBlock) {
        byBlock = new Map();
        for (const f of doc.figures)
            if (f.cell)
                byBlock.set(f.block, Math.min(byBlock.get(f.block) ?? Infinity, f.cell.row));
        headerCache.set(doc, byBlock);
    }
    return byBlock.get(block) ?? 0;
}
/**
 * A table cell's row label (the nearest text cell to its left), its column
 * header (the nearest text cell above it in the table's header rows, not a
 * text cell of a row of data such as an indicator's 年度指标值 `充分`) and all
 * the header texts above it.
 */
export function cellHeaders(doc, f) {
    const b = doc.blocks[f.block];
    if (!b || b.kind !== 'table' || !f.cell)
        return { row: '', column: '', columnAll: '' };
    const row = b.rows[f.cell.row] ?? [];
    let rowLabel = '';
    for (let c = f.cell.col - 1; c >= 0; c--) {
        const t = row[c]?.text.text ?? '';
        if (t && !NUMERIC.test(t)) {
            rowLabel = t;
            break;
        }
    }
    const column = [];
    const header = Math.min(f.cell.row, headerRows(doc, f.block));
    for (let r = 0; r < header; r++) {
        const t = b.rows[r]?.[f.cell.col]?.text.text ?? '';
        if (t && !NUMERIC.test(t) && !column.includes(t))
            column.push(t);
    }
    return { row: rowLabel, column: column[column.length - 1] ?? '', columnAll: column.join(' ') };
}
/** Source text of the sentence (or table row) a figure sits in. */
export function sourceSentence(doc, f) {
    const b = doc.blocks[f.block];
    if (!b)
        return '';
    if (b.kind === 'table') {
        const row = f.cell ? b.rows[f.cell.row] : undefined;
        return (row ?? []).map((c) => c.text.source.trim()).filter(Boolean).join(' | ');
    }
    const s = sentenceAt(b.text.text, f.start, f.end);
    return sourceSpan(b.text, s.start, Math.min(b.text.text.length, s.end + 1)).trim();
}
/** Evidence for a finding over several figures: each sentence or table row once, in document order. */
export function evidenceFor(doc, figures) {
    const sorted = [...figures].sort((a, b) => a.block - b.block || (a.cell?.row ?? -1) - (b.cell?.row ?? -1) || a.start - b.start);
    const parts = [];
    for (const f of sorted) {
        const s = sourceSentence(doc, f);
        if (s && !parts.includes(s))
            parts.push(s);
    }
    return parts.join(' …… ');
}
