import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

const TABLE = [
  ['收入', '', '支出', ''],
  ['项目', '金额（万元）', '项目', '金额（万元）'],
  ['一般公共预算财政拨款收入', '3170.93', '一般公共服务支出', '145.48'],
  ['政府性基金预算财政拨款收入', '0.00', '社会保障和就业', '2965.66'],
  ['', '', '住房保障', '198.04'],
  ['本年收入合计', '3170.93', '本年支出合计', '3309.18'],
  ['使用非财政拨款结余', '0.00', '结余分配', '0.00'],
  ['年初结转和结余', '138.25', '年末结转和结余', '0.00'],
  ['收入总计', '3309.18', '支出总计', '3309.18'],
];

describe('income-expenditure', () => {
  it('passes a final-accounts table whose totals hold', () => {
    expect(check('income-expenditure', TABLE)).toEqual([]);
  });

  it('fails 支出总计 ≠ 收入总计', () => {
    const t = TABLE.map((r) => [...r]);
    t[8]![3] = '3390.18';
    expect(brief(check('income-expenditure', t))).toContain('error:3390.18');
  });

  it('fails a 收入总计 that is not 本年收入 + 结转', () => {
    expect(brief(check('income-expenditure', '收入总计3016.65万元（本年收入3016.65万元、年初结转和结余10.00万元），支出总计3016.65万元（本年支出2886.41万元、年末结转和结余130.24万元）。'))).toContain('error:3016.65');
  });

  it('reads `收、支总计各为A、B万元`', () => {
    expect(brief(check('income-expenditure', '2024年度收、支总计各为4,125.49、4,143.91万元。'))).toEqual(['error:4,143.91']);
    expect(check('income-expenditure', '2024年度收、支总计各为4,125.49、4,125.49万元。')).toEqual([]);
  });

  it('does not pair totals of all funds with those of 财政拨款 only', () => {
    expect(check('income-expenditure', '2022年度收入总计2,400.00万元，其中本年收入2,300.00万元、年初结转和结余100.00万元；财政拨款支出总计2,150.00万元，其中本年财政拨款支出2,000.00万元、年末财政拨款结转和结余150.00万元。')).toEqual([]);
  });
});
