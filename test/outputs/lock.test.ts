// Case 6 of issue 12, the output folder: one that is a file or cannot be written, and two
// runs into the same folder at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_NAME, OutputError, lockOutput } from '../../src/outputs/lock.ts';
import { gouji, jsonl, smallDisk, startGouji } from '../gouji.ts';
import { manyPages } from '../hostile/pdf.ts';
import { SEED } from '../hostile/folder.ts';

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'gouji-lock-'));

function refusal(dir: string): string {
  try {
    lockOutput(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(OutputError);
    return (e as Error).message;
  }
  throw new Error('not refused');
}

describe('lockOutput', () => {
  it('makes the folder, and refuses a second lock while the first is held', () => {
    const dir = path.join(scratch(), 'out');
    const lock = lockOutput(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_NAME), 'utf8')).pid).toBe(process.pid);
    expect(refusal(dir)).toMatch(new RegExp(`^输出文件夹 ${dir} 正被另一次 gouji 运行使用（进程 ${process.pid}，开始于 .+）；等它结束后再运行，或换一个 --out$`));
    lock.release();
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
    lockOutput(dir).release();
  });

  it('takes over the lock of a run that is gone', () => {
    const dir = scratch();
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const pid = Number(gone.stdout.trim());
    writeFileSync(path.join(dir, LOCK_NAME), JSON.stringify({ pid, host: hostname(), start: null, since: '2024-01-01T00:00:00Z' }));
    const lock = lockOutput(dir);
    expect(lock.tookOver?.pid).toBe(pid);
    lock.release();
  });

  it('refuses an --out that is a file, or lies under one', () => {
    const file = path.join(scratch(), 'out.csv');
    writeFileSync(file, '');
    expect(refusal(file)).toBe(`--out 指向的 ${file} 是一个文件，不是文件夹`);
    expect(refusal(path.join(file, 'sub'))).toBe(`无法创建输出文件夹 ${path.join(file, 'sub')}（ENOTDIR）`);
  });

  const readOnly = smallDisk('1m', 'ro');
  it.skipIf(readOnly === null)('refuses a folder that cannot be written (a read-only file system)', () => {
    try {
      expect(refusal(readOnly!.dir)).toBe(`输出文件夹 ${readOnly!.dir} 不可写（EROFS）`);
    } finally {
      readOnly!.unmount();
    }
  });
});

describe('gouji with an output folder it cannot use', () => {
  it('exits 1 with the message before reading any file', () => {
    const dir = scratch();
    const file = path.join(dir, 'out');
    writeFileSync(file, 'not a folder');
    const started = Date.now();
    const r = gouji([SEED, '--out', file, '--quiet']);
    expect(r).toEqual({ status: 1, stderr: `--out 指向的 ${file} 是一个文件，不是文件夹\n` });
    // No worker was started: that alone takes seconds.
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('lets the second of two runs into one folder refuse, and the first finish alone', async () => {
    const dir = scratch();
    const input = path.join(dir, 'in');
    mkdirSync(input);
    // A 3,000-page PDF keeps the first run busy until its 3-second limit.
    writeFileSync(path.join(input, '长.pdf'), manyPages(3000));
    const out = path.join(dir, 'out');
    const first = startGouji([input, '--out', out, '--jobs', '1', '--timeout', '3', '--quiet']);
    while (!existsSync(path.join(out, LOCK_NAME))) await new Promise((r) => setTimeout(r, 20));
    const second = gouji([SEED, '--out', out, '--quiet']);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`^输出文件夹 ${out} 正被另一次 gouji 运行使用（进程 ${first.child.pid}，`));
    const done = await first.done;
    expect(done.status).toBe(2);
    expect(jsonl(out, 'summary').map((r) => [r.file, r.error])).toEqual([['长.pdf', '处理超过时限 3 秒（--timeout），已中止']]);
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false);
  }, 60_000);
});
