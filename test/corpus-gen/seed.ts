// The reference report itself as .docx (one paragraph per line, its text kept exactly,
// flaws included) and its hand-annotated truth (seed-truth.json).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { TruthSchema, type Truth } from '../corpus/truth-schema.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SEED_TXT = path.resolve(HERE, '../../../shared/seed/部门整体支出绩效自评报告-参考格式.txt');

export function seedLines(): string[] {
  return readFileSync(SEED_TXT, 'utf8').split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
}

export async function seedDocx(): Promise<Buffer> {
  const lines = seedLines();
  const title = new Set(['部门整体支出绩效自评报告', '（参考格式）']);
  const doc = new Document({
    styles: { default: { document: { run: { size: 30, font: { eastAsia: 'Noto Serif CJK SC', ascii: 'Times New Roman', hAnsi: 'Times New Roman' } } } } },
    sections: [{
      properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } },
      children: lines.map((l) => new Paragraph({
        alignment: title.has(l) ? AlignmentType.CENTER : AlignmentType.LEFT,
        indent: title.has(l) || l.startsWith('附件') ? undefined : { firstLine: 600 },
        spacing: { line: 360 },
        children: [new TextRun({ text: l, bold: l === '部门整体支出绩效自评报告', size: l === '部门整体支出绩效自评报告' ? 40 : 30 })],
      })),
    }],
  });
  return Packer.toBuffer(doc);
}

/** The hand-made truth, checked: valid, and every figure and heading found in order in the text. */
export function seedTruth(file: string): Truth {
  const raw = JSON.parse(readFileSync(path.join(HERE, 'seed-truth.json'), 'utf8'));
  const t = TruthSchema.parse({ ...raw, file });
  const text = seedLines().join('\n');
  let at = 0;
  for (const f of t.figures) {
    const i = text.indexOf(f.raw, at);
    if (i < 0) throw new Error(`seed figure ${f.raw} not found after offset ${at}`);
    at = i + f.raw.length;
  }
  const lines = seedLines();
  let li = 0;
  for (const h of t.headings) {
    while (li < lines.length && lines[li] !== h) li++;
    if (li === lines.length) throw new Error(`seed heading ${h} not found in order`);
  }
  return t;
}
