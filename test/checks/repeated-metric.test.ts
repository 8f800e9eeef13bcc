import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('repeated-metric', () => {
  it('passes one quantity stated twice alike', () => {
    expect(check('repeated-metric', '2024年“三公”经费支出2.20万元，较上年持平。\n“三公”经费实际支出2.20万元，预算2.50万元。')).toEqual([]);
  });

  it('fails one quantity stated twice with different values', () => {
    const fs = check('repeated-metric', '全年“三公”经费支出45.30万元，其中因公出国（境）费0.00万元。\n“三公”经费实际支出44.48万元，预算59.07万元。');
    expect(brief(fs)).toEqual(['error:44.48']);
    expect(fs[0]!.expected).toBe('45.30');
  });

  it('takes the value stated most often as meant', () => {
    const fs = check('repeated-metric', '本年收入合计815.64万元。\n本年收入合计816.64万元。\n本年收入合计815.64万元。');
    expect(brief(fs)).toEqual(['error:816.64']);
  });

  it('keeps budget and actual, and one spending class and another, apart', () => {
    expect(check('repeated-metric', '“三公”经费预算59.07万元。\n“三公”经费实际支出44.48万元。')).toEqual([]);
    expect(check('repeated-metric', '1.一般公共服务：年初预算为1,235.85万元，支出决算为1,248.69万元。\n2.教育（类）：年初预算为16,590.80万元，支出决算为17,447.28万元。')).toEqual([]);
  });

  it('does not compare a count of units with a head count', () => {
    expect(check('repeated-metric', '纳入本部门2022年度部门决算编制范围的二级预算单位1个。\n本部门核定编制88名；年末实有人员89人。')).toEqual([]);
  });
});
