// Pictures read as pages: a Word document whose pages are scans pasted in, each picture
// recognised and laid out like a PDF page (lines, tables, paragraphs across pictures).
import type { OcrProvenance, RawBlock } from '../../model.ts';
import { ocrEngine } from '../ocr/engine.ts';
import { buildBlocks, type PageFlow } from '../pdf/flow.ts';
import { buildLines } from '../pdf/lines.ts';
import { stripPageChrome } from '../pdf/chrome.ts';
import { runsOfBoxes } from './index.ts';

/** A pasted scan carries no resolution gouji trusts; its geometry is only compared with itself. */
const PICTURE_SCALE = 150 / 72;

export async function readPictures(pictures: Uint8Array[]): Promise<{ blocks: RawBlock[]; provenance: OcrProvenance }> {
  const engine = await ocrEngine();
  const provenance: OcrProvenance = { pages: [], engine: engine.name, boxes: [], whole: true };
  const pages: (PageFlow & { height: number; lines: ReturnType<typeof buildLines> })[] = [];
  for (const [i, picture] of pictures.entries()) {
    const read = runsOfBoxes(await engine.recognise(picture), PICTURE_SCALE);
    if (!read.runs.length) continue;
    const lines = buildLines(read.runs, i + 1);
    const width = Math.max(...read.runs.map((r) => r.x + r.w));
    const height = Math.max(...read.runs.map((r) => r.y));
    pages.push({ page: i + 1, width, height, lines, elements: [] });
    provenance.pages.push(i + 1);
    for (const r of read.runs) provenance.boxes.push({ page: null, text: r.str, confidence: read.confidence.get(r)! });
  }
  stripPageChrome(pages);
  for (const p of pages) p.elements = p.lines.map((line) => ({ kind: 'line' as const, line }));
  // Word has no pages gouji counts: blocks from pictures carry none.
  return { blocks: buildBlocks(pages).map((b) => ({ ...b, page: null })), provenance };
}
