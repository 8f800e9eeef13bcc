import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_EXTENSIONS, readDocument, sniff } from '../../src/ingest/index.ts';
import { UnreadableError, type ReadResult } from '../../src/model.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const at = (area: string, name: string) => path.join(FIXTURES, area, name);
const texts = (r: ReadResult) => r.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const infos = (r: ReadResult) => r.messages.filter((m) => m.severity === 'info').map((m) => m.text);

async function failure(file: string): Promise<string> {
  const error = await readDocument(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableError);
  return (error as Error).message;
}

describe('readDocument: each format by its extension', () => {
  it('reads a .docx with its auto-numbers', async () => {
    const { format, result } = await readDocument(at('docx', 'numbering.docx'));
    expect(format).toBe('docx');
    expect(texts(result).slice(1, 4)).toEqual(['一、部门基本情况', '（一）部门职能', '1.主要职能']);
  });

  it('reads a .doc, a .txt in GBK', async () => {
    const doc = await readDocument(at('doc', 'table.doc'));
    expect(doc.format).toBe('doc');
    expect(doc.result.blocks.some((b) => b.kind === 'table')).toBe(true);
    const txt = await readDocument(at('txt', 'gbk.txt'));
    expect(txt.format).toBe('txt');
    expect(texts(txt.result)[1]).toBe('一、部门基本情况');
    expect(infos(txt.result)).toEqual(['文本不是 UTF-8，已按 GBK（GB18030）编码读取']);
  });

  it('matches extensions without regard to case', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-ingest-test-'));
    try {
      const file = path.join(dir, '报告.DOCX');
      copyFileSync(at('docx', 'headings.docx'), file);
      const { format, result } = await readDocument(file);
      expect(format).toBe('docx');
      expect(texts(result)[0]).toBe('一、部门基本情况');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists the supported extensions', () => {
    expect([...SUPPORTED_EXTENSIONS].sort()).toEqual(['.doc', '.docx', '.pdf', '.txt']);
  });
});

describe('readDocument: files that are not what their name says', () => {
  it('reads a .docx saved under a .doc name as .docx, and says so', async () => {
    const { format, result } = await readDocument(at('ingest', 'docx-as.doc'));
    expect(format).toBe('docx');
    expect(texts(result)).toContain('二、绩效自评情况');
    expect(infos(result)[0]).toBe('文件扩展名是 .doc，内容实际是Word（.docx）格式，已按Word（.docx）读取');
  });

  it('reads a .doc saved under a .docx name as .doc', async () => {
    const { format, result } = await readDocument(at('ingest', 'doc-as.docx'));
    expect(format).toBe('doc');
    expect(texts(result)).toContain('二、绩效自评情况');
    expect(infos(result)[0]).toMatch(/扩展名是 \.docx，内容实际是Word 97-2003/);
  });

  it('reads a PDF renamed .docx as PDF', async () => {
    const { format, result } = await readDocument(at('ingest', 'pdf-as.docx'));
    expect(format).toBe('pdf');
    expect(texts(result).join('')).toContain('部门基本情况');
    expect(infos(result)[0]).toMatch(/扩展名是 \.docx，内容实际是PDF格式/);
  });

  it('reads RTF named .doc, with the list numbers RTF carries as text', async () => {
    const table = await readDocument(at('ingest', 'rtf-as.doc'));
    expect(table.format).toBe('doc');
    expect(infos(table.result)[0]).toMatch(/内容实际是RTF格式/);
    const grid = table.result.blocks.find((b) => b.kind === 'table');
    expect(grid?.kind === 'table' && grid.rows).toEqual([
      ['项目', '预算数', '', '决算数'],
      ['', '年初', '调整', '合计'],
      ['基本支出\n（含人员经费）', '278.36', '0.00', '278.36'],
      ['合计', '320.12', '8.72', '328.84'],
    ]);
    const numbered = await readDocument(at('ingest', 'rtf-numbering-as.doc'));
    expect(texts(numbered.result)).toEqual([
      '一、部门基本情况', '（一）部门职能', '1.主要职能', '负责处理群众来信来访。', '2.机构设置情况',
      '（二）年度总体工作和重点工作任务', '二、绩效自评情况', '（一）自评结论', '①经济性', '②效果性',
    ]);
    // Heading levels from the styles named heading 1 / heading 2 in the stylesheet.
    const headings = numbered.result.blocks.flatMap((b) => (b.kind === 'paragraph' && b.headingLevel ? [`${b.headingLevel} ${b.text}`] : []));
    expect(headings).toEqual(['1 一、部门基本情况', '2 （一）部门职能', '2 （二）年度总体工作和重点工作任务', '1 二、绩效自评情况', '2 （一）自评结论']);
  });

  it('reads a GBK web page named .doc', async () => {
    const { format, result } = await readDocument(at('ingest', 'html-as.doc'));
    expect(format).toBe('doc');
    expect(texts(result)).toEqual([
      '部门整体支出绩效自评报告',
      '一、部门基本情况',
      '（一）部门职能',
      '信访局设有办公室、接访股等4个机构。',
      '编制人数14人\u00a0实有人数13人。',
    ]);
    expect(result.blocks.find((b) => b.kind === 'paragraph' && b.headingLevel === 2)).toBeDefined();
    const grid = result.blocks.find((b) => b.kind === 'table');
    expect(grid?.kind === 'table' && grid.rows).toEqual([['项目', '预算数', ''], ['', '年初', '调整'], ['基本支出', '278.36', '0.00']]);
  });

  it('reads a single-file web page (MHT) named .doc', async () => {
    const { result } = await readDocument(at('ingest', 'mht-as.doc'));
    expect(texts(result)).toEqual(['一、部门基本情况', '收入合计346.38万元。']);
    expect(infos(result)[0]).toMatch(/内容实际是网页（MHT）格式/);
  });

  it('reads plain text named .doc as text', async () => {
    const { format, result } = await readDocument(at('ingest', 'text-as.doc'));
    expect(format).toBe('txt');
    expect(texts(result)).toEqual(['一、部门基本情况', '信访局设有4个股室。']);
  });
});

