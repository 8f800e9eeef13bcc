import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('percent-range', () => {
  it('passes rates within range', () => {
    expect(check('percent-range', '上访群众满意度可达到95%，及时受理率达100%。')).toEqual([]);
  });

  it('fails a satisfaction or timeliness rate above 100%', () => {
    expect(brief(check('percent-range', '上访群众满意度可达到105%。'))).toEqual(['error:105']);
    expect(brief(check('percent-range', '各项工作完成及时率100.5%。'))).toEqual(['error:100.5']);
  });

  it('lets an execution rate or a growth pass 100%', () => {
    expect(check('percent-range', '支出决算为17,447.28万元，完成年初预算的105.16%。\n“三公”经费较上年增长130.66%。')).toEqual([]);
  });

  it('lets a share of a budget pass 100%, not a share of a whole', () => {
    expect(check('percent-range', '城乡社区支出决算为2,836.47万元，占年初预算的117.70%。')).toEqual([]);
    expect(brief(check('percent-range', '项目支出2,836.47万元，占本年支出合计的117.70%。'))).toEqual(['error:117.70']);
  });

  it('lets the rate of a change be negative', () => {
    expect(check('percent-range', '年中调减预算18.00万元，预算调整率-3.50%。')).toEqual([]);
    expect(brief(check('percent-range', '全年项目资金执行率-3.50%。'))).toEqual(['error:-3.50']);
  });
});
