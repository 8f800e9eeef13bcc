// The number grammar on real-style report sentences: one describe per feature.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.ts';
import { docOf } from './helpers.ts';

/** "value unit kind" per figure, "~" appended when approximate. */
function figs(text: string): string[] {
  return extractFigures(docOf([text])).figures.map((f) => `${f.value} ${f.unit} ${f.kind}${f.approx ? ' ~' : ''}`);
}
function raws(text: string): string[] {
  return extractFigures(docOf([text])).figures.map((f) => f.raw);
}

describe('Arabic numbers', () => {
  it('reads separators and decimals, keeping printed precision', () => {
    const r = extractFigures(docOf(['2024年度收入总计4,125.49万元，比上年的3,980.10万元有所增加。'])).figures;
    expect(r.map((f) => [f.value, f.decimals, f.raw])).toEqual([
      ['4125.49', 2, '4,125.49万元'],
      ['3980.10', 2, '3,980.10万元'],
    ]);
  });
  it('reads full-width digits after normalisation', () => {
    expect(figs('公用经费决算数为２１．２４万元，控制率９５．１６％。')).toEqual(['21.24 万元 amount', '95.16 % percent']);
  });
  it('reads numbers with three decimals and zero', () => {
    expect(figs('结余0万元，利息收入0.125万元。')).toEqual(['0 万元 amount', '0.125 万元 amount']);
  });
  it('ignores digits glued to Latin letters', () => {
    expect(figs('建成5G基站，推广3D打印，创建4A级景区2个。')).toEqual(['2 个 count']);
  });
});

describe('Chinese numerals', () => {
  it('reads counts written in Chinese numerals', () => {
    expect(figs('编制人数十四人；实有人数十三人，退休三人。')).toEqual(['14 人 count', '13 人 count', '3 人 count']);
  });
  it('reads 两 and measure words with a noun after them', () => {
    expect(figs('内设两个股室，围绕六个方面进行评查，履行“改进建议、完善政策、追究责任”三项建议权。')).toEqual([
      '2 个 count',
      '6 个 count',
      '3 项 count',
    ]);
  });
  it('reads 百分之 in words, with decimals', () => {
    expect(figs('群众满意度达百分之九十五，办结率百分之九十九点五。')).toEqual(['95 % percent', '99.5 % percent']);
    expect(figs('整改完成率百分之百。')).toEqual(['100 % percent']);
  });
  it('reads 大写 amounts, the scale word before 元 joining the unit', () => {
    expect(figs('合同金额人民币叁佰肆拾陆万元整。')).toEqual(['346 万元 amount']);
    expect(figs('合同金额人民币叁佰肆拾陆万捌仟元整。')).toEqual(['3468000 元 amount']);
  });
  it('leaves numerals inside words alone', () => {
    expect(figs('坚持一般公共预算统一管理，千方百计化解矛盾，十分重视群众诉求。')).toEqual([]);
  });
});

describe('signs', () => {
  it('reads -, －, −, 负 and keeps the printed value of verb-carried decreases', () => {
    expect(figs('年度调整预算数-11.65万元。')).toEqual(['-11.65 万元 amount']);
    expect(figs('年度调整预算数－11.65万元。')).toEqual(['-11.65 万元 amount']);
    expect(figs('年度调整预算数−11.65万元。')).toEqual(['-11.65 万元 amount']);
    expect(figs('年度调整预算数负11.65万元。')).toEqual(['-11.65 万元 amount']);
    expect(figs('年中调减预算11.65万元，支出较上年减少8.2万元，下降3.5%，呈负增长2.1%。')).toEqual([
      '11.65 万元 amount',
      '8.2 万元 amount',
      '3.5 % percent',
      '2.1 % percent',
    ]);
  });
  it('records the direction a verb gives in trend', () => {
    const f = extractFigures(docOf(['较上年增加10.5万元，增长8.3%；年中调减预算11.65万元，与上年持平'])).figures;
    expect(f.map((x) => x.trend)).toEqual(['increase', 'increase', 'decrease']);
  });
  it('takes the verb nearest the number in its clause, a few words before it', () => {
    const trends = (text: string) => extractFigures(docOf([text])).figures.map((x) => `${x.value}:${x.trend ?? '-'}`);
    expect(trends('年中核减项目预算6.8万元，压减一般性支出45,000.00元，较上年减少“三公”经费支出2.5万元。')).toEqual([
      '6.8:decrease',
      '45000.00:decrease',
      '2.5:decrease',
    ]);
    expect(trends('公用经费较上年降低3.6%，办案成本下降了12.5%，会议费调减了0.8万元，降幅11.87%。')).toEqual([
      '3.6:decrease',
      '12.5:decrease',
      '0.8:decrease',
      '11.87:decrease',
    ]);
    expect(trends('年初预算120万元，年中追加预算15万元后调减8万元，全年预算127万元。')).toEqual([
      '120:-',
      '15:increase',
      '8:decrease',
      '127:-',
    ]);
  });
  it('gives no trend to the level a verb leads to, nor across a clause', () => {
    const trends = (text: string) => extractFigures(docOf([text])).figures.map((x) => `${x.value}:${x.trend ?? '-'}`);
    expect(trends('库存积压率由上年的5.1%下降至3.2%，人均成本降低为860元。')).toEqual(['5.1:-', '3.2:-', '860:-']);
    expect(trends('支出有所减少，全年支出98.6万元；调减后全年预算为300万元。')).toEqual(['98.6:-', '300:-']);
    expect(trends('年中追加预算占年初预算的6.5%，“三公”经费呈负增长4.2%。')).toEqual(['6.5:-', '4.2:decrease']);
  });
  it('reads a dash between two numbers as a range, not a sign', () => {
    expect(figs('每场活动参与3-5人，增幅控制在10%-15%。')).toEqual(['3 人 count', '5 人 count', '10 % percent', '15 % percent']);
  });
});

