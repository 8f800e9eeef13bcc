import { mkdtemp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toCsv, toJsonl, writeDataset } from '../../src/outputs/write.ts';
import {
  FIGURE_COLUMNS,
  METRIC_KEYS,
  SUMMARY_COLUMNS,
  type Column,
  type FigureRow,
  type SummaryRow,
} from '../../src/outputs/datasets.ts';
import { writeOutputs } from '../../src/outputs/index.ts';

const COLUMNS: Column[] = [
  { key: 'file', header: '文件' },
  { key: 'text', header: '原文' },
  { key: 'value', header: '数值' },
];

/** The CSV lines after the header (the test rows have no quoted newlines). */
function bodyLines(csv: string): string[] {
  return csv.split('\n').slice(1, -1);
}

function figure(over: Partial<FigureRow> = {}): FigureRow {
  return {
    file: 'a.pdf', id: 'f0001', kind: 'amount', value: -11.65, unit: '万元', amount_wan: -11.65,
    approx: false, raw: '-11.65万元', label: '结余', metric: 'balance', section: '一、部门基本情况',
    page: 3, flagged: ['x0001', 'x0002'], object: '部门', measure: '结转结余', period: '年末', of: null, source: 'text', confidence: null, ...over,
  };
}

function summary(): SummaryRow {
  const metrics = Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as SummaryRow['metrics'];
  metrics.income_total = 346.38;
  metrics.public_funds_control_rate = 95.16;
  return {
    file: 'b.docx', format: 'docx', status: 'ok', error: null, pages: null, department: '信访局',
    year: 2024, sections: 12, figures: 80, findings: { error: 1, warning: 2, info: 3 }, metrics, department_key: '信访局', ocr_pages: 0,
  };
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and the Chinese headers', () => {
    const csv = toCsv(COLUMNS, []);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFF文件,原文,数值\n');
  });

  it('guards text cells that a spreadsheet would run as a formula', () => {
    const texts = ['=SUM(A1:A9)', '+1+1', '-1+1', '@cmd', '\tx', '\ry', '-11.65万元'];
    const csv = toCsv(COLUMNS, texts.map((text) => ({ file: 'a', text, value: 1 })));
    const cells = bodyLines(csv).map((l) => l.slice('a,'.length, l.lastIndexOf(',')));
    expect(cells).toEqual([
      "'=SUM(A1:A9)", "'+1+1", "'-1+1", "'@cmd", "'\tx", `"'\ry"`, "'-11.65万元",
    ]);
  });

  it('leaves plain negative numbers as numbers, whether number or text', () => {
    const csv = toCsv(COLUMNS, [
      { file: 'a', text: '-11.65', value: -11.65 },
      { file: 'a', text: '-5%', value: -0.5 },
    ]);
    expect(bodyLines(csv)).toEqual(['a,-11.65,-11.65', 'a,-5%,-0.5']);
  });

  it('quotes cells holding commas, quotes and line breaks', () => {
    const csv = toCsv(COLUMNS, [{ file: 'a', text: '收入1,234.56万元，"其中"\n下一行', value: '回车\r后' }]);
    expect(csv.split('\n').slice(1).join('\n')).toBe('a,"收入1,234.56万元，""其中""\n下一行","回车\r后"\n');
  });

  it('writes null and missing as empty, booleans as 是/否, arrays joined', () => {
    const csv = toCsv(FIGURE_COLUMNS, [figure({ label: null, approx: true })]);
    expect(bodyLines(csv)).toEqual([
      "a.pdf,f0001,amount,-11.65,万元,-11.65,是,'-11.65万元,,balance,一、部门基本情况,3,x0001; x0002,部门,结转结余,年末,,text,",
    ]);
    expect(bodyLines(toCsv(COLUMNS, [{}]))).toEqual([',,']);
  });

  it('spreads findings counts and metrics into columns', () => {
    const csv = toCsv(SUMMARY_COLUMNS, [summary()]);
    const [header, row] = csv.slice(1).split('\n');
    const headers = header!.split(',');
    const cells = row!.split(',');
    expect(headers).toHaveLength(14 + METRIC_KEYS.length);
    expect(cells).toHaveLength(headers.length);
    const at = (h: string) => cells[headers.indexOf(h)];
    expect(at('错误数')).toBe('1');
    expect(at('警告数')).toBe('2');
    expect(at('提示数')).toBe('3');
    expect(at('收入合计(万元)')).toBe('346.38');
    expect(at('公用经费控制率(%)')).toBe('95.16');
    expect(at('满意度(%)')).toBe('');
    expect(at('页数')).toBe('');
  });
});

