import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('budget-roll', () => {
  it('passes the seed roll: 358.03 + (-11.65) = 346.38 + 0', () => {
    expect(check('budget-roll', '2024年年初预算数358.03万元，年度调整预算数-11.65万元，全年执行数346.38万元，结余0万元。')).toEqual([]);
  });

  it('fails an execution 0.1% off the roll', () => {
    const fs = check('budget-roll', '2024年年初预算数358.03万元，年度调整预算数-11.65万元，全年执行数346.73万元，结余0万元。');
    expect(brief(fs)).toEqual(['error:346.73']);
    expect(fs[0]!.expected).toBe('346.38');
  });

  it('reads 调减 as a negative adjustment', () => {
    const text = '我局2021年年初预算3485.53万元，年中调减预算15.04万元，调整后全年预算3470.49万元；实际执行3309.18万元，预算执行率95.35%，年末结余161.32万元。';
    expect(check('budget-roll', text)).toEqual([]);
    expect(brief(check('budget-roll', text.replace('3470.49', '3480.49')))).toContain('error:3480.49');
  });

  it('checks 全年预算 = 执行数 + 结余', () => {
    expect(check('budget-roll', '全年预算数377.07万元，全年执行数360.00万元，结余17.07万元。')).toEqual([]);
    expect(brief(check('budget-roll', '全年预算数377.07万元，全年执行数360.00万元，结余7.07万元。'))).toEqual(['error:377.07']);
  });

  it('accepts a negative adjustment written in brackets', () => {
    expect(check('budget-roll', '2025年年初预算数404.74万元，年度调整预算数（27.67）万元，全年预算数377.07万元，全年执行数377.07万元，结余0.00万元。')).toEqual([]);
  });

  it('checks a saving against budget less spending', () => {
    expect(check('budget-roll', '“三公”经费年初预算83,173.00元，实际支出65,649.00元，节省17,524.00元。')).toEqual([]);
    expect(brief(check('budget-roll', '“三公”经费年初预算83,173.00元，实际支出65,649.00元，节省17,542.00元。'))).toEqual(['error:17,542.00']);
    expect(brief(check('budget-roll', '公用经费年初预算20.00万元，实际支出21.50万元，超支1.20万元。'))).toEqual(['error:1.20']);
  });

  it('adds every change of the year: 追加 and 调减 both', () => {
    const text = '2024年年初预算1,860.00万元，年中追加215.40万元，调减32.15万元，全年预算2,043.25万元；全年执行2,030.11万元。';
    expect(check('budget-roll', text)).toEqual([]);
    expect(brief(check('budget-roll', text.replace('2,043.25', '2,034.25')))).toEqual(['error:2,034.25']);
  });

  it('reads a net 调整 beside its 追加 and 调减 as one change, not three', () => {
    expect(check('budget-roll', '年初预算500.00万元，年中调整预算30.00万元（其中追加40.00万元、调减10.00万元），调整后预算530.00万元。')).toEqual([]);
  });

  it('keeps the roll of one scope apart from the department\'s', () => {
    expect(check('budget-roll', '2024年年初预算1,000.00万元，调整预算50.00万元，全年预算1,050.00万元。其中公用经费年初预算50.00万元，调整后预算48.00万元。')).toEqual([]);
  });

  it('takes 结转 and 结余 stated apart together', () => {
    expect(check('budget-roll', '2024年全年预算300.00万元，全年执行280.00万元，结转15.00万元，结余5.00万元。')).toEqual([]);
    const fs = check('budget-roll', '2024年全年预算300.00万元，全年执行280.00万元，结转15.00万元，结余8.00万元。');
    expect(new Set(brief(fs))).toEqual(new Set(['error:300.00']));
  });

  it('reads 核减 beside 追加 in the declared roll too', () => {
    expect(check('budget-roll', '2023年年初预算2,650.00万元，年中追加预算260.80万元，核减54.46万元，全年预算2,856.34万元，实际支出2,801.27万元。')).toEqual([]);
  });

  it('reads a full-year budget as the sum of every source listed before it', () => {
    const text = '本项目年初安排本年财政拨款1,200.00万元，年中追加省级补助380.00万元，上年结转资金245.60万元，乡镇配套资金120.00万元，全年预算合计1,945.60万元。';
    expect(check('budget-roll', text)).toEqual([]);
  });

  it('takes the budget said 年初 as the initial one, not a larger 当年预算 after the adjustments', () => {
    const text = '2022年年初预算5,862.40万元，年中追加2,914.76万元，调减126.30万元，当年预算8,650.86万元；加上年结转92.18万元，全年预算数8,743.04万元。';
    expect(check('budget-roll', text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
