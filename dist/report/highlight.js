import { esc } from "./html.js";
/** The tooltip of a figure: what it measures as read by the analysis. */
export function figureTitle(f) {
    if (!f)
        return '';
    const meaning = [f.object, f.measure, f.period].filter(Boolean).join(' · ');
    return [f.id, f.label ?? '（无标签）', meaning, f.metric ? `指标 ${f.metric}` : ''].filter(Boolean).join(' ｜ ');
}
/** Most severe first: a figure involved in several findings is coloured by the worst. */
const SEVERITIES = ['error', 'warning', 'info'];
function markHtml(text, mark, figure, style) {
    if (mark.figure === '')
        return `<mark class="words hit">${esc(text)}</mark>`;
    const flagged = figure?.flagged ?? [];
    const classes = ['fig'];
    if (flagged.length)
        classes.push('flagged');
    if (style.hits?.has(mark.figure))
        classes.push('hit');
    const worst = SEVERITIES.find((s) => flagged.some((id) => style.findingSeverity?.get(id) === s));
    if (worst)
        classes.push(`sev-${worst}`);
    const title = esc(figureTitle(figure));
    if (!style.anchor) {
        return `<a class="${classes.join(' ')}" href="#${esc(mark.figure)}" title="${title}">${esc(text)}</a>`;
    }
    const back = flagged.map((id) => `<a class="back" href="#${esc(id)}" title="查看问题 ${esc(id)}">${esc(id)}</a>`).join('');
    return `<mark id="${esc(mark.figure)}" class="${classes.join(' ')}" title="${title}">${esc(text)}</mark>${back}`;
}
/**
 * The text with each occurrence of `words` marked as well (as a mark of no figure): the printed
 * value of a finding that names no figure, such as a stray year or a template leftover.
 */
export function withWords(t, words) {
    const found = [];
    for (let at = t.text.indexOf(words); words && at >= 0; at = t.text.indexOf(words, at + words.length)) {
        if (!t.marks.some((m) => m.start < at + words.length && at < m.end))
            found.push({ figure: '', start: at, end: at + words.length });
    }
    return found.length ? { text: t.text, marks: [...t.marks, ...found].sort((a, b) => a.start - b.start) } : t;
}
/** HTML of `text` (or of its slice [from, to)) with its figures marked. Overlapping marks keep the first. */
export function highlight(t, figures, style, from = 0, to = t.text.length) {
    let out = '';
    let at = from;
    for (const m of t.marks) {
        if (m.start < at || m.end > to || m.start >= m.end)
            continue;
        out += esc(t.text.slice(at, m.start));
        out += markHtml(t.text.slice(m.start, m.end), m, figures.get(m.figure), style);
        at = m.end;
    }
    return out + esc(t.text.slice(at, to));
}
