// From a reader's blocks to the document every later stage sees: normalised
// blocks, the section tree and the document facts (figures come after).
import type { Block, Doc, Format, ReadResult } from './model.ts';
import { normalizeText } from './normalize.ts';
import { buildSections } from './sections.ts';
import { documentFacts } from './facts.ts';

export function normalizeBlocks(read: ReadResult): Block[] {
  return read.blocks.map((b, index): Block =>
    b.kind === 'paragraph'
      ? { kind: 'paragraph', index, page: b.page, text: normalizeText(b.text), headingLevel: b.headingLevel, section: null }
      : { kind: 'table', index, page: b.page, rows: b.rows.map((r) => r.map((c) => ({ text: normalizeText(c) }))), section: null },
  );
}

export function buildDoc(file: string, format: Format, read: ReadResult): Doc {
  const blocks = normalizeBlocks(read);
  const sections = buildSections(blocks);
  const facts = documentFacts(file, blocks, sections);
  return { file, format, pages: read.pages, blocks, sections, facts, figures: [] };
}

/** A document from plain text, one paragraph a line: for tests and snippets. */
export function docFromText(text: string, file = 'snippet.txt'): Doc {
  const blocks = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => ({ kind: 'paragraph' as const, text: l, page: null }));
  return buildDoc(file, 'txt', { blocks, pages: null, messages: [] });
}
