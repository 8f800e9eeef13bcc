// The summary's metrics: which figure stands for each, in 万元.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../../src/document.ts';
import { computeMetrics, extractFigures, metricIds, SUMMARY_METRIC_IDS } from '../../src/figures/index.ts';
import { docOf } from './helpers.ts';

describe('computeMetrics', () => {
  it('returns every summary key, null when the document does not state it', () => {
    const m = computeMetrics([]);
    expect(Object.keys(m)).toEqual([...SUMMARY_METRIC_IDS]);
    expect(Object.values(m).every((v) => v === null)).toBe(true);
  });
  it('knows more metric ids than the summary, for the checks', () => {
    const ids = metricIds();
    for (const id of [...SUMMARY_METRIC_IDS, 'three_public_abroad', 'three_public_vehicles', 'vehicle_purchase', 'vehicle_operation', 'carryover_begin', 'carryover_end', 'income_grand_total', 'expenditure_grand_total', 'staff_retired', 'indicator_score']) {
      expect(ids).toContain(id);
    }
  });
  it('converts amounts to 万元 exactly', () => {
    const { figures } = extractFigures(docOf(['2024年部门决算收入是3,463,800.00元，“三公”经费财政拨款支出决算0.22亿元。']));
    const m = computeMetrics(figures);
    expect(m.income_total).toBe(346.38);
    expect(m.three_public).toBe(2200);
  });
  it('takes the sign of an adjustment from its verb', () => {
    const { figures } = extractFigures(docOf(['2024年年初预算数358.03万元，年中调减预算11.65万元，全年预算数346.38万元。']));
    expect(figures[1]!.value).toBe('11.65');
    expect(computeMetrics(figures).budget_adjustment).toBe(-11.65);
  });
  it('prefers text in the preferred section, then other text, then tables', () => {
    const doc = docFromText(
      [
        '一、部门基本情况',
        '本年收入合计100.00万元。',
        '（四）部门整体支出情况',
        '2024年部门决算收入是346.38万元。',
      ].join('\n'),
    );
    const { figures } = extractFigures(doc);
    expect(computeMetrics(figures, doc.sections).income_total).toBe(346.38);
    expect(computeMetrics(figures).income_total).toBe(100);
    const table = extractFigures(docOf(['单位：万元', [['项目', '金额'], ['本年收入合计', '500.00']], '决算收入是346.38万元。'])).figures;
    expect(computeMetrics(table).income_total).toBe(346.38);
  });
  it('takes exact figures before approximate ones and ignores 个百分点 for rates', () => {
    const { figures } = extractFigures(docOf(['群众满意度达95%以上，预算执行率提高2.5个百分点。群众满意度为96.5%。']));
    const m = computeMetrics(figures);
    expect(m.satisfaction).toBe(96.5);
    expect(m.execution_rate).toBeNull();
  });
});

/** "value metric" of each figure of the blocks. */
function metricsOf(...blocks: Parameters<typeof docOf>[0]): string[] {
  return extractFigures(docOf(blocks)).figures.map((f) => `${f.value} ${f.metric}`);
}