describe('toJsonl', () => {
  it('round-trips rows, nested objects kept as objects', () => {
    const rows = [summary(), { ...summary(), file: 'c.pdf', pages: 4 }];
    const text = toJsonl(SUMMARY_COLUMNS, rows);
    expect(text.endsWith('\n')).toBe(true);
    const back = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(back).toEqual(rows);
    expect(Object.keys(back[0].metrics)).toEqual([...METRIC_KEYS]);
  });

  it('writes the column keys in column order, missing as null, extra fields dropped', () => {
    const text = toJsonl(COLUMNS, [{ value: 2, extra: 'x', file: 'a' }]);
    expect(text).toBe('{"file":"a","text":null,"value":2}\n');
  });

  it('writes an empty file for no rows', () => {
    expect(toJsonl(COLUMNS, [])).toBe('');
  });
});

describe('writeDataset', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gouji-out-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes NAME.csv and NAME.jsonl and leaves no temporary file', async () => {
    await writeDataset(dir, 'figures', FIGURE_COLUMNS, [figure()]);
    expect((await readdir(dir)).sort()).toEqual(['figures.csv', 'figures.jsonl']);
    const csv = await readFile(path.join(dir, 'figures.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const jsonl = await readFile(path.join(dir, 'figures.jsonl'), 'utf8');
    expect(JSON.parse(jsonl)).toEqual(figure());
  });

  it('replaces an existing file whole', async () => {
    await writeDataset(dir, 'figures', FIGURE_COLUMNS, [figure(), figure({ id: 'f0002' })]);
    await writeDataset(dir, 'figures', FIGURE_COLUMNS, [figure({ id: 'f0003' })]);
    const jsonl = await readFile(path.join(dir, 'figures.jsonl'), 'utf8');
    expect(jsonl.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['f0003']);
  });

  it('removes its temporary file when the write fails', async () => {
    // A folder where the file should go: the final rename fails.
    await mkdir(path.join(dir, 'figures.csv'));
    await expect(writeDataset(dir, 'figures', FIGURE_COLUMNS, [figure()])).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['figures.csv']);
  });

  it('gives byte-identical files for the same rows, whatever the key order of the row objects', async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    const row = figure();
    const shuffled = Object.fromEntries(Object.entries(row).reverse());
    await writeDataset(a, 'figures', FIGURE_COLUMNS, [row]);
    await writeDataset(b, 'figures', FIGURE_COLUMNS, [shuffled]);
    for (const f of ['figures.csv', 'figures.jsonl']) {
      expect(await readFile(path.join(a, f))).toEqual(await readFile(path.join(b, f)));
    }
  });

  it('writeOutputs writes the five datasets', async () => {
    await writeOutputs(dir, { summary: [summary()], figures: [figure()], sections: [], findings: [], compare: [] });
    expect((await readdir(dir)).sort()).toEqual([
      'compare.csv', 'compare.jsonl', 'figures.csv', 'figures.jsonl', 'findings.csv', 'findings.jsonl',
      'sections.csv', 'sections.jsonl', 'summary.csv', 'summary.jsonl',
    ]);
    expect(await readFile(path.join(dir, 'findings.csv'), 'utf8')).toBe(
      '\uFEFF文件,编号,规则,级别,说明,应为,所印数值,差异,所在章节,页码,原文,相关数字\n',
    );
  });
});
