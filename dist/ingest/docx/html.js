import { isElement, parseXml } from "./xml.js";
const BLOCK_TAGS = new Set([
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ol', 'ul', 'table', 'div', 'blockquote', 'pre',
    'body', 'html', 'center', 'section', 'article', 'dl', 'dt', 'dd', 'caption',
]);
/** Elements whose content is not document text (in web pages saved from Word, not in mammoth's output). */
const SKIPPED = new Set(['head', 'style', 'script', 'title', 'xml', 'noscript', 'template']);
const HEADING = /^h([1-6])$/;
/** Class that the docx reader's style map gives to table-of-contents paragraphs. */
export const TOC_CLASS = 'gouji-toc';
export function htmlToBlocks(html, options = {}) {
    const root = parseXml(html, options);
    const counter = { images: 0, tocLines: 0 };
    const items = itemsOf(root, counter);
    const blocks = items.map((item) => item.kind === 'table'
        ? { kind: 'table', rows: item.rows, page: null }
        : item.headingLevel !== undefined
            ? { kind: 'paragraph', text: item.text, page: null, headingLevel: item.headingLevel }
            : { kind: 'paragraph', text: item.text, page: null });
    return { blocks, images: counter.images, tocLines: counter.tocLines };
}
/** The blocks inside a container, in order: inline runs between block children form paragraphs. */
function itemsOf(container, counter) {
    const items = [];
    let lines = [''];
    const flush = () => {
        for (const line of lines)
            pushParagraph(items, line);
        lines = [''];
    };
    for (const node of container.children) {
        if (isElement(node) && SKIPPED.has(node.name))
            continue;
        if (isElement(node) && BLOCK_TAGS.has(node.name)) {
            flush();
            items.push(...blockItems(node, counter));
        }
        else {
            appendInline(node, lines, counter);
        }
    }
    flush();
    return items;
}
function blockItems(element, counter) {
    const heading = HEADING.exec(element.name);
    if (heading) {
        // A line break inside a heading only wraps a long title: keep it one heading.
        const lines = [''];
        for (const node of element.children)
            appendInline(node, lines, counter);
        const text = trim(lines.join(''));
        return text ? [{ kind: 'paragraph', text, headingLevel: Number(heading[1]) }] : [];
    }
    if (element.name === 'table')
        return tableItems(element, counter);
    if (element.name === 'p' && element.attrs.class === TOC_CLASS) {
        counter.tocLines++;
        return [];
    }
    // p, li, lists and stray wrappers: paragraphs split at line breaks, nested blocks in order.
    return itemsOf(element, counter);
}
function appendInline(node, lines, counter) {
    if (!isElement(node)) {
        lines[lines.length - 1] += node;
        return;
    }
    if (node.name === 'br') {
        lines.push('');
        return;
    }
    if (node.name === 'img') {
        counter.images++;
        return;
    }
    if ((node.name === 'a' && isNoteLink(node)) || SKIPPED.has(node.name))
        return;
    for (const inner of node.children)
        appendInline(inner, lines, counter);
}
/** Footnote and endnote markers (`[1]`) and their back-links (`↑`) are not text. */
function isNoteLink(a) {
    const href = a.attrs.href ?? '';
    const id = a.attrs.id ?? '';
    // mammoth: #footnote-1 / footnote-ref-1; Word's web pages: #_ftn1 / #_ftnref1 (endnotes _edn).
    return /^#(footnote|endnote)-/.test(href) || /^(footnote|endnote)-ref-/.test(id) || /^#_(ftn|edn)(ref)?\d/.test(href);
}
function pushParagraph(items, raw) {
    const text = trim(raw);
    if (text)
        items.push({ kind: 'paragraph', text });
}
/** Rows of cell texts on the table's grid: a merged cell gives its text to its first position only. */
function tableItems(table, counter) {
    const trs = [];
    const collectRows = (element) => {
        for (const node of element.children) {
            if (!isElement(node))
                continue;
            if (node.name === 'tr')
                trs.push(node);
            else if (node.name === 'thead' || node.name === 'tbody' || node.name === 'tfoot')
                collectRows(node);
        }
    };
    collectRows(table);
    const cellsOf = (tr) => tr.children.filter((td) => isElement(td) && (td.name === 'td' || td.name === 'th'));
    // A table of one cell is page layout (a frame around the text), not data.
    const allCells = trs.flatMap(cellsOf);
    if (allCells.length === 1)
        return itemsOf(allCells[0], counter);
    const grid = trs.map(() => []);
    trs.forEach((tr, r) => {
        let c = 0;
        for (const td of cellsOf(tr)) {
            while (grid[r][c] !== undefined)
                c++;
            const colspan = span(td.attrs.colspan);
            const rowspan = Math.min(span(td.attrs.rowspan), trs.length - r);
            const text = cellText(td, counter);
            for (let dr = 0; dr < rowspan; dr++) {
                for (let dc = 0; dc < colspan; dc++)
                    grid[r + dr][c + dc] = dr === 0 && dc === 0 ? text : '';
            }
            c += colspan;
        }
    });
    const width = Math.max(0, ...grid.map((row) => row.length));
    const rows = grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
    if (!rows.some((row) => row.some((cell) => cell !== '')))
        return [];
    return [{ kind: 'table', rows }];
}
function cellText(td, counter) {
    const parts = itemsOf(td, counter).map((item) => item.kind === 'paragraph' ? item.text : item.rows.map((row) => row.join('\t')).join('\n'));
    return parts.join('\n');
}
function span(value) {
    const n = value === undefined ? 1 : parseInt(value, 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
/** Trims white space at both ends, including the ideographic space used for indentation. */
export function trim(text) {
    return text.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}
