// Case 3 of issue 12: old Word files built to loop. Each file is a real .doc altered by
// test/hostile/doc.ts; word-extractor alone runs out of memory on the first two.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../../src/ingest/index.ts';
import { readOleLayout } from '../../../src/ingest/doc/ole.ts';
import { UnreadableError } from '../../../src/model.ts';
import { loopingDirectory, loopingFatChain, loopingMiniChain, pieceOutsideFile } from '../../hostile/doc.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function refusal(bytes: Buffer): Promise<string> {
  const started = Date.now();
  const error = await readBytes(new Uint8Array(bytes), 'doc').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableError);
  expect(Date.now() - started).toBeLessThan(2_000);
  return (error as Error).message;
}

describe('a .doc built to loop', () => {
  it('refuses a sector chain that loops back, naming the stream', async () => {
    expect(await refusal(loopingFatChain())).toBe('Word 97-2003 文档（.doc）的结构已损坏（WordDocument的扇区链绕成了圈（第 12 扇区）），无法读取');
  });

  it('refuses a loop in the chain of mini sectors', async () => {
    expect(await refusal(loopingMiniChain())).toMatch(/1Table的扇区链绕成了圈/);
  });

  it('refuses a directory tree that loops', async () => {
    expect(await refusal(loopingDirectory())).toMatch(/目录树绕成了圈/);
  });

  it('refuses a piece table that points outside the file', async () => {
    expect(await refusal(pieceOutsideFile())).toMatch(/文本片段表（piece table）指向文件以外（第 1073741568 字节，文件正文只有 \d+ 字节）/);
  });
});

describe('readOleLayout on real files', () => {
  const docs = [
    ...readdirSync(path.join(ROOT, 'test/fixtures/doc')).filter((f) => f.endsWith('.doc')).map((f) => path.join(ROOT, 'test/fixtures/doc', f)),
    ...readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.doc')).map((f) => path.join(ROOT, 'corpus', f)),
  ];

  it.each(docs.map((d) => [path.basename(d), d]))('finds every stream of %s', (_, file) => {
    const layout = readOleLayout(readFileSync(file));
    const names = layout.entries.filter((e) => e.type === 2).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['WordDocument', '1Table']));
    const word = layout.entries.find((e) => e.name === 'WordDocument')!;
    // The stream's first bytes, found through the layout, are Word's magic number 0xA5EC.
    expect(readFileSync(file).readUInt16LE(layout.fileOffset(word, 0))).toBe(0xa5ec);
  });
});
