// The review report in a real browser: headless Chromium from Debian, driven by
// puppeteer-core, on the report gouji wrote for the small batch (batch-setup.ts).
// Screenshots are kept in out/test-artifacts/ for people to look at.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FindingRow, SummaryRow } from '../../src/outputs/datasets.ts';
import { documentPages, findingLinkPage } from '../../src/report/links.ts';
import { ARTIFACTS, readJsonl } from './batch-setup.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = inject('reviewOut');
const report = path.join(out, 'report');
const summary = readJsonl<SummaryRow>(out, 'summary');
const findings = readJsonl<FindingRow>(out, 'findings');
const pages = documentPages(summary);
const url = (rel: string): string => pathToFileURL(path.join(report, rel)).href;

/** The colours overview.js gives a bar: usual, and outlier. */
const BAR = '#5b8ff9';
const OUTLIER_BAR = '#c62828';
/** The background of a figure a link has landed on (report.css, `mark.fig:target`). */
const LANDED = 'rgb(255, 224, 102)';

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}（Debian：apt-get install -y chromium；或设 CHROMIUM_PATH）`);
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** A page that records console errors, script errors, failed loads and any request off the disk. */
async function open(target: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (/^(file|data|blob|about):/.test(r.url())) return void r.continue();
    problems.push(`network: ${r.url()}`);
    void r.abort();
  });
  await page.goto(target, { waitUntil: 'load' });
  return { page, problems };
}

/** Whether the element lies inside the viewport (at least partly, and its top on screen). */
const inView = (page: Page, selector: string): Promise<boolean> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top >= 0 && r.top < window.innerHeight && r.left >= 0 && r.left < window.innerWidth;
  });

/** The data-sort values of one column over the rows shown. */
const columnValues = (page: Page, col: number): Promise<string[]> =>
  page.$$eval(`#departments tbody tr:not([hidden]) td:nth-child(${col + 1})`, (cells) => cells.map((c) => c.getAttribute('data-sort') ?? ''));

const shownFiles = (page: Page): Promise<string[]> =>
  page.$$eval('#departments tbody tr:not([hidden]) td:first-child .file', (cells) => cells.map((c) => c.textContent ?? ''));

