// Cases 2 and 7 of issue 12 where a worker must be stopped from outside: a PDF whose
// content inflates to gigabytes (pdf.js decodes it synchronously, into buffers V8's heap
// limit does not count), and a 3,000-page PDF past the time limit. The file fails alone,
// with its reason; the next file gets a fresh worker.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeAll } from '../src/pool.ts';
import type { InputFile } from '../src/inputs.ts';
import type { FileRows } from '../src/rows.ts';
import { inflatingContent, manyPages } from './hostile/pdf.ts';
import { SEED } from './hostile/folder.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gouji-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function input(name: string, data?: Buffer): InputFile {
  const file = data ? path.join(dir, name) : SEED;
  if (data) writeFileSync(file, data);
  const stat = statSync(file);
  return { rel: name, path: file, size: stat.size, mtimeMs: stat.mtimeMs };
}

const MB = 1024 * 1024;

describe('analyzeAll with files that must be stopped', () => {
  it('fails each alone with its reason, and reads the next file in a fresh worker', async () => {
    const files = [input('a-炸弹.pdf', inflatingContent(4096)), input('b-报告.txt'), input('c-3000页.pdf', manyPages(3000)), input('d-报告.txt')];
    const limits = { timeoutMs: 8_000, maxBytes: 100 * MB, maxMemoryBytes: 600 * MB };
    const started = Date.now();
    const timings: number[] = [];
    const rows = await analyzeAll(files, 1, (done) => {
      timings[done - 1] = Date.now() - started;
    }, limits);
    expect(rows.map((r) => [r.summary.file, r.summary.status, r.summary.error])).toEqual([
      ['a-炸弹.pdf', 'failed', '内存用量超过上限 600.0 MB（--max-memory），已中止（文件可能含有解压后极大的内容）'],
      ['b-报告.txt', 'ok', null],
      ['c-3000页.pdf', 'failed', '处理超过时限 8 秒（--timeout），已中止'],
      ['d-报告.txt', 'ok', null],
    ]);
    expect(rows[1]!.figures.length).toBeGreaterThan(10);
    // c went to the worker that had just read b: its row came within its limit (and a little).
    expect(timings[2]! - timings[1]!).toBeLessThan(limits.timeoutMs + 2_000);
  }, 90_000);
});