describe('metrics only where the label names that quantity', () => {
  it('gives no department total to a procurement figure or a fund or item named beside the synonym', () => {
    expect(metricsOf('2023年度本单位政府采购支出总额86.40万元，其中：政府采购货物支出52.10万元。')).toEqual(['86.40 null', '52.10 null']);
    expect(metricsOf('2023年度一般公共预算财政拨款支出年初预算为410.00万元，支出决算为398.25万元。')).toEqual([
      '410.00 null',
      '398.25 null',
    ]);
  });
  it('counts staff only in 人 or 名: 编制 as a verb or a scope is no headcount', () => {
    expect(metricsOf('纳入部门决算编制范围的二级预算单位2个，全年编制项目可研报告15个。核定行政编制12名，实有在编人员11人。')).toEqual([
      '2 null',
      '15 null',
      '12 staff_authorized',
      '11 staff_actual',
    ]);
    expect(metricsOf('专业技术人员偏少，实有人数低于核定编制2人。')).toEqual(['2 null']);
  });
  it('gives an item of a spending class its own figures, not the department budget', () => {
    expect(metricsOf('1.科学技术支出：年初预算为35.00万元，支出决算为33.60万元，完成年初预算的96.00%。')).toEqual([
      '35.00 null',
      '33.60 null',
      '96.00 null',
    ]);
    expect(metricsOf('2.交通运输支出（类）公路水路运输（款）公路养护（项）。年初预算为120.00万元，支出决算为118.20万元。')).toEqual([
      '120.00 null',
      '118.20 null',
    ]);
    expect(metricsOf('3.住房保障（类）：年初预算为64.00万元，支出决算为63.10万元。')).toEqual(['64.00 null', '63.10 null']);
    // A fund opening the paragraph is what its later bare amounts are about; other subjects end with their sentence.
    expect(metricsOf('2023年度一般公共预算财政拨款支出640.20万元，占本年支出合计的98.50%。年初预算为600.00万元，完成年初预算的106.70%。')).toEqual([
      '640.20 null',
      '98.50 null',
      '600.00 null',
      '106.70 null',
    ]);
    expect(metricsOf('公用经费预算30.00万元，实际支出28.50万元。年初预算为900.00万元，预算执行率97.00%。')).toEqual([
      '30.00 public_funds_budget',
      '28.50 public_funds_actual',
      '900.00 budget_initial',
      '97.00 execution_rate',
    ]);
    // The department's own budget roll keeps its metrics, its own name being no spending class.
    expect(metricsOf('卫生健康局本年支出合计980.00万元，年初预算为950.00万元。')).toEqual(['980.00 expenditure_total', '950.00 budget_initial']);
    expect(metricsOf('本单位年初预算为520.00万元，年中追加预算30.00万元，调整后预算550.00万元，全年执行540.10万元，预算执行率98.20%。')).toEqual([
      '520.00 budget_initial',
      '30.00 budget_adjustment',
      '550.00 budget_final',
      '540.10 execution',
      '98.20 execution_rate',
    ]);
  });
  it('lets a bare 支出 or 支出决算 carry the subject named earlier in its sentence', () => {
    expect(metricsOf('2023年度“三公”经费财政拨款支出预算为9.00万元，支出决算为7.35万元。')).toEqual([
      '9.00 three_public_budget',
      '7.35 three_public',
    ]);
    expect(metricsOf('2023年度政府性基金预算财政拨款收入60.00万元，支出58.20万元，主要用于农村公路建设。')).toEqual([
      '60.00 income_fund',
      '58.20 null',
    ]);
    // The subject alone names nothing for a label that adds nothing to the name.
    expect(metricsOf('2023年度一般公共预算财政拨款支出412.60万元，调整后预算为420.00万元，完成预算的98.24%。')).toEqual([
      '412.60 null',
      '420.00 null',
      '98.24 null',
    ]);
    expect(metricsOf('2023年度财政拨款收入500.00万元，比2022年的480.00万元增加20.00万元。')).toEqual([
      '500.00 income_fiscal',
      '480.00 null',
      '20.00 null',
    ]);
    // Parts after 其中 hand on nothing; the department's own figures stay its own.
    expect(metricsOf('本年收入合计300.00万元，其中：财政拨款收入280.00万元，其他收入20.00万元，本年支出合计290.00万元。')).toEqual([
      '300.00 income_total',
      '280.00 income_fiscal',
      '20.00 null',
      '290.00 expenditure_total',
    ]);
  });
  it('gives no metric to amounts of the things just counted, nor to a list sharing one label', () => {
    expect(metricsOf('（1）全自动生化分析仪1台，支出62.00万元；')).toEqual(['1 null', '62.00 null']);
    expect(metricsOf('完成城区排水改造、绿道建设两个项目，分别支出120.50万元、86.30万元。')).toEqual(['2 null', '120.50 null', '86.30 null']);
  });
  it('reads carry-overs and balances', () => {
    expect(metricsOf('全年执行180.00万元，结转结余资金12.60万元。')).toEqual(['180.00 execution', '12.60 carryover_end']);
    expect(metricsOf('年初结转和结余5.00万元，年末结转和结余3.20万元，年初财政拨款结转和结余4.00万元。')).toEqual([
      '5.00 carryover_begin',
      '3.20 carryover_end',
      '4.00 null',
    ]);
  });
  it('reads a table cell as what its row names and which figure its column says', () => {
    const rows = [
      ['项目', '年初预算', '调整数', '全年预算', '执行数', '执行率'],
      ['基本支出', '300.00', '-5.00', '295.00', '295.00', '100.00%'],
      ['宣传培训', '40.00', '0.00', '40.00', '36.00', '90.00%'],
      ['合计', '340.00', '-5.00', '335.00', '331.00', '98.81%'],
    ];
    expect(metricsOf('单位：万元', rows)).toEqual([
      '300.00 null', '-5.00 null', '295.00 null', '295.00 expenditure_basic', '100.00 null',
      '40.00 null', '0.00 null', '40.00 null', '36.00 null', '90.00 null',
      '340.00 budget_initial', '-5.00 budget_adjustment', '335.00 budget_final', '331.00 execution', '98.81 execution_rate',
    ]);
    expect(metricsOf('单位：万元', [['项目', '决算数', '上年决算数'], ['公务接待费', '1.20', '1.50']])).toEqual([
      '1.20 three_public_reception',
      '1.50 null',
    ]);
  });
});

describe('parts after 其中', () => {
  it('do not take the metric of the whole they belong to', () => {
    expect(metricsOf('2023年末，本局核定编制36名，其中行政编制10名、事业编制26名；实有在职人员33人。')).toEqual([
      '36 staff_authorized',
      '10 null',
      '26 null',
      '33 staff_actual',
    ]);
    expect(metricsOf('年末实有在编人员52人。其中：行政人员12人，事业人员40人。')).toEqual(['52 staff_actual', '12 null', '40 null']);
    expect(metricsOf('本年支出合计500.00万元，其中基本支出320.00万元，项目支出180.00万元。')).toEqual([
      '500.00 expenditure_total',
      '320.00 expenditure_basic',
      '180.00 expenditure_project',
    ]);
  });
});
