import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('rate-consistency', () => {
  it('passes 95.16% for 21.24 / 22.32', () => {
    expect(check('rate-consistency', '公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率95.16%。')).toEqual([]);
  });

  it('fails 96.02% for 21.24 / 22.32 with the message of the issue', () => {
    const fs = check('rate-consistency', '公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率96.02%。');
    expect(brief(fs)).toEqual(['error:96.02']);
    expect(fs[0]!.message).toMatch(/^公用经费控制率应为95\.16%（年末决算数21\.24÷公用经费年初预算数22\.32），报告为96\.02%/);
  });

  it('fails a rate 0.1 point off', () => {
    expect(brief(check('rate-consistency', '公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率95.26%。'))).toEqual(['error:95.26']);
  });

  it('computes 在职人员控制率 from exact head counts', () => {
    expect(check('rate-consistency', '本单位编制人数14人，实有人数13人，在职人员控制率92.86%。')).toEqual([]);
    expect(brief(check('rate-consistency', '本单位编制人数14人，实有人数13人，在职人员控制率93.86%。'))).toEqual(['error:93.86']);
  });

  it('reads 完成预算的X% and 占预算X的Y%', () => {
    expect(check('rate-consistency', '住房保障（类）：年初预算为144.14万元，支出决算为138.94万元，完成年初预算的96.39%。')).toEqual([]);
    expect(brief(check('rate-consistency', '住房保障（类）：年初预算为144.14万元，支出决算为138.94万元，完成年初预算的97.90%。'))).toEqual(['error:97.90']);
    expect(brief(check('rate-consistency', '全年公用经费支出31,658,686.00元，占预算31,699,390.00元的99.78%。'))).toEqual(['error:99.78']);
  });

  it('looks back to the sentence before for its numerator and denominator', () => {
    expect(check('rate-consistency', '“三公”经费实际支出16.36万元，预算17.56万元。“三公”经费控制率为93.17%。')).toEqual([]);
  });

  it('does not divide by a budget adjustment or by another subject', () => {
    expect(check('rate-consistency', '项目全年预算32.14万元（年初预算31.98万元，调整预算0.16万元）；全年实际支出32.14万元，执行率100.00%。')).toEqual([]);
    expect(check('rate-consistency', '“三公”经费预算5.00万元，决算4.00万元。公用经费控制率95.00%。')).toEqual([]);
  });

  it('reads the 结转结余率 with either denominator', () => {
    expect(check('rate-consistency', '年末结转和结余资金421,265.00元，本年支出7,350,947.00元，结转结余率5.73%。')).toEqual([]);
  });

  it('warns, not fails, when the operands are found only in earlier paragraphs', () => {
    const text = (r: string) => `项目资金预算80.00万元，年末实际支付72.00万元。\n全年组织业务培训3期。\n项目资金支付率${r}%。`;
    expect(check('rate-consistency', text('90.00'))).toEqual([]);
    expect(brief(check('rate-consistency', text('88.00')))).toEqual(['warning:88.00']);
    expect(brief(check('rate-consistency', '项目资金预算80.00万元，年末实际支付72.00万元，支付率88.00%。'))).toEqual(['error:88.00']);
  });

  it('binds a table row\'s rate to its own row only', () => {
    const table = [
      ['项目', '年初预算', '调整数', '全年预算', '执行数', '执行率'],
      ['基本支出', '300.00', '-10.00', '290.00', '290.00', '100.00%'],
      ['项目支出', '700.00', '50.00', '750.00', '730.00', '97.33%'],
      ['合计', '1,000.00', '40.00', '1,040.00', '1,020.00', '98.08%'],
    ];
    expect(check('rate-consistency', '全年执行1,020.00万元，预算执行率98.08%。\n单位：万元', table)).toEqual([]);
  });

  it('takes a numerator that says what the rate measures', () => {
    expect(check('rate-consistency', '项目预算200.00万元，已拨付资金180.00万元，资金到位率100%。')).toEqual([]);
    expect(brief(check('rate-consistency', '项目预算200.00万元，资金到位180.00万元，资金到位率100%。'))).toEqual(['error:100']);
  });

  it('reads 财政拨款 in a “三公” sentence as no scope of its own', () => {
    expect(check('rate-consistency', '2023年度“三公”经费财政拨款支出预算为80.00万元，支出决算为76.00万元，完成预算的95.00%。')).toEqual([]);
    expect(brief(check('rate-consistency', '2023年度“三公”经费财政拨款支出预算为80.00万元，支出决算为76.00万元，完成预算的92.00%。'))).toEqual(['error:92.00']);
  });

  it('reads a rate cell against its own row: 执行率 = 全年执行数 ÷ 全年预算数, not 年初预算数', () => {
    const form = (rate: string) => [
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '800.00', '920.00', '868.40', '10', rate, '9.44'],
      ['其中：本年财政拨款', '800.00', '856.00', '812.40', '—', '—', '—'],
    ];
    expect(check('rate-consistency', '单位：万元', form('94.39%'))).toEqual([]);
    const findings = check('rate-consistency', '单位：万元', form('108.55%'));
    expect(brief(findings)).toEqual(['error:108.55']);
    expect(findings[0]!.message).toContain('全年执行数868.40÷年度资金总额全年预算数920.00');
  });

  it('reads no denominator in a row with 年初预算数 and 调整预算数 but no full-year column', () => {
    const t = [['项目', '年初预算数', '调整预算数', '决算数', '执行率'], ['基本支出', '500.00', '540.00', '520.00', '96.30%']];
    expect(check('rate-consistency', '单位：万元', t)).toEqual([]);
  });

  it('reads a 完成预算 clause closing a 其中 list as the whole’s, and parallel clauses as each part’s', () => {
    expect(check('rate-consistency', '“三公”经费支出9.64万元，其中公务用车运行维护费7.80万元、公务接待费1.84万元，完成预算11.50万元的83.83%。')).toEqual([]);
    expect(brief(check('rate-consistency', '“三公”经费支出9.64万元，其中公务用车运行维护费7.80万元、公务接待费1.84万元，完成预算11.50万元的85.83%。'))).toEqual(['error:85.83']);
    expect(check('rate-consistency', '“三公”经费支出9.64万元，其中：公务用车运行维护费7.80万元，完成预算8.00万元的97.50%；公务接待费1.84万元，完成预算3.50万元的52.57%。')).toEqual([]);
  });

  it('takes no operand of a worked computation as a denominator', () => {
    const text = '2023年“三公”经费预算38.00万元，2022年为42.00万元，变动率为（38.00-42.00）÷42.00=-9.52%。全年“三公”经费实际支出31.64万元，“三公”经费控制率83.26%。';
    expect(check('rate-consistency', text)).toEqual([]);
  });

  it('binds no unit’s figures to a rate of the department or of another unit', () => {
    const text = [
      '部门整体支出预算数186,452,370.58元，实际支出178,906,214.37元，预算执行率95.95%。',
      '局本级全年预算3,126.85万元，执行2,968.30万元，执行率94.93%；疾控中心全年预算1,904.72万元，执行1,850.47万元，执行率97.15%。',
    ].join('\n');
    expect(check('rate-consistency', text).filter((f) => f.severity === 'error')).toEqual([]);
    expect(brief(check('rate-consistency', text.replace('97.15%', '98.15%'))).filter((b) => b.startsWith('error'))).toEqual(['error:98.15']);
  });

  it('reads each ；-clause’s figures as about the item its first figure names, not the full sentence’s head', () => {
    const text = '项目支出中，耕地地力保护补贴全年预算1,326.58万元，执行1,326.58万元，执行率100.00%；动物疫病防控全年预算612.40万元，执行588.17万元，执行率96.04%。';
    expect(check('rate-consistency', text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads a figure restated after 即 as the figure before, not as a budget', () => {
    expect(check('rate-consistency', '2023年全年预算699.25万元，全年支出6,813,412.56元，即681.34万元，执行率97.44%。')).toEqual([]);
  });

  it('divides an item’s rate by its own budget before the department’s, and only warns over the department’s', () => {
    const text = '年初县级预算安排38.00万元，年中上级下达中央政法转移支付资金26.50万元，全年预算64.50万元。全年支出61.92万元，执行率96.00%，其中县级资金支出35.42万元，执行率93.21%；中央资金支出26.50万元，执行率100%。';
    expect(check('rate-consistency', text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads a table’s 合计 row as about what its caption names, not the department', () => {
    const text = '2023年全年预算559.75万元，其中项目支出预算134.30万元。全年支出541.38万元，预算执行率96.72%。';
    const t = [['项目', '全年预算', '执行数', '执行率'], ['审计业务经费', '62.00', '60.14', '97.00%'], ['审计信息化建设', '72.30', '68.60', '94.88%'], ['合计', '134.30', '128.74', '95.86%']];
    expect(check('rate-consistency', text, '项目支出执行情况如下（单位：万元）：', t).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
