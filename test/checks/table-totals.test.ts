import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

const UNIT = '单位：万元';

describe('table-totals', () => {
  it('passes a 合计 row at the top with a 其中 sub-row', () => {
    const t = [
      ['项目', '预算数', '决算数'],
      ['合计', '23.45', '19.50'],
      ['因公出国（境）费', '0.00', '0.00'],
      ['公务用车购置及运行维护费', '16.97', '14.15'],
      ['其中：公务用车购置费', '0.00', '0.00'],
      ['公务用车运行维护费', '16.97', '14.15'],
      ['公务接待费', '6.48', '5.35'],
    ];
    expect(check('table-totals', UNIT, t)).toEqual([]);
    const wrong = t.map((r) => [...r]);
    wrong[1]![2] = '19.60';
    expect(brief(check('table-totals', UNIT, wrong))).toEqual(['error:19.60']);
  });

  it('passes a 合计 row at the bottom and fails one cell off', () => {
    const t = [
      ['科目', '金额'],
      ['一般公共服务支出', '278.36'],
      ['社会保障和就业支出', '41.76'],
      ['卫生健康支出', '8.72'],
      ['住房保障支出', '17.54'],
      ['合计', '346.38'],
    ];
    expect(check('table-totals', UNIT, t)).toEqual([]);
    const wrong = t.map((r) => [...r]);
    wrong[3]![1] = '8.27';
    expect(brief(check('table-totals', UNIT, wrong))).toEqual(['error:346.38']);
  });

  it('learns which columns a 合计 column covers from the rows that add up', () => {
    const t = [
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'],
      ['', '', '', '小计', '购置费', '运行维护费', ''],
      ['预算数', '2.62', '0.00', '1.72', '1.15', '0.57', '0.91'],
      ['决算数', '2.16', '0.00', '1.18', '0.00', '1.18', '0.70'],
    ];
    const fs = check('table-totals', UNIT, t);
    expect(brief(fs)).toEqual(['error:2.16']);
    expect(fs[0]!.expected).toBe('1.88');
  });

  it('reads 收入总计 as 本年收入合计 plus the rows after it', () => {
    expect(check('table-totals', UNIT, [
      ['项目', '金额', '项目', '金额'],
      ['一般公共预算财政拨款收入', '559.20', '一般公共服务', '19.09'],
      ['政府性基金预算财政拨款收入', '0.00', '公共安全支出', '510.46'],
      ['本年收入合计', '559.20', '本年支出合计', '529.55'],
      ['使用非财政拨款结余', '0.00', '结余分配', '0.00'],
      ['年初结转和结余', '0.00', '年末结转和结余', '29.65'],
      ['收入总计', '559.20', '支出总计', '559.20'],
    ])).toEqual([]);
  });

  it('checks a sub-total row in every column once the table shows it is one', () => {
    const t = [
      ['项目', '预算数（元）', '决算数（元）', '上年决算数（元）'],
      ['合计', '484,696.00', '346,368.00', '402,029.00'],
      ['因公出国（境）费', '0.00', '0.00', '0.00'],
      ['公务用车购置及运行维护费', '269,702.00', '236,062.00', '267,979.00'],
      ['其中：公务用车购置费', '0.00', '0.00', '0.00'],
      ['公务用车运行维护费', '269,702.00', '236,062.00', '263,064.00'],
      ['公务接待费', '214,994.00', '110,306.00', '134,050.00'],
    ];
    const fs = check('table-totals', t);
    expect(brief(fs)).toEqual(['error:267,979.00']);
    expect(fs[0]!.expected).toBe('263064.00');
  });

  it('warns, saying what it assumed, of a sub-total that adds up in one column only', () => {
    // 12.00 = 6.00 + 6.00 in 年初预算 by chance: the rows are a flat list under 合计 in every column.
    const t = [
      ['项目', '年初预算', '全年预算', '执行数'],
      ['文艺精品创作扶持', '20.00', '24.00', '23.60'],
      ['惠民演出', '12.00', '18.56', '18.56'],
      ['文艺人才培训', '6.00', '6.00', '5.82'],
      ['协会活动补助', '6.00', '6.50', '6.20'],
      ['合计', '44.00', '55.06', '54.18'],
    ];
    const fs = check('table-totals', UNIT, t);
    expect(fs.every((f) => f.severity === 'warning' && /推断/.test(f.message))).toBe(true);
    expect(brief(fs)).toEqual(['warning:18.56', 'warning:18.56']);
  });

  it('adds no unit prices or progress rates in a 合计 row', () => {
    const t = [
      ['设备名称', '数量（台）', '单价', '金额', '支付进度'],
      ['救护车', '2', '48.00', '96.00', '100'],
      ['心电监护仪', '8', '5.15', '41.20', '80'],
      ['合计', '10', '—', '137.20', '—'],
    ];
    expect(check('table-totals', UNIT, t)).toEqual([]);
    const withPrice = t.map((r) => [...r]);
    withPrice[3]![2] = '53.15';
    expect(check('table-totals', UNIT, withPrice)).toEqual([]);
  });

  it('reads the levels of 科目编码 rows and learns no structure from a trailing zero', () => {
    const t = [
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['', '合计', '486.43', '399.93', '86.50'],
      ['201', '一般公共服务支出', '398.90', '312.40', '86.50'],
      ['20103', '政府办公厅（室）及相关机构事务', '398.90', '312.40', '86.50'],
      ['2010301', '行政运行', '312.40', '312.40', '0.00'],
      ['2010302', '一般行政管理事务', '86.50', '0.00', '86.50'],
      ['208', '社会保障和就业支出', '41.26', '41.26', '0.00'],
      ['20805', '行政事业单位养老支出', '41.26', '41.26', '0.00'],
      ['2080505', '机关事业单位基本养老保险缴费支出', '41.26', '41.26', '0.00'],
      ['221', '住房保障支出', '46.27', '46.27', '0.00'],
      ['22102', '住房改革支出', '46.27', '46.27', '0.00'],
      ['2210201', '住房公积金', '46.27', '46.27', '0.00'],
    ];
    expect(check('table-totals', UNIT, t)).toEqual([]);
    const wrong = t.map((r) => [...r]);
    wrong[1]![2] = '468.43';
    // Wrong against its row (399.93 + 86.50) and against its column (398.90 + 41.26 + 46.27).
    expect(brief(check('table-totals', UNIT, wrong))).toEqual(['error:468.43', 'error:468.43']);
  });

  it('reads rows numbered at two levels, some sub-rows left out: the outer ones make the 合计', () => {
    const t = [
      ['项目', '决算数'],
      ['合计', '600.00'],
      ['一、基本支出', '400.00'],
      ['（一）人员经费', '330.00'],
      ['二、项目支出', '200.00'],
      ['（一）业务工作经费', '120.00'],
    ];
    expect(check('table-totals', UNIT, t)).toEqual([]);
    const wrong = t.map((r) => [...r]);
    wrong[1]![1] = '610.00';
    expect(brief(check('table-totals', UNIT, wrong))).toEqual(['error:610.00']);
  });

  it('adds the money columns of the project form, though its 分值 and 得分 make it an indicator table', () => {
    const form = (budget: string) => [
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', '2,846.00', budget, '3,058.30', '10', '96.40%', '9.64'],
      ['其中：本年财政拨款', '2,846.00', '2,986.30', '2,921.18', '—', '—', '—'],
      ['上年结转资金', '0.00', '186.15', '137.12', '—', '—', '—'],
      ['其他资金', '0.00', '0.00', '0.00', '—', '—', '—'],
    ];
    expect(check('table-totals', UNIT, form('3,172.45'))).toEqual([]);
    expect(brief(check('table-totals', UNIT, form('3,127.45')))).toEqual(['error:3,127.45']);
  });

  it('adds a 占比 column to its 合计 row, and a flat list fails as an error though no cell holds', () => {
    const t = [
      ['科目名称', '决算数', '占比（%）'],
      ['合计', '0.00', '100.00'],
      ['一般公共服务支出', '2,318.64', '78.29'],
      ['社会保障和就业支出', '286.52', '9.67'],
      ['卫生健康支出', '142.85', '5.82'],
      ['住房保障支出', '213.46', '7.21'],
    ];
    expect(brief(check('table-totals', UNIT, t))).toEqual(['error:0.00', 'error:100.00']);
    const right = t.map((r) => [...r]);
    right[1]![1] = '2,961.47';
    right[4]![2] = '4.82';
    expect(check('table-totals', UNIT, right)).toEqual([]);
  });

  it('reads 类 | 款 | 项 code columns as one 科目编码, not as figures', () => {
    const t = [
      ['类', '款', '项', '科目名称', '合计'],
      ['', '', '', '合计', '283.14'],
      ['201', '', '', '一般公共服务支出', '228.28'],
      ['201', '26', '', '档案事务', '228.28'],
      ['201', '26', '01', '行政运行', '190.54'],
      ['201', '26', '04', '档案馆', '37.74'],
      ['208', '', '', '社会保障和就业支出', '40.56'],
      ['208', '05', '', '行政事业单位养老支出', '40.56'],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '40.56'],
      ['221', '', '', '住房保障支出', '14.30'],
      ['221', '02', '01', '住房公积金', '14.30'],
    ];
    expect(check('table-totals', UNIT, t)).toEqual([]);
    const wrong = t.map((r) => [...r]);
    wrong[1]![4] = '293.14';
    expect(brief(check('table-totals', UNIT, wrong))).toEqual(['error:293.14']);
  });

  it('reads the 功能分类 class rows as the top level when their items follow without codes, one class with one item', () => {
    const t = [
      ['科目名称', '合计', '基本支出', '项目支出'],
      ['合计', '1,197.25', '682.47', '514.78'],
      ['社会保障和就业支出', '1,062.84', '548.06', '514.78'],
      ['行政运行', '386.25', '386.25', '0.00'],
      ['残疾人康复', '676.59', '161.81', '514.78'],
      ['卫生健康支出', '46.28', '46.28', '0.00'],
      ['行政单位医疗', '46.28', '46.28', '0.00'],
      ['住房保障支出', '88.13', '88.13', '0.00'],
      ['住房公积金', '88.13', '88.13', '0.00'],
    ];
    expect(check('table-totals', UNIT, t)).toEqual([]);
  });

  it('reads a 其中 column as one part of its 合计 column, not all of them', () => {
    const t = [['单位', '本年收入合计', '其中：财政拨款'], ['合计', '10,000.00', '9,000.00'], ['局本级', '4,000.00', '4,000.00'], ['县第一中学', '6,000.00', '5,000.00']];
    expect(check('table-totals', UNIT, t)).toEqual([]);
  });
});
