// The reader for image pages: a page image → OCR boxes → text runs in page points, so the
// PDF reader's line, table and paragraph builders (pdf/lines.ts, pdf/flow.ts) read a scanned
// page the way they read pdf.js positions. The PDF reader calls it for pages without a usable
// text layer, the Word reader for pasted pictures.
import type { Run } from '../pdf/pdfjs.ts';
import type { OcrBox, OcrEngine } from '../ocr/engine.ts';

/** A recognised page: runs for the line builder, and each run's confidence. */
export interface RecognisedPage {
  runs: Run[];
  /** Recognition confidence of each run (0–1), by run. */
  confidence: Map<Run, number>;
  /** Mean confidence of the page's characters, or null when nothing was recognised. */
  mean: number | null;
}

/** A text box is about this much taller than the font's em. */
const BOX_PER_EM = 1.15;

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/**
 * The scan's tilt, from the top edges of the long boxes (text lines): a scanner feeds a sheet
 * a degree or so askew, and lines that lean would be cut into several by the line builder.
 */
export function skewOf(boxes: OcrBox[]): number {
  const angles: number[] = [];
  for (const b of boxes) {
    const [tl, tr, , bl] = b.corners;
    if (!tl || !tr || !bl) continue;
    const width = tr[0] - tl[0];
    const height = bl[1] - tl[1];
    if (width > 4 * Math.abs(height)) angles.push(Math.atan2(tr[1] - tl[1], width));
  }
  return angles.length >= 3 ? median(angles) : 0;
}

/** Page runs from boxes of an image `scale` pixels to the point, straightened. */
export function runsOfBoxes(boxes: OcrBox[], scale: number): RecognisedPage {
  const angle = skewOf(boxes);
  const [cos, sin] = [Math.cos(-angle), Math.sin(-angle)];
  const runs: Run[] = [];
  const confidence = new Map<Run, number>();
  let weighted = 0;
  let chars = 0;
  for (const box of boxes) {
    const text = box.text.trim();
    if (!text) continue;
    // Turned back by the tilt about the origin: the page's geometry only needs to be consistent.
    const points = box.corners.map(([x, y]) => [x * cos - y * sin, x * sin + y * cos] as const);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].map((v) => v / scale) as [number, number, number, number];
    const size = (y1 - y0) / BOX_PER_EM;
    const run: Run = { str: text, x: x0, y: y1 - 0.15 * size, w: x1 - x0, size };
    runs.push(run);
    confidence.set(run, box.confidence);
    weighted += box.confidence * text.length;
    chars += text.length;
  }
  return { runs, confidence, mean: chars ? weighted / chars : null };
}

/** Recognises one page image. */
export async function readImagePage(engine: OcrEngine, png: Uint8Array, scale: number): Promise<RecognisedPage> {
  return runsOfBoxes(await engine.recognise(png), scale);
}
