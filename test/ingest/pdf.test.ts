import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/ingest/pdf.ts';
import { NO_OCR } from '../../src/ingest/ocr/settings.ts';
import { isPageNumber } from '../../src/ingest/pdf/chrome.ts';
import { lineJoiner, startsWithNumbering, tidySpaces } from '../../src/ingest/pdf/text.ts';
import { UnreadableError, type RawBlock, type RawParagraph, type RawTable } from '../../src/model.ts';
import { cmapText, fakeBoldText, filledBorderRows, quoteLine, radicalText, typedIndentParagraphs } from '../fixtures/pdf/make/handmade.ts';
import { breakRows, flowDocs, publicFunds, seedText, unruledRows } from '../fixtures/pdf/make/texts.ts';
import { circularXref, manyPages, selfReferencingPageTree, tinyTextItems } from '../hostile/pdf.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'pdf');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
const read = (name: string) => readPdf(fixture(name));
/** Read as with --no-ocr: what the text layer alone gives. */
const readText = (name: string) => readPdf(fixture(name), { ocr: NO_OCR });

const paragraphs = (blocks: RawBlock[]): RawParagraph[] => blocks.filter((b): b is RawParagraph => b.kind === 'paragraph');
const tables = (blocks: RawBlock[]): RawTable[] => blocks.filter((b): b is RawTable => b.kind === 'table');
const texts = (blocks: RawBlock[]): string[] => paragraphs(blocks).map((b) => b.text);

describe('readPdf: paragraphs', () => {
  for (const [name, doc] of Object.entries(flowDocs)) {
    it(`${name}: gives back exactly the paragraphs the document was made of`, async () => {
      const result = await read(name);
      expect(texts(result.blocks)).toEqual(doc.paragraphs.map(([, text]) => text));
      expect(result.needsOcr).toBeFalsy();
    });
  }

  it('keeps headings apart, joins a number cut at a line end, drops CJK–digit spaces', async () => {
    const { blocks, pages } = await read('paragraphs');
    expect(pages).toBe(1);
    const t = texts(blocks);
    expect(t.slice(1, 4)).toEqual(['一、部门基本情况', '（一）部门职能', '1.主要职能']);
    // LibreOffice breaks this line inside 346.38 (`…全年执行数 346.` / `38 万元`).
    expect(t.find((p) => p.startsWith('2024年年初预算数'))).toContain('全年执行数346.38万元，结余0万元。');
    expect(t.join('')).not.toMatch(/[\u4e00-\u9fff] |\d [\u4e00-\u9fff]/);
    expect(blocks.every((b) => b.page === 1)).toBe(true);
  });

  it('puts quote marks drawn in another font, after the rest of their line, back in place', async () => {
    const { blocks } = await read('quote-order');
    expect(texts(blocks)).toEqual([quoteLine.join('')]);
  });

  it('sees a paragraph start where the indent is two typed ideographic spaces', async () => {
    const { blocks } = await read('typed-indent');
    expect(texts(blocks)).toEqual(typedIndentParagraphs);
  });

  it('reads a heading drawn twice for a bold look once', async () => {
    const { blocks } = await read('fake-bold');
    expect(texts(blocks)).toEqual([...fakeBoldText]);
  });
});

describe('readPdf: CJK fonts without ToUnicode', () => {
  it('reads GBK-EUC-H text through pdf.js CMaps and joins its wrapped lines', async () => {
    const { blocks } = await read('cjk-cmap');
    expect(texts(blocks)).toEqual([cmapText.heading, cmapText.body]);
  });
});

describe('readPdf: fonts whose ToUnicode misleads', () => {
  it('reads Kangxi radicals mapped in place of ideographs (⽬标) as the ideographs (目标)', async () => {
    const { blocks } = await read('radicals');
    expect(radicalText.mapped).not.toBe(radicalText.read);
    expect(texts(blocks)).toEqual([radicalText.read]);
  });

  it('says a page whose text decodes to private-use characters needs OCR', async () => {
    const result = await readText('undecodable');
    expect(result).toMatchObject({ needsOcr: true, blocks: [], pages: 1 });
    expect(result.messages.map((m) => m.text).join()).toMatch(/无法解码/);
  });
});

describe('readPdf: page headers, footers and breaks', () => {
  it('drops the running header and `第N页，共M页`, and joins the paragraph cut by the page break', async () => {
    const { blocks, pages } = await read('headers-footers');
    expect(pages).toBe(2);
    const all = texts(blocks).join('\n');
    expect(all).not.toContain('某市信访局2024年度部门整体支出绩效自评报告');
    expect(all).not.toMatch(/第\d+页/);
    // Page 1 ends inside the second long paragraph (`…服务点的` | `指导，…`): one block, on page 1.
    expect(paragraphs(blocks).map((b) => b.page)).toEqual([1, 1, 1, 1, 1, 1, 1, 2]);
    expect(paragraphs(blocks)[6]!.text).toContain('加强对村级群众信访诉求服务点的指导，共同形成');
  });

  it('drops `- N -` and bare page numbers', async () => {
    for (const name of ['page-dash', 'page-plain']) {
      const { blocks, pages } = await read(name);
      expect(pages).toBe(3);
      expect(texts(blocks).some((t) => /^[-\d\s]+$/.test(t))).toBe(false);
      expect(blocks.map((b) => b.page)).toContain(2);
    }
  });

  it('joins `2` at the foot of a page to `024年` at the head of the next', async () => {
    const { blocks } = await read('page-plain');
    const joined = paragraphs(blocks).filter((b) => b.text.includes('经核准，2024年，全市符合'));
    expect(joined.length).toBe(4);
  });
});

