/** Share of the page height, from the top or the bottom, where headers and footers live. */
const BAND = 0.13;
/** At most this many lines at each edge can be header or footer. */
const DEPTH = 3;
const PAGE_NUMBER = [
    /^[-－—–~·•]?\d{1,4}[-－—–~·•]?$/,
    /^第\d{1,4}页([，,/]?共\d{1,4}页)?$/,
    /^\d{1,4}\/\d{1,4}$/,
    /^(page)?\d{1,4}(of\d{1,4})?$/i,
    /^共\d{1,4}页第\d{1,4}页$/,
];
export function isPageNumber(text) {
    const t = text.replace(/\s/g, '');
    return PAGE_NUMBER.some((re) => re.test(t));
}
/** The text of a line with digits and spaces folded away, so `第2页` and `第3页` agree. */
const shape = (text) => text.replace(/\s/g, '').replace(/\d+/g, '#');
/** Lines at the top edge (outermost first) and at the bottom edge (outermost first). */
function edges(page) {
    const top = page.lines.filter((l) => l.y < page.height * BAND).slice(0, DEPTH);
    const bottom = page.lines
        .filter((l) => l.y > page.height * (1 - BAND))
        .slice(-DEPTH)
        .reverse();
    return { top, bottom };
}
/** Removes headers, footers and page numbers from every page, in place. */
export function stripPageChrome(pages) {
    const textPages = pages.filter((p) => p.lines.length > 0).length;
    const edgeLines = pages.map(edges);
    // A running header or footer sits at the same height on every page it is on.
    const repeated = (where, l) => {
        const key = shape(l.text);
        const n = edgeLines.filter((e) => e[where].some((o) => Math.abs(o.y - l.y) <= 2 && shape(o.text) === key)).length;
        return n >= 2 && n >= 0.4 * textPages;
    };
    pages.forEach((page, i) => {
        const { top, bottom } = edgeLines[i];
        const drop = new Set();
        // Walk inwards from each edge and stop at the first line that is body text.
        for (const l of top) {
            if (!isPageNumber(l.text) && !repeated('top', l))
                break;
            drop.add(l);
        }
        for (const l of bottom) {
            if (!isPageNumber(l.text) && !repeated('bottom', l))
                break;
            drop.add(l);
        }
        page.lines = page.lines.filter((l) => !drop.has(l));
    });
}
