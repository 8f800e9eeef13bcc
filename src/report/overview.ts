// The overview page (report/index.html): documents by status, findings by
// severity and by rule, charts of the key metrics across departments, and the
// departments table (the summary), sortable and filterable in the browser. It
// holds a few numbers per document, never their figures, so it stays light
// with hundreds of documents.
import { METRIC_HEADERS, METRIC_KEYS, type FindingRow, type MetricKey, type SummaryRow } from '../outputs/datasets.ts';
import type { MetricChart } from './charts.ts';
import { documentTitle } from './document-page.ts';
import { esc, jsonScript, numberText, page, SEVERITY_LABEL, STATUS_LABEL } from './html.ts';
import { ruleDescription } from './rules.ts';

export interface OverviewInput {
  summary: readonly SummaryRow[];
  /** Every finding of the batch; of each, only what the counts and filters read. */
  findings: readonly Pick<FindingRow, 'file' | 'rule' | 'severity'>[];
  /** Document page of each file, relative to the report folder. */
  pages: ReadonlyMap<string, string>;
  charts: readonly MetricChart[];
}

const SEVERITIES = ['error', 'warning', 'info'] as const;
const STATUSES = ['ok', 'partial', 'needs_ocr', 'failed'] as const;

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

function statusHtml(summary: readonly SummaryRow[]): string {
  const counts = countBy(summary, (s) => s.status);
  const rows = STATUSES.map((s) => `<tr class="status-${s}"><th>${esc(STATUS_LABEL[s])}</th><td class="num">${counts.get(s) ?? 0}</td></tr>`);
  return `<table class="counts" id="by-status"><tbody>${rows.join('')}<tr class="total"><th>合计</th><td class="num">${summary.length}</td></tr></tbody></table>`;
}

function severityHtml(findings: OverviewInput['findings']): string {
  const counts = countBy(findings, (f) => f.severity);
  const rows = SEVERITIES.map((s) => `<tr><th><span class="badge sev-${s}">${esc(SEVERITY_LABEL[s])}</span></th><td class="num">${counts.get(s) ?? 0}</td></tr>`);
  return `<table class="counts" id="by-severity"><tbody>${rows.join('')}<tr class="total"><th>合计</th><td class="num">${findings.length}</td></tr></tbody></table>`;
}

