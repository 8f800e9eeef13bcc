import { describe, expect, it } from 'vitest';
import { documentPage } from '../../src/report/document-page.ts';
import { HOSTILE, sampleDocument } from './sample.ts';

describe('documentPage', () => {
  const doc = sampleDocument();
  const html = documentPage(doc, '../');

  it('escapes every piece of document text: no markup of the document reaches the page', () => {
    expect(html).not.toContain(HOSTILE);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html.match(/<script/g)).toHaveLength(1); // assets/document.js only
  });

  it('marks each figure in the text as the anchor its findings link to, with links back', () => {
    expect(html).toContain('<mark id="f0001" class="fig flagged sev-error"');
    expect(html).toMatch(/<mark id="f0001"[^>]*>346\.38万元<\/mark><a class="back" href="#c0001"/);
    expect(html).toMatch(/<mark id="f0002"[^>]*>300\.00万元<\/mark>/);
  });

  it('shows a finding with its sentence, its figures highlighted in place and linked, and their labels and values', () => {
    const finding = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
    expect(finding).toContain('id="c0001" data-figures="f0001 f0002"');
    expect(finding).toContain('收入合计应为300.00万元（财政拨款300.00），报告为346.38万元');
    expect(finding).toContain('<dt>应为</dt><dd>300.00</dd><dt>所印数值</dt><dd>346.38</dd><dt>差异</dt><dd>46.38</dd>');
    expect(finding).toContain('<blockquote>收入合计<a class="fig flagged hit" href="#f0001"');
    expect(finding).toMatch(/财政拨款<a class="fig flagged hit" href="#f0002"[^>]*>300\.00万元<\/a>。<\/blockquote>/);
    expect(finding).toContain('<td><a href="#f0001" class="figref">f0001</a></td><td>收入合计</td><td>346.38万元</td><td class="num">346.38 万元</td>');
    expect(finding).toContain('第2页');
  });

  it('gives a summary metric the figure it was taken from', () => {
    const metrics = html.slice(html.indexOf('<section id="metrics">'), html.indexOf('<section id="findings">'));
    expect(metrics).toContain('<th>收入合计(万元)</th><td class="num">346.38</td><td><a href="#f0001" class="figref">346.38万元</a>（第2页）</td>');
    expect(metrics).toContain('<th>预算执行率(%)</th><td class="num">97</td><td><span class="muted">原文中无同值数字</span></td>');
  });

  it('has the section tree linking to the headings, and page marks in the text', () => {
    expect(html).toContain('<nav class="toc"><h2>章节</h2><ul><li><a href="#s0">一、部门基本情况&lt;script&gt;');
    expect(html).toContain('<p class="heading" id="b0"><span id="s0"></span>');
    expect(html).toContain('<div class="page-mark" id="p2">第2页</div>');
    expect(html).toContain('<div class="page-mark" id="p3">第3页</div>');
  });

  it('says why a file that could not be read has no text', () => {
    const failed = sampleDocument();
    failed.summary = { ...failed.summary, status: 'needs_ocr', error: '扫描件：页面没有文字层' };
    delete failed.view;
    const page = documentPage({ ...failed, figures: [], findings: [], sections: [] }, '../');
    expect(page).toContain('<p class="muted">扫描件：页面没有文字层</p>');
    expect(page).toContain('未发现问题。');
  });
});
