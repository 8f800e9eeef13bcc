// Table cells take their unit and kind from the caption and headers, and their labels from
// the row and column headers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document.ts';
import { extractFigures } from '../../src/figures/index.ts';
import { readTxt } from '../../src/ingest/txt.ts';
import { docOf, type BlockSpec } from './helpers.ts';

const TXT_FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'txt');

function cells(blocks: BlockSpec[]) {
  return extractFigures(docOf(blocks)).figures.map((f) => ({
    v: `${f.value} ${f.unit} ${f.kind}`,
    cell: f.cell ? `${f.cell.row},${f.cell.col}` : null,
    label: f.label,
    metric: f.metric,
  }));
}

describe('table units', () => {
  it('takes 单位：万元 from the paragraph before the table, with two header rows', () => {
    const got = cells([
      '2024年度收入支出决算总表',
      '单位：万元',
      [
        ['收入', '', '支出', ''],
        ['项目', '金额', '项目', '金额'],
        ['一般公共预算财政拨款收入', '346.38', '一般公共服务支出', '278.36'],
        ['本年收入合计', '346.38', '本年支出合计', '346.38'],
        ['年初结转和结余', '0.00', '年末结转和结余', '0.00'],
        ['收入总计', '346.38', '支出总计', '346.38'],
      ],
    ]);
    expect(got.map((g) => g.v)).toEqual(Array(8).fill(null).map((_, i) => (i === 4 || i === 5 ? '0.00 万元 amount' : '346.38 万元 amount')).map((v, i) => (i === 1 ? '278.36 万元 amount' : v)));
    expect(got.map((g) => g.cell)).toEqual(['2,1', '2,3', '3,1', '3,3', '4,1', '4,3', '5,1', '5,3']);
    expect(got.map((g) => g.metric)).toEqual([
      'income_fiscal', null, 'income_total', 'expenditure_total', 'carryover_begin', 'carryover_end', 'income_grand_total', 'expenditure_grand_total',
    ]);
    expect(got[1]!.label).toBe('一般公共服务支出 支出 金额');
  });
  it('takes the unit from a header such as 金额（万元） and a caption cell in the first row', () => {
    expect(cells([[['项目', '金额（万元）'], ['公务接待费', '0.70']]]).map((g) => g.v)).toEqual(['0.70 万元 amount']);
    expect(cells([[['', '', '单位：元'], ['项目', '预算数', '决算数'], ['公务接待费', '7,000.00', '6,800.00']]]).map((g) => g.v)).toEqual([
      '7000.00 元 amount',
      '6800.00 元 amount',
    ]);
  });
  it('reads (11.65) in a cell as negative and skips dashes', () => {
    expect(cells(['单位：万元', [['项目', '年初预算数', '调整预算数'], ['合计', '358.03', '(11.65)'], ['其中：基本支出', '300.00', '（5.00）'], ['项目支出', '58.03', '—']]]).map((g) => g.v)).toEqual([
      '358.03 万元 amount',
      '-11.65 万元 amount',
      '300.00 万元 amount',
      '-5.00 万元 amount',
      '58.03 万元 amount',
    ]);
  });
  it('gives score columns 分 and rate columns %', () => {
    const got = cells([
      [
        ['一级指标', '二级指标', '三级指标', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '信访事项办结数', '≥500件', '20', '20'],
        ['', '质量指标', '按期办结率', '98.5%', '20', '19.5'],
        ['效益指标', '社会效益', '社会稳定', '良好', '30', '28'],
        ['合计', '', '', '', '100', '95.5'],
      ],
    ]);
    expect(got.map((g) => g.v)).toEqual([
      '500 件 count', '20 分 score', '20 分 score',
      '98.5 % percent', '20 分 score', '19.5 分 score',
      '30 分 score', '28 分 score',
      '100 分 score', '95.5 分 score',
    ]);
    expect(got[2]!.label).toBe('信访事项办结数 得分');
    expect(got[7]!.label).toBe('社会稳定 得分');
    expect(got.at(-1)!.metric).toBe('self_score');
    expect(got.at(-2)!.metric).toBe('indicator_weight');
    expect(got[2]!.metric).toBe('indicator_score');
  });
  it('skips numbering columns, column-number rows and year columns', () => {
    const got = cells([
      '单位：万元',
      [
        ['序号', '功能分类科目编码', '科目名称', '决算数'],
        ['栏次', '', '', '1'],
        ['1', '2010301', '行政运行', '278.36'],
        ['2', '2080505', '机关事业单位基本养老保险缴费支出', '41.76'],
      ],
    ]);
    expect(got.map((g) => g.v)).toEqual(['278.36 万元 amount', '41.76 万元 amount']);
  });
  it('fills merged header cells from the left', () => {
    const got = cells([
      '单位：万元',
      [
        ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'],
        ['', '', '', '小计', '购置费', '运行维护费', ''],
        ['预算数', '3.00', '0.00', '2.00', '0.00', '2.00', '1.00'],
        ['决算数', '2.20', '0.00', '1.50', '0.00', '1.50', '0.70'],
      ],
    ]);
    expect(got).toHaveLength(12);
    expect(got[4]!.label).toBe('预算数 公务用车购置及运行维护费 运行维护费');
    expect(got[11]!.metric).toBe('three_public_reception');
  });
  it('reports a decimal in a table without any unit', () => {
    const r = extractFigures(docOf([[['指标', '数值'], ['系数', '0.85']]]));
    expect(r.figures).toEqual([]);
    expect(r.findings.map((f) => [f.rule, f.actual, f.cell])).toEqual([['unreadable-figure', '0.85', { row: 1, col: 1 }]]);
  });
});

