import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('total-parts', () => {
  it('passes a 其中 list that adds up', () => {
    expect(check('total-parts', '2024年部门决算收入是346.38万元，其中一般公共服务为278.36万元，社会保障和就业41.76万元，卫生健康支出8.72万元，住房保障17.54万元。')).toEqual([]);
  });

  it('passes a rounding-level sum: 434.16 + 0.55 + 0.00 = 434.72', () => {
    expect(check('total-parts', '本年支出合计434.72万元，其中：基本支出434.16万元，项目支出0.55万元，其他支出0.00万元。')).toEqual([]);
  });

  it('fails a total 0.1% off its parts, naming both intervals', () => {
    const fs = check('total-parts', '2024年部门决算支出是346.73万元，其中一般公共服务为278.36万元，社会保障和就业41.76万元，卫生健康支出8.72万元，住房保障17.54万元。');
    expect(brief(fs)).toEqual(['error:346.73']);
    expect(fs[0]!.expected).toBe('346.38');
    expect(fs[0]!.difference).toBe('0.35');
    expect(fs[0]!.message).toContain('一般公共服务278.36+社会保障和就业41.76+卫生健康支出8.72+住房保障17.54');
    expect(fs[0]!.message).toMatch(/区间\[346\.36, 346\.4\]与\[346\.725, 346\.735\]不相交/);
  });

  it('reads parts in parentheses and parts before 合计', () => {
    expect(brief(check('total-parts', '公务用车购置及运行维护费1.50万元（购置费0.00万元，运行维护费1.60万元）。'))).toEqual(['error:1.50']);
    expect(brief(check('total-parts', '办公费12.30万元、印刷费3.20万元、邮电费1.10万元，合计16.60万元。'))).toEqual([]);
    expect(brief(check('total-parts', '办公费12.30万元、印刷费3.20万元、邮电费1.10万元，合计17.60万元。'))).toEqual(['error:17.60']);
  });

  it('keeps a nested 其中 list out of the outer sum', () => {
    const text = '2022年部门支出是345.31万元，其中基本支出206.17万元，占本年支出的59.71%，其中人员经费175.40万元、公用经费30.77万元；项目支出139.14万元，占40.29%。';
    expect(check('total-parts', text)).toEqual([]);
    const wrongInner = text.replace('175.40', '178.40');
    expect(brief(check('total-parts', wrongInner))).toContain('error:206.17');
  });

  it('reads a nested list that stops before the outer list goes on', () => {
    expect(check('total-parts', '“三公”经费财政拨款支出决算24,388.00元，其中：因公出国（境）费0.00元、公务用车购置及运行维护费16,879.00元，其中公务用车购置费8,773.00元、公务用车运行维护费8,106.00元、公务接待费7,509.00元。')).toEqual([]);
  });

  it('takes one part well below its total as a partial list, but not one above it', () => {
    expect(check('total-parts', '“三公”经费财政拨款支出决算2.2万元，其中：公务接待费决算0.7万元，与2023年持平。')).toEqual([]);
    expect(brief(check('total-parts', '“三公”经费财政拨款支出决算2.2万元，其中：公务接待费决算3.7万元。'))).toEqual(['warning:3.7']);
  });

  it('does not read an annotation in parentheses as a part', () => {
    expect(check('total-parts', '年末实有人数三十七人（编制三十九人），离退休人员七人。')).toEqual([]);
  });

  it('takes the total a sentence names before 包括 or 中, not the figure before it', () => {
    const lead = '2023年度部门收入总计5,420.00万元，其中本年收入5,300.00万元，年初结转和结余120.00万元。';
    expect(check('total-parts', `${lead}本年收入包括：一般公共预算财政拨款收入4,800.00万元，其他收入500.00万元。`)).toEqual([]);
    expect(check('total-parts', `${lead}本年收入中，一般公共预算财政拨款收入4,800.00万元，其他收入500.00万元。`)).toEqual([]);
    expect(brief(check('total-parts', `${lead}本年收入中，一般公共预算财政拨款收入4,080.00万元，其他收入500.00万元。`))).toEqual(['error:5,300.00']);
    expect(check('total-parts', `${lead}在预算执行中，严格执行支出标准，压减一般性支出12.00万元，节约资金3.00万元。`)).toEqual([]);
  });

  it('ends a list at a clause that turns from income to spending', () => {
    expect(check('total-parts', '2023年度财政拨款收入总计1,200.00万元，其中年初财政拨款结转和结余80.00万元；财政拨款支出1,050.00万元，年末财政拨款结转和结余150.00万元。')).toEqual([]);
  });

  it('adds counts under other measure words to a total in 个', () => {
    const text = (n: string) => `局机关内设办公室、人事股、财务股3个股室，所属中学12所、小学20所、教研中心1个，共${n}个预算单位。`;
    expect(check('total-parts', text('33'))).toEqual([]);
    expect(brief(check('total-parts', text('34')))).toEqual(['error:34']);
  });

  it('reads parts in parentheses after a share of the total', () => {
    const text = (a: string) => `2023年部门决算支出是3,200.00万元，其中基本支出1,800.00万元，占本年支出的56.25%（人员经费${a}万元，公用经费300.00万元）；项目支出1,400.00万元。`;
    expect(check('total-parts', text('1,500.00'))).toEqual([]);
    expect(brief(check('total-parts', text('1,050.00')))).toEqual(['error:1,800.00']);
  });

  it('reads a list opened by 主要用于：', () => {
    const text = (a: string) => `一般公共预算财政拨款支出920.00万元，主要用于：一般公共服务${a}万元，占78.26%；卫生健康200.00万元，占21.74%。`;
    expect(check('total-parts', text('720.00'))).toEqual([]);
    // 主要 names the main uses only: short of the total is no error, above it is.
    expect(check('total-parts', text('702.00'))).toEqual([]);
    expect(brief(check('total-parts', text('740.00')))).toEqual(['error:920.00']);
    expect(check('total-parts', '基本支出600.00万元，占40.00%，主要用于人员工资和日常运转；项目支出900.00万元，占60.00%。')).toEqual([]);
  });

  it('reads the kinds of a total stated with 各为', () => {
    const text = (a: string) => `2023年度政府采购支出总额86.40万元，政府采购货物支出、政府采购工程支出、政府采购服务支出各为${a}、0.00、60.20万元。`;
    expect(check('total-parts', text('26.20'))).toEqual([]);
    expect(brief(check('total-parts', text('22.60')))).toEqual(['error:86.40']);
    // Figures after 分别为 that are not kinds of the total are no parts of it.
    expect(check('total-parts', '2023年度支出总额500.00万元，培训人数和检查次数分别为30.00、20.00万元。')).toEqual([]);
  });

  it('reads a paragraph that opens inside a parenthesis a line break left open', () => {
    expect(check('total-parts', '项目全年预算80.00万元（年初预算85.00万元，调整预算\n（5.00）万元），其中中央资金20.00万元、本级财政资金60.00万元。')).toEqual([]);
  });

  it('ends a list of a composition\'s term before the next term of that composition', () => {
    expect(check('total-parts', '（境）费0.00万元，公务用车购置及运行维护费2.10万元，其中公务用车购置费0.00万元、公务用车运行维护费2.10万元，公务接待费1.40万元。')).toEqual([]);
    expect(brief(check('total-parts', '（境）费0.00万元，公务用车购置及运行维护费2.10万元，其中公务用车购置费0.50万元、公务用车运行维护费2.10万元，公务接待费1.40万元。'))).toEqual(['error:2.10']);
  });

  it('reads two breakdowns of one total in one list', () => {
    expect(check('total-parts', '2024年本年支出500.00万元，其中基本支出300.00万元、项目支出200.00万元，一般公共服务支出400.00万元、教育支出100.00万元。')).toEqual([]);
    expect(brief(check('total-parts', '2024年本年支出500.00万元，其中基本支出300.00万元、项目支出210.00万元，一般公共服务支出400.00万元、教育支出100.00万元。'))).toEqual(['error:500.00']);
  });

  it('takes a list that names its main parts only as partial, not one above its total', () => {
    expect(check('total-parts', '2024年本年支出520.00万元，其中一般公共服务支出460.00万元、教育支出45.00万元等。')).toEqual([]);
    expect(check('total-parts', '2024年本年支出520.00万元，主要包括一般公共服务支出460.00万元、教育支出45.00万元。')).toEqual([]);
    expect(brief(check('total-parts', '2024年本年支出520.00万元，其中一般公共服务支出480.00万元、教育支出45.00万元等。'))).toEqual(['error:520.00']);
  });

  it('reads the run of 、 before 共计 as the parts, not every amount of the sentence', () => {
    expect(check('total-parts', '会议培训预算10.00万元，实际支出会议费2.50万元、培训费3.50万元，共计6.00万元。')).toEqual([]);
    expect(brief(check('total-parts', '会议培训预算10.00万元，实际支出会议费2.50万元、培训费3.50万元，共计7.00万元。'))).toEqual(['error:7.00']);
  });

  it('warns at most when a list opening its sentence follows a sentence of several figures', () => {
    expect(check('total-parts', '按经济分类，基本支出399.93万元，项目支出86.50万元。其中行政运行支出312.40万元。')).toEqual([]);
    expect(brief(check('total-parts', '按经济分类，基本支出399.93万元，项目支出86.50万元。其中人员经费60.00万元、公用经费36.50万元。'))).toEqual(['warning:86.50']);
    expect(brief(check('total-parts', '2024年本年支出合计486.43万元。其中：基本支出399.93万元，项目支出96.50万元。'))).toEqual(['error:486.43']);
  });

  it('reads no breakdown in parentheses that say what the total includes', () => {
    expect(check('total-parts', '全年项目支出500.00万元（含设备购置费120.00万元、人员培训费30.00万元）。')).toEqual([]);
  });

  it('reads a figure after a comma that ends a list joined by 、 as said of the whole, not one more part', () => {
    const text = '2023年度政府采购支出总额265.30万元，其中政府采购货物支出58.70万元、政府采购服务支出206.60万元，授予中小企业合同金额238.77万元，占政府采购支出总额的90.00%。';
    expect(check('total-parts', text)).toEqual([]);
    expect(brief(check('total-parts', text.replace('206.60', '216.60')))).toEqual(['error:265.30']);
  });

  it('reads 按功能科目分： as a breakdown of the sentence before’s total, not of its last figure', () => {
    const text = '2021年本年支出571.20万元，其中基本支出318.46万元、项目支出252.74万元；年末结转和结余28.04万元。按功能科目分：社会保障和就业支出86.45万元，农林水支出482.73万元，住房保障支出32.18万元，卫生健康支出23.84万元。';
    expect(brief(check('total-parts', text))).toEqual(['warning:571.20']);
    expect(check('total-parts', text.replace('482.73', '428.73'))).toEqual([]);
  });

  it('reads a standard per unit (按每生每年850元标准) as no part of a total', () => {
    const text = '项目支出主要为：生均公用经费258.91万元，其中初中按每生每年850元标准安排105.91万元，高中按每生每年1,000元标准安排153.00万元。';
    expect(check('total-parts', text)).toEqual([]);
    expect(brief(check('total-parts', text.replace('153.00', '163.00')))).toEqual(['error:258.91']);
  });
});
