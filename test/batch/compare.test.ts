// The compare dataset: one row per department and year, ranks and robust distances among the
// year's departments, and the department's previous year.
import { describe, expect, it } from 'vitest';
import { compareRows, robustPlaces } from '../../src/batch/compare.ts';
import { COMPARE_COLUMNS } from '../../src/outputs/datasets.ts';
import { toJsonObject } from '../../src/outputs/write.ts';
import { digestsOf, facts, named, reportText } from './reports.ts';

describe('robustPlaces', () => {
  it('ranks highest first (ties share a rank) and measures from the median in MADs', () => {
    // median 3, deviations 2 1 0 1 97 → MAD 1
    expect(robustPlaces([1, 2, 3, 4, 100])).toEqual([
      { rank: 5, mad: -2 },
      { rank: 4, mad: -1 },
      { rank: 3, mad: 0 },
      { rank: 2, mad: 1 },
      { rank: 1, mad: 97 },
    ]);
    expect(robustPlaces([5, 5, 7]).map((p) => p.rank)).toEqual([2, 2, 1]);
    // Half the values equal: the MAD is 0 and says nothing.
    expect(robustPlaces([5, 5, 5, 9]).map((p) => p.mad)).toEqual([null, null, null, null]);
  });
});

describe('compareRows', () => {
  it('gives one row per department and year, with the ratios, ranks and last year', async () => {
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2022, threePublic: '4.00', staff: 20 })),
      named(facts({ department: '城市管理局', year: 2023, threePublic: '5.00', staff: 20 })),
      named(facts({ department: '林业局', year: 2023, threePublic: '9.00', staff: 30 })),
      // A final-accounts explanation of the same department and year: the self-evaluation stands for it.
      { name: '2023-林业局-部门决算公开说明.txt', text: reportText(facts({ department: '林业局', year: 2023 })).replace('部门整体支出绩效自评报告', '部门决算公开说明') },
    ]);
    const rows = compareRows(digests);
    expect(rows.map((r) => [r.department_key, r.year, r.file])).toEqual([
      ['城市管理局', 2022, '2022-城市管理局-部门整体支出绩效自评报告.txt'],
      ['城市管理局', 2023, '2023-城市管理局-部门整体支出绩效自评报告.txt'],
      ['林业局', 2023, '2023-林业局-部门整体支出绩效自评报告.txt'],
    ]);
    const [, city, forest] = rows;
    expect(city).toMatchObject({
      department: '青禾县城市管理局',
      three_public: 5,
      three_public_rank: 2,
      three_public_prev: 4,
      three_public_change: 1,
      three_public_per_staff: 0.25,
      public_funds_per_staff: 1.8,
      public_funds_control_rate: 90,
    });
    expect(forest).toMatchObject({ three_public: 9, three_public_rank: 1, three_public_per_staff: 0.3, three_public_prev: null, three_public_change: null });
    // Two departments are too few peers to measure a spread.
    expect(city!.three_public_mad).toBeNull();
    // Every column of the dataset is filled, and nothing else.
    expect(Object.keys(toJsonObject(COMPARE_COLUMNS, city!))).toEqual(COMPARE_COLUMNS.map((c) => c.key));
    expect(Object.keys(city!).sort()).toEqual(COMPARE_COLUMNS.map((c) => c.key).sort());
  });

  it('takes a change exactly, not in floats', async () => {
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2022, income: '0.10' })),
      named(facts({ department: '城市管理局', year: 2023, income: '0.30' })),
    ]);
    // 0.3 − 0.1 is 0.19999999999999998 in doubles.
    expect(compareRows(digests)[1]!.income_total_change).toBe(0.2);
  });
});
