// A small analysed document, written by hand, for the report's unit tests: one
// paragraph with two figures (one flagged by an error finding), a heading, a table,
// and hostile text in its name, heading and body.
import { METRIC_KEYS, type FigureRow, type FindingRow, type SummaryRow } from '../../src/outputs/datasets.ts';
import type { FileRows } from '../../src/rows.ts';

export const HOSTILE = '<script>window.__pwned=1</script>';

export function sampleDocument(file = `2024-信访局${HOSTILE}.txt`): FileRows {
  const metrics = Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as SummaryRow['metrics'];
  metrics.income_total = 346.38;
  metrics.execution_rate = 97;
  const heading = `一、部门基本情况${HOSTILE}`;
  const text = `收入合计346.38万元，其中财政拨款300.00万元。"><img src=x onerror=alert(1)>`;
  const figure = (id: string, raw: string, value: number, flagged: string[], metric: string | null): FigureRow => ({
    file, id, kind: 'amount', value, unit: '万元', amount_wan: value, approx: false, raw, label: id === 'f0001' ? '收入合计' : '财政拨款',
    metric, section: heading, page: 2, flagged, object: '部门', measure: '收入', period: null, of: null, source: 'text', confidence: null,
  });
  const finding: FindingRow = {
    file, id: 'c0001', rule: 'total-parts', severity: 'error', message: '收入合计应为300.00万元（财政拨款300.00），报告为346.38万元',
    expected: '300.00', actual: '346.38', difference: '46.38', section: heading, page: 2, evidence: text, figures: ['f0001', 'f0002'],
  };
  return {
    summary: {
      file, format: 'pdf', status: 'ok', error: null, pages: 3, department: `信访局${HOSTILE}`, year: 2024, sections: 1, figures: 2,
      findings: { error: 1, warning: 0, info: 0 }, metrics, department_key: '信访局', ocr_pages: 0,
    },
    figures: [figure('f0001', '346.38万元', 346.38, ['c0001'], 'income_total'), figure('f0002', '300.00万元', 300, ['c0001'], null)],
    sections: [{ file, level: 1, number: '一、', heading, path: heading, template: 'basics', page: 2 }],
    findings: [finding],
    view: {
      blocks: [
        { kind: 'paragraph', page: 2, heading: 0, text: { text: heading, marks: [] } },
        { kind: 'paragraph', page: 2, heading: null, text: { text, marks: [{ figure: 'f0001', start: 4, end: 12 }, { figure: 'f0002', start: 19, end: 27 }] } },
        { kind: 'table', page: 3, rows: [[{ text: '项目', marks: [] }, { text: `=SUM(A1)${HOSTILE}`, marks: [] }]] },
      ],
      places: { c0001: [{ block: 1, kind: 'sentence', start: 0, end: 28 }] },
    },
  };
}
