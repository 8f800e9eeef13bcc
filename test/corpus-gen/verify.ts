// Checks generated PDFs against their truth: with white space (and curly quotes, which
// LibreOffice sets in another font that pdftotext places elsewhere) removed, every heading and
// every figure span must appear in the text layer, in order. Page furniture (running
// headers, page numbers) may sit inside a span that crosses a page, so misses are reported,
// not fatal.

import { execFileSync } from 'node:child_process';
import type { Truth } from '../corpus/truth-schema.ts';

export interface VerifyReport {
  headingsMissing: string[];
  figuresMissing: string[];
}

export function verifyPdf(pdf: string, t: Truth): VerifyReport {
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).replace(/[\s“”]+/g, '');
  const inOrder = (needles: string[]) => {
    const missing: string[] = [];
    let at = 0;
    for (const n of needles) {
      const i = text.indexOf(n.replace(/[\s“”]+/g, ''), at);
      if (i < 0) missing.push(n);
      else at = i + 1;
    }
    return missing;
  };
  return { headingsMissing: inOrder(t.headings), figuresMissing: inOrder(t.figures.map((f) => f.raw)) };
}
