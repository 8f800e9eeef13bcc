import { describe, expect, it } from 'vitest';
import { esc, jsonScript, numberText, page } from '../../src/report/html.ts';

describe('esc', () => {
  it('escapes markup and both quotes, so text is safe in content and quoted attributes', () => {
    expect(esc(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(esc(null)).toBe('');
    expect(esc(97.5)).toBe('97.5');
  });
});

describe('jsonScript', () => {
  it('keeps data that holds </script> inside its element, and gives it back whole', () => {
    const data = [{ name: '</script><script>alert(1)</script>', sep: '\u2028' }];
    const html = jsonScript('d', data);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    const json = html.slice(html.indexOf('>') + 1, -'</script>'.length);
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('numberText', () => {
  it('writes a number as the datasets hold it, a dash for none', () => {
    expect([numberText(95.16), numberText(12.5), numberText(-3), numberText(null)]).toEqual(['95.16', '12.5', '-3', '—']);
  });
});

describe('page', () => {
  it('is a Chinese page whose styles and scripts come from the report folder', () => {
    const html = page({ title: '标题<b>', root: '../', body: '<p>正文</p>', scripts: ['assets/document.js'] });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<title>标题&lt;b&gt;</title>');
    expect(html).toContain('<link rel="stylesheet" href="../assets/report.css">');
    expect(html).toContain('<script src="../assets/document.js"></script>');
    expect(html).not.toMatch(/https?:/);
  });
});