describe('readPdf: tables', () => {
  it('rebuilds a ruled table with merged header cells and a two-line cell', async () => {
    const { blocks } = await read('table-ruled');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph']);
    expect(tables(blocks)[0]!.rows).toEqual([
      ['项目', '决算数', '', '备注'],
      ['', '金额（万元）', '占比', ''],
      ['一般公共服务支出', '278.36', '80.36%', ''],
      ['社会保障和就业支出', '41.76', '12.06%', '含离退休人员经费'],
      ['卫生健康支出', '8.72', '2.52%', ''],
      ['住房保障支出', '17.54', '5.06%', ''],
      ['合计', '346.38', '100%', ''],
    ]);
    expect(texts(blocks).at(-1)).toBe(publicFunds);
  });

  it('reads a page whose text runs sideways (/Rotate 90) as if upright', async () => {
    const [upright, turned] = await Promise.all([read('table-ruled'), read('rotated')]);
    expect(turned.blocks).toEqual(upright.blocks);
  });

  it('rebuilds a table whose borders are filled bars (Word), even where text nearly fills a cell', async () => {
    const { blocks } = await read('filled-borders');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tables(blocks)[0]!.rows).toEqual(filledBorderRows);
  });

  it('rebuilds a table without borders from cells aligned in columns', async () => {
    const { blocks } = await read('table-unruled');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tables(blocks)[0]!.rows).toEqual(unruledRows);
    expect(texts(blocks).at(-1)).toBe(publicFunds);
  });

  for (const name of ['table-break', 'table-unruled-break']) {
    it(`${name}: continues a table over a page break as one table, its repeated header row once`, async () => {
      const { blocks, pages } = await read(name);
      expect(pages).toBe(2);
      const [table, ...more] = tables(blocks);
      expect(more).toEqual([]);
      expect(table!.page).toBe(1);
      expect(table!.rows).toEqual(breakRows);
      const after = paragraphs(blocks).at(-1)!;
      expect(after).toMatchObject({ text: publicFunds, page: 2 });
    });
  }
});

describe('readPdf: the reference report', () => {
  it('gives one block per paragraph of the report: headings apart, wrapped lines joined', async () => {
    const { blocks, pages } = await read('seed');
    expect(pages).toBe(8);
    const expected = seedText()
      .split('\n')
      .map((l) => l.replace(/\s/g, ''))
      .filter(Boolean);
    expect(texts(blocks).map((t) => t.replace(/\s/g, ''))).toEqual(expected);
    expect(blocks.at(-1)!.page).toBe(8);
  });
});

describe('readPdf: OCR of pages without a text layer', () => {
  // One scanned page of the scan set (test/scans/make-scans.sh): tilted, noisy, stamped.
  it('reads a scanned page by OCR into paragraphs, with the boxes and their confidence', async () => {
    const result = await read('scanned-page');
    expect(result.needsOcr).toBeFalsy();
    const text = texts(result.blocks).join('\n');
    expect(text).toContain('97.89%');
    expect(text).toMatch(/第五部分\s*主要问题及原因/);
    expect(result.ocr).toMatchObject({ pages: [1] });
    expect(result.ocr!.boxes.every((b) => b.page === 1 && b.confidence > 0 && b.confidence <= 1)).toBe(true);
    expect(result.messages).toEqual([{ severity: 'info', text: expect.stringMatching(/^第1页没有可用的文字层（扫描页），已用文字识别/) }]);
  }, 180_000);

  it('leaves it unread with --no-ocr, and says so', async () => {
    const result = await readText('scanned-page');
    expect(result).toMatchObject({ needsOcr: true, blocks: [] });
    expect(result.ocr).toBeUndefined();
  });
});

