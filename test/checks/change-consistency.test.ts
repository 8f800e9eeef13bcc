import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('change-consistency', () => {
  it('passes a change with last year stated', () => {
    expect(check('change-consistency', '“三公”经费支出1.76万元，比上年的1.35万元增加0.41万元，增长30.37%。')).toEqual([]);
  });

  it('fails a change amount that is not this year − last year', () => {
    expect(brief(check('change-consistency', '“三公”经费支出1.76万元，比上年的1.35万元增加0.51万元，增长30.37%。'))).toContain('error:0.51');
  });

  it('fails a growth rate divided by this year instead of last year', () => {
    // 20 / 346.38 = 5.77%; the right rate is 20 / 326.38 = 6.13%.
    expect(check('change-consistency', '2024年部门决算支出346.38万元，较上年增加20.00万元，增长6.13%。')).toEqual([]);
    expect(brief(check('change-consistency', '2024年部门决算支出346.38万元，较上年增加20.00万元，增长5.77%。'))).toEqual(['error:5.77']);
  });

  it('reads falls with or without the sign printed', () => {
    expect(check('change-consistency', '2021年支出5,852.13万元，比上年减少1,155.66万元，下降了16.49%。')).toEqual([]);
    expect(check('change-consistency', '本年收入7,680,834.00元，上年为8,030,435.00元，增长-4.35%。')).toEqual([]);
    expect(brief(check('change-consistency', '本年收入7,680,834.00元，上年为8,030,435.00元，下降4.41%。'))).toEqual(['error:4.41']);
  });

  it('measures a change against the total of a 其中 list, not its last part', () => {
    expect(check('change-consistency', '“三公”经费支出45.30万元，其中：因公出国（境）费0.00万元、公务用车购置及运行维护费22.43万元、公务接待费22.87万元，较上年下降9.23万元，下降了16.92%。')).toEqual([]);
  });

  it('reads the level a change names from the sentence before it', () => {
    const text = (y: string) => `2024年度收入、支出总计均为2,180.50万元。与2023年度相比，收入、支出总计各增加180.50万元，增长${y}%，主要是新增信息化项目。`;
    expect(check('change-consistency', text('9.03'))).toEqual([]);
    // 180.50 ÷ 2,180.50: divided by this year instead of last year.
    expect(brief(check('change-consistency', text('8.28')))).toEqual(['error:8.28']);
    expect(check('change-consistency', '2024年度机关运行经费支出120.00万元。与上年相比，“三公”经费增加5.00万元，增长50.00%。')).toEqual([]);
  });

  it('binds a change to the level its clause names', () => {
    const text = (y: string) => `2024年本年收入500.00万元，财政拨款收入450.00万元，财政拨款收入较上年增加50.00万元，增长${y}%。`;
    expect(check('change-consistency', text('12.50'))).toEqual([]);
    expect(brief(check('change-consistency', text('11.11')))).toEqual(['error:11.11']);
    expect(check('change-consistency', '2024年本年收入500.00万元，“三公”经费较上年增加5.00万元，增长50.00%。')).toEqual([]);
  });

  it('reads the figure inside 与上年…相比 as last year\'s', () => {
    expect(check('change-consistency', '全年实际支出1,204.50万元。与上年支出1,096.80万元相比，增加107.70万元，增幅9.82%。')).toEqual([]);
    expect(brief(check('change-consistency', '全年实际支出1,204.50万元，与上年支出1,096.80万元相比，增加107.70万元，增幅8.94%。'))).toEqual(['error:8.94']);
  });

  it('binds a change opening its paragraph to the level its words name in the paragraph before', () => {
    const text = (rate: string) => `本年收入4,386.72万元；本年支出4,402.15万元，年末结转和结余297.05万元。\n本年支出比上年3,958.64万元增加443.51万元，增长${rate}%。`;
    expect(check('change-consistency', text('11.20'))).toEqual([]);
    expect(brief(check('change-consistency', text('10.07')))).toEqual(['error:10.07']);
  });

  it('binds a comparison a sentence after its level to the paragraph subject, as a warning', () => {
    const text = '2022年“三公”经费财政拨款支出决算为11.31万元，完成预算80.79%（预算14.00万元）。与2021年度的13.57万元相比减少2.26万元，下降19.98%。';
    expect(brief(check('change-consistency', text))).toEqual(['warning:19.98']);
  });

  it('binds a ；-clause comparing with last year to its full sentence\'s subject', () => {
    const text = (r: string) => `“三公”经费支出3.86万元，其中公务用车运行维护费2.94万元、公务接待费0.92万元；比上年4.52万元减少0.66万元，下降${r}%。`;
    expect(check('change-consistency', text('14.60'))).toEqual([]);
    expect(brief(check('change-consistency', text('17.10')))).toEqual(['error:17.10']);
  });

  it('checks a rate against the change and last year’s value when this year’s is stated elsewhere', () => {
    expect(check('change-consistency', '部门整体支出较上年2,508.34万元减少191.76万元，下降7.64%。')).toEqual([]);
    expect(brief(check('change-consistency', '部门整体支出较上年2,508.34万元减少191.76万元，下降8.28%。'))).toEqual(['error:8.28']);
  });

  it('measures a change against the level, not the budget a rate beside it is of', () => {
    const text = '公务用车购置及运行维护费10.26万元，完成预算11.50万元的89.22%，较上年10.85万元减少0.59万元，下降5.44%。';
    expect(check('change-consistency', text)).toEqual([]);
    expect(brief(check('change-consistency', text.replace('减少0.59', '减少0.49'))).filter((b) => b.startsWith('error'))).toEqual(['error:0.49']);
  });

  it('reads a change after the parts of a whole the head names (全年支出中…) as the change of their sum', () => {
    const text = '全年支出中基本支出962.35万元、项目支出255.81万元，较上年1,136.40万元增加81.76万元，增长7.19%。';
    expect(check('change-consistency', text).filter((f) => f.severity === 'error')).toEqual([]);
    expect(brief(check('change-consistency', text.replace('增长7.19%', '增长7.91%'))).filter((b) => b.startsWith('error'))).toEqual(['error:7.91']);
  });
});
