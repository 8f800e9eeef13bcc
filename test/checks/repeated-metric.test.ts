import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('repeated-metric', () => {
  it('passes one quantity stated twice alike', () => {
    expect(check('repeated-metric', '2024年“三公”经费支出2.20万元，较上年持平。\n“三公”经费实际支出2.20万元，预算2.50万元。')).toEqual([]);
  });

  it('fails one quantity stated twice with different values', () => {
    const fs = check('repeated-metric', '全年“三公”经费支出45.30万元，其中因公出国（境）费0.00万元。\n“三公”经费实际支出44.48万元，预算59.07万元。');
    expect(brief(fs)).toEqual(['error:44.48']);
    expect(fs[0]!.expected).toBe('45.30');
  });

  it('takes the value stated most often as meant', () => {
    const fs = check('repeated-metric', '本年收入合计815.64万元。\n本年收入合计816.64万元。\n本年收入合计815.64万元。');
    expect(brief(fs)).toEqual(['error:816.64']);
  });

  it('keeps budget and actual, and one spending class and another, apart', () => {
    expect(check('repeated-metric', '“三公”经费预算59.07万元。\n“三公”经费实际支出44.48万元。')).toEqual([]);
    expect(check('repeated-metric', '1.一般公共服务：年初预算为1,235.85万元，支出决算为1,248.69万元。\n2.教育（类）：年初预算为16,590.80万元，支出决算为17,447.28万元。')).toEqual([]);
  });

  it('does not compare a count of units with a head count', () => {
    expect(check('repeated-metric', '纳入本部门2022年度部门决算编制范围的二级预算单位1个。\n本部门核定编制88名；年末实有人员89人。')).toEqual([]);
  });

  it('keeps an item\'s spending apart from the department\'s', () => {
    expect(check('repeated-metric', '2024年度本年支出合计1,250.30万元。\n（1）购置救护车2辆，支出96.50万元；\n（2）购置心电监护仪8台，支出41.20万元。')).toEqual([]);
    expect(check('repeated-metric', '本年支出合计980.60万元。\n全年实施校舍维修、食堂改造两个项目，分别支出120.50万元、86.30万元。')).toEqual([]);
  });

  it('keeps one fund source and one budget line apart from the whole', () => {
    expect(check('repeated-metric', '2023年度本年支出合计2,450.60万元。\n2023年度一般公共预算财政拨款支出年初预算为2,100.00万元，支出决算为2,236.18万元。')).toEqual([]);
    expect(check('repeated-metric', '2.教育支出（类）普通教育（款）小学教育（项）。年初预算为860.00万元，支出决算为852.35万元。\n3.教育支出（类）普通教育（款）初中教育（项）。年初预算为540.00万元，支出决算为561.20万元。')).toEqual([]);
    expect(check('repeated-metric', '本年支出合计3,105.42万元。\n2023年度政府性基金预算财政拨款收入300.00万元，支出286.75万元。')).toEqual([]);
  });

  it('keeps a unit\'s staff apart from a whole system\'s', () => {
    expect(check('repeated-metric', '局机关行政编制15名，实有14人；全系统教职工编制2,360名，实有在编教职工2,298人。')).toEqual([]);
  });

  it('reads a gap or a threshold as no level', () => {
    expect(check('repeated-metric', '核定编制40名，实有人数36人。\n存在问题：专业人员不足，实有人数低于核定编制4人。')).toEqual([]);
    expect(check('repeated-metric', '全年预算执行率95.20%。\n扣分原因是预算执行率未达到100%。')).toEqual([]);
    expect(check('repeated-metric', '核定编制40名，实有人数36人。\n二是技术力量不足，实有人数比核定编制少4人。')).toEqual([]);
  });

  it('keeps a rate of one item apart from the whole one', () => {
    expect(check('repeated-metric', '全年预算执行率97.80%。\n一是培训项目经费执行率仅为88.60%，部分培训改为线上举办。')).toEqual([]);
  });

  it('does not read a total and a part of its list as one quantity', () => {
    expect(check('repeated-metric', '2024年度部门收入总计3,560.20万元，其中本年收入3,412.00万元，年初结转和结余148.20万元。')).toEqual([]);
  });

  it('compares an indicator table row whose other label cells are placeholders', () => {
    const fs = check(
      'repeated-metric',
      '截至年末，全年实际支出512.40万元，预算执行率96.35%。',
      [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], ['预算执行率', '—', '—', '100%', '93.65%', '10', '9']],
    );
    expect(brief(fs)).toEqual(['warning:93.65']);
  });

  it('still fails the 三公 total stated twice in two sections', () => {
    const fs = check('repeated-metric', '2024年度“三公”经费支出12.46万元，其中公务接待费3.10万元。\n2024年“三公”经费支出12.64万元，控制在年初预算以内。');
    expect(brief(fs)).toEqual(['error:12.64']);
  });

  it('reads a column\'s header from the header rows, not from a text cell of an earlier row', () => {
    const table = [
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['决策', '立项依据充分性', '充分', '充分', '10', '10'],
      ['过程', '预算执行率', '100%', '96.35%', '10', '9'],
    ];
    expect(check('repeated-metric', '全年实际支出512.40万元，预算执行率96.35%。', table)).toEqual([]);
  });

  it('reads a part restated (在职44人 after 实有人员71人，其中在职44人) as the part, not the whole', () => {
    const text = '年末实有人员71人，其中在职44人、退休27人。\n在职人员控制率95.65%（在职44人/编制46名），未超编。';
    expect(check('repeated-metric', text)).toEqual([]);
  });
});
