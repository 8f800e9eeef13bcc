// The OCR engine behind one small interface: an image in, text boxes out. gouji runs
// PaddleOCR's PP-OCRv4 Chinese models (paddle.ts); Debian's tesseract (tesseract.ts) is the
// other candidate, kept so the two can be measured on the same pages (npm run bench) and so
// another engine replaces this one in one place.

/** One recognised box of text, in image pixels, top-left origin. */
export interface OcrBox {
  text: string;
  /** Recognition confidence, 0–1. */
  confidence: number;
  /** The box's corners, clockwise from top-left (a box on a rotated scan leans). */
  corners: [number, number][];
}

export interface OcrEngine {
  /** Shown in messages and the bench. */
  name: string;
  /** The text boxes of a page image (PNG bytes). */
  recognise(png: Uint8Array): Promise<OcrBox[]>;
}

export type EngineName = 'paddle' | 'tesseract';

const engines = new Map<EngineName, Promise<OcrEngine>>();

/**
 * The engine, created once per process: the models take a few seconds to load, so a worker
 * that meets no scan never pays that. GOUJI_OCR_ENGINE=tesseract swaps in the other candidate.
 */
export function ocrEngine(name: EngineName = (process.env.GOUJI_OCR_ENGINE as EngineName | undefined) ?? 'paddle'): Promise<OcrEngine> {
  let engine = engines.get(name);
  if (!engine) {
    engine = name === 'tesseract'
      ? import('./tesseract.ts').then((m) => m.tesseractEngine())
      : import('./paddle.ts').then((m) => m.paddleEngine());
    // A failed load is not kept: the next document tries again, and says why it could not.
    engine.catch(() => engines.delete(name));
    engines.set(name, engine);
  }
  return engine;
}
