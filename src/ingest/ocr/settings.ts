// Whether a run recognises pages without a text layer: on unless --no-ocr.
export interface OcrSettings {
  enabled: boolean;
}

export const DEFAULT_OCR: OcrSettings = { enabled: true };
export const NO_OCR: OcrSettings = { enabled: false };

/**
 * Time each page (or pasted picture) read by OCR adds to the file's limit (--timeout): PP-OCRv4
 * takes about 5 s a page on a free core, and we measured 50 s a page (wall clock) on a machine
 * loaded six times over its cores. The limit guards against runaway files; OCR work is bounded
 * by MAX_OCR_PAGES instead.
 */
export const OCR_PAGE_MS = 90_000;

/**
 * Memory a file read by OCR may use beyond --max-memory: PP-OCRv4's detection runs on the whole
 * 150-dpi page image, and a worker recognising a page peaks near 1.4 GB besides the segmenter's
 * dictionary (350 MB) it already holds. Without it, the default limit stopped 3 of 15 scans.
 */
export const OCR_MEMORY_BYTES = 1024 * 1024 * 1024;
