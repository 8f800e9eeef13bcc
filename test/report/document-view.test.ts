// The view of an analysed document: its source text block by block, each figure's
// place in it, and each finding's sentences or table rows.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/run.ts';
import type { FileRows } from '../../src/rows.ts';
import type { DocView, ViewText } from '../../src/report/document-view.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Every text of the view with where it is. */
function texts(view: DocView): { text: ViewText; block: number; row: number | null }[] {
  return view.blocks.flatMap((b, block) =>
    b.kind === 'paragraph'
      ? [{ text: b.text, block, row: null as number | null }]
      : b.rows.flatMap((r, row) => r.map((text) => ({ text, block, row: row as number | null }))),
  );
}

describe.each([
  ['seed.txt', 'test/fixtures/seed/seed.txt'],
  ['审计局.pdf', 'corpus/2024-审计局-部门整体支出绩效自评报告.pdf'],
])('documentView of %s', (name, file) => {
  let rows: FileRows;
  let view: DocView;
  beforeAll(async () => {
    rows = await analyzeFile(path.join(ROOT, file), name);
    view = rows.view!;
  });

  it('marks every figure once, on the source text of its raw', () => {
    const marks = texts(view).flatMap(({ text }) => text.marks.map((m) => ({ m, source: text.text.slice(m.start, m.end) })));
    expect(marks.map(({ m }) => m.figure).sort()).toEqual(rows.figures.map((f) => f.id).sort());
    const byId = new Map(rows.figures.map((f) => [f.id, f]));
    // The raw is normalised text; the source may write the same digits full-width or with spaces.
    const loose = (s: string): string => s.normalize('NFKC').replace(/\s/g, '');
    for (const { m, source } of marks) expect(loose(source), m.figure).toBe(loose(byId.get(m.figure)!.raw));
  });

  it('marks a heading block with its section, in section order', () => {
    const headings = view.blocks.flatMap((b) => (b.kind === 'paragraph' && b.heading !== null ? [b.heading] : []));
    expect(headings).toEqual(rows.sections.map((_, i) => i));
  });

  it('gives each finding with a position its places, each holding the finding’s figures', () => {
    expect(Object.keys(view.places).sort()).toEqual(rows.findings.map((f) => f.id).sort());
    expect(rows.findings.filter((f) => f.figures.length).length).toBeGreaterThan(0);
    for (const f of rows.findings) {
      const places = view.places[f.id]!;
      for (const id of f.figures) {
        const inPlace = places.some((p) => {
          const b = view.blocks[p.block]!;
          if (p.kind === 'row') return b.kind === 'table' && b.rows[p.row]!.some((c) => c.marks.some((m) => m.figure === id));
          return b.kind === 'paragraph' && b.text.marks.some((m) => m.figure === id && m.start >= p.start && m.end <= p.end);
        });
        expect(inPlace, `${f.id} ${id}`).toBe(true);
      }
    }
  });

  it('carries the PDF page of each block', () => {
    const pages = view.blocks.map((b) => b.page);
    if (name.endsWith('.pdf')) {
      expect(pages.every((p) => p !== null)).toBe(true);
      expect(new Set(pages).size).toBeGreaterThan(1);
    } else {
      expect(pages.every((p) => p === null)).toBe(true);
    }
  });
});
