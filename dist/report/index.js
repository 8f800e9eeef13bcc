// Writes the review report (DIR/report/): the overview, one page per document,
// a forwarding page per finding for spreadsheet links, and the assets (styles,
// scripts, ECharts copied from node_modules, so nothing comes from the network).
//
// The report is many files, so it is written whole or not at all as a folder: built
// under a temporary name beside the old one (document by document as the run goes, see
// ReportWriter), then swapped in by renames. A killed run
// leaves the old report (or the new), plus at most a dot-named leftover.
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { recordOf } from "../record.js";
import { metricCharts } from "./charts.js";
import { withBatchFindings } from "./document-page.js";
import { esc } from "./html.js";
import { documentPageAt, documentPages, findingLinkPage, REPORT_DIR } from "./links.js";
import { overviewPage } from "./overview.js";
// The sources' assets, from src/report/ and from dist/report/ alike (both two folders below the root).
const ASSETS = path.resolve(import.meta.dirname, '..', '..', 'src', 'report', 'assets');
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
/**
 * The report of a streaming run, built in a temporary folder beside the old one: each
 * document's page (made by the worker, record.ts) is written as the file's record is handed
 * on; the overview, which needs the whole batch's summary, at the end; then the folder is
 * swapped in. What it keeps meanwhile is a few words per finding for the overview.
 */
export class ReportWriter {
    final;
    temp;
    total;
    findings = [];
    constructor(final, temp, total) {
        this.final = final;
        this.temp = temp;
        this.total = total;
    }
    /** Starts the report of `total` documents in `dir`/report/. */
    static async open(dir, total) {
        const final = path.join(dir, REPORT_DIR);
        const temp = path.join(dir, `.${REPORT_DIR}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
        try {
            await mkdir(path.join(temp, 'assets'), { recursive: true });
            await mkdir(path.join(temp, 'docs'));
            await mkdir(path.join(temp, 'to'));
            await copyFile(ECHARTS, path.join(temp, 'assets', 'echarts.min.js'));
            for (const name of OWN_ASSETS)
                await writeFile(path.join(temp, 'assets', name), await readFile(path.join(ASSETS, name)));
        }
        catch (e) {
            await rm(temp, { recursive: true, force: true });
            throw e;
        }
        return new ReportWriter(final, temp, total);
    }
    /** Writes the page of the document at `index` (input order) and a forwarding page per finding. */
    async add(index, record) {
        const page = documentPageAt(index, this.total);
        // No fsync per file: the folder becomes visible only by the rename in finish(), after every write finished.
        await writeFile(path.join(this.temp, page), record.page);
        for (const f of record.findings) {
            await writeFile(path.join(this.temp, findingLinkPage(page, f.id)), forwardPage(`../${page}#${f.id}`, f.id));
            this.findings.push({ file: record.summary.file, rule: f.rule, severity: f.severity });
        }
    }
    /**
     * Writes the overview of the batch (`summary` in input order, the counts of the batch stage's
     * findings included), adds the batch stage's findings to their documents' pages, and puts
     * the report in place of the old one.
     */
    async finish(summary, batchFindings) {
        const pages = documentPages(summary);
        const byFile = new Map();
        for (const f of batchFindings)
            (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)).push(f);
        for (const [file, findings] of byFile) {
            const page = pages.get(file);
            if (!page)
                continue;
            const html = await readFile(path.join(this.temp, page), 'utf8');
            await writeFile(path.join(this.temp, page), withBatchFindings(html, findings));
            for (const f of findings)
                await writeFile(path.join(this.temp, findingLinkPage(page, f.id)), forwardPage(`../${page}#${f.id}`, f.id));
        }
        const findings = [...this.findings, ...batchFindings];
        await writeFile(path.join(this.temp, 'index.html'), overviewPage({ summary, findings, pages, charts: metricCharts(summary, pages) }));
        await swapIn(this.temp, this.final);
    }
    /** Deletes the unfinished report: the old one stays. */
    async discard() {
        await rm(this.temp, { recursive: true, force: true });
    }
}
/** Writes DIR/report/ for the analysed documents, in summary order (a batch small enough to hold). */
export async function writeReport(dir, documents) {
    const report = await ReportWriter.open(dir, documents.length);
    try {
        for (const [i, doc] of documents.entries())
            await report.add(i, recordOf(doc));
        await report.finish(documents.map((d) => d.summary), []);
    }
    catch (e) {
        await report.discard();
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