describe('tables written as text rows', () => {
  it('reads paragraphs with cells between | as a table, placing figures in their paragraphs', () => {
    const doc = docOf(['单位：万元', '项目|年初预算数|决算数', '公务接待费| 1.00 | 0.70', '合计| 3.00 |(2.20)']);
    const { figures } = extractFigures(doc);
    expect(figures.map((f) => [f.value, f.unit, f.block, f.cell, f.raw])).toEqual([
      ['1.00', '万元', 2, null, '1.00'],
      ['0.70', '万元', 2, null, '0.70'],
      ['3.00', '万元', 3, null, '3.00'],
      ['-2.20', '万元', 3, null, '(2.20)'],
    ]);
    for (const f of figures) {
      const b = doc.blocks[f.block]!;
      if (b.kind === 'paragraph') expect(b.text.text.slice(f.start, f.end)).toBe(f.raw);
    }
    expect(figures[1]!.label).toBe('公务接待费 决算数');
  });
  it('reads a .txt table typed with | as table cells: caption unit, row and column labels, no rule row', async () => {
    const read = await readTxt(new Uint8Array(readFileSync(path.join(TXT_FIXTURES, 'bar-tables.txt'))));
    const doc = buildDoc('bar-tables.txt', 'txt', read);
    const { figures } = extractFigures(doc);
    expect(figures.map((f) => `${f.value} ${f.unit} ${f.cell ? `${f.cell.row},${f.cell.col}` : '-'}`)).toEqual([
      '512.40 万元 1,1',
      '430.15 万元 1,3',
      '8.60 万元 2,1',
      '66.20 万元 2,3',
      '521.00 万元 3,1',
      '496.35 万元 3,3',
      '87.25 万元 2,1',
      '80.10 万元 2,3',
      '7.15 万元 3,3',
    ]);
    expect(figures.map((f) => f.label)).toEqual([
      '财政拨款收入 决算数',
      '一般公共服务支出 决算数',
      '其他收入 决算数',
      '卫生健康支出 决算数',
      '本年收入合计 决算数',
      '本年支出合计 决算数',
      '本年收入合计 收入 金额',
      '本年支出合计 支出 金额',
      '年末结转和结余 支出 金额',
    ]);
    expect(figures.filter((f) => f.metric).map((f) => `${f.value} ${f.metric}`)).toEqual([
      '512.40 income_fiscal',
      '521.00 income_total',
      '496.35 expenditure_total',
      '87.25 income_total',
      '80.10 expenditure_total',
      '7.15 carryover_end',
    ]);
  });
  it('skips a rule row |---| between paragraphs of a text table', () => {
    const doc = docOf(['单位：万元', '| 项目 | 预算数 | 决算数 |', '|:---|---:|---:|', '| 公务接待费 | 1.00 | 0.70 |', '| 合计 | 3.00 | 2.20 |']);
    const { figures, findings } = extractFigures(doc);
    expect(figures.map((f) => [f.value, f.block, f.label])).toEqual([
      ['1.00', 3, '公务接待费 预算数'],
      ['0.70', 3, '公务接待费 决算数'],
      ['3.00', 4, '合计 预算数'],
      ['2.20', 4, '合计 决算数'],
    ]);
    expect(findings).toEqual([]);
  });
  it('leaves a single paragraph with a bar alone', () => {
    expect(extractFigures(docOf(['收入|支出各为3.5万元'])).figures.map((f) => f.value)).toEqual(['3.5']);
  });
});

