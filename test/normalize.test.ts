import { describe, expect, it } from 'vitest';
import { normalizeText, sourceSpan } from '../src/normalize.ts';

describe('normalizeText', () => {
  it('turns full-width digits and number punctuation half-width', () => {
    expect(normalizeText('决算收入３４６．３８万元，占９５．１６％').text).toBe('决算收入346.38万元，占95.16%');
  });

  it('keeps a full-width comma that separates clauses, but reads one between digit groups', () => {
    expect(normalizeText('合计1，234.56万元').text).toBe('合计1,234.56万元');
    expect(normalizeText('共14份，督办函2份').text).toBe('共14份，督办函2份');
    expect(normalizeText('分别为12，345').text).toBe('分别为12,345');
    expect(normalizeText('1，2345').text).toBe('1，2345');
  });

  it('reads a full-width or typographic minus before a digit as a sign only there', () => {
    expect(normalizeText('调整预算数－11.65万元').text).toBe('调整预算数-11.65万元');
    expect(normalizeText('调整预算数−11.65万元').text).toBe('调整预算数-11.65万元');
    expect(normalizeText('绩效目标－产出').text).toBe('绩效目标－产出');
  });

  it('drops the spaces PDF producers put beside CJK and keeps those between Latin words', () => {
    expect(normalizeText('收入 346.38 万元， 其中\u3000一般 公共服务').text).toBe('收入346.38万元，其中一般公共服务');
    expect(normalizeText('  PDF  file  ').text).toBe('PDF file');
    expect(normalizeText('控制率 95.16 %').text).toBe('控制率95.16%');
  });

  it('maps every normalised offset back to the source text', () => {
    const src = '收入 ３４６．３８ 万元';
    const t = normalizeText(src);
    expect(t.text).toBe('收入346.38万元');
    expect(t.map.length).toBe(t.text.length + 1);
    const at = t.text.indexOf('346.38');
    expect(sourceSpan(t, at, at + 6)).toBe('３４６．３８');
    expect(sourceSpan(t, 0, t.text.length)).toBe(src);
  });

  it('keeps surrogate pairs whole', () => {
    const t = normalizeText('𠮷野 12');
    expect(t.text).toBe('𠮷野12');
    expect(sourceSpan(t, 0, 2)).toBe('𠮷');
  });
});
