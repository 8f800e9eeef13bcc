// Writes a document as plain text, as people paste a report into a .txt: one line per
// paragraph, table rows with cells separated by tabs or runs of spaces.

import type { DocBuilder } from './builder.ts';
import type { Rng } from './prng.ts';

export function renderTxt(b: DocBuilder, rng: Rng, crlf: boolean): string {
  const lines: string[] = [];
  const blankBetween = rng.chance(0.5);
  const sepCells = rng.pick(['\t', '  ', ' | ']);
  for (const bl of b.blocks) {
    switch (bl.t) {
      case 'title':
      case 'line':
      case 'para':
        lines.push(b.resolveText(bl.text));
        break;
      case 'heading':
        lines.push(b.resolveText(bl.num + bl.sep + bl.text));
        break;
      case 'table':
        if (bl.caption) lines.push(b.resolveText(bl.caption));
        if (bl.unitNote) lines.push(b.resolveText(bl.unitNote));
        for (const row of [...bl.header, ...bl.rows]) lines.push(row.map((c) => b.resolveText(c)).join(sepCells).trimEnd());
        break;
      case 'pagebreak':
        break;
    }
    if (blankBetween && bl.t !== 'pagebreak') lines.push('');
  }
  return lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
}
