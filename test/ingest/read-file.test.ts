// Case 4 of issue 12 (size) and the file-level part of case 5 (a file that vanishes or
// changes during the run, a pipe where a file should be).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputBytes } from '../../src/ingest/read-file.ts';
import { UnreadableError } from '../../src/model.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gouji-read-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableError);
  return (error as Error).message;
}

describe('readInputBytes', () => {
  it('refuses a file over the size limit from its size alone, before reading it', async () => {
    // A sparse file: 150 MB long, nothing written, so reading it would show in memory.
    const file = path.join(dir, 'huge.pdf');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 150 * MB);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    expect(await refusal(readInputBytes(file, { maxBytes: 100 * MB }))).toBe('文件大小 150.0 MB 超过上限 100.0 MB（--max-size），未读取');
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * MB);
  });

  it('reads a file within the limit whole', async () => {
    const file = path.join(dir, 'small.txt');
    writeFileSync(file, '部门基本情况');
    const { data, messages } = await readInputBytes(file, { maxBytes: 100 * MB });
    expect(Buffer.from(data).toString()).toBe('部门基本情况');
    expect(messages).toEqual([]);
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await refusal(readInputBytes(fifo))).toBe('不是普通文件（命名管道、设备或套接字），未读取');
  });

  it('says a listed file was taken away during the run', async () => {
    const file = path.join(dir, 'gone.txt');
    writeFileSync(file, 'x');
    unlinkSync(file);
    expect(await refusal(readInputBytes(file, { listed: { size: 1, mtimeMs: 0 } }))).toBe('文件在本次运行中被删除或移走，未能读取（ENOENT）');
  });

  it('reads a file that changed since it was listed, and says so', async () => {
    const file = path.join(dir, 'changed.txt');
    writeFileSync(file, '第一版');
    utimesSync(file, new Date('2024-01-01'), new Date('2024-01-01'));
    const listed = { size: 9, mtimeMs: new Date('2024-01-01').getTime() };
    writeFileSync(file, '第二版，多了几个字');
    const { data, messages } = await readInputBytes(file, { listed });
    expect(Buffer.from(data).toString()).toBe('第二版，多了几个字');
    expect(messages).toEqual([{ severity: 'warning', text: '文件在本次运行中被改动过（列出时 9 字节，读取时 27 字节），按读取时的内容分析' }]);
  });
});
