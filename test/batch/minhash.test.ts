// MinHash signatures of paragraphs: fixed (the same in every process), near 1 for near copies,
// low for different wording, and none for a paragraph that is only the template's wording.
import { describe, expect, it } from 'vitest';
import { bandKey, paragraphSignature, similarity } from '../../src/batch/minhash.ts';

const A = '我单位坚持问题导向，组织专班逐条梳理审计反馈的十二类问题，建立台账销号管理，按月通报整改进度，对逾期未改的责任科室负责人进行约谈，确保整改落到实处。';
const B = '本年度完成农村饮水安全巩固提升工程二十三处，新建净水设施七座，改造老旧管网四十六公里，受益群众一万二千余人，水质检测合格率稳定在较高水平并持续提升。';

describe('paragraphSignature', () => {
  it('is the same for the same text, and written as 32 values of eight hex digits', () => {
    const s = paragraphSignature(A)!;
    expect(s).toMatch(/^[0-9a-f]{256}$/);
    expect(paragraphSignature(A)).toBe(s);
    // White space and punctuation do not make wording different.
    expect(paragraphSignature(A.replace(/，/g, ', '))).toBe(s);
  });

  it('estimates similarity: high for a near copy, low for other wording', () => {
    const a = paragraphSignature(A)!;
    expect(similarity(a, a)).toBe(1);
    // One character changed alters 8 of some 75 shingles: Jaccard about 0.8, estimated on 32 values.
    expect(similarity(a, paragraphSignature(A.replace('十二类', '十三类'))!)).toBeGreaterThan(0.6);
    expect(similarity(a, paragraphSignature(B)!)).toBeLessThan(0.2);
  });

  it('gives nothing for a short paragraph or one in the template’s own words (patterns/template-wording.txt)', () => {
    expect(paragraphSignature('下一步将继续加强预算绩效管理。')).toBeNull();
    // Long enough, and not the template's: a signature.
    expect(paragraphSignature(A)).not.toBeNull();
    expect(
      paragraphSignature('我单位已制定了符合国家财经法规和财务管理制度规定；按照资金使用程序严把审核关，资金的拨付有完整的审批程序和手续，重大开支经集体研究，不存在截留、挤占、挪用、虚列支出等情况。'),
    ).toBeNull();
  });

  it('cuts a signature into bands of `rows` values', () => {
    const s = paragraphSignature(A)!;
    expect(bandKey(s, 1, 4)).toBe(s.slice(32, 64));
  });
});
