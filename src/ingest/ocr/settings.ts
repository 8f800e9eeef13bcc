// Whether a run recognises pages without a text layer: on unless --no-ocr.
export interface OcrSettings {
  enabled: boolean;
}

export const DEFAULT_OCR: OcrSettings = { enabled: true };
export const NO_OCR: OcrSettings = { enabled: false };
