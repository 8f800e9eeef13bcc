import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvalInputError, readJsonl, readTruths, truthProblem } from './load.ts';

const good = {
  file: 'a.pdf', department: '信访局', year: 2024, clean: false, headings: ['一、部门基本情况'],
  figures: [{ raw: '346.38万元', value: 346.38, unit: '万元', kind: 'amount' }],
  errors: [{ kind: 'rate', description: '公用经费控制率与决算/预算不符', stated: '95.16', correct: '96.02', numbers: ['95.16', '21.24', '22.32'] }],
};

describe('truthProblem', () => {
  it('accepts the truth shape of CONTRACT.md', () => {
    expect(truthProblem(good)).toBeNull();
    expect(truthProblem({ ...good, needs_ocr: true })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(truthProblem([])).toMatch(/^field \(top level\)/);
    expect(truthProblem({ ...good, file: '' })).toMatch(/^field file:/);
    expect(truthProblem({ ...good, headings: [1] })).toMatch(/^field headings\.0:/);
    expect(truthProblem({ ...good, figures: [{ raw: '1万元', value: 1, unit: '万元' }] })).toMatch(/^field figures\.0\.kind:/);
    expect(truthProblem({ ...good, errors: [{ ...good.errors[0], stated: 95.16 }] })).toMatch(/^field errors\.0\.stated:/);
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
