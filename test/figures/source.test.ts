import { describe, expect, it } from 'vitest';
import { caveatOcrFindings, markSources } from '../../src/figures/source.ts';
import { extractFigures } from '../../src/figures/index.ts';
import { buildDoc } from '../../src/document.ts';
import type { Finding, OcrProvenance } from '../../src/model.ts';

const text = '2023年度收入合计537.20万元，支出合计536.20万元。';
const doc = () => {
  const d = buildDoc('a.pdf', 'pdf', {
    blocks: [{ kind: 'paragraph', text: '一、收入支出情况', page: 1 }, { kind: 'paragraph', text, page: 2 }],
    pages: 2, messages: [],
  });
  d.figures = extractFigures(d).figures;
  return d;
};
const ocr = (confidence: number): OcrProvenance => ({
  pages: [2], engine: 'test', boxes: [{ page: 2, text: '2023年度收入合计537.20万元，', confidence: 0.99 }, { page: 2, text: '支出合计536.20万元。', confidence }],
});
const finding = (figures: string[]): Finding => ({
  rule: 'total-parts', severity: 'error', message: '收入合计与支出合计不符', expected: '537.20', actual: '536.20', difference: '1.00', figures, block: 1,
});

describe('where a figure came from', () => {
  it('marks figures on OCR pages with the confidence of the box holding their digits, the rest as text', () => {
    const d = doc();
    markSources(d, ocr(0.8));
    const byRaw = Object.fromEntries(d.figures.map((f) => [f.raw, f]));
    expect(byRaw['537.20万元']).toMatchObject({ source: 'ocr', confidence: 0.99 });
    expect(byRaw['536.20万元']).toMatchObject({ source: 'ocr', confidence: 0.8 });
    markSources(d, undefined);
    expect(d.figures.every((f) => f.source === 'text' && f.confidence === null)).toBe(true);
  });

  it('keeps an error over well-read OCR digits, says it rests on OCR, and makes it a warning when a digit is doubtful', () => {
    const d = doc();
    const ids = d.figures.filter((f) => f.kind === 'amount').map((f) => f.id);
    markSources(d, ocr(0.995));
    const [sure] = caveatOcrFindings(d, [finding(ids)]);
    expect(sure).toMatchObject({ severity: 'error', message: expect.stringContaining('文字识别（OCR）') });
    markSources(d, ocr(0.5));
    const [doubtful] = caveatOcrFindings(d, [finding(ids)]);
    expect(doubtful!.severity).toBe('warning');
    markSources(d, undefined);
    expect(caveatOcrFindings(d, [finding(ids)])[0]).toEqual(finding(ids));
  });
});
