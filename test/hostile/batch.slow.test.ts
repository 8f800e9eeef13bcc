// Issue 12 end to end, under the default limits (60 s, 100 MB, 1.5 GB): every hostile file
// of test/hostile in one folder, run in one job and in two. Each gets its row within the
// time limit, the good reports are read, and the outputs are the same bytes either way.
// Slow (minutes): `npm run test:hostile`. Prints the times and peak memory it measured.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, jsonl } from '../gouji.ts';
import { hostileBatch, type Expected } from './batch.ts';
import { peakMemory } from './memory.ts';

const base = mkdtempSync(path.join(tmpdir(), 'gouji-hostile-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

interface Timed {
  status: number | null;
  seconds: number;
  /** Seconds from the start at which each file's progress line came. */
  lines: { at: number; text: string }[];
  peakTreeMb: number;
  peakProcessMb: number;
}

/** Runs gouji (progress lines on, as when not on a terminal), timing each line and watching memory. */
function timedRun(args: string[]): Promise<Timed> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const watch = peakMemory(child.pid!);
  const lines: Timed['lines'] = [];
  let pending = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop()!;
    for (const text of parts) lines.push({ at: (Date.now() - started) / 1000, text });
  });
  return new Promise((resolve) =>
    child.on('exit', (status) => {
      const peak = watch.stop();
      resolve({ status, seconds: (Date.now() - started) / 1000, lines, peakTreeMb: peak.treeMb, peakProcessMb: peak.processMb });
    }));
}

function expectRows(out: string, expected: Record<string, Expected>): void {
  const rows = jsonl(out, 'summary');
  // Sorted by code point, as gouji sorts.
  expect(rows.map((r) => r.file)).toEqual(Object.keys(expected).sort((a, b) => (a < b ? -1 : 1)));
  for (const row of rows) {
    const [status, error] = expected[row.file as string]!;
    expect([row.file, row.status], String(row.error)).toEqual([row.file, status]);
    if (error instanceof RegExp) expect(row.error).toMatch(error);
    else expect(row.error).toBe(error);
  }
}

describe('the hostile batch under the default limits', () => {
  const input = path.join(base, 'in');
  let expected: Record<string, Expected>;
  const runs: Record<string, Timed> = {};

  it('in one job: every file gets its row, each within the time limit', async () => {
    expected = await hostileBatch(input);
    const out = path.join(base, 'out-1');
    const run = await timedRun([input, '--out', out, '--jobs', '1']);
    runs['--jobs 1'] = run;
    expect(run.status).toBe(2);
    expectRows(out, expected);
    // One file at a time: the time between two rows is one file's (and, after a kill, a new worker's start).
    const rows = run.lines.filter((l) => /^\[\d+\/\d+\]/.test(l.text));
    rows.forEach((l, i) => expect(l.at - (rows[i - 1]?.at ?? 0), l.text).toBeLessThan(60 + 15));
  }, 900_000);

  it('in two jobs: the same rows, the same bytes', async () => {
    const out = path.join(base, 'out-2');
    const run = await timedRun([input, '--out', out, '--jobs', '2']);
    runs['--jobs 2'] = run;
    expect(run.status).toBe(2);
    expectRows(out, expected);
    // Every output, the report's pages and the workbook included, is the same byte for byte.
    const names = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((n) => !n.startsWith('.') && statSync(path.join(out, n)).isFile());
    expect(names.length).toBeGreaterThan(8);
    for (const name of names) {
      expect(readFileSync(path.join(out, name)).equals(readFileSync(path.join(base, 'out-1', name))), name).toBe(true);
    }
    for (const [jobs, r] of Object.entries(runs)) {
      console.log(`hostile batch ${jobs}: ${r.seconds.toFixed(1)} s, peak memory ${r.peakTreeMb} MB (process tree), ${r.peakProcessMb} MB (largest process)`);
    }
  }, 900_000);
});
