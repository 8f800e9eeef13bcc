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
