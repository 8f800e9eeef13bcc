import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('staff-over-quota', () => {
  it('passes staff within the posts', () => {
    expect(check('staff-over-quota', '信访局编制人数14人；实有人数13人，退休3人。')).toEqual([]);
  });

  it('warns of more staff than posts', () => {
    expect(brief(check('staff-over-quota', '我馆行政编制11人，实有14名，在职人员控制率100.00%；退休人员3人。'))).toEqual(['warning:14']);
    expect(brief(check('staff-over-quota', '本部门核定编制88名；年末实有人员89人，另有离退休人员6人。'))).toEqual(['warning:89']);
  });

  it('compares 行政 with 行政, not with 事业', () => {
    expect(check('staff-over-quota', '核定行政编制10人，实有事业人员12人。')).toEqual([]);
  });
});
