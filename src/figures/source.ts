// Where a figure's digits came from: the text layer, or OCR of a page image. A figure read
// by OCR carries the confidence of the text box it was read from, and a finding that rests on
// such figures says so; when a digit may be misread, the finding is at most a warning, since
// the arithmetic could fail on the recognition and not on the document.
import type { Doc, Figure, Finding, OcrProvenance } from '../model.ts';

/**
 * Below this recognition confidence a box's text may be misread. A box's confidence is the mean
 * over its characters, so a 40-character line at 0.97 holds about one doubtful character, which
 * may be the digit or the 、/；that decides what a figure adds up with: on the corpus scan a line
 * at 0.972 had its ；read as ：, and the sum cut there came out as a false error.
 */
export const LOW_CONFIDENCE = 0.98;

const digitsOf = (s: string): string => s.replace(/[^\d.]/g, '');

/** Sets `source` and `confidence` on every figure. */
export function markSources(doc: Doc, ocr: OcrProvenance | undefined): void {
  const ocrPages = new Set(ocr?.pages ?? []);
  for (const f of doc.figures) {
    if (!ocr || (!ocr.whole && (f.page === null || !ocrPages.has(f.page)))) {
      f.source = 'text';
      f.confidence = null;
      continue;
    }
    f.source = 'ocr';
    f.confidence = confidenceOf(f, ocr);
  }
}

/**
 * The lowest confidence of the boxes of the figure's page whose digits hold its digits; a
 * figure split over boxes (a number cut at a line end) takes the lowest of its page's boxes.
 */
function confidenceOf(f: Figure, ocr: OcrProvenance): number {
  const digits = digitsOf(f.raw);
  const onPage = ocr.whole ? ocr.boxes : ocr.boxes.filter((b) => b.page === f.page);
  const holding = digits ? onPage.filter((b) => digitsOf(b.text).includes(digits)) : [];
  const from = holding.length ? holding : onPage;
  const lowest = from.reduce((m, b) => Math.min(m, b.confidence), 1);
  return Math.round(lowest * 1000) / 1000;
}

const OCR_NOTE = '（所涉数字由文字识别（OCR）读出，请对照原件核实）';

/** Findings that rest on OCR'd figures say so; an error over a doubtful digit becomes a warning. */
export function caveatOcrFindings(doc: Doc, findings: Finding[]): Finding[] {
  const byId = new Map(doc.figures.map((f) => [f.id, f]));
  return findings.map((finding) => {
    const figures = finding.figures.map((id) => byId.get(id)).filter((f): f is Figure => f !== undefined);
    const ocrFigures = figures.filter((f) => f.source === 'ocr');
    if (!ocrFigures.length) return finding;
    const doubtful = ocrFigures.some((f) => (f.confidence ?? 0) < LOW_CONFIDENCE);
    return {
      ...finding,
      severity: doubtful && finding.severity === 'error' ? 'warning' : finding.severity,
      message: finding.message + OCR_NOTE,
    };
  });
}
