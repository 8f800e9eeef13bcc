import { describe, expect, it } from 'vitest';
import { CHART_METRICS, exactMedian, metricCharts, outlierFlags } from '../../src/report/charts.ts';
import { METRIC_KEYS, type SummaryRow } from '../../src/outputs/datasets.ts';

function row(file: string, metrics: Partial<SummaryRow['metrics']>): SummaryRow {
  const all = Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as SummaryRow['metrics'];
  return {
    file, format: 'docx', status: 'ok', error: null, pages: null, department: file.replace(/\..*/, ''), year: 2024, sections: 0, figures: 0,
    findings: { error: 0, warning: 0, info: 0 }, metrics: { ...all, ...metrics }, department_key: null, ocr_pages: 0,
  };
}

describe('outlierFlags', () => {
  it('marks a value far from a tight group, and nothing in an even spread', () => {
    expect(outlierFlags([99.5, 100, 98.7, 99.1, 100, 10])).toEqual([false, false, false, false, false, true]);
    expect(outlierFlags([10, 20, 30, 40, 50, 60])).toEqual([false, false, false, false, false, false]);
  });

  it('does not call a rate of 96% an outlier because most rates are 99–100%', () => {
    expect(outlierFlags([99.9, 100, 99.8, 100, 99.7, 96.03])).toEqual([false, false, false, false, false, false]);
  });

  it('finds outliers when more than half the values are equal (MAD 0)', () => {
    expect(outlierFlags([100, 100, 100, 100, 100, 100, 60])).toEqual([false, false, false, false, false, false, true]);
  });

  it('says nothing with fewer than five values', () => {
    expect(outlierFlags([1, 1, 1000])).toEqual([false, false, false]);
  });
});

describe('exactMedian', () => {
  it('is written exactly, never with float noise', () => {
    expect(exactMedian([99.41, 99.42])).toBe('99.415');
    expect(exactMedian([0.1, 0.2, 5, 0.3])).toBe('0.25');
    expect(exactMedian([3, 1, 2])).toBe('2');
  });
});

describe('metricCharts', () => {
  it('makes one chart per key metric stated anywhere, highest first, each point linking to its page', () => {
    const summary = [
      row('a.docx', { execution_rate: 98.5, self_score: 90 }),
      row('b.docx', { execution_rate: 99.5 }),
      row('c.docx', { execution_rate: null, income_total: 5 }),
    ];
    const pages = new Map([['a.docx', 'docs/d0001.html'], ['b.docx', 'docs/d0002.html'], ['c.docx', 'docs/d0003.html']]);
    const charts = metricCharts(summary, pages);
    expect(charts.map((c) => c.metric)).toEqual(['execution_rate', 'self_score']);
    expect(charts[0]!.points.map((p) => [p.file, p.value, p.page])).toEqual([
      ['b.docx', 99.5, 'docs/d0002.html'],
      ['a.docx', 98.5, 'docs/d0001.html'],
    ]);
    expect(charts[0]!.points[0]!.name).toBe('b 2024年度');
    expect(charts[0]!.median).toBe('99');
    expect(CHART_METRICS).toContain('satisfaction');
  });
});
