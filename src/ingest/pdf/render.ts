// Page images for OCR, rendered by pdf-parse v2 (getScreenshot: pdf.js drawing onto
// @napi-rs/canvas). pdf.js stays the text reader (pdfjs.ts); this is only for pages whose text
// layer is missing, so a PDF without scans never loads a canvas.

/** 150 dpi: PP-OCRv4 reads 9-point text and 6-point table text at this size, and its detection, which runs on the whole image, stays under 1 GB. */
export const OCR_DPI = 150;
export const OCR_SCALE = OCR_DPI / 72;

export interface PageImage {
  page: number;
  png: Uint8Array;
}

/** Renders the given pages (1-based) one by one, so only one page image is held at a time. */
export async function* renderPages(data: Uint8Array, pages: number[]): AsyncGenerator<PageImage> {
  // pdf-parse hands the bytes to pdf.js, which may detach them: it gets a copy.
  // Loaded on first use: pdf-parse loads a native canvas, which a batch without scans never needs.
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    for (const page of pages) {
      const shot = await parser.getScreenshot({ partial: [page], scale: OCR_SCALE, imageBuffer: true, imageDataUrl: false });
      const image = shot.pages[0];
      if (image) yield { page, png: image.data };
    }
  } finally {
    await parser.destroy();
  }
}
