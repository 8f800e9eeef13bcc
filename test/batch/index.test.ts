// The batch stage's five cross-document rules, each on a small made-up batch of .txt reports
// run through the whole per-file pipeline.
import { describe, expect, it } from 'vitest';
import { crossDocument, withCrossFindings } from '../../src/batch/index.ts';
import { digestsOf, facts, named, reportText } from './reports.ts';
import type { FindingRow } from '../../src/outputs/datasets.ts';

const of = (rule: string, findings: FindingRow[]): FindingRow[] => findings.filter((f) => f.rule === rule);

describe('prior-year-mismatch', () => {
  it('holds this year’s 上年 figures against last year’s report of the same department', async () => {
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2022, income: '480.00', spending: '470.00', threePublic: '6.00' })),
      // 上年支出 470.00 agrees; 上年收入 is printed 489.00 against 480.00; 上年“三公” 6.00 agrees.
      named(facts({ department: '城市管理局', place: '青禾市', year: 2023, lastIncome: '489.00', lastSpending: '470.00', lastThreePublic: '6.004' })),
    ]);
    const found = of('prior-year-mismatch', crossDocument(digests).findings);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: '2023-城市管理局-部门整体支出绩效自评报告.txt',
      severity: 'error',
      actual: '489.00万元',
      expected: '480.00万元',
      difference: '9',
      figures: ['f0004'],
    });
    expect(found[0]!.message).toContain('上年收入合计489.00万元');
    expect(found[0]!.message).toContain('2022-城市管理局-部门整体支出绩效自评报告.txt');
    expect(found[0]!.message).toContain('[488.995, 489.005]与[479.995, 480.005]');
  });

  it('does not flag rounding: 6.004 printed to three places lies within 6.00', async () => {
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2022, threePublic: '6.00' })),
      named(facts({ department: '城市管理局', year: 2023, lastIncome: '500.00', lastSpending: '490.00', lastThreePublic: '6.004' })),
    ]);
    expect(of('prior-year-mismatch', crossDocument(digests).findings)).toEqual([]);
  });

  it('compares only the same department, and only the year just before', async () => {
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2021 })),
      named(facts({ department: '林业局', year: 2022 })),
      named(facts({ department: '城市管理局', year: 2023, lastIncome: '1.00' })),
    ]);
    expect(of('prior-year-mismatch', crossDocument(digests).findings)).toEqual([]);
  });
});

describe('copied-text', () => {
  const story =
    '我单位坚持问题导向，组织专班逐条梳理审计反馈的十二类问题，建立台账销号管理，按月通报整改进度，对逾期未改的责任科室负责人进行约谈，确保整改工作落到实处并形成长效机制。';
  it('finds a paragraph shared with another department’s report, on both files, naming the other', async () => {
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2023, story })),
      named(facts({ department: '林业局', year: 2023, story })),
      named(facts({ department: '水务局', year: 2023 })),
    ]);
    const found = of('copied-text', crossDocument(digests).findings);
    expect(found.map((f) => f.file)).toEqual(['2023-城市管理局-部门整体支出绩效自评报告.txt', '2023-林业局-部门整体支出绩效自评报告.txt']);
    expect(found[0]).toMatchObject({ severity: 'warning' });
    expect(found[0]!.message).toContain('2023-林业局-部门整体支出绩效自评报告.txt');
    expect(found[0]!.message).toContain('相似度不低于100%');
  });

  it('does not flag the same department’s reports of two years, nor the template’s own wording', async () => {
    const template =
      '我单位已制定了符合国家财经法规和财务管理制度规定；按照资金使用程序严把审核关，资金的拨付有完整的审批程序和手续，重大开支经集体研究，不存在截留、挤占、挪用、虚列支出等情况。';
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2022, story })),
      named(facts({ department: '城市管理局', year: 2023, story })),
      named(facts({ department: '林业局', year: 2023, story: template })),
      named(facts({ department: '水务局', year: 2023, story: template })),
    ]);
    expect(of('copied-text', crossDocument(digests).findings)).toEqual([]);
  });

  it('takes a paragraph that many departments share for common wording', async () => {
    const departments = ['城市管理局', '林业局', '水务局', '商务局', '民政局'];
    const digests = await digestsOf(departments.map((department) => named(facts({ department, year: 2023, story }))));
    expect(of('copied-text', crossDocument(digests).findings)).toEqual([]);
  });
});

