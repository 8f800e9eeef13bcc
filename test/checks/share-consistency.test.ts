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
});
