// The short table a run ends with: documents by status, findings by severity, the rules that
// fired most, the departments with the most errors, and where the outputs are.
import path from 'node:path';
import type { FindingRow, SummaryRow } from './outputs/datasets.ts';

const STATUS_NAMES: Record<string, string> = { ok: '正常', partial: '部分读取', failed: '无法读取', needs_ocr: '需文字识别' };
const SEVERITY_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;
/** How many rules and departments the table lists. */
const TOP = 5;

/** Width of text in a terminal: a CJK character takes two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return w;
}

const pad = (text: string, to: number): string => text + ' '.repeat(Math.max(0, to - width(text)));

function table(title: string, rows: [string, string][]): string[] {
  if (!rows.length) return [];
  const left = Math.max(...rows.map(([k]) => width(k)));
  return [title, ...rows.map(([k, v]) => `  ${pad(k, left)}  ${v}`)];
}

const top = <K>(counts: Map<K, number>): [K, number][] =>
  [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, TOP);

export interface RunTableOptions {
  out: string;
  report: boolean;
}

export function runTable(summary: readonly SummaryRow[], findings: readonly Pick<FindingRow, 'file' | 'rule' | 'severity'>[], options: RunTableOptions): string {
  const statuses = new Map<string, number>();
  for (const s of summary) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  const severities = { error: 0, warning: 0, info: 0 };
  const rules = new Map<string, number>();
  const errorsByDepartment = new Map<string, number>();
  const departmentOf = new Map(summary.map((s) => [s.file, s.department ?? s.file]));
  for (const f of findings) {
    severities[f.severity]++;
    rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    if (f.severity === 'error') {
      const who = departmentOf.get(f.file) ?? f.file;
      errorsByDepartment.set(who, (errorsByDepartment.get(who) ?? 0) + 1);
    }
  }
  const outputs: [string, string][] = [
    ['数据集', `${options.out}${path.sep}{summary,compare,findings,figures,sections}.{csv,jsonl}`],
    ...(options.report
      ? ([
          ['审核报告', path.join(options.out, 'report', 'index.html')],
          ['工作簿', path.join(options.out, 'gouji.xlsx')],
        ] as [string, string][])
      : []),
  ];
  return [
    ...table(
      `文件 ${summary.length} 个`,
      Object.keys(STATUS_NAMES).filter((k) => statuses.has(k)).map((k) => [STATUS_NAMES[k]!, String(statuses.get(k))]),
    ),
    ...table(`问题 ${findings.length} 个`, (Object.keys(SEVERITY_NAMES) as (keyof typeof SEVERITY_NAMES)[]).map((k) => [SEVERITY_NAMES[k], String(severities[k])])),
    ...table('出现最多的规则', top(rules).map(([k, n]) => [k, String(n)])),
    ...table('错误最多的部门', top(errorsByDepartment).map(([k, n]) => [k, String(n)])),
    ...table('结果', outputs),
  ].join('\n') + '\n';
}
