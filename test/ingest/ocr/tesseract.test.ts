import { describe, expect, it } from 'vitest';
import { linesOfTsv } from '../../../src/ingest/ocr/tesseract.ts';

describe('tesseract’s TSV', () => {
  it('gives a box per word with its confidence, and skips the levels above words and empty words', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '4\t1\t1\t1\t1\t0\t10\t20\t300\t30\t-1\t',
      '5\t1\t1\t1\t1\t1\t10\t20\t120\t30\t96.5\t收入合计',
      '5\t1\t1\t1\t1\t2\t140\t20\t100\t30\t81\t346.38万元',
      '5\t1\t1\t1\t1\t3\t250\t20\t10\t30\t95\t ',
    ].join('\n');
    expect(linesOfTsv(tsv)).toEqual([
      { text: '收入合计', confidence: 0.965, corners: [[10, 20], [130, 20], [130, 50], [10, 50]] },
      { text: '346.38万元', confidence: 0.81, corners: [[140, 20], [240, 20], [240, 50], [140, 50]] },
    ]);
  });
});
