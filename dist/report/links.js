/** The report folder inside the output folder. */
export const REPORT_DIR = 'report';
/**
 * Document pages are numbered in summary order (d0001.html …): file names of the
 * submissions may hold any character, a number is safe on every file system and in every URL.
 */
export function documentPages(summary) {
    return new Map(summary.map((row, i) => [row.file, documentPageAt(i, summary.length)]));
}
/** The page of the document at `index` (summary order) of a batch of `total`. */
export function documentPageAt(index, total) {
    const width = Math.max(4, String(total).length);
    return `docs/d${String(index + 1).padStart(width, '0')}.html`;
}
/**
 * A small page per finding that forwards to the finding on its document page. Spreadsheets
 * open links through the operating system, which drops a `#fragment` from a file link
 * (Windows does); a page of its own keeps the link landing on the finding.
 */
export function findingLinkPage(documentPage, findingId) {
    const name = documentPage.replace(/^docs\//, '').replace(/\.html$/, '');
    return `to/${name}-${findingId}.html`;
}
