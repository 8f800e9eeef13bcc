// Every corpus document has a truth file that validates against TruthSchema and names it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TruthSchema } from './truth-schema.ts';

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');
const docs = readdirSync(CORPUS).filter((f) => /\.(docx|doc|pdf|txt)$/.test(f)).sort();
const truths = readdirSync(path.join(CORPUS, 'truth')).filter((f) => f.endsWith('.json')).sort();

describe('corpus truth files', () => {
  it('pair one to one with the documents', () => {
    expect(truths).toEqual(docs.map((d) => `${d}.json`));
  });

  it.each(truths)('%s validates and names its document', (t) => {
    const parsed = TruthSchema.safeParse(JSON.parse(readFileSync(path.join(CORPUS, 'truth', t), 'utf8')));
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data!.file).toBe(t.replace(/\.json$/, ''));
  });

  it('rejects a truth whose clean flag contradicts its errors', () => {
    const bad = { file: 'x.pdf', department: '信访局', year: 2024, clean: true, headings: [], figures: [], errors: [{ kind: 'sum', description: 'd', stated: '1', correct: '2', numbers: ['1'] }] };
    expect(TruthSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects a non-canonical unit', () => {
    const bad = { file: 'x.pdf', department: '信访局', year: 2024, clean: true, headings: [], figures: [{ raw: '5％', value: 5, unit: '％', kind: 'percent' }], errors: [] };
    expect(TruthSchema.safeParse(bad).success).toBe(false);
  });
});
