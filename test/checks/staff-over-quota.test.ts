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

  it('holds those in post against the quota when the roll counting the retired is stated beside them', () => {
    expect(check('staff-over-quota', '核定编制28名。年末实有人员47人，其中在职在编26人、退休16人、编外协管员5人。')).toEqual([]);
    const fs = check('staff-over-quota', '核定编制28名。年末实有人员47人，其中在职在编31人、退休11人、编外协管员5人。');
    expect(brief(fs)).toEqual(['warning:31']);
    expect(fs[0]!.message).toContain('在职人数31人');
  });

  it('compares 行政 with 行政, not with 事业', () => {
    expect(check('staff-over-quota', '核定行政编制10人，实有事业人员12人。')).toEqual([]);
  });

  it('holds staff of no category against the posts of all categories of its paragraph', () => {
    expect(check('staff-over-quota', '本部门核定行政编制18名、事业编制96名；年末实有在职人员109人，其中行政人员17人、事业人员92人。')).toEqual([]);
    expect(brief(check('staff-over-quota', '本部门核定行政编制18名、事业编制96名；年末实有在职人员119人。'))).toEqual(['warning:119']);
  });

  it('holds each unit\'s staff against its own posts', () => {
    expect(check('staff-over-quota', '局机关行政编制22名，实有20人；全系统教职工编制4,126名，实有在编教职工3,985人。')).toEqual([]);
  });

  it('reads no quota in the breakdown of the staff figure itself', () => {
    expect(check('staff-over-quota', '本部门共有在职人员246人（其中行政编制19人、事业编制158人、编外聘用69人）；离退休人员53人。')).toEqual([]);
  });

  it('holds staff against a quota, not against a category listed under it', () => {
    expect(check('staff-over-quota', '核定编制45名（行政编制12名、事业编制33名），年末实有在编人员43人（行政11人、事业32人）。')).toEqual([]);
  });
});
