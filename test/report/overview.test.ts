import { describe, expect, it } from 'vitest';
import { metricCharts } from '../../src/report/charts.ts';
import { documentPages } from '../../src/report/links.ts';
import { overviewPage } from '../../src/report/overview.ts';
import { HOSTILE, sampleDocument } from './sample.ts';

describe('overviewPage', () => {
  const docs = [sampleDocument('a.txt'), sampleDocument(`b${HOSTILE}.txt`)];
  const summary = docs.map((d) => d.summary);
  const pages = documentPages(summary);
  const html = overviewPage({ summary, findings: docs.flatMap((d) => d.findings), pages, charts: metricCharts(summary, pages) });

  it('escapes names and files', () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).toContain('b&lt;script&gt;window.__pwned=1&lt;/script&gt;.txt');
  });

  it('holds no figure and no document text, only the summary', () => {
    expect(html).not.toMatch(/id="f\d{4}"/);
    expect(html).not.toContain('财政拨款');
  });

  it('lists each document once, linking to its page, with the metrics some document states', () => {
    expect(html.match(/<tr data-status=/g)).toHaveLength(2);
    expect(html).toContain('<a href="docs/d0001.html">');
    expect(html).toContain('<a href="docs/d0002.html">');
    expect(html).toContain('收入合计(万元)');
    expect(html).toContain('预算执行率(%)');
    expect(html).not.toContain('满意度(%)');
    expect(html).toContain('data-rules="total-parts"');
  });

  it('counts documents by status and findings by severity and rule', () => {
    expect(html).toMatch(/<tr class="status-ok"><th>正常<\/th><td class="num">2<\/td>/);
    expect(html).toMatch(/错误<\/span><\/th><td class="num">2<\/td>/);
    expect(html).toContain('总数与其中各项之和不符');
  });

  it('embeds the charts as data and loads ECharts from the report folder', () => {
    expect(html).toContain('<script type="application/json" id="chart-data">');
    expect(html).toContain('<script src="assets/echarts.min.js"></script>');
    expect(html).toContain('id="chart-execution_rate"');
  });
});
