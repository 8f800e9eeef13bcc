// PDF reader: pdf.js text runs with positions → lines → page headers and footers
// dropped → ruled and aligned tables → paragraphs joined across wraps and page breaks.
import type { Message, ReadResult } from '../model.ts';
import { UnreadableError } from '../model.ts';
import { stripPageChrome, type PageLines } from './pdf/chrome.ts';
import { buildBlocks, type Element, type PageFlow } from './pdf/flow.ts';
import { fillGrid, findGrids, type GridTable } from './pdf/grid.ts';
import { buildLines, type Line } from './pdf/lines.ts';
import { pageHasImage, pageSegments, pageText, pdfjs, withDocument, type Run } from './pdf/pdfjs.ts';

export interface ReadPdfOptions {
  /** Give up on a document after this long (default 60 s). */
  timeoutMs?: number;
}

/** A page with at least this many characters has a text layer. */
const TEXT_PAGE_CHARS = 10;

interface PageData {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  grids: GridTable[];
  chars: number;
}

/**
 * Reading a page's drawing (for table rulings) costs more than its text, and decodes its
 * images: only pages where at least two lines have a gap wider than text spacing do it.
 */
const mayHoldTable = (lines: Line[]): boolean => lines.filter((l) => l.widestGap > 0.6).length >= 2;

export async function readPdf(data: Uint8Array, options: ReadPdfOptions = {}): Promise<ReadResult> {
  const lib = await pdfjs();
  return withDocument(data, options.timeoutMs ?? 60_000, async (doc, checkpoint) => {
    const messages: Message[] = [];
    const pages: PageData[] = [];
    const failed: number[] = [];
    const garbled: number[] = [];
    let skipped = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      await checkpoint();
      try {
        const page = await doc.getPage(n);
        const { frame, runs, skipped: s } = await pageText(lib, page);
        const { width, height } = frame;
        skipped += s;
        const all = runs.map((r) => r.str.replace(/\s/g, '')).join('');
        // Text from fonts with no usable encoding comes out as private-use or replacement characters.
        const undecodable = all.replace(/[^\ue000-\uf8ff\ufffd]/gu, '').length;
        if (all.length >= TEXT_PAGE_CHARS && undecodable > 0.3 * all.length) {
          garbled.push(n);
          pages.push({ page: n, width, height, lines: [], grids: [], chars: 0 });
          page.cleanup();
          continue;
        }
        const chars = all.length;
        let rest: Run[] = runs;
        const grids: GridTable[] = [];
        if (chars >= TEXT_PAGE_CHARS && mayHoldTable(buildLines(runs, n))) {
          for (const grid of findGrids(await pageSegments(lib, page, frame))) {
            const filled = fillGrid(grid, rest, n);
            if (!filled) continue;
            grids.push(filled.table);
            rest = rest.filter((r) => !filled.used.has(r));
          }
        }
        pages.push({ page: n, width, height, lines: buildLines(rest, n), grids, chars });
        page.cleanup();
      } catch (err) {
        if (err instanceof UnreadableError) throw err;
        failed.push(n);
      }
    }
    if (doc.numPages === 0) throw new UnreadableError('PDF 没有页面');
    if (failed.length === doc.numPages) throw new UnreadableError('PDF 文件已损坏，没有一页能读出');
    if (failed.length) messages.push({ severity: 'warning', text: `第${failed.join('、')}页无法解析，已跳过` });

    if (garbled.length) messages.push({ severity: 'warning', text: `第${garbled.join('、')}页的文字无法解码（字体缺少编码信息），需要 OCR` });
    const textPages = pages.filter((p) => p.chars >= TEXT_PAGE_CHARS);
    // A scan: (almost) no page has a text layer. Decided for the whole document.
    if (textPages.length === 0 || textPages.length * 5 < doc.numPages) {
      return { blocks: [], pages: doc.numPages, messages, needsOcr: true };
    }
    // Pages without text in a document with text: scanned pages (a signed table, say) or blank ones.
    const scanned: number[] = [];
    const blank: number[] = [];
    for (const p of pages) {
      if (p.chars >= TEXT_PAGE_CHARS || garbled.includes(p.page)) continue;
      await checkpoint();
      const hasImage = await doc.getPage(p.page).then((page) => pageHasImage(lib, page)).catch(() => true);
      (hasImage ? scanned : blank).push(p.page);
    }
    if (scanned.length) messages.push({ severity: 'warning', text: `第${scanned.join('、')}页是图片（扫描页），没有文字层，内容未读出，需要 OCR` });
    if (blank.length) messages.push({ severity: 'info', text: `第${blank.join('、')}页是空白页` });
    if (skipped) messages.push({ severity: 'info', text: `${skipped} 段竖排或旋转的文字未读取` });

    const chrome: PageLines[] = pages.map((p) => ({ height: p.height, lines: p.lines }));
    stripPageChrome(chrome);
    const flows: PageFlow[] = pages.map((p, i) => {
      const elements: Element[] = [
        ...chrome[i]!.lines.map((line) => ({ kind: 'line' as const, line, top: line.y - line.size })),
        ...p.grids.map((table) => ({ kind: 'grid' as const, page: p.page, table, top: table.top })),
      ]
        .sort((a, b) => a.top - b.top)
        .map(({ top: _top, ...e }) => e as Element);
      return { page: p.page, width: p.width, elements };
    });
    return { blocks: buildBlocks(flows), pages: doc.numPages, messages };
  });
}
