// Sentences of 部门决算公开说明 and project self-evaluations, as departments write them.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.ts';
import { docOf } from './helpers.ts';

const figs = (text: string) => extractFigures(docOf([text])).figures.map((f) => `${f.value}${f.unit}${f.approx ? '~' : ''}`);
const metrics = (text: string) => extractFigures(docOf([text])).figures.map((f) => f.metric);

describe('部门决算公开说明', () => {
  it('reads totals with their change and its reason', () => {
    const t = '2024年度收入总计1,234.56万元，支出总计1,234.56万元。与上年相比，收、支总计各增加123.45万元，增长11.11%。主要原因是人员增加。';
    expect(figs(t)).toEqual(['1234.56万元', '1234.56万元', '123.45万元', '11.11%']);
    expect(metrics(t)).toEqual(['income_grand_total', 'expenditure_grand_total', null, null]);
  });
  it('reads shares of the year’s spending', () => {
    expect(figs('一般公共预算财政拨款支出1,000.00万元，占本年支出合计的81.00%。')).toEqual(['1000.00万元', '81.00%']);
  });
  it('reads basic spending with its parts', () => {
    const t = '基本支出800.00万元，其中：人员经费700.00万元，主要包括基本工资、津贴补贴；公用经费100.00万元，主要包括办公费、印刷费。';
    expect(figs(t)).toEqual(['800.00万元', '700.00万元', '100.00万元']);
    expect(metrics(t)).toEqual(['expenditure_basic', 'personnel_funds', 'public_funds_actual']);
  });
  it('reads procurement and vehicles', () => {
    expect(
      figs('2024年度政府采购支出总额50.00万元，其中：政府采购货物支出20.00万元。授予中小企业合同金额40.00万元，占政府采购支出总额的80.00%。截至2024年12月31日，本部门共有车辆3辆，其中主要领导干部用车0辆；单价50万元以上通用设备1台，单价100万元（含）以上专用设备0台（套）。'),
    ).toEqual(['50.00万元', '20.00万元', '40.00万元', '80.00%', '3辆', '0辆', '50万元~', '1台', '100万元', '0台']);
  });
  it('reads a decrease carried by a verb, keeping the value positive', () => {
    expect(figs('机关运行经费支出100.00万元，比上年减少5.00万元，降低4.76%。')).toEqual(['100.00万元', '5.00万元', '4.76%']);
  });
  it('reports a figure a page break cut from its unit', () => {
    const r = extractFigures(docOf(['本年支出合计1852.56万', '元，其中基本支出1000.00万元。']));
    expect(r.findings.map((f) => f.actual)).toEqual(['1852.56万']);
    expect(r.figures.map((f) => f.value)).toEqual(['1000.00']);
  });
});

describe('项目支出绩效自评报告', () => {
  it('reads targets and results with ≥ and scores', () => {
    expect(figs('低保保障人数≥3000人，实际保障3843人；资金发放准确率100%；项目自评得分95分，满分100分。')).toEqual([
      '3000人', '3843人', '100%', '95分', '100分',
    ]);
  });
  it('reads project funds', () => {
    const t = '项目年初预算数200.00万元，全年预算数180.00万元，全年执行数178.50万元，执行率99.17%。';
    expect(metrics(t)).toEqual(['budget_initial', 'budget_final', 'execution', 'execution_rate']);
  });
});
