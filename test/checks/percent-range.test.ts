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
});
