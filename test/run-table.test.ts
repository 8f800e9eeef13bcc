// The table a run ends with.
import { describe, expect, it } from 'vitest';
import { runTable } from '../src/run-table.ts';
import type { FindingRow, SummaryRow } from '../src/outputs/datasets.ts';

const summary = (file: string, department: string, status: SummaryRow['status'] = 'ok') => ({ file, department, status }) as SummaryRow;
const finding = (file: string, rule: string, severity: FindingRow['severity']) => ({ file, rule, severity }) as FindingRow;

describe('runTable', () => {
  it('counts documents by status and findings by severity, lists the top rules and departments and the outputs', () => {
    const text = runTable(
      [summary('a.pdf', '青禾县林业局'), summary('b.doc', '青禾县水务局', 'failed'), summary('c.docx', '青禾县审计局')],
      [
        finding('a.pdf', 'total-parts', 'error'),
        finding('a.pdf', 'total-parts', 'error'),
        finding('c.docx', 'prior-year-mismatch', 'error'),
        finding('c.docx', 'copied-text', 'warning'),
        finding('a.pdf', 'peer-outlier', 'info'),
      ],
      { out: 'out', report: true },
    );
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('文件 3 个');
    expect(lines).toContain('  正常      2');
    expect(lines).toContain('  无法读取  1');
    expect(lines).toContain('问题 5 个');
    expect(lines).toContain('  错误  3');
    expect(lines).toContain('  警告  1');
    expect(lines.indexOf('出现最多的规则') + 1).toBe(lines.findIndex((l) => l.startsWith('  total-parts') && l.endsWith('2')));
    expect(lines[lines.indexOf('错误最多的部门') + 1]).toBe('  青禾县林业局  2');
    expect(text).toContain('out/report/index.html');
    expect(text).toContain('out/gouji.xlsx');
  });

  it('leaves out the report and workbook when they were not written', () => {
    const text = runTable([summary('a.pdf', '林业局')], [], { out: 'o', report: false });
    expect(text).not.toContain('gouji.xlsx');
    expect(text).toContain('问题 0 个');
  });
});
