import { sourceSpan } from "../normalize.js";
import { sentenceAt } from "../text.js";
import { orderFindings } from "../rows.js";
/** Source offsets of the normalised span [start, end). */
function sourceRange(t, start, end) {
    const from = t.map[Math.min(start, t.text.length)];
    return { start: from, end: from + sourceSpan(t, start, end).length };
}
function markOf(t, f) {
    return { figure: f.id, ...sourceRange(t, f.start, f.end) };
}
/** The sentence (。；！？) around a normalised span, as a place in source offsets. */
function sentencePlace(block, t, start, end) {
    const s = sentenceAt(t.text, start, end);
    // Keep the closing mark with its sentence, as printed.
    return { block, kind: 'sentence', ...sourceRange(t, s.start, Math.min(t.text.length, s.end + 1)) };
}
function placeOf(doc, at) {
    const b = doc.blocks[at.block];
    if (!b)
        return null;
    if (b.kind === 'table')
        return { block: at.block, kind: 'row', row: at.cell?.row ?? 0 };
    if (at.start === undefined)
        return { block: at.block, kind: 'sentence', start: 0, end: b.text.source.length };
    return sentencePlace(at.block, b.text, at.start, at.end ?? at.start);
}
const samePlace = (a, b) => a.block === b.block && (a.kind === 'row' ? b.kind === 'row' && a.row === b.row : b.kind === 'sentence' && a.start === b.start);
const placeOrder = (a, b) => a.block - b.block || (a.kind === 'row' ? a.row : a.start) - (b.kind === 'row' ? b.row : b.start);
/** The places of a finding: the sentence or row of each of its figures, else its own position. */
function findingPlaces(doc, finding, byId) {
    const places = [];
    const add = (p) => {
        if (p && !places.some((q) => samePlace(p, q)))
            places.push(p);
    };
    for (const id of finding.figures) {
        const f = byId.get(id);
        if (f)
            add(placeOf(doc, f));
    }
    if (!places.length && finding.block !== null)
        add(placeOf(doc, { ...finding, block: finding.block }));
    return places.sort(placeOrder);
}
/**
 * The view of an analysed document. `findings` are the findings as the rules gave them and
 * `rows` their dataset rows: rows.ts orders findings once, and the same order pairs them here.
 */
export function documentView(doc, findings, rows) {
    const headingOf = new Map(doc.sections.map((s, i) => [s.block, i]));
    const marksAt = new Map();
    for (const f of doc.figures) {
        const b = doc.blocks[f.block];
        const t = b?.kind === 'table' ? (f.cell ? b.rows[f.cell.row]?.[f.cell.col]?.text : undefined) : b?.text;
        if (!t)
            continue;
        const key = f.cell ? `${f.block}:${f.cell.row}:${f.cell.col}` : `${f.block}`;
        (marksAt.get(key) ?? marksAt.set(key, []).get(key)).push(markOf(t, f));
    }
    const blocks = doc.blocks.map((b, i) => b.kind === 'paragraph'
        ? { kind: 'paragraph', page: b.page, heading: headingOf.get(i) ?? null, text: { text: b.text.source, marks: marksAt.get(`${i}`) ?? [] } }
        : {
            kind: 'table',
            page: b.page,
            rows: b.rows.map((row, r) => row.map((cell, c) => ({ text: cell.text.source, marks: marksAt.get(`${i}:${r}:${c}`) ?? [] }))),
        });
    const byId = new Map(doc.figures.map((f) => [f.id, f]));
    const places = {};
    orderFindings(findings).forEach((finding, i) => {
        const row = rows[i];
        if (row)
            places[row.id] = findingPlaces(doc, finding, byId);
    });
    return { blocks, places };
}
