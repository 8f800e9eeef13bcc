import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignRows, markedBlocks, readDoc } from '../../src/ingest/doc.ts';
import { CELL_BREAK, CELL_END, INFO_BASE, ROW_END } from '../../src/ingest/doc/word97.ts';
import { UnreadableError, type ReadResult } from '../../src/model.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (area: string, name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, area, name)));
const texts = (r: ReadResult) => r.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('readDoc', () => {
  it('reads paragraphs and a table with merged and multi-paragraph cells', async () => {
    const r = await readDoc(fixture('doc', 'table.doc'));
    expect(r.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'table', 'paragraph', 'paragraph']);
    // A tab in a body paragraph stays text: only cell marks make cells.
    expect(texts(r)).toContain('填报人：\t张三');
    const table = r.blocks[4];
    expect(table.kind === 'table' && table.rows).toEqual([
      ['项目', '预算数', '', '决算数'], // 预算数 spans two columns by the row's cell edges
      ['', '年初', '调整', '合计'],
      ['基本支出\n（含人员经费）', '278.36', '0.00', '278.36'],
      ['合计', '320.12', '8.72', '328.84'],
    ]);
    expect(r.messages).toEqual([]);
  });

  it('restores Word auto-numbers from the list tables, and heading levels from heading styles', async () => {
    const r = await readDoc(fixture('doc', 'numbering.doc'));
    expect(texts(r)).toEqual([
      '一、部门基本情况',
      '（一）部门职能',
      '1.主要职能',
      '负责处理群众来信来访。',
      '2.机构设置情况',
      '（二）年度总体工作和重点工作任务',
      '二、绩效自评情况',
      '（一）自评结论',
      '①经济性',
      '②效果性',
    ]);
    const headings = r.blocks.flatMap((b) => (b.kind === 'paragraph' && b.headingLevel ? [`${b.headingLevel} ${b.text}`] : []));
    expect(headings).toEqual(['1 一、部门基本情况', '2 （一）部门职能', '2 （二）年度总体工作和重点工作任务', '1 二、绩效自评情况', '2 （一）自评结论']);
    expect(r.messages).toEqual([{ severity: 'info', text: '已补回 Word 自动编号 9 处' }]);
  });

  it('leaves out the table of contents (Word toc 1–9 styles)', async () => {
    const r = await readDoc(fixture('doc', 'toc.doc'));
    expect(texts(r)).toEqual(['目录', '一、部门基本情况', '（一）部门职能', '二、绩效自评情况']);
    expect(r.messages).toEqual([{ severity: 'info', text: '已略去目录 3 行' }]);
  });

  it.each([
    ['empty', new Uint8Array(0), '文件为空'],
    ['not an OLE file', fixture('ingest', 'garbage.doc'), '不是有效的 Word 97-2003 文档（.doc）'],
    ['an OLE file that is not Word', fixture('ingest', 'encrypted.docx'), /无法读取/],
  ])('rejects %s', async (_, data, message) => {
    const error = await readDoc(data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('markedBlocks', () => {
  it('builds paragraphs, numbered headings and tables from marked text', () => {
    const info = String.fromCharCode(INFO_BASE);
    const body = `部门基本情况${info}正文\n`
      + `项目${CELL_END}金额${CELL_END}${ROW_END}`
      + `基本支出${CELL_BREAK}（人员）${CELL_END}1.00${CELL_END}${ROW_END}`
      + '\n表后正文\n';
    const blocks = markedBlocks(body, [{ number: '一、', headingLevel: 1 }], [null, null]);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '一、部门基本情况', page: null, headingLevel: 1 },
      { kind: 'paragraph', text: '正文', page: null },
      { kind: 'table', rows: [['项目', '金额'], ['基本支出\n（人员）', '1.00']], page: null },
      { kind: 'paragraph', text: '表后正文', page: null },
    ]);
  });
});

describe('alignRows', () => {
  it('spreads merged cells over the columns their edges cover', () => {
    expect(alignRows([
      { cells: ['项目', '预算数'], boundaries: [0, 1000, 3000] },
      { cells: ['', '年初', '调整'], boundaries: [0, 1000, 2000, 3010] },
    ])).toEqual([['项目', '预算数', ''], ['', '年初', '调整']]);
  });

  it('keeps rows as they are when all have the same number of cells', () => {
    expect(alignRows([
      { cells: ['a', 'b'], boundaries: [0, 500, 900] },
      { cells: ['c', 'd'], boundaries: [0, 400, 900] },
    ])).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('pads short rows when edges are unknown', () => {
    expect(alignRows([{ cells: ['a'], boundaries: null }, { cells: ['b', 'c'], boundaries: null }])).toEqual([['a', ''], ['b', 'c']]);
  });
});
