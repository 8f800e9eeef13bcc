import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('three-public', () => {
  it('passes a composition that adds up', () => {
    expect(check('three-public', '“三公”经费支出7.61万元，包括因公出国（境）费0.00万元，公务用车购置及运行维护费4.10万元，公务接待费3.51万元。')).toEqual([]);
  });

  it('fails a composition with a wrong part', () => {
    const fs = check('three-public', '“三公”经费支出7.61万元，包括因公出国（境）费0.00万元，公务用车购置及运行维护费4.19万元，公务接待费3.51万元。');
    expect(brief(fs)).toEqual(['error:7.61']);
    expect(fs[0]!.expected).toBe('7.70');
  });

  it('checks 公务用车 = 购置费 + 运行维护费', () => {
    expect(brief(check('three-public', '公务用车购置及运行维护费1.98万元，其中购置费0.50万元，运行维护费1.58万元。'))).toEqual(['error:1.98']);
  });

  it('reads a “三公” table row by row, budget and actual apart', () => {
    const table = [
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'],
      ['', '', '', '小计', '购置费', '运行维护费', ''],
      ['预算数', '3.13', '0.00', '2.42', '1.43', '0.99', '0.71'],
      ['决算数', '2.49', '0.00', '1.98', '0.00', '1.98', '0.51'],
    ];
    expect(check('three-public', '“三公”经费支出情况表（单位：万元）', table)).toEqual([]);
    const wrong = table.map((r) => [...r]);
    wrong[3]![3] = '1.89';
    expect(brief(check('three-public', '“三公”经费支出情况表（单位：万元）', wrong))).toContain('error:1.89');
  });

  it('does not fault the seed, which names only one part', () => {
    expect(check('three-public', '2024年度，“三公”经费财政拨款支出决算2.2万元，其中：公务接待费决算0.7万元,与2023年持平。')).toEqual([]);
  });

  it('takes no budget in parentheses as the whole of a list opening the next sentence', () => {
    const text = '公务用车购置及运行维护费支出8.37万元，完成预算83.70%（预算10.00万元）。其中：公务用车购置费0.00万元，公务用车运行维护费8.37万元。';
    expect(check('three-public', text)).toEqual([]);
  });

  it('leaves parts unread when their list opens a sentence after several figures (its whole is a guess)', () => {
    const text = '2023年度“三公”经费财政拨款支出18.64万元，年初预算24.50万元，完成预算的76.08%。其中：因公出国（境）费0.00万元；公务用车运行维护费13.26万元；公务接待费5.38万元。';
    expect(check('three-public', text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