describe('the overview page', () => {
  let page: Page;
  let problems: string[];
  beforeAll(async () => {
    ({ page, problems } = await open(url('index.html')));
    await page.screenshot({ path: path.join(ARTIFACTS, 'overview.png') });
    await page.$eval('#charts', (c) => c.scrollIntoView());
    await page.screenshot({ path: path.join(ARTIFACTS, 'overview-charts.png') });
    await page.$eval('body', (b) => b.scrollIntoView());
  }, 60_000);

  it('renders with no console error and nothing loaded from the network', async () => {
    expect(problems).toEqual([]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('勾稽审核报告');
    expect(await page.$$eval('#departments tbody tr', (rows) => rows.length)).toBe(summary.length);
    const total = (id: string): Promise<string> => page.$eval(`#${id} tr.total td`, (td) => td.textContent ?? '');
    expect(await total('by-status')).toBe(String(summary.length));
    expect(await total('by-severity')).toBe(String(findings.length));
  });

  it('draws each chart: one bar per document that states the metric, outliers in red', async () => {
    const charts = JSON.parse(await page.$eval('#chart-data', (s) => s.textContent ?? '[]')) as { metric: string; points: { outlier: boolean }[] }[];
    expect(charts.map((c) => c.metric)).toContain('execution_rate');
    for (const c of charts) {
      const fills = await page.$$eval(`#chart-${c.metric} svg path`, (paths) => paths.map((p) => p.getAttribute('fill')));
      const box = await page.$eval(`#chart-${c.metric} svg`, (svg) => svg.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.width * box.height).toBeGreaterThan(0);
      expect(fills.filter((f) => f === BAR).length, c.metric).toBe(c.points.filter((p) => !p.outlier).length);
      expect(fills.filter((f) => f === OUTLIER_BAR).length, c.metric).toBe(c.points.filter((p) => p.outlier).length);
      const stated = summary.filter((s) => (s.metrics as Record<string, number | null>)[c.metric] !== null);
      expect(c.points.length).toBe(stated.length);
    }
  });

  it('sorts the departments table by a column, both ways, empty cells last', async () => {
    const header = await page.$$eval('#departments thead th', (ths) => ths.map((th) => th.textContent));
    const errors = header.indexOf('错误');
    await page.click(`#departments th[data-col="${errors}"]`);
    const up = (await columnValues(page, errors)).map(Number);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.click(`#departments th[data-col="${errors}"]`);
    const down = (await columnValues(page, errors)).map(Number);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBe(Math.max(...summary.map((s) => s.findings.error)));

    const rate = header.indexOf('预算执行率(%)');
    await page.click(`#departments th[data-col="${rate}"]`);
    const values = await columnValues(page, rate);
    const stated = values.filter((v) => v !== '');
    expect(stated.length).toBe(summary.filter((s) => s.metrics.execution_rate !== null).length);
    expect(values.slice(0, stated.length)).toEqual(stated);
    expect(stated.map(Number)).toEqual(stated.map(Number).sort((a, b) => a - b));
  });

  it('filters the departments table by words, status, rule and errors', async () => {
    await page.type('#filter-text', '审计局');
    expect(await shownFiles(page)).toEqual(summary.filter((s) => s.file.includes('审计局')).map((s) => s.file));
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe(`显示 1 / ${summary.length} 个文件`);
    await page.$eval('#filter-text', (i) => ((i as HTMLInputElement).value = ''));
    await page.select('#filter-status', 'needs_ocr');
    expect(await shownFiles(page)).toEqual(summary.filter((s) => s.status === 'needs_ocr').map((s) => s.file));
    await page.select('#filter-status', '');
    await page.select('#filter-rule', 'total-parts');
    const withRule = [...new Set(findings.filter((f) => f.rule === 'total-parts').map((f) => f.file))];
    expect(withRule.length).toBeGreaterThan(0);
    expect((await shownFiles(page)).sort()).toEqual(withRule.sort());
    await page.select('#filter-rule', '');
    await page.click('#filter-errors');
    expect((await shownFiles(page)).sort()).toEqual(summary.filter((s) => s.findings.error > 0).map((s) => s.file).sort());
  });
});

describe('a document page', () => {
  const pdf = summary.find((s) => s.format === 'pdf' && s.findings.error > 0)!;

  it("lands a finding's figure link on the figure in the text, highlighted and in view", async () => {
    const { page, problems } = await open(url('index.html'));
    await Promise.all([page.waitForNavigation(), page.click(`#departments a[href="${pages.get(pdf.file)}"]`)]);
    expect(page.url()).toBe(url(pages.get(pdf.file)!));
    const finding = findings.find((f) => f.file === pdf.file && f.severity === 'error' && f.figures.length)!;
    const figure = finding.figures[0]!;
    // The finding says where it is: the PDF page.
    expect(finding.page).not.toBeNull();
    expect(await page.$eval(`#${finding.id} .where`, (p) => p.textContent)).toContain(`第${finding.page}页`);
    await page.click(`#${finding.id} table.figs a[href="#${figure}"]`);
    await page.waitForFunction((id) => location.hash === `#${id}`, {}, figure);
    expect(await page.$eval(`mark#${figure}`, (m) => m.matches(':target'))).toBe(true);
    expect(await page.$eval(`mark#${figure}`, (m) => getComputedStyle(m).backgroundColor)).toBe(LANDED);
    expect(await inView(page, `mark#${figure}`)).toBe(true);
    // And back: the figure links to the finding.
    expect(await page.$$eval(`mark#${figure} ~ a.back`, (as) => as.map((a) => a.getAttribute('href')))).toContain(`#${finding.id}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'document.png') });
    expect(problems).toEqual([]);
  });

  it("lands a spreadsheet link on its finding, the figures highlighted in its evidence and in the text, in every document", async () => {
    const { page, problems } = await open(url('index.html'));
    // One finding with figures per document; the workbook test follows every link to its finding's page.
    const withFigures = summary.flatMap((s) => findings.find((f) => f.file === s.file && f.figures.length) ?? []);
    expect(withFigures.length).toBeGreaterThan(4);
    for (const f of withFigures) {
      const docPage = pages.get(f.file)!;
      await page.goto(url(findingLinkPage(docPage, f.id)));
      await page.waitForFunction((id) => location.hash === `#${id}` && document.getElementById(id) !== null, {}, f.id);
      expect(page.url()).toBe(`${url(docPage)}#${f.id}`);
      expect(await inView(page, `#${f.id}`), f.id).toBe(true);
      const hits = await page.$$eval(`#${f.id} .excerpt a.fig.hit`, (as) => as.map((a) => a.getAttribute('href')));
      expect(hits.length, f.id).toBeGreaterThan(0);
      for (const id of f.figures) {
        expect(await page.$eval(`mark#${id}`, (m) => m.classList.contains('active')), `${f.id} ${id}`).toBe(true);
      }
      if (f.file === pdf.file) await page.screenshot({ path: path.join(ARTIFACTS, 'finding.png') });
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows hostile document text as text and runs none of it', async () => {
    const hostile = summary.find((s) => s.file.includes('青禾县'))!;
    const { page, problems } = await open(url(pages.get(hostile.file)!));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const text = await page.$eval('#text', (t) => t.textContent ?? '');
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=2">');
    expect(text).toContain('=HYPERLINK("http://evil.example","点我")');
    expect(await page.$$eval('img, #text script', (els) => els.length)).toBe(0);
    expect(problems).toEqual([]);
  });
});
