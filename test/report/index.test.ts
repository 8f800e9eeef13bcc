// Writing the report folder: whole or not at all, assets from node_modules, a page per
// document and a forwarding page per finding.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/index.ts';
import { sampleDocument } from './sample.ts';

const docs = [sampleDocument('a.txt'), sampleDocument('b.txt')];

describe('writeReport', () => {
  it('writes the overview, a page per document, a forwarding page per finding and the assets', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-report-'));
    await writeReport(dir, docs);
    const report = path.join(dir, 'report');
    expect(readdirSync(dir)).toEqual(['report']);
    expect(readdirSync(report).sort()).toEqual(['assets', 'docs', 'index.html', 'to']);
    expect(readdirSync(path.join(report, 'docs'))).toEqual(['d0001.html', 'd0002.html']);
    expect(readdirSync(path.join(report, 'to'))).toEqual(['d0001-c0001.html', 'd0002-c0001.html']);
    expect(readFileSync(path.join(report, 'to', 'd0002-c0001.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=../docs/d0002.html#c0001">');
    const echarts = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
    expect(readFileSync(path.join(report, 'assets', 'echarts.min.js')).equals(readFileSync(echarts))).toBe(true);
    expect(readdirSync(path.join(report, 'assets')).sort()).toEqual(['document.js', 'echarts.min.js', 'overview.js', 'report.css']);
  });

  it('replaces an older report whole: pages of documents no longer in the batch go', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-report-'));
    await writeReport(dir, docs);
    await writeReport(dir, docs.slice(0, 1));
    expect(readdirSync(path.join(dir, 'report', 'docs'))).toEqual(['d0001.html']);
    expect(readdirSync(dir)).toEqual(['report']);
  });

  it('leaves the older report and no temporary folder when writing fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-report-'));
    await writeReport(dir, docs);
    const before = readFileSync(path.join(dir, 'report', 'index.html'));
    // A document whose rows break the page builder half way through.
    const broken = { ...sampleDocument('c.txt'), findings: null as unknown as [] };
    await expect(writeReport(dir, [...docs, broken])).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['report']);
    expect(readFileSync(path.join(dir, 'report', 'index.html')).equals(before)).toBe(true);
  });

  it('writes a report where there was none, and in place of a stray file of its name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-report-'));
    mkdirSync(path.join(dir, 'sub'));
    await writeReport(path.join(dir, 'sub'), docs);
    expect(existsSync(path.join(dir, 'sub', 'report', 'index.html'))).toBe(true);
    const stray = path.join(dir, 'stray');
    mkdirSync(stray);
    writeFileSync(path.join(stray, 'report'), 'a file, not a folder');
    await writeReport(stray, docs);
    expect(readdirSync(stray)).toEqual(['report']);
    expect(existsSync(path.join(stray, 'report', 'index.html'))).toBe(true);
  });
});
