import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('rate-consistency', () => {
  it('passes 95.16% for 21.24 / 22.32', () => {
    expect(check('rate-consistency', '公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率95.16%。')).toEqual([]);
  });

  it('fails 96.02% for 21.24 / 22.32 with the message of the issue', () => {
    const fs = check('rate-consistency', '公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率96.02%。');
    expect(brief(fs)).toEqual(['error:96.02']);
    expect(fs[0]!.message).toMatch(/^公用经费控制率应为95\.16%（21\.24÷22\.32），报告为96\.02%/);
  });

  it('fails a rate 0.1 point off', () => {
    expect(brief(check('rate-consistency', '公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率95.26%。'))).toEqual(['error:95.26']);
  });

  it('computes 在职人员控制率 from exact head counts', () => {
    expect(check('rate-consistency', '本单位编制人数14人，实有人数13人，在职人员控制率92.86%。')).toEqual([]);
    expect(brief(check('rate-consistency', '本单位编制人数14人，实有人数13人，在职人员控制率93.86%。'))).toEqual(['error:93.86']);
  });

  it('reads 完成预算的X% and 占预算X的Y%', () => {
    expect(check('rate-consistency', '住房保障（类）：年初预算为144.14万元，支出决算为138.94万元，完成年初预算的96.39%。')).toEqual([]);
    expect(brief(check('rate-consistency', '住房保障（类）：年初预算为144.14万元，支出决算为138.94万元，完成年初预算的97.90%。'))).toEqual(['error:97.90']);
    expect(brief(check('rate-consistency', '全年公用经费支出31,658,686.00元，占预算31,699,390.00元的99.78%。'))).toEqual(['error:99.78']);
  });

  it('looks back to the sentence before for its numerator and denominator', () => {
    expect(check('rate-consistency', '“三公”经费实际支出16.36万元，预算17.56万元。“三公”经费控制率为93.17%。')).toEqual([]);
  });

  it('does not divide by a budget adjustment or by another subject', () => {
    expect(check('rate-consistency', '项目全年预算32.14万元（年初预算31.98万元，调整预算0.16万元）；全年实际支出32.14万元，执行率100.00%。')).toEqual([]);
    expect(check('rate-consistency', '“三公”经费预算5.00万元，决算4.00万元。公用经费控制率95.00%。')).toEqual([]);
  });

  it('reads the 结转结余率 with either denominator', () => {
    expect(check('rate-consistency', '年末结转和结余资金421,265.00元，本年支出7,350,947.00元，结转结余率5.73%。')).toEqual([]);
  });
});