describe('readDocument: unreadable files, in plain words', () => {
  it.each([
    ['empty.docx', '文件为空'],
    ['empty.txt', '文件为空'],
    ['corrupt.docx', '不是有效的 Word 文档（.docx 压缩包损坏）'],
    ['garbage.doc', '不是有效的 Word 97-2003 文档（.doc）'],
    ['encrypted.docx', '文档设置了打开密码（已加密），无法读取'],
    ['wordml-as.doc', '文件实际是 Word 2003 XML 格式，暂不支持；请在 Word 中另存为 .docx 后再提交'],
  ])('%s: %s', async (name, message) => {
    expect(await failure(at('ingest', name))).toBe(message);
  });

  it('refuses an unsupported extension and a missing file', async () => {
    expect(await failure(at('ingest', 'report.wps'))).toBe('不支持的文件类型（.wps），只能读取 .docx、.doc、.pdf、.txt');
    expect(await failure(at('ingest', 'missing.docx'))).toBe('无法打开文件（ENOENT）');
  });

  it('refuses a text file in an unknown encoding', async () => {
    expect(await failure(at('txt', 'latin1.txt'))).toBe('文本编码无法识别（既不是 UTF-8 也不是 GBK）');
  });
});

describe('sniff', () => {
  const bytes = (name: string) => new Uint8Array(readFileSync(at('ingest', name)));
  it.each([
    ['pdf-as.docx', 'pdf'],
    ['docx-as.doc', 'zip'],
    ['doc-as.docx', 'ole'],
    ['rtf-as.doc', 'rtf'],
    ['html-as.doc', 'html'],
    ['mht-as.doc', 'mht'],
    ['wordml-as.doc', 'wordml'],
    ['text-as.doc', 'other'],
  ])('%s is %s', (name, content) => {
    expect(sniff(bytes(name))).toBe(content);
  });
});


describe('readDocument: web pages, RTF and text only pass as .doc', () => {
  it('refuses a web page saved as .pdf or .docx (often a download error page)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-ingest-test-'));
    try {
      for (const name of ['page.pdf', 'page.docx']) copyFileSync(at('ingest', 'html-as.doc'), path.join(dir, name));
      copyFileSync(at('ingest', 'text-as.doc'), path.join(dir, 'text.pdf'));
      expect(await failure(path.join(dir, 'page.pdf'))).toBe('不是有效的 PDF 文件，内容实际是网页（HTML）');
      expect(await failure(path.join(dir, 'page.docx'))).toBe('不是有效的 Word 文档，内容实际是网页（HTML）');
      expect(await failure(path.join(dir, 'text.pdf'))).toBe('不是有效的 PDF 文件');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