describe('copied-figures', () => {
  const table = (values: string[]) =>
    `主要支出明细：${values.map((v, i) => `第${'一二三四五六七八'[i]}项支出${v}万元`).join('，')}。`;
  it('finds a block of amounts identical to another department’s', async () => {
    const block = table(['12.34', '56.78', '90.12', '34.56', '78.90', '11.11', '22.22']);
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2023, story: block })),
      named(facts({ department: '林业局', year: 2023, income: '900.00', spending: '880.00', threePublic: '7.00', fundsBudget: '41.00', fundsActual: '37.00', story: block })),
    ]);
    const found = of('copied-figures', crossDocument(digests).findings);
    expect(found.map((f) => f.file)).toEqual(['2023-城市管理局-部门整体支出绩效自评报告.txt', '2023-林业局-部门整体支出绩效自评报告.txt']);
    expect(found[0]!.message).toContain('12.34、56.78、90.12、34.56、78.9、11.11、22.22');
    expect(found[0]!.figures).toHaveLength(7);
  });

  it('does not flag two reports of one department and year (a duplicate says that)', async () => {
    const block = table(['12.34', '56.78', '90.12', '34.56', '78.90', '11.11']);
    const digests = await digestsOf([
      named(facts({ department: '城市管理局', year: 2023, story: block })),
      { name: '2023-城市管理局-部门决算公开说明.txt', text: reportText(facts({ department: '城市管理局', year: 2023, story: block })).replace('部门整体支出绩效自评报告', '部门决算公开说明') },
    ]);
    expect(of('copied-figures', crossDocument(digests).findings)).toEqual([]);
  });
});

describe('duplicate-submission', () => {
  it('finds two files of one department and year, and one content under two names', async () => {
    const a = facts({ department: '城市管理局', year: 2023 });
    const digests = await digestsOf([
      named(a),
      named({ ...a, place: '青禾市', income: '501.00' }, '城管局2023年自评（修改稿）.txt'),
      named(facts({ department: '林业局', year: 2023 })),
      named(facts({ department: '林业局', year: 2023 }), '林业局-副本.txt'),
    ]);
    const found = of('duplicate-submission', crossDocument(digests).findings);
    expect(found.map((f) => f.file)).toEqual([
      '2023-城市管理局-部门整体支出绩效自评报告.txt',
      '城管局2023年自评（修改稿）.txt',
      '2023-林业局-部门整体支出绩效自评报告.txt',
      '林业局-副本.txt',
    ]);
    expect(found[0]!.message).toContain('同为城市管理局2023年的部门整体支出绩效自评报告');
    expect(found[2]!.message).toContain('内容相同');
    expect(found[2]!.message).toContain('林业局-副本.txt');
  });

  it('does not take a department’s self-evaluation and its final-accounts explanation for duplicates', async () => {
    const a = facts({ department: '城市管理局', year: 2023 });
    const digests = await digestsOf([
      named(a),
      { name: '2023-城市管理局-部门决算公开说明.txt', text: reportText({ ...a, income: '777.00' }).replace('部门整体支出绩效自评报告', '部门决算公开说明') },
    ]);
    expect(of('duplicate-submission', crossDocument(digests).findings)).toEqual([]);
  });
});

describe('peer-outlier', () => {
  it('flags a ratio far from the year’s median (robust: median and MAD), as info', async () => {
    const rates = ['90.00', '91.00', '89.50', '90.50', '92.00', '60.00'];
    const departments = ['城市管理局', '林业局', '水务局', '商务局', '民政局', '审计局'];
    const digests = await digestsOf(
      departments.map((department, i) => {
        const actual = ((40 * Number(rates[i])) / 100).toFixed(2);
        return named(facts({ department, year: 2023, fundsActual: actual, controlRate: rates[i]! }));
      }),
    );
    const found = of('peer-outlier', crossDocument(digests).findings);
    // 60% is far out; so is its 人均公用经费 (24.00 / 20 staff against 36.00 / 20).
    expect(found.every((f) => f.file === '2023-审计局-部门整体支出绩效自评报告.txt' && f.severity === 'info')).toBe(true);
    expect(found.map((f) => f.message.split('为')[0]).sort()).toEqual(['人均公用经费', '公用经费控制率']);
    expect(found.find((f) => f.message.startsWith('公用经费控制率'))).toMatchObject({ actual: '60', expected: '90.25' });
  });
});

describe('crossDocument', () => {
  it('numbers a file’s cross-document findings after its own, and the summary counts them', async () => {
    const a = facts({ department: '城市管理局', year: 2023 });
    const digests = await digestsOf([named(a), named(a, '副本.txt')]);
    const own = digests[0]!.summary.findings;
    const { findings } = crossDocument(digests);
    const first = own.error + own.warning + own.info;
    expect(findings[0]!.id).toBe(`c${String(first + 1).padStart(4, '0')}`);
    const summary = withCrossFindings(digests.map((d) => d.summary), findings);
    expect(summary[0]!.findings.warning).toBe(own.warning + 1);
  });

  it('is deterministic: the same digests give the same result', async () => {
    const digests = await digestsOf([named(facts({ department: '城市管理局', year: 2022 })), named(facts({ department: '城市管理局', year: 2023, lastIncome: '1.00' }))]);
    expect(JSON.stringify(crossDocument(digests))).toBe(JSON.stringify(crossDocument(JSON.parse(JSON.stringify(digests)))));
  });
});
