import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/ingest/docx.ts';
import { formatNumber } from '../../src/ingest/docx/numbering.ts';
import { parseXml, textOf, type XmlElement } from '../../src/ingest/docx/xml.ts';
import { UnreadableError, type RawBlock, type ReadResult } from '../../src/model.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (area: string, name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, area, name)));
const read = (name: string) => readDocx(fixture('docx', name));

const texts = (r: ReadResult) => r.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
const headings = (r: ReadResult) =>
  r.blocks.flatMap((b) => (b.kind === 'paragraph' && b.headingLevel ? [[b.headingLevel, b.text] as const] : []));
const tables = (r: ReadResult) => r.blocks.filter((b): b is Extract<RawBlock, { kind: 'table' }> => b.kind === 'table');

describe('readDocx: Word auto-numbering', () => {
  it('writes the numbers Word shows before the paragraph text', async () => {
    const r = await read('numbering.docx');
    expect(texts(r)).toEqual([
      '部门整体支出绩效自评报告',
      '一、部门基本情况',
      '（一）部门职能',
      '1.主要职能',
      '(1)负责处理群众来信来访。',
      '(2)承办上级交办的信访事项。',
      '2.机构设置情况',
      '信访局设有办公室、接访股、督查股、网络信息股共4个机构。',
      '3.人员编制情况',
      '编制人数14人；实有人数13人，退休3人。',
      // A new level-1 item restarts the levels below it.
      '（二）年度总体工作和重点工作任务',
      '1.抓好源头治理',
      '二、绩效自评情况',
      '（一）自评结论',
      '自评得分100分。',
      '①经济性',
      '②效果性',
      // Bullets carry no number.
      '按时完成',
      // A start value of 3, and a separator after a number that ends in a word.
      '第三部分 存在问题',
      // A second instance of the outline list starts again.
      '一、附件说明',
    ]);
    expect(r.messages).toEqual([{ severity: 'info', text: expect.stringContaining('已补回 Word 自动编号 15 处') }]);
    expect(r.pages).toBeNull();
  });

  it('follows numbering through styles, list styles, shared lists, overrides and restarts', async () => {
    const r = await read('style-numbering.docx');
    expect(texts(r)).toEqual([
      '一、部门基本情况', // numbering and level from the Heading 1 style
      '（一）部门职能', // Heading 2: level 1 from the style
      '1.主要职能',
      '1.1 具体职责', // %3.%4
      '1.1.1 具体事项', // isLgl: chineseCounting levels shown as decimals
      '2.机构设置情况',
      '（二）年度总体工作',
      '1.重点工作任务', // another w:num of the same abstract list continues it
      '不编号的标题', // numId 0 removes the style's numbering
      '二、绩效自评情况', // numStyleLink to the outline's list style
      '五、另起一个编号', // startOverride 5
      '1、第一项',
      '1)子项甲',
      '2、第二项',
      '2)子项乙', // lvlRestart 0: never restarts
      '4、第四项', // the empty numbered paragraph before it still counts
      '自定义样式的标题',
      '一.新式编号', // numFmt from mc:AlternateContent's fallback
      '二.新式编号二',
    ]);
    // Numbered paragraphs in table cells are numbered in the same sequence.
    expect(tables(r)[0].rows).toEqual([['（一）自评结论', '得分100分'], ['指标', '权重']]);
    expect(headings(r)).toEqual([
      [1, '一、部门基本情况'],
      [2, '（一）部门职能'],
      [2, '（二）年度总体工作'],
      [1, '不编号的标题'],
      [3, '自定义样式的标题'], // a custom style with outline level 2
    ]);
  });
});