describe('text rows around a table block', () => {
  it('reads them as one table, keeping the caption unit', () => {
    const doc = docOf(['单位：万元', '项目|金额', '本年收入合计| 694.82', [['', ''], ['其他收入', '0.00']], '收入总计| 701.45']);
    const { figures } = extractFigures(doc);
    expect(figures.map((f) => [f.value, f.unit, f.block, f.cell])).toEqual([
      ['694.82', '万元', 2, null],
      ['0.00', '万元', 3, { row: 1, col: 1 }],
      ['701.45', '万元', 4, null],
    ]);
    expect(figures.map((f) => f.metric)).toEqual(['income_total', null, 'income_grand_total']);
  });
});

describe('tables that arrive in pieces', () => {
  it('reads short paragraphs of numbers beside a table as its rows, lined up on the right', () => {
    const doc = docOf([
      '单位：万元',
      [['项目', '金额', '项目', '金额'], ['一般公共预算财政拨款收入', '784.57', '一般公共服务支出', '36.13']],
      '住房保障支出58.43',
      [['本年收入合计', '803.17', '本年支出合计', '797.82']],
    ]);
    const { figures } = extractFigures(doc);
    expect(figures.map((f) => [f.value, f.unit, f.block, f.cell, f.label])).toEqual([
      ['784.57', '万元', 1, { row: 1, col: 1 }, '一般公共预算财政拨款收入 金额'],
      ['36.13', '万元', 1, { row: 1, col: 3 }, '一般公共服务支出 金额'],
      ['58.43', '万元', 2, null, '住房保障支出 金额'],
      ['803.17', '万元', 3, { row: 0, col: 1 }, '本年收入合计 金额'],
      ['797.82', '万元', 3, { row: 0, col: 3 }, '本年支出合计 金额'],
    ]);
    const p = doc.blocks[2]!;
    if (p.kind === 'paragraph') expect(p.text.text.slice(figures[2]!.start, figures[2]!.end)).toBe('58.43');
  });
  it('keeps marks such as ≥ with their number and scores in their columns', () => {
    const { figures } = extractFigures(
      docOf([[['三级指标', '实际完成值', '分值', '得分'], ['办结率', '100%', '10', '10']], '完成及时率95.23% 13 12.5', '受理数量≥500件 5 5']),
    );
    expect(figures.map((f) => `${f.value}${f.unit}`)).toEqual(['100%', '10分', '10分', '95.23%', '13分', '12.5分', '500件', '5分', '5分']);
  });
  it('finds the caption past header lines the reader left as paragraphs', () => {
    const { figures } = extractFigures(
      docOf(['“三公”经费财政拨款支出决算表', '单位：万元', '项目合计因公出国（境）费公务用车购置及运行维护费公务接待费', [['预算数', '7.89', '1.97'], ['决算数', '6.11', '1.25']]]),
    );
    expect(figures.map((f) => `${f.value}${f.unit}`)).toEqual(['7.89万元', '1.97万元', '6.11万元', '1.25万元']);
  });
  it('leaves prose and headings beside a table alone', () => {
    const { figures } = extractFigures(docOf(['单位：万元', [['项目', '金额'], ['合计', '5.00']], '以上数据来源于2024年决算报表，共计3.5']));
    expect(figures.map((f) => `${f.value}${f.unit}`)).toEqual(['5.00万元']);
  });
});

describe('row units', () => {
  it('takes a unit from the row label when the column gives none', () => {
    const got = cells([
      [
        ['一级指标', '三级指标', '目标值', '实际完成值', '分值', '得分'],
        ['产出指标', '培训人数（人）', '100', '98', '10', '9.5'],
        ['', '资金到位率（%）', '100', '100', '10', '10'],
      ],
    ]);
    expect(got.map((g) => g.v)).toEqual([
      '100 人 count', '98 人 count', '10 分 score', '9.5 分 score',
      '100 % percent', '100 % percent', '10 分 score', '10 分 score',
    ]);
  });
});

describe('rows that lost empty cells at both ends', () => {
  it('shifts them to where their numbers meet the number columns', () => {
    const got = cells([
      [
        ['一级指标', '二级指标', '三级指标', '实际完成值', '分值', '得分', '偏差原因'],
        ['预算执行', '预算执行率', '预算执行率', '95.22%', '10', '9', '部分未达标'],
      ],
      [['质量指标', '资金发放准确率', '100%', '15', '15']],
    ]);
    expect(got.map((g) => `${g.v} ${g.label}`)).toEqual([
      '95.22 % percent 预算执行率 实际完成值',
      '10 分 score 预算执行率 分值',
      '9 分 score 预算执行率 得分',
      '100 % percent 资金发放准确率 实际完成值',
      '15 分 score 资金发放准确率 分值',
      '15 分 score 资金发放准确率 得分',
    ]);
  });
});

