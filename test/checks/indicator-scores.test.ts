import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

const TABLE = [
  ['一级指标', '二级指标', '三级指标', '分值', '得分'],
  ['投入', '预算编制', '绩效目标合理性', '5', '5'],
  ['', '预算编制', '绩效指标明确性', '6', '6'],
  ['过程', '预算执行', '预算调整率', '15', '14'],
  ['产出', '职责履行', '实际完成率', '40', '40'],
  ['效益', '履职效益', '社会效益', '34', '30.5'],
  ['合计', '', '', '100', '95.5'],
];

describe('indicator-scores', () => {
  it('passes a table whose scores and weights add up', () => {
    expect(check('indicator-scores', '根据评价，自评得分95.5分。', TABLE)).toEqual([]);
  });

  it('fails a score above its weight', () => {
    const t = TABLE.map((r) => [...r]);
    t[1]![4] = '6';
    t[6]![4] = '96.5';
    expect(brief(check('indicator-scores', t))).toEqual(['error:6']);
  });

  it('fails a 合计 row that is not the sum of the scores', () => {
    const t = TABLE.map((r) => [...r]);
    t[6]![4] = '96.5';
    expect(brief(check('indicator-scores', t))).toEqual(['error:96.5']);
  });

  it('fails a 自评得分 the table does not give', () => {
    expect(brief(check('indicator-scores', '根据评价，自评得分100分。', TABLE))).toEqual(['error:100']);
  });

  it('reads a table that goes on after a page break without its header', () => {
    const head = TABLE.slice(0, 4);
    const rest = [['产出', '职责履行', '实际完成率', '40', '41'], ['效益', '履职效益', '社会效益', '34', '30.5']];
    expect(brief(check('indicator-scores', head, rest))).toEqual(['error:41']);
  });

  it('compares the score the text states with the table 总分', () => {
    expect(brief(check('indicator-scores', '综合评价，农村公路建设养护项目得分98.5分，绩效良好。', TABLE))).toEqual(['error:98.5']);
  });

  it('warns at most when the table is cut up by rows left as text lines', () => {
    const head = [['一级指标', '二级指标', '三级指标', '分值', '得分'], ['过程', '预算执行', '预算执行率', '10', '9'], ['效益', '社会效益', '服务水平提升', '30', '30']];
    const findings = check('indicator-scores', '经自评，本项目自评得分97分。', head, '产出指标 数量指标 案件办结数 分值40 得分40', '质量指标 结案率 分值20 得分18');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads a table whose 一级指标 rows carry the sums of their 二级指标 rows, one of them with a single child', () => {
    const t = [
      ['一级指标', '二级指标', '分值', '得分'],
      ['产出指标', '', '50', '47'],
      ['', '数量指标', '30', '29'],
      ['', '质量指标', '20', '18'],
      ['效益指标', '', '30', '28'],
      ['', '社会效益', '30', '28'],
      ['满意度指标', '', '20', '19.5'],
      ['', '服务对象满意度', '10', '9.5'],
      ['', '群众满意度', '10', '10'],
      ['合计', '', '100', '94.5'],
    ];
    expect(check('indicator-scores', '经评价，本项目自评得分94.5分。', t)).toEqual([]);
    const wrong = t.map((r) => [...r]);
    wrong[9]![3] = '95.5';
    expect(brief(check('indicator-scores', '经评价，本项目自评得分95.5分。', wrong))).toEqual(['error:95.5']);
  });

  it('reads a 总分 row that counts the fund table’s budget-execution weight and score', () => {
    const fund = [
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '100.00', '100.00', '96.00', '10', '96.00%', '9.6'],
    ];
    const indicators = [
      ['一级指标', '二级指标', '三级指标', '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', '50', '48'],
      ['效益指标', '社会效益', '服务水平', '40', '38'],
      ['总分', '', '', '100', '95.6'],
    ];
    expect(check('indicator-scores', '单位：万元', fund, indicators)).toEqual([]);
    const wrong = indicators.map((r) => [...r]);
    wrong[3]![4] = '96.6';
    expect(brief(check('indicator-scores', '单位：万元', fund, wrong))).toEqual(['error:96.6']);
  });

  it('reads 得分系数 as no score, and adds the fund table’s score to a table without a 合计 row for the 自评得分', () => {
    const fund = [['年初预算数', '全年预算数', '全年执行数', '执行率', '执行率权重', '执行率得分'], ['286.40', '318.65', '309.72', '97.20%', '10', '9.72']];
    const t = [
      ['指标名称', '指标性质', '全年完成值', '得分系数', '指标权重', '指标得分'],
      ['公用经费控制率', '定量指标', '95.25%', '100%', '40', '40'],
      ['政府采购执行率', '定量指标', '87.56%', '90%', '50', '45'],
    ];
    expect(check('indicator-scores', '自评总分94.72分。', '单位：万元', fund, t)).toEqual([]);
    expect(brief(check('indicator-scores', '自评总分95.72分。', '单位：万元', fund, t))).toEqual(['error:95.72']);
  });
});
