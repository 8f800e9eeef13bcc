// The eval command on a hand-made truth and output folder (--no-run: no pipeline involved).
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'gouji-run-eval-'));
  await mkdir(path.join(dir, 'corpus', 'truth'), { recursive: true });
  await mkdir(path.join(dir, 'out'));
  await writeFile(path.join(dir, 'corpus', 'truth', 'a.pdf.json'), JSON.stringify({
    file: 'a.pdf', department: '信访局', year: 2024, clean: false, headings: ['一、部门基本情况'],
    figures: [
      { raw: '346.38万元', value: 346.38, unit: '万元', kind: 'amount' },
      { raw: '95.16%', value: 95.16, unit: '%', kind: 'percent' },
    ],
    errors: [{ kind: 'rate', description: '公用经费控制率不符', stated: '95.16', correct: '96.02', numbers: ['95.16', '21.24', '22.32'] }],
  }));
  const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r) + '\n').join('');
  await writeFile(path.join(dir, 'out', 'summary.jsonl'), jsonl([{ file: 'a.pdf', status: 'ok' }]));
  await writeFile(path.join(dir, 'out', 'figures.jsonl'), jsonl([
    { file: 'a.pdf', id: 'f0001', kind: 'amount', value: 346.38, unit: '万元', raw: '346.38万元' },
    { file: 'a.pdf', id: 'f0002', kind: 'count', value: 4, unit: '个', raw: '4个' },
  ]));
  await writeFile(path.join(dir, 'out', 'sections.jsonl'), jsonl([{ file: 'a.pdf', heading: '一、部门基本情况' }]));
  await writeFile(path.join(dir, 'out', 'findings.jsonl'), '');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function evalCli(...args: string[]) {
  return spawnSync(TSX, ['test/eval/run-eval.ts', '--no-run', '--corpus', path.join(dir, 'corpus'), '--out', path.join(dir, 'out'), ...args], {
    cwd: ROOT, encoding: 'utf8',
  });
}

it('prints the table, the per-file diff, and writes eval.json', async () => {
  const run = evalCli('--file', 'a.pdf');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^overall +1 +0 +50\.0% +50\.0% +1\/2\/2 +100\.0% +100\.0% +1\/1\/1 +0\.0% +0\/1 +0 +0\/0$/m);
  expect(run.stdout).toMatch(/^rate +0\.0% +0\/1$/m);
  expect(run.stdout).toContain('  - percent 95.16%');
  expect(run.stdout).toContain('  + f0002 count 4个');
  expect(run.stdout).toContain('  - missed [rate] 95.16');
  const report = JSON.parse(await readFile(path.join(dir, 'out', 'eval.json'), 'utf8'));
  expect(report.files[0].misses.extractedFigures.map((f: { id: string }) => f.id)).toEqual(['f0002']);
  expect(report.files[0].misses.truthFigures.map((f: { value: number }) => f.value)).toEqual([95.16]);
}, 20_000);

it('stops naming the field of a truth file that breaks the schema', async () => {
  await writeFile(path.join(dir, 'corpus', 'truth', 'b.pdf.json'), JSON.stringify({ file: 'b.pdf' }));
  const run = evalCli();
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/b\.pdf\.json: field department:/);
}, 20_000);

it('stops with a clear message when the outputs are missing', async () => {
  await rm(path.join(dir, 'out', 'figures.jsonl'));
  const run = evalCli();
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/figures\.jsonl: not found/);
}, 20_000);