describe('tables split by a page break', () => {
  it('reads a headerless table right after another as its continuation', () => {
    const got = cells(['单位：万元', [['项目', '预算数', '决算数'], ['基本支出', '300.00', '295.00']], [['项目支出', '58.03', '51.38']]]);
    expect(got.map((g) => `${g.v} ${g.cell} ${g.label}`)).toEqual([
      '300.00 万元 amount 1,1 基本支出 预算数',
      '295.00 万元 amount 1,2 基本支出 决算数',
      '58.03 万元 amount 0,1 项目支出 预算数',
      '51.38 万元 amount 0,2 项目支出 决算数',
    ]);
  });
  it('keeps a table with its own header apart', () => {
    const got = cells(['单位：万元', [['项目', '金额'], ['合计', '5.00']], [['指标', '分值'], ['产出', '50']]]);
    expect(got.map((g) => g.v)).toEqual(['5.00 万元 amount', '50 分 score']);
  });
});

describe('tables that state no unit at all', () => {
  const table = [
    ['资金来源', '年初预算', '执行数', '执行率'],
    ['省级补助', '150.00', '146.30', '97.53%'],
    ['县级配套', '50.00', '48.20', '96.40%'],
    ['合计', '200.00', '194.50', '97.25%'],
  ];
  it('take the unit the text states the same amounts in', () => {
    const r = extractFigures(docOf(['本项目年初预算200.00万元，全年执行194.50万元。', '项目资金执行情况', table]));
    expect(r.figures.filter((f) => f.cell).map((f) => `${f.value} ${f.unit}`)).toEqual([
      '150.00 万元', '146.30 万元', '97.53 %',
      '50.00 万元', '48.20 万元', '96.40 %',
      '200.00 万元', '194.50 万元', '97.25 %',
    ]);
    expect(r.figures.filter((f) => f.cell && f.unit === '万元').map((f) => f.amountWan)).toContain('194.50');
    expect(r.findings).toEqual([]);
  });
  it('stay unreadable when the text states fewer than two of their amounts and no column total', () => {
    const r = extractFigures(docOf(['本项目省级补助150.00万元。', '项目资金执行情况', table]));
    expect(r.figures.filter((f) => f.cell).map((f) => f.unit)).toEqual(['%', '%', '%']);
    expect(r.findings.map((f) => f.actual)).toEqual(['150.00', '146.30', '50.00', '48.20', '200.00', '194.50']);
  });
  it('take the unit the text writes (nearly) all its amounts in, when their numbers are no larger than its largest', () => {
    const text = ['全年预算1,064.90万元，全年支出1,038.27万元，其中本级742.35万元、分中心295.92万元。全市交易额48.26亿元。', '主要项目执行情况', table];
    expect(extractFigures(docOf(text)).figures.filter((f) => f.cell).map((f) => f.unit)).toEqual(['万元', '万元', '%', '万元', '万元', '%', '万元', '万元', '%']);
    // A table of numbers far above the text's amounts is in another unit (元): it stays unread.
    const small = ['全年预算10.90万元，全年支出10.27万元，其中本级7.35万元。', '主要项目执行情况', table];
    expect(extractFigures(docOf(small)).figures.filter((f) => f.cell).map((f) => f.unit)).toEqual(['%', '%', '%']);
  });
  it('take the unit of a column total the text states (the column holds its 合计, or only its rows)', () => {
    const withTotal = extractFigures(docOf(['本项目年初预算200.00万元。', '项目资金执行情况', table]));
    expect(withTotal.figures.filter((f) => f.cell).map((f) => f.unit)).toEqual(['万元', '万元', '%', '万元', '万元', '%', '万元', '万元', '%']);
    const rowsOnly = [['科目名称', '决算数'], ['合计', '0.00'], ['一般公共服务支出', '318.64'], ['卫生健康支出', '42.85']];
    const r = extractFigures(docOf(['本年支出合计361.49万元。', rowsOnly]));
    expect(r.figures.filter((f) => f.cell).map((f) => `${f.value} ${f.unit}`)).toEqual(['0.00 万元', '318.64 万元', '42.85 万元']);
  });
});
