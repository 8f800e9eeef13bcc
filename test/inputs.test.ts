// Case 5 of issue 12: the input folder itself. The folder is made by test/hostile/folder.ts.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectInputs, decodeName } from '../src/inputs.ts';
import { readDocument } from '../src/ingest/index.ts';
import { GBK_NAME, SEED, hostileFolder, manySmallFiles } from './hostile/folder.ts';

describe('collectInputs on a folder of links, a pipe and a GBK name', () => {
  const { root, outside } = hostileFolder();
  const files = collectInputs([root]);
  afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));
  const row = (rel: string) => files.find((f) => f.rel === rel);

  it('lists each file once, in order, without following links out of the folder or round a loop', () => {
    expect(files.map((f) => [f.rel, f.refused ?? null])).toEqual([
      ['a.pdf', '链接绕成了圈（循环链接），未跟随'],
      ['b.pdf', '链接绕成了圈（循环链接），未跟随'],
      ['broken.docx', '链接指向的文件不存在（ENOENT），未读取'],
      ['link.txt', null],
      ['outside-folder', `链接指向输入文件夹以外的文件夹（${outside}），未跟随`],
      ['outside.txt', `链接指向输入文件夹以外的文件（${outside}/secret.txt），未跟随`],
      ['pipe.txt', '不是普通文件（命名管道、设备或套接字），未读取'],
      ['sub/报告.txt', null],
      ['报告.txt', null],
    ]);
  });

  it('reads a link inside the folder from the file it points at', () => {
    expect(readFileSync(row('link.txt')!.path)).toEqual(readFileSync(SEED));
  });

  it('names a GBK file in Chinese and still opens it by its bytes', async () => {
    const gbk = row('报告.txt')!;
    expect(Buffer.isBuffer(gbk.path) && gbk.path.subarray(-GBK_NAME.length).equals(GBK_NAME)).toBe(true);
    const { result } = await readDocument(gbk.path as Buffer, { name: gbk.rel });
    expect(result.blocks[0]).toEqual({ kind: 'paragraph', text: '一、部门基本情况', page: null });
  });
});

describe('decodeName', () => {
  it('reads UTF-8, then GBK, and marks bytes that are neither', () => {
    expect(decodeName(Buffer.from('报告.txt'))).toBe('报告.txt');
    expect(decodeName(GBK_NAME)).toBe('报告.txt');
    expect(decodeName(Buffer.from([0x66, 0xff, 0x2e, 0x74]))).toBe('f\ufffd.t');
  });
});

// The full 20,000, listed and analysed end to end: test/hostile/many-files.slow.test.ts.
describe('collectInputs on many small files in many folders', () => {
  it('lists them all, sorted', () => {
    const root = manySmallFiles(3_000);
    const started = Date.now();
    const files = collectInputs([root]);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(files).toHaveLength(3_000);
    expect(files[0]!.rel).toBe('第00批/00000.txt');
    expect(files[2_999]!.rel).toBe('第02批/02999.txt');
    rmSync(root, { recursive: true, force: true });
  });
});
