// The reference report in every format it arrives in must give one document:
// the same heading tree and the same normalised text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffChars } from 'diff';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/ingest/index.ts';
import { buildDoc } from '../src/document.ts';
import type { Doc } from '../src/model.ts';

const SEED = path.resolve(import.meta.dirname, 'fixtures/seed');
const HEADINGS: string[] = JSON.parse(readFileSync(path.join(SEED, 'headings.json'), 'utf8'));

async function load(name: string): Promise<Doc> {
  const { format, result } = await readDocument(path.join(SEED, name));
  return buildDoc(name, format, result);
}

/** All normalised text of a document, blocks and cells in order, no separators. */
const flatText = (doc: Doc): string =>
  doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text.text : b.rows.flat().map((c) => c.text.text).join(''))).join('');

/** Share of characters the two texts have in common along their best alignment (1 = identical). */
function similarity(a: string, b: string): number {
  let same = 0;
  for (const part of diffChars(a, b)) if (!part.added && !part.removed) same += part.value.length;
  return (2 * same) / (a.length + b.length);
}

describe('the reference report as .txt, .docx (LibreOffice) and .pdf (LibreOffice)', () => {
  const docs: Record<string, Doc> = {};
  beforeAll(async () => {
    for (const f of ['seed.txt', 'seed.docx', 'seed.pdf']) docs[f] = await load(f);
  });

  it.each(['seed.txt', 'seed.docx', 'seed.pdf'])('%s yields exactly its heading tree', (f) => {
    expect(docs[f]!.sections.map((s) => s.heading)).toEqual(HEADINGS);
  });

  it('gives the same heading paths in every format', () => {
    const paths = (d: Doc): string[] => d.sections.map((s) => s.path.join(' > '));
    expect(paths(docs['seed.docx']!)).toEqual(paths(docs['seed.txt']!));
    expect(paths(docs['seed.pdf']!)).toEqual(paths(docs['seed.txt']!));
  });

  it('gives the same normalised text from .docx and .pdf (≥ 99.5% of characters)', () => {
    const docx = flatText(docs['seed.docx']!);
    const pdf = flatText(docs['seed.pdf']!);
    expect(docx.length).toBeGreaterThan(5000);
    expect(similarity(docx, pdf)).toBeGreaterThanOrEqual(0.995);
    expect(similarity(flatText(docs['seed.txt']!), pdf)).toBeGreaterThanOrEqual(0.995);
  });

  it('reads the document facts alike', () => {
    for (const d of Object.values(docs)) expect(d.facts.cover.map((c) => c.name)).toEqual(['部门名称', '所属下级预算单位数量', '填报人', '联系电话', '填报日期']);
    expect(docs['seed.pdf']!.pages).toBeGreaterThanOrEqual(4);
  });

  it('measures similarity so that it can fail', () => {
    expect(similarity('收入346.38万元', '收入346.83万元')).toBeLessThan(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });
});
