// The pipeline on one file: rows of every dataset, evidence and flags traced
// back to the text, and bad input turned into a summary row.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../src/run.ts';
import type { FileRows } from '../src/rows.ts';

const SEED = path.resolve(import.meta.dirname, 'fixtures/seed/seed.txt');

describe('analyzeFile on the reference report', () => {
  let rows: FileRows;
  beforeAll(async () => {
    rows = await analyzeFile(SEED, 'seed.txt');
  });

  it('fills the summary row', () => {
    expect(rows.summary).toMatchObject({ file: 'seed.txt', format: 'txt', status: 'ok', error: null, sections: 39 });
    expect(rows.summary.figures).toBe(rows.figures.length);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of rows.findings) counts[f.severity]++;
    expect(rows.summary.findings).toEqual(counts);
  });

  it('gives each figure its section path and money in 万元', () => {
    const income = rows.figures.find((f) => f.raw === '346.38万元')!;
    expect(income).toMatchObject({ kind: 'amount', value: 346.38, unit: '万元', amount_wan: 346.38 });
    expect(income.section).toBe('一、部门基本情况 > （四）部门整体支出情况（以决算数为统计口径）');
    expect(rows.figures.map((f) => f.id)).toEqual(rows.figures.map((_, i) => `f${String(i + 1).padStart(4, '0')}`));
  });

  it('traces every finding to its place and every flagged figure back to its findings', () => {
    expect(rows.findings.length).toBeGreaterThan(0);
    for (const f of rows.findings) {
      expect(f.id).toMatch(/^c\d{4}$/);
      expect(f.message.length).toBeGreaterThan(4);
      for (const id of f.figures) expect(rows.figures.find((x) => x.id === id)!.flagged).toContain(f.id);
    }
    for (const fig of rows.figures) for (const id of fig.flagged) expect(rows.findings.find((f) => f.id === id)!.figures).toContain(fig.id);
    // The duplicated （4） is found, with its heading as evidence.
    const dup = rows.findings.find((f) => f.rule === 'heading-numbering' && f.evidence.includes('（4）资产管理'));
    expect(dup).toBeDefined();
    expect(dup!.section).toContain('（4）资产管理');
  });

  it('finds no arithmetic error in the reference report', () => {
    expect(rows.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('analyzeFile on bad input', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gouji-run-'));

  it('turns an unreadable file into a failed row with the reason', async () => {
    const file = path.join(dir, '坏.docx');
    writeFileSync(file, 'not a zip at all');
    const rows = await analyzeFile(file, '坏.docx');
    expect(rows.summary).toMatchObject({ file: '坏.docx', format: 'docx', status: 'failed', sections: 0, figures: 0 });
    expect(rows.summary.error).toMatch(/\S{4,}/);
    expect([rows.figures, rows.sections, rows.findings]).toEqual([[], [], []]);
  });

  it('names an unsupported format', async () => {
    const file = path.join(dir, '表.xlsx');
    writeFileSync(file, 'PK');
    const rows = await analyzeFile(file, '表.xlsx');
    expect(rows.summary.status).toBe('failed');
    expect(rows.summary.error).toContain('xlsx');
  });
});

// Case 4 of issue 12: a 60 MB text file is read in bounded memory and refused with its reason.
describe('analyzeFile on a 60 MB text file', () => {
  it('reads it, and refuses to analyse more text than a report holds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-run-big-'));
    const file = path.join(dir, '大文本.txt');
    const seed = readFileSync(SEED);
    writeFileSync(file, Buffer.concat(Array<Buffer>(Math.ceil((60 * 1024 * 1024) / seed.length)).fill(seed)));
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const rows = await analyzeFile(file, '大文本.txt');
    expect(rows.summary.status).toBe('failed');
    expect(rows.summary.error).toMatch(/^正文约 \d+ 万字，超过分析上限 100 万字（一份报告通常不到 20 万字），未分析$/);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(1024 * 1024 * 1024);
    rmSync(dir, { recursive: true, force: true });
  });
});
