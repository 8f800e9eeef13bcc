// Writes the review report (DIR/report/): the overview, one page per document,
// a forwarding page per finding for spreadsheet links, and the assets (styles,
// scripts, ECharts copied from node_modules, so nothing comes from the network).
//
// The report is many files, so it is written whole or not at all as a folder: built
// under a temporary name beside the old one, then swapped in by renames. A killed run
// leaves the old report (or the new), plus at most a dot-named leftover.
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { metricCharts } from "./charts.js";
import { documentPage } from "./document-page.js";
import { esc } from "./html.js";
import { documentPages, findingLinkPage, REPORT_DIR } from "./links.js";
import { overviewPage } from "./overview.js";
const ASSETS = path.join(import.meta.dirname, 'assets');
const OWN_ASSETS = ['report.css', 'overview.js', 'document.js'];
const ECHARTS = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
/** A page that forwards at once to a finding on its document page. */
function forwardPage(target, findingId) {
    const url = esc(target);
    return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${url}"><title>问题 ${esc(findingId)}</title></head>
<body><p><a href="${url}">打开问题 ${esc(findingId)}</a></p></body></html>
`;
}
/** Every file of the report, relative to the report folder, with its content. */
function* reportFiles(documents) {
    const summary = documents.map((d) => d.summary);
    const pages = documentPages(summary);
    yield ['index.html', overviewPage({ summary, findings: documents.flatMap((d) => d.findings), pages, charts: metricCharts(summary, pages) })];
    for (const doc of documents) {
        const page = pages.get(doc.summary.file);
        yield [page, documentPage(doc, '../')];
        for (const f of doc.findings)
            yield [findingLinkPage(page, f.id), forwardPage(`../${page}#${f.id}`, f.id)];
    }
}
/** Writes DIR/report/ for the analysed documents, in summary order. */
export async function writeReport(dir, documents) {
    const final = path.join(dir, REPORT_DIR);
    const temp = path.join(dir, `.${REPORT_DIR}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        await mkdir(path.join(temp, 'assets'), { recursive: true });
        await mkdir(path.join(temp, 'docs'));
        await mkdir(path.join(temp, 'to'));
        await copyFile(ECHARTS, path.join(temp, 'assets', 'echarts.min.js'));
        for (const name of OWN_ASSETS)
            await writeFile(path.join(temp, 'assets', name), await readFile(path.join(ASSETS, name)));
        // No fsync per file: the folder becomes visible only by the rename below, after every write finished.
        for (const [name, html] of reportFiles(documents))
            await writeFile(path.join(temp, name), html);
        await swapIn(temp, final);
    }
    catch (e) {
        await rm(temp, { recursive: true, force: true });
        throw e;
    }
}
/** Puts the folder `temp` at `final`, replacing what was there. */
async function swapIn(temp, final) {
    const old = `${temp}.old`;
    const hadOld = await rename(final, old).then(() => true, (e) => {
        if (e.code === 'ENOENT')
            return false;
        throw e;
    });
    await rename(temp, final);
    if (hadOld)
        await rm(old, { recursive: true, force: true });
}
