import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, readTxt, textBlocks } from '../../src/ingest/txt.ts';
import { UnreadableError } from '../../src/model.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, 'txt', name)));

const REPORT_LINES = [
  '部门整体支出绩效自评报告',
  '一、部门基本情况',
  '（一）部门职能',
  '1.主要职能',
  '信访局设有办公室、接访股、督查股、网络信息股共4个机构。', // ideographic-space indentation trimmed
  '编制人数14人；实有人数13人，退休3人。',
  '二、绩效自评情况',
  '自评得分100分，公用经费控制率95.16%。',
];

describe('readTxt: encodings', () => {
  it.each([
    ['utf8.txt', []],
    ['utf8-bom.txt', []],
    ['gbk.txt', [{ severity: 'info', text: '文本不是 UTF-8，已按 GBK（GB18030）编码读取' }]],
    ['utf16le.txt', [{ severity: 'info', text: expect.stringContaining('UTF-16') }]],
  ])('reads %s, one paragraph per non-empty line', async (name, messages) => {
    const r = await readTxt(fixture(name));
    expect(r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : null))).toEqual(REPORT_LINES);
    expect(r.messages).toEqual(messages);
    expect(r.pages).toBeNull();
  });

  it.each(['big5.txt', 'latin1.txt'])('refuses to guess the encoding of %s', async (name) => {
    const error = await readTxt(fixture(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableError);
    expect((error as Error).message).toBe('文本编码无法识别（既不是 UTF-8 也不是 GBK）');
  });

  it('refuses an empty file and binary data', async () => {
    await expect(readTxt(new Uint8Array(0))).rejects.toThrow('文件为空');
    expect(decodeText(new Uint8Array([0x00, 0x01, 0x02, 0x41, 0x42]))).toBeNull();
  });

  it('decodes GBK only when the bytes are plausible Chinese', () => {
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ text: '中文', encoding: 'gb18030' });
    expect(decodeText(new Uint8Array([0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87]))).toEqual({ text: '中文', encoding: 'utf-8' });
    // 0x80 decodes as € in GBK: not Chinese text.
    expect(decodeText(new Uint8Array([0x80, 0x80, 0x80, 0x41]))).toBeNull();
  });
});

describe('readTxt: tables', () => {
  it('turns aligned columns over two or more lines into tables, and leaves form fields and prose alone', async () => {
    const r = await readTxt(fixture('tables.txt'));
    expect(r.blocks).toEqual([
      { kind: 'paragraph', text: '表1 收入支出决算表（单位：万元）', page: null },
      {
        kind: 'table',
        rows: [['项目', '年初预算', '调整预算', '全年预算'], ['基本支出', '278.36', '0.00', '278.36'], ['项目支出', '41.76', '8.72', '50.48']],
        page: null,
      },
      { kind: 'table', rows: [['指标', '分值', '得分'], ['预算编制', '10', '10'], ['预算执行', '20', '19.5']], page: null },
      { kind: 'paragraph', text: '填报人：  张三', page: null },
      { kind: 'paragraph', text: '联系电话：  0668-1234567', page: null },
      { kind: 'paragraph', text: '他说  这一段只是两处空格的正文，并不是表格，因为它是一句完整的话。', page: null },
    ]);
  });

  it('keeps a single tab-separated line as a paragraph', () => {
    expect(textBlocks('合计\t346.38\n收入合计346.38万元。')).toEqual([
      { kind: 'paragraph', text: '合计\t346.38', page: null },
      { kind: 'paragraph', text: '收入合计346.38万元。', page: null },
    ]);
  });

  it('keeps empty cells of tab-separated rows in place', () => {
    expect(textBlocks('项目\t预算\t决算\n基本支出\t\t12.00')).toEqual([
      { kind: 'table', rows: [['项目', '预算', '决算'], ['基本支出', '', '12.00']], page: null },
    ]);
  });

  it('turns lines of cells between | into tables, dropping the rule row under the header', async () => {
    const r = await readTxt(fixture('bar-tables.txt'));
    expect(r.blocks).toEqual([
      { kind: 'paragraph', text: '表2 部门收支决算总表', page: null },
      { kind: 'paragraph', text: '单位：万元', page: null },
      {
        kind: 'table',
        rows: [
          ['项目', '决算数', '项目', '决算数'],
          ['财政拨款收入', '512.40', '一般公共服务支出', '430.15'],
          ['其他收入', '8.60', '卫生健康支出', '66.20'],
          ['本年收入合计', '521.00', '本年支出合计', '496.35'],
        ],
        page: null,
      },
      {
        kind: 'table',
        rows: [
          ['收入', '', '支出', ''],
          ['项目', '金额', '项目', '金额'],
          ['本年收入合计', '87.25', '本年支出合计', '80.10'],
          ['', '', '年末结转和结余', '7.15'],
        ],
        page: null,
      },
      { kind: 'paragraph', text: '会议决定：坚持“管行业必须管安全|管业务必须管安全”，全年不发生较大事故。', page: null },
    ]);
  });

  it('keeps leading tabs as empty cells, and rows that dropped empty cells at their end in the table', () => {
    expect(textBlocks('收入\t\t支出\n项目\t金额\t项目\t金额\n其他收入\t0.00\t卫生健康支出\t6.00\n\t\t住房保障支出\t5.00')).toEqual([
      {
        kind: 'table',
        rows: [['收入', '', '支出', ''], ['项目', '金额', '项目', '金额'], ['其他收入', '0.00', '卫生健康支出', '6.00'], ['', '', '住房保障支出', '5.00']],
        page: null,
      },
    ]);
    expect(textBlocks('\t本段以制表符缩进。\n\t下一段也以制表符缩进。')).toEqual([
      { kind: 'paragraph', text: '本段以制表符缩进。', page: null },
      { kind: 'paragraph', text: '下一段也以制表符缩进。', page: null },
    ]);
  });
});