describe('scale words and units', () => {
  it('keeps 万/亿 inside the unit of counts and measures', () => {
    expect(figs('全年接待游客2.1万人次，建筑面积420万平方米，发放宣传手册1.5万余份。')).toEqual([
      '2.1 万人次 count',
      '420 万平方米 measure',
      '1.5 万份 count ~',
    ]);
  });
  it('reads 万余元 and 万多元 as approximate amounts in 万元', () => {
    expect(figs('为困难职工发放慰问金3万余元，走访慰问老党员20多人，维修经费1.2万多元。')).toEqual([
      '3 万元 amount ~',
      '20 人 count ~',
      '1.2 万元 amount ~',
    ]);
  });
  it('reads amount units and 千元', () => {
    expect(figs('合同投资额35.6亿元，人均补助3,500元，报表金额12,345千元。')).toEqual([
      '35.6 亿元 amount',
      '3500 元 amount',
      '12345 千元 amount',
    ]);
  });
  it('normalises unit spellings', () => {
    expect(figs('新建运动场约1000㎡，改造校舍2000m²。')).toEqual(['1000 平方米 measure ~', '2000 平方米 measure']);
  });
  it('keeps 个百分点 as its own unit', () => {
    expect(figs('执行率较上年提高2.5个百分点，达到98.6%。')).toEqual(['2.5 个百分点 percent', '98.6 % percent']);
  });
  it('reads scores with 分 and after 得分', () => {
    expect(figs('自评为100分。')).toEqual(['100 分 score']);
    expect(figs('部门整体支出绩效自评得分95.5，评价等级为“优”。')).toEqual(['95.5 分 score']);
  });
  it('reports a scale word with no unit as unreadable', () => {
    const r = extractFigures(docOf(['全市常住人口约120万，较上年有所增加。']));
    expect(r.figures).toEqual([]);
    expect(r.findings.map((f) => [f.rule, f.severity, f.actual])).toEqual([['unreadable-figure', 'info', '120万']]);
  });
  it('reports a decimal with no unit as unreadable, naming the text', () => {
    const r = extractFigures(docOf(['项目资金346.38到位。']));
    expect(r.figures).toEqual([]);
    expect(r.findings[0]!.message).toContain('346.38');
  });
  it('reports a number cut by a break', () => {
    const r = extractFigures(docOf(['决算收入346. 38万元。']));
    expect(r.findings.map((f) => f.rule)).toContain('unreadable-figure');
    expect(r.figures.map((f) => f.value)).not.toContain('38');
  });
});

