// A Word document of pasted scans: its pictures are read by OCR, like a scanned PDF's pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/ingest/docx.ts';
import { renderPages } from '../../../src/ingest/pdf/render.ts';
import { NO_OCR } from '../../../src/ingest/ocr/settings.ts';

const SCANNED_PAGE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf', 'scanned-page.pdf');

async function pastedScan(): Promise<Uint8Array> {
  let png: Uint8Array | undefined;
  for await (const image of renderPages(new Uint8Array(readFileSync(SCANNED_PAGE)), [1])) png = image.png;
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png!, transformation: { width: 595, height: 842 } })] })] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readDocx: a document of pasted scans', () => {
  it('reads its picture by OCR, into paragraphs without pages, all marked as OCR', async () => {
    const data = await pastedScan();
    const r = await readDocx(data);
    expect(r.needsOcr).toBeFalsy();
    const text = r.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join(' '))).join('\n');
    expect(text).toContain('97.89%');
    expect(r.blocks.every((b) => b.page === null)).toBe(true);
    expect(r.ocr).toMatchObject({ whole: true, pages: [1] });
    expect(r.messages[0]!.text).toMatch(/已用文字识别/);
    // With --no-ocr it stays a scan to be read by hand.
    expect((await readDocx(data, NO_OCR)).needsOcr).toBe(true);
  }, 180_000);
});