function rulesHtml(findings: OverviewInput['findings']): string {
  const byRule = new Map<string, { error: number; warning: number; info: number; files: Set<string> }>();
  for (const f of findings) {
    const r = byRule.get(f.rule) ?? byRule.set(f.rule, { error: 0, warning: 0, info: 0, files: new Set() }).get(f.rule)!;
    r[f.severity]++;
    r.files.add(f.file);
  }
  if (!byRule.size) return '<p class="muted">未发现问题。</p>';
  const total = (r: { error: number; warning: number; info: number }): number => r.error + r.warning + r.info;
  const rows = [...byRule]
    .sort(([a, x], [b, y]) => y.error - x.error || total(y) - total(x) || (a < b ? -1 : 1))
    .map(([rule, r]) => `<tr><th title="${esc(rule)}">${esc(ruleDescription(rule))}<br><code>${esc(rule)}</code></th>${SEVERITIES.map((s) => `<td class="num">${r[s] || ''}</td>`).join('')}<td class="num">${total(r)}</td><td class="num">${r.files.size}</td></tr>`);
  return `<table class="counts" id="by-rule"><thead><tr><th>规则</th>${SEVERITIES.map((s) => `<th>${SEVERITY_LABEL[s]}</th>`).join('')}<th>合计</th><th>涉及文件</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Outliers named in a chart's caption; the rest are red in the chart and the table. */
const MAX_NAMED = 10;

function chartsHtml(charts: readonly MetricChart[]): string {
  if (!charts.length) return '<p class="muted">本批文件均未给出预算执行率、公用经费控制率、“三公”经费、自评得分或满意度。</p>';
  const boxes = charts.map((c) => {
    const outliers = c.points.filter((p) => p.outlier);
    const named = outliers.slice(0, MAX_NAMED).map((p) => `${p.name}（${numberText(p.value)}）`).join('、');
    const note = outliers.length ? `离群值 ${outliers.length} 个：${named}${outliers.length > MAX_NAMED ? '等' : ''}` : '无离群值';
    return `<figure class="chart-box"><figcaption>${esc(c.title)} <span class="muted">· ${c.points.length} 个文件 · 中位数 ${esc(c.median)} · ${esc(note)}</span></figcaption><div class="chart" id="chart-${esc(c.metric)}" data-metric="${esc(c.metric)}"></div></figure>`;
  });
  return `<p class="muted">红色柱为离群值：与中位数之差超过 3.5 倍稳健标准差（由中位数绝对偏差估计），且超过中位数的十分之一。虚线为中位数。点击柱子打开该文件。</p>${boxes.join('\n')}${jsonScript('chart-data', charts)}`;
}

/** A column of the departments table: its header, how it sorts, and a document's cell. */
interface TableColumn {
  header: string;
  type: 'text' | 'number';
  cell: (s: SummaryRow) => { html: string; sort: string | number | null; outlier?: boolean };
}

const num = (v: number | null): { html: string; sort: number | null } => ({ html: esc(numberText(v)), sort: v });

function departmentColumns(input: OverviewInput): TableColumn[] {
  const outliers = new Set(input.charts.flatMap((c) => c.points.filter((p) => p.outlier).map((p) => `${c.metric}\u0000${p.file}`)));
  const metrics = METRIC_KEYS.filter((k) => input.summary.some((s) => s.metrics[k] !== null));
  const metricColumn = (k: MetricKey): TableColumn => ({
    header: METRIC_HEADERS[k],
    type: 'number',
    cell: (s) => ({ ...num(s.metrics[k]), outlier: outliers.has(`${k}\u0000${s.file}`) }),
  });
  return [
    {
      header: '部门 / 文件',
      type: 'text',
      cell: (s) => ({
        html: `<a href="${esc(input.pages.get(s.file))}">${esc(documentTitle(s))}</a><br><span class="file">${esc(s.file)}</span>`,
        sort: documentTitle(s),
      }),
    },
    { header: '年度', type: 'number', cell: (s) => num(s.year) },
    { header: '状态', type: 'text', cell: (s) => ({ html: `<span class="status-${esc(s.status)}" title="${esc(s.error ?? '')}">${esc(STATUS_LABEL[s.status] ?? s.status)}</span>`, sort: STATUS_LABEL[s.status] ?? s.status }) },
    { header: '错误', type: 'number', cell: (s) => num(s.findings.error) },
    { header: '警告', type: 'number', cell: (s) => num(s.findings.warning) },
    { header: '提示', type: 'number', cell: (s) => num(s.findings.info) },
    ...metrics.map(metricColumn),
  ];
}

function departmentsHtml(input: OverviewInput): string {
  const columns = departmentColumns(input);
  const rulesOf = new Map<string, Set<string>>();
  for (const f of input.findings) (rulesOf.get(f.file) ?? rulesOf.set(f.file, new Set()).get(f.file)!).add(f.rule);
  const rows = input.summary.map((s) => {
    const cells = columns.map((c) => {
      const v = c.cell(s);
      const cls = [c.type === 'number' ? 'num' : '', v.outlier ? 'outlier' : ''].filter(Boolean).join(' ');
      return `<td${cls ? ` class="${cls}"` : ''}${v.outlier ? ' title="离群值"' : ''} data-sort="${esc(v.sort ?? '')}">${v.html}</td>`;
    });
    const rules = [...(rulesOf.get(s.file) ?? [])].sort().join(' ');
    return `<tr data-status="${esc(s.status)}" data-year="${esc(s.year ?? '')}" data-rules="${esc(rules)}" data-errors="${s.findings.error}" data-text="${esc(`${s.department ?? ''} ${s.department_key ?? ''} ${s.file}`)}">${cells.join('')}</tr>`;
  });
  const years = [...new Set(input.summary.map((s) => s.year).filter((y): y is number => y !== null))].sort();
  const rules = [...new Set(input.findings.map((f) => f.rule))].sort();
  const option = (value: string, label: string): string => `<option value="${esc(value)}">${esc(label)}</option>`;
  const controls = `<div class="controls">
<label>筛选 <input type="search" id="filter-text" placeholder="部门或文件名"></label>
<label>状态 <select id="filter-status">${option('', '全部')}${STATUSES.map((s) => option(s, STATUS_LABEL[s])).join('')}</select></label>
<label>年度 <select id="filter-year">${option('', '全部')}${years.map((y) => option(String(y), String(y))).join('')}</select></label>
<label>规则 <select id="filter-rule">${option('', '全部')}${rules.map((r) => option(r, ruleDescription(r))).join('')}</select></label>
<label><input type="checkbox" id="filter-errors"> 仅看有错误的文件</label>
<span class="muted" id="shown">共 ${input.summary.length} 个文件</span>
</div>`;
  const head = columns.map((c, i) => `<th data-type="${c.type}" data-col="${i}" aria-sort="none" title="点击排序">${esc(c.header)}</th>`).join('');
  return `${controls}<div class="table-wrap"><table id="departments" class="data"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

export function overviewPage(input: OverviewInput): string {
  const years = input.summary.map((s) => s.year).filter((y): y is number => y !== null);
  const departments = new Set(input.summary.map((s) => s.department_key ?? s.department).filter(Boolean)).size;
  const span = years.length ? `年度 ${Math.min(...years)}${Math.max(...years) > Math.min(...years) ? `–${Math.max(...years)}` : ''}` : '年度未识别';
  const body = `<header class="top"><h1>勾稽审核报告</h1><p>共 ${input.summary.length} 个文件 · ${departments} 个部门 · ${esc(span)}</p></header>
<main class="overview">
<section class="tiles">
<div class="tile"><h2>文件状态</h2>${statusHtml(input.summary)}</div>
<div class="tile"><h2>问题级别</h2>${severityHtml(input.findings)}</div>
<div class="tile wide"><h2>按规则</h2>${rulesHtml(input.findings)}</div>
</section>
<section id="charts"><h2>主要指标对比</h2>${chartsHtml(input.charts)}</section>
<section id="department-list"><h2>部门一览</h2>${departmentsHtml(input)}</section>
</main>`;
  return page({ title: '勾稽审核报告', root: '', body, scripts: ['assets/echarts.min.js', 'assets/overview.js'] });
}
