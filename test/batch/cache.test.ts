// Incremental re-runs (issue 9 §4): a re-run takes unchanged files from the cache in DIR/.cache
// and gives the same bytes as a cold run; a changed file is analysed again; --no-cache reads
// and writes no cache; a new version of gouji (here: other settings) starts an empty cache.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, appendFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Each case runs gouji two or three times, workers loading their dictionary each time.
const SLOW = 240_000;
import { gouji, ROOT } from '../gouji.ts';

const work = mkdtempSync(path.join(tmpdir(), 'gouji-cache-'));
const input = path.join(work, 'in');
// Two formats; a PDF would add pdf.js's start to every run and test nothing more of the cache.
const BATCH = ['test/fixtures/seed/seed.txt', 'test/fixtures/seed/seed.docx'];

/** Every output file under `dir` but the cache, by name, with its bytes. */
function outputs(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((name) => !name.startsWith('.cache'))
    .sort();
  return new Map(files.map((name) => [name, readFileSync(path.join(dir, name))]));
}

/** The cache's entries of `dir` (one version folder) with their modification times. */
function entries(dir: string): Map<string, number> {
  const root = path.join(dir, '.cache');
  const versions = readdirSync(root);
  expect(versions).toHaveLength(1);
  const folder = path.join(root, versions[0]!);
  return new Map(readdirSync(folder).map((n) => [n, statSync(path.join(folder, n)).mtimeMs]));
}

function expectSameBytes(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
}

beforeAll(() => {
  mkdirSync(input);
  for (const file of BATCH) copyFileSync(path.join(ROOT, file), path.join(input, path.basename(file)));
});

describe('the cache of analysed files', () => {
  const warm = path.join(work, 'warm');
  const cold = path.join(work, 'cold');

  it('gives a re-run the same bytes as a cold run, report and workbook included', () => {
    expect(gouji([input, '--out', warm, '--quiet', '--jobs', '1']).status).toBe(0);
    const first = entries(warm);
    expect(first.size).toBe(2);
    expect(gouji([input, '--out', warm, '--quiet', '--jobs', '2']).status).toBe(0);
    // Nothing was analysed again: no entry was written again.
    expect(entries(warm)).toEqual(first);
    expect(gouji([input, '--out', cold, '--quiet', '--jobs', '2', '--no-cache']).status).toBe(0);
    expect(existsSync(path.join(cold, '.cache'))).toBe(false);
    expectSameBytes(outputs(cold), outputs(warm));
  }, SLOW);

  it('analyses a changed file again, and only it, and still matches a cold run', () => {
    const before = entries(warm);
    appendFileSync(path.join(input, 'seed.txt'), '\n补充说明：本年度预算执行率为95.00%。\n');
    expect(gouji([input, '--out', warm, '--quiet', '--jobs', '2']).status).toBe(0);
    const after = entries(warm);
    const kept = [...after.keys()].filter((n) => before.get(n) === after.get(n));
    expect(kept).toHaveLength(1);
    // The changed file's old entry is gone with the batch it belonged to.
    expect(after.size).toBe(2);
    expect(gouji([input, '--out', cold, '--quiet', '--jobs', '1', '--no-cache']).status).toBe(0);
    expectSameBytes(outputs(cold), outputs(warm));
  }, SLOW);

  it('starts an empty cache when the settings change', () => {
    const before = entries(warm);
    const config = path.join(work, 'config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'percent-range': { enabled: false } } }));
    expect(gouji([input, '--out', warm, '--quiet', '--config', config]).status).toBe(0);
    const after = entries(warm);
    expect(after.size).toBe(2);
    for (const [name, mtime] of after) expect(before.get(name) === mtime).toBe(false);
  }, SLOW);
});
