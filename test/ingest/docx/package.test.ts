// Case 1 of issue 12: XML built to expand. Each package is made by test/hostile/docx.ts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes } from '../../../src/ingest/index.ts';
import { UnreadableError } from '../../../src/model.ts';
import { billionLaughs, externalDtd, externalEntity, inflatingDocument, type Part } from '../../hostile/docx.ts';
import { buildDocx, para } from '../../fixtures/docx/make/raw-docx.ts';

const PARTS: Part[] = ['document', 'numbering', 'styles'];

async function refusal(bytes: Buffer): Promise<string> {
  const error = await readBytes(new Uint8Array(bytes), 'docx').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableError);
  return (error as Error).message;
}

describe('a .docx whose XML declares entities', () => {
  // A server that counts requests: an external entity that was fetched would show here.
  let server: Server;
  let url: string;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_, res) => {
      requests++;
      res.end('<!ENTITY lol "fetched">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/entity`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(PARTS)('refuses billion laughs in %s.xml, naming the part, without expanding them', async (part) => {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    expect(await refusal(await billionLaughs(part))).toBe(
      `Word 文档的 word/${part}.xml 含有 DTD 或实体声明（Word 不会写出这样的文件，可能是“实体膨胀”或外部实体攻击），未读取`,
    );
    // &lol9; is 3 GB of text: expanding even a part of it would take seconds and memory.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it.each(PARTS)('refuses external entities in %s.xml and fetches nothing', async (part) => {
    expect(await refusal(await externalEntity(part, url))).toMatch(new RegExp(`word/${part}\\.xml 含有 DTD`));
    expect(await refusal(await externalEntity(part, 'file:///etc/hostname'))).toMatch(/含有 DTD/);
    expect(await refusal(await externalDtd(part, url))).toMatch(/含有 DTD/);
    expect(requests).toBe(0);
  });

  it('still reads the same package without the DTD', async () => {
    const { result } = await readBytes(new Uint8Array(await buildDocx({ document: para('一、部门基本情况') })), 'docx');
    expect(result.blocks).toEqual([{ kind: 'paragraph', text: '一、部门基本情况', page: null }]);
  });
});

describe('a .docx whose document.xml inflates to 2 GB', () => {
  it('is refused at the cap, in bounded time and memory', async () => {
    const bomb = inflatingDocument(2048);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = Date.now();
    expect(await refusal(bomb)).toBe('Word 文档中的 XML 解压后超过 64.0 MB（在 word/document.xml），可能是“压缩炸弹”，未读取');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });
});
