// The corpus holds the mix the issue asks for: formats, departments, years, kinds, tables,
// Word auto-numbering, scans, a GBK text file, pages, and every error kind at least 3 times.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, zipEntry } from '../corpus-gen/docx-text.ts';
import { DOC_KINDS, ERROR_KINDS, TABLE_KINDS, type Truth, TruthSchema } from './truth-schema.ts';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');
const files = readdirSync(CORPUS).filter((f) => /\.(docx|doc|pdf|txt)$/.test(f)).sort();
const truth = new Map<string, Truth>(files.map((f) => [f, TruthSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, 'truth', `${f}.json`), 'utf8')))]));
const ext = (f: string) => path.extname(f).slice(1);
const bytes = (f: string) => readFileSync(path.join(CORPUS, f));
const isScan = (f: string) => truth.get(f)!.needs_ocr === true;

describe('corpus mix', () => {
  it('has at least 60 submissions besides the seed', () => {
    expect(files.filter((f) => !f.startsWith('seed-')).length).toBeGreaterThanOrEqual(60);
  });

  it('has ≥24 .docx, ≥24 text .pdf, ≥6 .doc, ≥2 .txt and ≥2 scans', () => {
    expect(files.filter((f) => ext(f) === 'docx').length).toBeGreaterThanOrEqual(24);
    expect(files.filter((f) => ext(f) === 'pdf' && !isScan(f)).length).toBeGreaterThanOrEqual(24);
    expect(files.filter((f) => ext(f) === 'doc').length).toBeGreaterThanOrEqual(6);
    expect(files.filter((f) => ext(f) === 'txt').length).toBeGreaterThanOrEqual(2);
    expect(files.filter(isScan).length).toBeGreaterThanOrEqual(2);
  });

  it('files are what their extension says', () => {
    for (const f of files) {
      const b = bytes(f);
      if (ext(f) === 'docx') expect(b.subarray(0, 2).toString('latin1'), f).toBe('PK');
      if (ext(f) === 'pdf') expect(b.subarray(0, 5).toString('latin1'), f).toBe('%PDF-');
      if (ext(f) === 'doc') expect(b.subarray(0, 4).toString('hex'), f).toBe('d0cf11e0');
    }
  });

  it('scans have no text layer (no fonts), other PDFs do', () => {
    for (const f of files.filter((x) => ext(x) === 'pdf')) {
      expect(bytes(f).includes('/Font'), f).toBe(!isScan(f));
    }
  });

  it('has a GBK-encoded .txt that is not valid UTF-8', () => {
    const gbk = files.filter((f) => ext(f) === 'txt').filter((f) => {
      const b = bytes(f);
      const utf8 = new TextDecoder('utf-8', { fatal: true });
      try {
        utf8.decode(b);
        return false;
      } catch {
        return iconv.decode(b, 'gbk').includes('部门');
      }
    });
    expect(gbk.length).toBeGreaterThanOrEqual(1);
  });

  it('covers ≥20 departments, the years 2021–2025 and all three document kinds', () => {
    const ts = [...truth.values()];
    expect(new Set(ts.map((t) => t.department)).size).toBeGreaterThanOrEqual(20);
    expect([...new Set(ts.map((t) => t.year))].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(new Set(ts.map((t) => t.doc_kind))).toEqual(new Set(DOC_KINDS));
  });

  it('documents have 2 to 10 pages', () => {
    const pages = [...truth.values()].map((t) => t.pages).filter((p): p is number => p !== undefined);
    expect(pages.length).toBeGreaterThanOrEqual(50);
    expect(Math.min(...pages)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...pages)).toBeLessThanOrEqual(10);
  });

  it('about half the documents are clean, the others carry 1–3 errors', () => {
    const ts = [...truth.values()];
    const clean = ts.filter((t) => t.clean).length;
    expect(clean / ts.length).toBeGreaterThan(0.4);
    expect(clean / ts.length).toBeLessThan(0.6);
    for (const t of ts) expect(t.errors.length, t.file).toBeLessThanOrEqual(3);
  });

  it('has every error kind at least 3 times', () => {
    const count = new Map<string, number>();
    for (const t of truth.values()) for (const e of t.errors) count.set(e.kind, (count.get(e.kind) ?? 0) + 1);
    for (const k of ERROR_KINDS) expect(count.get(k) ?? 0, k).toBeGreaterThanOrEqual(3);
  });

  it('has ≥6 .docx whose headings use Word auto-numbering (chineseCounting)', () => {
    const auto = files.filter((f) => ext(f) === 'docx').filter((f) => {
      const b = bytes(f);
      const numbering = zipEntry(b, 'word/numbering.xml')?.toString('utf8') ?? '';
      return numbering.includes('w:val="chineseCounting"') && docxParagraphs(b).some((p) => p.numbered);
    });
    expect(auto.length).toBeGreaterThanOrEqual(6);
  });

  it('has ≥20 documents with real tables, each kind in several', () => {
    const ts = [...truth.values()];
    expect(ts.filter((t) => (t.tables ?? []).length > 0).length).toBeGreaterThanOrEqual(20);
    for (const k of TABLE_KINDS) expect(ts.filter((t) => t.tables?.includes(k)).length, k).toBeGreaterThanOrEqual(8);
  });

  it('.docx files hold exactly the tables their truth lists', () => {
    for (const f of files.filter((x) => ext(x) === 'docx')) {
      const xml = zipEntry(bytes(f), 'word/document.xml')!.toString('utf8');
      expect(xml.split('<w:tbl>').length - 1, f).toBe(truth.get(f)!.tables?.length ?? 0);
    }
  });

  it('tables have the rows and columns auditors look for', () => {
    for (const f of files.filter((x) => ext(x) === 'docx')) {
      const text = docxParagraphs(bytes(f)).map((p) => p.text).join('\n');
      const t = truth.get(f)!.tables ?? [];
      if (t.includes('income_expenditure')) {
        for (const row of ['本年收入合计', '本年支出合计', '年初结转和结余', '年末结转和结余', '收入总计', '支出总计']) expect(text, `${f} ${row}`).toContain(row);
      }
      if (t.includes('three_public')) expect(text, f).toMatch(/预算数[\s\S]*决算数/);
      if (t.includes('indicators')) expect(text, f).toMatch(/一级指标\n二级指标[\s\S]*分值\n得分[\s\S]*(合计|总分)/);
    }
  });
});
