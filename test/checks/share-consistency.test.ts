import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('share-consistency', () => {
  it('passes shares of a 其中 list', () => {
    expect(check('share-consistency', '2022年度收入合计580.53万元，其中一般公共预算财政拨款收入536.55万元，占收入总额的92.42%；政府性基金预算财政拨款收入43.98万元，占收入总额的7.58%。')).toEqual([]);
  });

  it('fails a share that is not part ÷ whole', () => {
    expect(brief(check('share-consistency', '2022年度收入合计580.53万元，其中一般公共预算财政拨款收入536.55万元，占收入总额的92.42%；政府性基金预算财政拨款收入43.98万元，占收入总额的7.85%。'))).toEqual(['error:7.85']);
  });

  it('reads `A与B分别占X%和Y%`', () => {
    expect(check('share-consistency', '2022年支出决算613.04万元（基本支出311.76万元、项目支出301.28万元），基本支出与项目支出分别占50.86%和49.14%。')).toEqual([]);
    expect(brief(check('share-consistency', '2022年支出决算613.04万元（基本支出311.76万元、项目支出301.28万元），基本支出与项目支出分别占49.14%和50.86%。'))).toEqual(['error:49.14', 'error:50.86']);
  });

  it('reads a whole stated earlier in the sentence', () => {
    expect(check('share-consistency', '全市共有村（社区）478个，经核准，符合创建标准的共计469个，占98.12%。')).toEqual([]);
    expect(brief(check('share-consistency', '全市共有村（社区）478个，经核准，符合创建标准的共计469个，占97.87%。'))).toEqual(['error:97.87']);
  });

  it('stays silent when the whole is named but not stated', () => {
    expect(check('share-consistency', '全市符合无信访村（社区）认定标准的共计365个，占全市村（社区）总数的占72.42%。')).toEqual([]);
  });

  it('fails shares of one sentence adding up to more than 100%', () => {
    expect(brief(check('share-consistency', '按经济分类，基本支出占64.33%，项目支出占45.67%。'))).toEqual(['error:110']);
  });

  it('does not take a fund source\'s spending for the whole a share names', () => {
    const doc = [
      '2023年度本年支出合计3,250.00万元。',
      '全年召开党组会12次。',
      '全年开展专项检查8次。',
      '全年组织业务培训5期。',
      '财政拨款支出总计3,120.40万元，其中本年财政拨款支出3,010.40万元。',
      '2023年度一般公共预算财政拨款支出2,986.15万元，占本年支出合计的91.88%。',
    ].join('\n');
    expect(check('share-consistency', doc)).toEqual([]);
  });

  it('does not take a budget for the whole of actual spending', () => {
    expect(check('share-consistency', '“三公”经费财政拨款支出预算为50.00万元，支出决算为40.00万元。\n（二）公务用车运行维护费30.00万元，占“三公”经费的75.00%。')).toEqual([]);
  });

  it('reads one named whole for a run of shares', () => {
    const doc = (b: string) => `2023年度决算支出1,000.00万元。\n基本支出、项目支出分别为600.00、400.00万元，分别占支出总额的60.00%和${b}%。`;
    expect(check('share-consistency', doc('40.00'))).toEqual([]);
    const fs = check('share-consistency', doc('45.00'));
    expect(brief(fs)).toEqual(['error:45.00']);
    // Of the whole the sentence names, not of the other part (基本支出 is no 支出总额).
    expect(fs[0]!.expected).toBe('40.00');
  });

  it('guesses no whole smaller than its part', () => {
    expect(check('share-consistency', '本年支出合计980.00万元，年末结转和结余20.00万元。基本支出300.00万元，占30.61%。')).toEqual([]);
  });

  it('reads a share of a part of “三公”经费 as a share of the 三公 total stated before it', () => {
    const text = (r: string) => `2024年度“三公”经费支出决算24.00万元，具体情况如下：\n1.因公出国（境）费0.00万元。\n2.公务用车购置及运行维护费支出决算18.00万元，占${r}%。`;
    expect(check('share-consistency', text('75.00'))).toEqual([]);
    expect(brief(check('share-consistency', text('82.50')))).toEqual(['warning:82.50']);
  });

  it('does not give a share the figure of another part than the one its clause names', () => {
    expect(check('share-consistency', '2024年本年支出合计500.00万元，其中基本支出300.00万元，人员支出占40.00%。')).toEqual([]);
    expect(brief(check('share-consistency', '2024年本年支出合计500.00万元，其中基本支出300.00万元，基本支出占40.00%。'))).toEqual(['error:40.00']);
  });

  it('reads a share that names another whole than its list\'s total as of that whole', () => {
    expect(check('share-consistency', '本年支出合计600.00万元，其中基本支出300.00万元，占一般公共预算财政拨款支出的60.00%。')).toEqual([]);
  });

  it('does not read a share of several parts together as a share of the last one', () => {
    expect(check('share-consistency', '本年支出合计800.00万元，其中培训费120.00万元、印刷费40.00万元，上述支出占20.00%。')).toEqual([]);
  });

  it('takes no figure about a named class as a whole its words do not name', () => {
    const text = [
      '本年支出2,559.73万元。', '社会保障和就业支出2,318.20万元。', '卫生健康支出141.53万元。',
      '城乡社区支出100.00万元，主要用于光荣院维修。', '财政拨款支出2,526.53万元，占本年支出的98.70%。',
    ].join('\n');
    expect(check('share-consistency', text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
