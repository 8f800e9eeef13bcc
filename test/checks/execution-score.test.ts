import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

/** The fund part of the national 项目支出绩效自评表, with its 执行率 and 得分 as given. */
const form = (rate: string, score: string): string[][] => [
  ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '520.00', '585.00', '548.37', '10', rate, score],
  ['其中：本年财政拨款', '520.00', '585.00', '548.37', '—', '—', '—'],
  ['上年结转资金', '0.00', '0.00', '0.00', '—', '—', '—'],
  ['其他资金', '0.00', '0.00', '0.00', '—', '—', '—'],
];

describe('execution-score', () => {
  it('passes a form row scored 分值 × 执行率, rounded as printed', () => {
    expect(check('execution-score', '单位：万元', form('93.74%', '9.37'))).toEqual([]);
    expect(check('execution-score', '单位：万元', form('93.74%', '9.4'))).toEqual([]);
  });

  it('warns, naming the scoring it assumed, when the row gives the full weight below 100 %', () => {
    const findings = check('execution-score', '单位：万元', form('93.74%', '10'));
    expect(brief(findings)).toEqual(['warning:10']);
    expect(findings[0]!.message).toContain('分值×执行率（不超过分值）');
    expect(findings[0]!.message).toContain('应为9.37分');
    expect(findings[0]!.message).toContain('分值10×年度资金总额执行率93.74%');
  });

  it('caps the score at the weight when the rate passes 100 %', () => {
    expect(check('execution-score', '单位：万元', form('104.20%', '10'))).toEqual([]);
    expect(brief(check('execution-score', '单位：万元', form('104.20%', '9')))).toEqual(['warning:9']);
  });

  it('reads the same relation in a sentence', () => {
    expect(brief(check('execution-score', '预算执行率指标分值10分，全年执行率86.50%，得分10分。'))).toEqual(['warning:10']);
    expect(check('execution-score', '预算执行率指标分值10分，全年执行率86.50%，得分8.65分。')).toEqual([]);
  });

  it('leaves an indicator row alone: its rate is no execution rate', () => {
    const t = [['一级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'], ['产出指标', '资金拨付及时率', '100%', '92%', '10', '10']];
    expect(check('execution-score', t)).toEqual([]);
  });
});
