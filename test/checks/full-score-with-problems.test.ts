import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

const PROBLEMS = '三、存在问题\n预算绩效管理缺乏专职专业管理人员，绩效管理专业知识相对不足。';

describe('full-score-with-problems', () => {
  it('notes a full score beside listed problems', () => {
    expect(brief(check('full-score-with-problems', `一、自评结论\n市信访局较好地完成了全年的目标工作任务。自评为100分。\n${PROBLEMS}`))).toEqual(['info:100']);
  });

  it('says nothing of a lower score or of no problems', () => {
    expect(check('full-score-with-problems', `一、自评结论\n自评得分95.5分。\n${PROBLEMS}`)).toEqual([]);
    expect(check('full-score-with-problems', '一、自评结论\n自评为100分。\n三、存在问题\n无。')).toEqual([]);
  });
});
