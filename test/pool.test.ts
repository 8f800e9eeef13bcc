// Cases 2 and 7 of issue 12 where a worker must be stopped from outside: a PDF whose
// content inflates to gigabytes (pdf.js decodes it synchronously, into buffers V8's heap
// limit does not count). The file fails alone, with its reason; the next file gets a fresh
// worker. Files that vanish or change between the listing and the reading get their rows
// too. (A worker killed at the time limit: test/cli.test.ts; the full set of hostile files
// under the default limits, in one job and in two: test/hostile/batch.slow.test.ts.)
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeAll } from '../src/pool.ts';
import { collectInputs, type InputFile } from '../src/inputs.ts';
import { inflatingContent } from './hostile/pdf.ts';
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

describe('analyzeAll with a file that needs more memory than allowed', () => {
  it('fails it alone with its reason, and reads the next file in a fresh worker', async () => {
    const folder = path.join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a-炸弹.pdf'), inflatingContent(4096));
    for (const name of ['b-报告.txt', 'c-被删除.txt', 'd-被改动.txt']) copyFileSync(SEED, path.join(folder, name));
    const files = collectInputs([folder]);
    // Between the listing and the reading: one file goes, another grows.
    unlinkSync(path.join(folder, 'c-被删除.txt'));
    appendFileSync(path.join(folder, 'd-被改动.txt'), '补充说明。\n');
    const limits = { timeoutMs: 30_000, maxBytes: 100 * MB, maxMemoryBytes: 600 * MB };
    const started = Date.now();
    const rows = await analyzeAll(files, 1, () => undefined, limits);
    expect(rows.map((r) => [r.summary.file, r.summary.status, r.summary.error])).toEqual([
      ['a-炸弹.pdf', 'failed', '内存用量超过上限 600.0 MB（--max-memory），已中止（文件可能含有解压后极大的内容）'],
      ['b-报告.txt', 'ok', null],
      ['c-被删除.txt', 'failed', '文件在本次运行中被删除或移走，未能读取（ENOENT）'],
      ['d-被改动.txt', 'partial', '文件在本次运行中被改动过（列出时 16,467 字节，读取时 16,483 字节），按读取时的内容分析'],
    ]);
    expect(rows[1]!.summary.figures).toBeGreaterThan(10);
    // Stopped on the way to 4 GB, long before the time limit.
    expect(Date.now() - started).toBeLessThan(limits.timeoutMs);
  }, 60_000);

  it('gives refused and oversized files their rows without a worker', async () => {
    const refused = { ...input('c-链接.txt'), refused: '链接绕成了圈（循环链接），未跟随' };
    const started = Date.now();
    const rows = await analyzeAll([refused, input('d-报告.txt')], 2, () => undefined, { timeoutMs: 1, maxBytes: 1000, maxMemoryBytes: 600 * MB });
    expect(rows.map((r) => r.summary.error)).toEqual(['链接绕成了圈（循环链接），未跟随', '文件大小 17 KB 超过上限 1000 字节（--max-size），未读取']);
    // A worker takes seconds to load its dictionary: none was started.
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