describe('readPdf: scans and unreadable files', () => {
  it('says a document without a text layer needs OCR', async () => {
    const result = await readText('scan');
    expect(result).toMatchObject({ needsOcr: true, blocks: [], pages: 1 });
  });

  it('reads the text pages of a partly scanned document and names the scanned and the blank page', async () => {
    const result = await readText('mixed-scan');
    expect(result.pages).toBe(3);
    expect(result.needsOcr).toBeFalsy();
    expect(tables(result.blocks)[0]!.rows).toEqual(unruledRows);
    expect(result.messages).toEqual([
      { severity: 'warning', text: expect.stringMatching(/^第2页是图片/) },
      { severity: 'info', text: '第3页是空白页' },
    ]);
  });

  it('refuses an encrypted PDF in words', async () => {
    await expect(read('encrypted')).rejects.toThrow(UnreadableError);
    await expect(read('encrypted')).rejects.toThrow(/加密/);
  });

  it('refuses empty input, other formats and truncated files', async () => {
    const good = fixture('headers-footers');
    await expect(readPdf(new Uint8Array(0))).rejects.toThrow(/为空/);
    await expect(readPdf(new TextEncoder().encode('附件1 部门整体支出绩效自评报告'))).rejects.toThrow(/不是有效的 PDF/);
    await expect(readPdf(good.slice(0, good.length / 2))).rejects.toThrow(UnreadableError);
    await expect(readPdf(new TextEncoder().encode('%PDF-1.7\n'))).rejects.toThrow(UnreadableError);
  });

  it('gives up after the time allowed', async () => {
    await expect(readPdf(fixture('seed'), { timeoutMs: 1 })).rejects.toThrow(/超过时限/);
  });

  it('leaves the caller’s buffer intact and reads documents side by side', async () => {
    const data = fixture('table-unruled');
    const length = data.length;
    const [a, b] = await Promise.all([readPdf(data), readPdf(data)]);
    expect(data.length).toBe(length);
    expect(a).toEqual(b);
  });
});

describe('pdf text helpers', () => {
  it('drops spaces touching CJK text and keeps them between Latin words', () => {
    expect(tidySpaces('2024 年 决算 346.38 万元')).toBe('2024年决算346.38万元');
    expect(tidySpaces('“ 三公 ” 经费')).toBe('“三公”经费');
    expect(tidySpaces('PDF  file  format')).toBe('PDF file format');
    expect(tidySpaces('项\u3000\u3000目')).toBe('项目');
  });

  it('joins wrapped lines without a space, except between Latin words', () => {
    expect(lineJoiner('全年执行数346.', '38万元')).toBe('');
    expect(lineJoiner('经核准，2', '024年')).toBe('');
    expect(lineJoiner('公用经费控制', '率95.16%')).toBe('');
    expect(lineJoiner('the annual', 'report')).toBe(' ');
  });

  it('tells heading numbering from decimals', () => {
    for (const h of ['一、部门基本情况', '（四）部门整体支出情况', '1.主要职能', '2、改进措施', '（1）预算编制', '①公用经费控制率', '1）时效方面']) {
      expect(startsWithNumbering(h)).toBe(true);
    }
    for (const t of ['1.5万元以上', '2.03万元', '2024年度', '部门职能']) expect(startsWithNumbering(t)).toBe(false);
  });

  it('knows page numbers', () => {
    for (const t of ['- 3 -', '—3—', '·3·', '3', '第 3 页', '第2页，共46页', '3/46', 'Page 3 of 46']) expect(isPageNumber(t)).toBe(true);
    for (const t of ['2024年', '3.2万元', '一、部门基本情况']) expect(isPageNumber(t)).toBe(false);
  });
});

// Case 2 of issue 12, the files a reader can survive in-process (the file that inflates to
// gigabytes is in test/pool.test.ts, where a worker can be killed). Made by test/hostile/pdf.ts.
describe('readPdf: PDFs built to loop or explode', () => {
  const elapsed = async <T>(run: () => Promise<T>): Promise<[T | Error, number]> => {
    const started = Date.now();
    const value = await run().catch((e: Error) => e);
    return [value, Date.now() - started];
  };

  it('refuses a page tree that holds itself, with a reason', async () => {
    const [error, ms] = await elapsed(() => readPdf(new Uint8Array(selfReferencingPageTree())));
    expect(error).toBeInstanceOf(UnreadableError);
    expect((error as Error).message).toBe('PDF 文件已损坏，没有一页能读出');
    expect(ms).toBeLessThan(10_000);
  });

  it('reads the text past an xref whose sections name each other and a /Length that is itself', async () => {
    const [result, ms] = await elapsed(() => readPdf(new Uint8Array(circularXref())));
    expect(texts((result as Awaited<ReturnType<typeof readPdf>>).blocks)).toEqual(['Budget execution 346.38']);
    expect(ms).toBeLessThan(10_000);
  });

  it('stops reading a page of 100,000 tiny text items, and says which page', async () => {
    const [error, ms] = await elapsed(() => readPdf(new Uint8Array(tinyTextItems(100_000))));
    expect((error as Error).message).toBe('PDF 没有一页能读出：第1页的文字片段超过 20000 个（正常页面不到 5000 个），未读取');
    expect(ms).toBeLessThan(15_000);
  });

  it('stops a 3,000-page file at the time limit with the reason', async () => {
    const [error, ms] = await elapsed(() => readPdf(new Uint8Array(manyPages(3000)), { timeoutMs: 2_000 }));
    expect((error as Error).message).toBe('处理超过时限 2 秒（--timeout），已中止');
    expect(ms).toBeLessThan(6_000);
  });
});
