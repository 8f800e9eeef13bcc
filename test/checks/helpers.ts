// Test helpers: a document from real-style Chinese text (one paragraph a line,
// tables as rows of cells) run through buildDoc and the figure extractor, and
// one rule run on it through the engine with its settings from patterns/rules.json.
import { buildDoc } from '../../src/document.ts';
import { extractFigures } from '../../src/figures/index.ts';
import type { Doc, Finding, RawBlock } from '../../src/model.ts';
import { RULES } from '../../src/checks/index.ts';
import { runRules } from '../../src/checks/engine.ts';
import { effectiveSettings } from '../../src/checks/settings.ts';

/** A document from parts: a string is paragraphs (one a line), an array of rows a table. */
export function docFrom(...parts: (string | string[][])[]): Doc {
  const blocks: RawBlock[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      for (const line of p.split(/\r?\n/)) if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), page: null });
    } else blocks.push({ kind: 'table', rows: p, page: null });
  }
  const doc = buildDoc('测试局.txt', 'txt', { blocks, pages: null, messages: [] });
  doc.figures = extractFigures(doc).figures;
  return doc;
}

export const docFromText = (text: string): Doc => docFrom(text);

const settings = effectiveSettings(RULES);

/** The findings of one rule on a document built from `parts`. */
export function check(ruleId: string, ...parts: (string | string[][])[]): Finding[] {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return runRules(docFrom(...parts), [rule], settings);
}

/** Severity and actual value of each finding, for compact assertions. */
export const brief = (fs: Finding[]): string[] => fs.map((f) => `${f.severity}:${f.actual}`);