describe('readDocx: structure', () => {
  it('maps Word heading styles to heading levels', async () => {
    const r = await read('headings.docx');
    expect(headings(r)).toEqual([
      [1, '一、部门基本情况'],
      [2, '（一）部门职能'],
      [3, '1.主要职能'],
      [1, '二、绩效自评情况'],
    ]);
    expect(r.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('负责'))).not.toHaveProperty('headingLevel');
  });

  it('keeps tables on their column grid, merged cells as empty strings', async () => {
    const r = await read('table.docx');
    expect(r.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tables(r)[0].rows).toEqual([
      ['项目', '预算数', '', '决算数'],
      ['', '年初', '调整', '合计'],
      ['基本支出', '278.36', '0.00', '278.36'],
      ['', '41.76', '8.72', '50.48'],
      ['合计', '320.12', '8.72', '328.84'],
    ]);
    expect(texts(r)).toContain('收入合计346.38万元。（含结转）');
  });

  it('unwraps a one-cell layout table, splits at line breaks, drops note markers, appends notes', async () => {
    const r = await read('layout.docx');
    expect(texts(r)).toEqual([
      '一、部门基本情况',
      '收入合计346.38万元。',
      '（一）部门职能',
      '1.主要职能',
      '含上年结转12.50万元。',
    ]);
    // A table inside a cell becomes that cell's text, row by row.
    expect(tables(r)[0].rows).toEqual([['项目', '预算'], ['基本支出', '年初预算\t调整预算\n120.00\t8.50']]);
    expect(r.pages).toBe(3);
  });

  it('leaves out the table of contents, whose lines repeat the headings with page numbers', async () => {
    const r = await read('toc.docx');
    expect(texts(r)).toEqual(['目录', '一、部门基本情况', '（一）部门职能', '二、绩效自评情况']);
    expect(r.messages).toEqual([{ severity: 'info', text: '已略去目录 3 行' }]);
  });

  it('flags a document that is only a picture as needing OCR', async () => {
    const r = await read('image-only.docx');
    expect(r.needsOcr).toBe(true);
    expect(r.blocks).toEqual([]);
  });
});

describe('readDocx: unreadable files', () => {
  it.each([
    ['empty', fixture('ingest', 'empty.docx'), '文件为空'],
    ['a truncated zip', fixture('ingest', 'corrupt.docx'), '不是有效的 Word 文档（.docx 压缩包损坏）'],
    ['a zip without word/document.xml', fixture('docx', 'no-document.docx'), /没有正文 word\/document\.xml/],
  ])('rejects %s', async (_, data, message) => {
    const error = await readDocx(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('formatNumber', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [21, 'chineseCountingThousand', '二十一'],
    [100, 'chineseCounting', '一百'],
    [101, 'chineseCounting', '一百零一'],
    [110, 'japaneseCounting', '一百一十'],
    [10, 'ideographDigital', '一〇'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [3, 'ideographTraditional', '丙'],
    [2, 'decimalEnclosedCircle', '②'],
    [21, 'decimalEnclosedCircleChinese', '㉑'],
    [3, 'decimalEnclosedParen', '⑶'],
    [12, 'decimalFullWidth', '１２'],
    [4, 'upperRoman', 'IV'],
    [27, 'upperLetter', 'AA'],
    [5, 'decimalZero', '05'],
    [7, 'none', ''],
    [7, 'somethingNew', '7'],
  ])('%i as %s is %s', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });

  it('gives no number for a bullet', () => {
    expect(formatNumber(1, 'bullet')).toBeNull();
  });
});

describe('the XML reader under readDocx', () => {
  it('reads attributes holding > and entities, and keeps element offsets', () => {
    const src = '<w:p a="x>y" b=\'&lt;&#x4e00;\'><w:t xml:space="preserve">A&amp;B</w:t><w:br/></w:p>';
    const root = parseXml(src);
    const p = root.children[0] as XmlElement;
    expect(p.attrs).toEqual({ a: 'x>y', b: '<一' });
    expect(textOf(p)).toBe('A&B');
    const t = p.children[0] as XmlElement;
    expect(src.slice(t.start, t.end)).toBe('<w:t xml:space="preserve">A&amp;B</w:t>');
    expect(src.slice(p.openEnd, p.end)).toBe('<w:t xml:space="preserve">A&amp;B</w:t><w:br/></w:p>');
  });

  it('in HTML mode, closes void elements and keeps script text out of the tree', () => {
    const root = parseXml('<P>a<BR>b<script>if (x < 1) "<p>";</script></P>', { html: true });
    const p = root.children[0] as XmlElement;
    expect(p.name).toBe('p');
    expect(p.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['a', 'br', 'b', 'script']);
  });
});
