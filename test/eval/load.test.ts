import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvalInputError, readJsonl, readTruths, truthProblem } from './load.ts';

const good = {
  file: 'a.pdf', headings: ['一、部门基本情况'],
  figures: [{ raw: '346.38万元', value: 346.38, unit: '万元', kind: 'amount' }],
  errors: [{ kind: 'rate', stated: '95.16' }],
};

describe('truthProblem', () => {
  it('accepts the truth shape of CONTRACT.md', () => {
    expect(truthProblem(good)).toBeNull();
    expect(truthProblem({ ...good, needs_ocr: true, clean: false })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(truthProblem([])).toBe('not a JSON object');
    expect(truthProblem({ ...good, file: '' })).toMatch(/^field file/);
    expect(truthProblem({ ...good, headings: [1] })).toMatch(/^field headings/);
    expect(truthProblem({ ...good, figures: [{ value: 1, unit: '万元' }] })).toBe('field figures.0.kind: a string is required');
    expect(truthProblem({ ...good, errors: [{ kind: 'rate', stated: 95.16 }] })).toBe('field errors.0.stated: a string is required');
    expect(truthProblem({ ...good, needs_ocr: 'yes' })).toMatch(/^field needs_ocr/);
  });
});

describe('reading files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gouji-eval-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads truth files sorted by name and stops on a bad one, naming it', async () => {
    await writeFile(path.join(dir, 'b.pdf.json'), JSON.stringify({ ...good, file: 'b.pdf' }));
    await writeFile(path.join(dir, 'a.pdf.json'), JSON.stringify(good));
    await writeFile(path.join(dir, 'notes.txt'), 'not a truth');
    expect(readTruths(dir).map((t) => t.file)).toEqual(['a.pdf', 'b.pdf']);
    await writeFile(path.join(dir, 'c.pdf.json'), '{"file":');
    expect(() => readTruths(dir)).toThrow(/c\.pdf\.json: cannot read as JSON/);
  });

  it('reads JSONL, skipping blank lines, and names the bad line', async () => {
    const file = path.join(dir, 'x.jsonl');
    await writeFile(file, '{"a":1}\n\n{"a":2}\n');
    expect(readJsonl(file)).toEqual([{ a: 1 }, { a: 2 }]);
    await writeFile(file, '{"a":1}\n{oops\n');
    expect(() => readJsonl(file)).toThrow(/x\.jsonl:2: not JSON/);
    expect(() => readJsonl(path.join(dir, 'missing.jsonl'))).toThrow(EvalInputError);
  });
});