describe('approximations', () => {
  it('sets approx for 约 近 余 多 超过 以上', () => {
    expect(figs('共悬挂横幅400余条，受益群众近3000人，参训100多人，覆盖率超过90%，合格率95%以上，约1000㎡。')).toEqual([
      '400 条 count ~',
      '3000 人 count ~',
      '100 人 count ~',
      '90 % percent ~',
      '95 % percent ~',
      '1000 平方米 measure ~',
    ]);
  });
  it('takes approximation words only as words of their own, not the 约 of 节约 or 签约', () => {
    expect(figs('通过集中采购较预算节约17,542.00元，节约资金约2.3万元。')).toEqual(['17542.00 元 amount', '2.3 万元 amount ~']);
    expect(figs('全年签约项目12个，预约服务3,600人次，受制约因素5项，合同履约金额86.5万元。')).toEqual([
      '12 个 count',
      '3600 人次 count',
      '5 项 count',
      '86.5 万元 amount',
    ]);
    expect(figs('在驻地附近3公里范围内，最近2次检查，每年约40次，共约120人，人数约为35人。')).toEqual([
      '3 公里 measure',
      '2 次 count',
      '40 次 count ~',
      '120 人 count ~',
      '35 人 count ~',
    ]);
  });
  it('keeps 余 out of nothing but the span', () => {
    expect(raws('发放宣传资料2500余份。')).toEqual(['2500余份']);
  });
});

describe('lists sharing one unit', () => {
  it('gives every number of a list the unit of its last number', () => {
    expect(figs('2024年度收、支总计各为4,125.49、4,143.91万元。')).toEqual(['4125.49 万元 amount', '4143.91 万元 amount']);
    expect(figs('其中一般公共服务、社会保障和就业、住房保障分别为278.36、41.76和17.54万元。')).toEqual([
      '278.36 万元 amount',
      '41.76 万元 amount',
      '17.54 万元 amount',
    ]);
  });
  it('lends a sentence amount to bare parts of the same precision', () => {
    expect(figs('收入346.38万元，其中一般公共服务278.36、社会保障和就业41.76。')).toEqual([
      '346.38 万元 amount',
      '278.36 万元 amount',
      '41.76 万元 amount',
    ]);
  });
});

describe('exclusions', () => {
  it('years and year ranges', () => {
    expect(figs('2024年部门决算收入是346.38万元，2023—2025年三年行动计划，二〇二四年度。')).toEqual(['346.38 万元 amount']);
  });
  it('dates, months and month ranges', () => {
    expect(figs('坚持每月15日、28日接待上访群众，1-4月集中开展专项整治，于2024年6月30日前完成。')).toEqual([]);
  });
  it('articles and item ranges', () => {
    expect(figs('对适用《信访工作条例》第三十一条第一至第五项规定方式办理的信访事项。')).toEqual([]);
  });
  it('document numbers', () => {
    expect(figs('按照《关于全面实施预算绩效管理的实施意见》（财预〔2020〕10号）要求。')).toEqual([]);
  });
  it('ranks', () => {
    expect(figs('在全市绩效考评中位列第6位，排名全市前3名。')).toEqual([]);
  });
  it('phone numbers', () => {
    expect(figs('联系电话：0762-3388123，手机13800138000，热线12345。')).toEqual([]);
  });
  it('page lines', () => {
    expect(figs('第2页,共46页')).toEqual([]);
    expect(figs('- 3 -')).toEqual([]);
  });
  it('heading numbers, but not 1.5万元 at the start of a line', () => {
    expect(figs('3.人员编制情况')).toEqual([]);
    expect(figs('（4）资产管理')).toEqual([]);
    expect(figs('1、2024年部门决算支出是346.38万元。')).toEqual(['346.38 万元 amount']);
    expect(figs('1.5万元以上的支出须经集体研究。')).toEqual(['1.5 万元 amount ~']);
  });
  it('idioms', () => {
    expect(
      figs('实现“一站式接待、一揽子调处、一条龙服务”，做到“三个不予受理”“两个不再受理”，落实“党政同责、一岗双责”，坚决做到“两个维护”。'),
    ).toEqual([]);
  });
  it('一 as an article and inside words', () => {
    expect(figs('绩效评价是一项与时俱进工作，规范办理每一件信访事项，提高一次性化解率。')).toEqual([]);
  });
  it('times, durations and ordinals of other kinds', () => {
    expect(figs('按照第一季度、第二季度资金拨付进度，整改期限为6个月，每次不超过30分钟。')).toEqual([]);
  });
});

describe('brackets', () => {
  it('reads (x) with a unit after it as negative in running text', () => {
    expect(figs('年度调整预算数（117.46）万元，调整预算数(1.906)万元。')).toEqual(['-117.46 万元 amount', '-1.906 万元 amount']);
  });
  it('leaves enumerations in brackets alone', () => {
    expect(figs('（2）资金管理，见附表(3)。')).toEqual([]);
  });
});
