// Whether a run recognises pages without a text layer: on unless --no-ocr.
export interface OcrSettings {
  enabled: boolean;
}

export const DEFAULT_OCR: OcrSettings = { enabled: true };
export const NO_OCR: OcrSettings = { enabled: false };

/**
 * Time each page (or pasted picture) read by OCR adds to the file's limit (--timeout): PP-OCRv4
 * takes about 5 s a page on a free core and 20–25 s on a core shared four ways.
 */
export const OCR_PAGE_MS = 30_000;
