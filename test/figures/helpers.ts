// Builds small documents for figure tests without the reader stages.
import type { Block, Doc } from '../../src/model.ts';
import { normalizeText } from '../../src/normalize.ts';

/** A block spec: a string is a paragraph, an array of rows is a table. */
export type BlockSpec = string | string[][];

export function docOf(specs: BlockSpec[], file = 'test.txt'): Doc {
  const blocks: Block[] = specs.map((s, index) =>
    typeof s === 'string'
      ? { kind: 'paragraph', index, page: null, text: normalizeText(s), section: null }
      : { kind: 'table', index, page: null, rows: s.map((row) => row.map((c) => ({ text: normalizeText(c) }))), section: null },
  );
  return { file, format: 'txt', pages: null, blocks, sections: [], facts: { department: null, year: null, cover: [] }, figures: [] };
}
