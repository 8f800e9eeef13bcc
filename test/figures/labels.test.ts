// Labels come from the figure's own clause, or a count's noun after its measure word.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.ts';
import { docOf } from './helpers.ts';

const labels = (text: string) => extractFigures(docOf([text])).figures.map((f) => f.label);
const metrics = (text: string) => extractFigures(docOf([text])).figures.map((f) => f.metric);

describe('labels', () => {
  it('drops a list number and year opening the clause', () => {
    expect(labels('1.2025年收入4851.87万元。')).toEqual(['收入']);
    expect(metrics('1.2025年收入4851.87万元。')).toEqual(['income_total']);
  });
  it('cuts the clause before the number, dropping years, 其中 and copulas', () => {
    expect(labels('2024年部门决算收入是346.38万元，其中一般公共服务为278.36万元，社会保障和就业41.76万元。')).toEqual([
      '部门决算收入',
      '一般公共服务',
      '社会保障和就业',
    ]);
  });
  it('takes a count’s noun after its measure word', () => {
    expect(labels('购置174台拼接屏，围绕六个方面进行评查。')).toEqual(['拼接屏', '方面']);
  });
  it('keeps the words before a count when a verb follows it', () => {
    expect(labels('共悬挂横幅400余条，共发放宣传资料2500余份。')).toEqual(['悬挂横幅', '发放宣传资料']);
  });
  it('reads the label before a colon', () => {
    expect(labels('固定资产利用率：100%。')).toEqual(['固定资产利用率']);
  });
  it('keeps balanced quotes and drops orphans', () => {
    expect(labels('2024年度，“三公”经费财政拨款支出决算2.2万元。')).toEqual(['“三公”经费财政拨款支出决算']);
  });
  it('labels a list one name per figure', () => {
    expect(labels('收入总计、支出总计分别为4,125.49、4,143.91万元。')).toEqual(['收入总计', '支出总计']);
    expect(metrics('收入总计、支出总计分别为4,125.49、4,143.91万元。')).toEqual(['income_grand_total', 'expenditure_grand_total']);
  });
  it('lets a list member without words of its own share the label before it', () => {
    expect(labels('各项指标增幅达5.2%、3.1%。')).toEqual(['各项指标增幅', '各项指标增幅']);
  });
});

describe('sentences broken across paragraphs', () => {
  it('reads the label on from the unfinished sentence before', () => {
    const { figures } = extractFigures(docOf(['2021年年初预算数3485.53万元，年度调整预算数', '（15.04）万元，全年预算数3470.49万元。']));
    expect(figures.map((f) => [f.label, f.metric, f.block])).toEqual([
      ['年初预算数', 'budget_initial', 0],
      ['调整预算数', 'budget_adjustment', 1],
      ['全年预算数', 'budget_final', 1],
    ]);
  });
  it('does not read on past a finished sentence', () => {
    const { figures } = extractFigures(docOf(['年度调整预算数如下。', '（15.04）万元']));
    expect(figures.map((f) => f.label)).toEqual([null]);
  });
  it('keeps commas inside numbers out of the clause marks', () => {
    expect(metrics('全年公用经费支出31,658,686.00元，占预算31,699,390.00元的99.78%。')).toEqual([
      'public_funds_actual',
      'public_funds_budget',
      'public_funds_control_rate',
    ]);
  });
});

describe('metrics from labels', () => {
  it('carries a subject across a sentence', () => {
    expect(metrics('公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率95.16%。')).toEqual([
      'public_funds_budget',
      'public_funds_actual',
      'public_funds_control_rate',
    ]);
  });
  it('does not carry a subject into the next sentence', () => {
    expect(metrics('公用经费预算22.32万元。年初预算数358.03万元。')).toEqual(['public_funds_budget', 'budget_initial']);
  });
  it('reads 占预算…的X% as the share of the budget', () => {
    const text = '全年公用经费支出58.65万元，占预算58.66万元的99.99%。';
    expect(labels(text)).toEqual(['全年公用经费支出', '占预算', '占预算']);
    expect(metrics(text)).toEqual(['public_funds_actual', 'public_funds_budget', 'public_funds_control_rate']);
  });
  it('leaves changes unmapped', () => {
    expect(metrics('本年收入合计346.38万元，较上年增加10.5万元，增长3.13%。')).toEqual(['income_total', null, null]);
  });
  it('maps staff counts and scores', () => {
    expect(metrics('核定编制14人，年末实有在职人员13名，另有退休人员3人。自评总分95.5分。')).toEqual([
      'staff_authorized',
      'staff_actual',
      'staff_retired',
      'self_score',
    ]);
  });
});

describe('years opening a label', () => {
  it('drops the year but keeps the 年 of 年末, 年初 and 年中', () => {
    const labelsOf = (text: string) => extractFigures(docOf([text])).figures.map((f) => f.label);
    expect(labelsOf('2023年末实有在编人员41人，2023年度部门收入520.00万元，2023年中追加预算20.00万元。')).toEqual([
      '年末实有在编人员',
      '部门收入',
      '年中追加预算',
    ]);
    expect(labelsOf('2023年中央转移支付资金45.00万元。')).toEqual(['中央转移支付资金']);
  });
});
