// The workbook read back with exceljs: its sheets, headers, frozen and filtered
// header rows, cell types and number formats, row counts and links, against the
// jsonl datasets gouji wrote beside it for the small batch (test/report/batch-setup.ts).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  FIGURE_COLUMNS,
  FINDING_COLUMNS,
  METRIC_KEYS,
  SECTION_COLUMNS,
  SUMMARY_COLUMNS,
  type Column,
  type FigureRow,
  type FindingRow,
  type SectionRow,
  type SummaryRow,
} from '../../src/outputs/datasets.ts';
import { percentToFraction, workbookBytes } from '../../src/outputs/workbook.ts';
import { readKey } from '../../src/outputs/cells.ts';
import { readJsonl } from '../report/batch-setup.ts';

const out = inject('reviewOut');
const ERROR_TINT = 'FFFDE2E2';

async function load(data: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof data === 'string') await wb.xlsx.readFile(data);
  else await wb.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Columns a text takes in a spreadsheet: two for a CJK character. */
const displayWidth = (text: string): number => [...text].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x1100 ? 2 : 1), 0);

const headerOf = (ws: ExcelJS.Worksheet): unknown[] => (ws.getRow(1).values as unknown[]).slice(1);

/** Every cell of a sheet, by row and column, 1-based. */
function* cells(ws: ExcelJS.Worksheet): Generator<ExcelJS.Cell> {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= ws.columnCount; c++) yield row.getCell(c);
  }
}

describe('percentToFraction', () => {
  it('moves the decimal point on the printed digits, giving the double a spreadsheet would hold', () => {
    expect(percentToFraction(95.16)).toBe(0.9516);
    expect(percentToFraction(100)).toBe(1);
    expect(percentToFraction(0.5)).toBe(0.005);
    expect(percentToFraction(-7.02)).toBe(-0.0702);
    expect(percentToFraction(33.333)).toBe(0.33333);
    // Float division would not: 96.51 / 100 is 0.9651000000000001.
    expect(percentToFraction(96.51)).toBe(0.9651);
    expect(96.51 / 100).not.toBe(0.9651);
  });
});

describe('the workbook of the batch', () => {
  let wb: ExcelJS.Workbook;
  const summary = readJsonl<SummaryRow>(out, 'summary');
  const findings = readJsonl<FindingRow>(out, 'findings');
  const figures = readJsonl<FigureRow>(out, 'figures');
  const sections = readJsonl<SectionRow>(out, 'sections');
  beforeAll(async () => {
    wb = await load(path.join(out, 'gouji.xlsx'));
  });

  it('has the sheets 汇总, 对比, 问题, 数字, 章节', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['汇总', '对比', '问题', '数字', '章节']);
  });

  it('has the Chinese headers of the datasets, frozen and filtered, and a row per dataset row', async () => {
    const sheets: [string, readonly Column[], number, boolean][] = [
      ['汇总', SUMMARY_COLUMNS, summary.length, true],
      ['问题', FINDING_COLUMNS, findings.length, true],
      ['数字', FIGURE_COLUMNS, figures.length, false],
      ['章节', SECTION_COLUMNS, sections.length, false],
    ];
    for (const [name, columns, rows, linked] of sheets) {
      const ws = wb.getWorksheet(name)!;
      expect(headerOf(ws), name).toEqual([...columns.map((c) => c.header), ...(linked ? ['审核报告'] : [])]);
      expect(ws.rowCount, name).toBe(rows + 1);
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
      const width = columns.length + (linked ? 1 : 0);
      expect(ws.autoFilter, name).toBe(`A1:${ws.getRow(rows + 1).getCell(width).address}`);
      // Widths fit the header (a CJK character counts two) and the longest file name, within a cap.
      // exceljs writes no width for a column of its default width, 9.
      ws.columns.forEach((col, i) => expect(col.width ?? 9, `${name} ${i}`).toBeGreaterThanOrEqual(Math.min(60, displayWidth(String(headerOf(ws)[i])))));
    }
    // LibreOffice shows a sheet's filter only when the workbook also names it, as Excel does.
    const book = await (await JSZip.loadAsync(readFileSync(path.join(out, 'gouji.xlsx')))).file('xl/workbook.xml')!.async('string');
    const named = [...book.matchAll(/<definedName name="_xlnm._FilterDatabase" localSheetId="(\d)" hidden="1">'([^']+)'!([^<]+)<\/definedName>/g)];
    expect(named.map((m) => [Number(m[1]), m[2], m[3]!.replace(/\$/g, '')])).toEqual(
      wb.worksheets.map((ws, i) => [i, ws.name, ws.autoFilter]),
    );
    const fileWidth = wb.getWorksheet('汇总')!.getColumn(1).width!;
    expect(fileWidth).toBeGreaterThanOrEqual(Math.min(60, Math.max(...summary.map((s) => displayWidth(s.file)))));
  });

  it('stores numbers as numbers: 万元 with two decimals, rates as %, the rest as written', () => {
    const ws = wb.getWorksheet('汇总')!;
    let money = 0;
    let rates = 0;
    summary.forEach((s, i) => {
      const row = ws.getRow(i + 2);
      SUMMARY_COLUMNS.forEach((c, j) => {
        const value = readKey(s, c.key);
        const cell = row.getCell(j + 1);
        if (typeof value !== 'number') return;
        expect(cell.type, c.key).toBe(ExcelJS.ValueType.Number);
        if (c.header.endsWith('(万元)')) {
          expect(cell.value, c.key).toBe(value);
          expect(cell.numFmt, c.key).toMatch(/^#,##0\.00/);
          money++;
        } else if (c.header.endsWith('(%)')) {
          expect(cell.value, c.key).toBe(Number((value / 100).toPrecision(12)));
          expect(cell.numFmt, c.key).toMatch(/^0\.00\d*%$/);
          rates++;
        } else {
          expect(cell.value, c.key).toBe(value);
        }
      });
    });
    expect(money).toBeGreaterThan(10);
    expect(rates).toBeGreaterThan(3);
    // Figures: value and 万元 as numbers; the text columns as text.
    const fws = wb.getWorksheet('数字')!;
    const col = (key: string): number => FIGURE_COLUMNS.findIndex((c) => c.key === key) + 1;
    figures.forEach((f, i) => {
      const row = fws.getRow(i + 2);
      expect(row.getCell(col('value')).value).toBe(f.value);
      if (f.amount_wan === null) expect(row.getCell(col('amount_wan')).value).toBeNull();
      else expect(row.getCell(col('amount_wan')).value).toBe(f.amount_wan);
      expect(row.getCell(col('id')).value).toBe(f.id);
      expect(row.getCell(col('approx')).value).toBe(f.approx ? '是' : '否');
    });
    expect(METRIC_KEYS.length).toBe(17);
  });

  it('holds no formula, and no text a spreadsheet would run as one', () => {
    for (const ws of wb.worksheets) {
      for (const cell of cells(ws)) {
        expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') expect(cell.value, `${ws.name}!${cell.address}`).not.toMatch(/^[=+\-@\t\r](?!\d[\d.,]*%?$)/);
      }
    }
  });

  it('links each finding to its page in the report, landing on the finding', () => {
    const ws = wb.getWorksheet('问题')!;
    const linkColumn = FINDING_COLUMNS.length + 1;
    findings.forEach((f, i) => {
      const cell = ws.getRow(i + 2).getCell(linkColumn);
      expect(cell.type).toBe(ExcelJS.ValueType.Hyperlink);
      const target = (cell.value as ExcelJS.CellHyperlinkValue).hyperlink;
      expect(target).toMatch(new RegExp(`^report/to/d\\d{4}-${f.id}\\.html$`));
      const forward = readFileSync(path.join(out, target), 'utf8');
      const page = /url=\.\.\/(docs\/d\d{4}\.html)#(c\d{4})"/.exec(forward)!;
      expect(page[2]).toBe(f.id);
      const html = readFileSync(path.join(out, 'report', page[1]!), 'utf8');
      expect(html).toContain(`<article class="finding sev-${f.severity}" id="${f.id}"`);
      expect(html).toContain(f.file.replace(/&/g, '&amp;'));
    });
    // Every document's row links to its page.
    const sws = wb.getWorksheet('汇总')!;
    summary.forEach((s, i) => {
      const target = (sws.getRow(i + 2).getCell(SUMMARY_COLUMNS.length + 1).value as ExcelJS.CellHyperlinkValue).hyperlink;
      expect(existsSync(path.join(out, target)), target).toBe(true);
    });
  });

  it('tints error rows', () => {
    const ws = wb.getWorksheet('问题')!;
    const tinted = findings.map((_, i) => (ws.getRow(i + 2).getCell(1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
    findings.forEach((f, i) => {
      if (f.severity === 'error') expect(tinted[i], f.id).toBe(ERROR_TINT);
      if (f.severity === 'info') expect(tinted[i], f.id).toBeUndefined();
    });
  });
});

describe('workbookBytes', () => {
  const metrics = Object.fromEntries(METRIC_KEYS.map((k) => [k, null])) as SummaryRow['metrics'];
  const rows = {
    summary: [
      {
        file: '=HYPERLINK("http://x","y").txt', format: 'txt', status: 'ok', error: null, pages: null, department: '@cmd',
        year: 2024, sections: 1, figures: 1, findings: { error: 1, warning: 0, info: 0 }, metrics: { ...metrics, execution_rate: 97.5 }, department_key: '+1+1',
      },
    ] as SummaryRow[],
    figures: [
      {
        file: '=HYPERLINK("http://x","y").txt', id: 'f0001', kind: 'amount', value: -11.65, unit: '万元', amount_wan: -11.65, approx: false,
        raw: '-11.65万元', label: '=1+1', metric: null, section: '', page: null, flagged: ['c0001'], object: null, measure: null, period: null, of: null,
      },
    ] as FigureRow[],
    sections: [] as SectionRow[],
    findings: [
      {
        file: '=HYPERLINK("http://x","y").txt', id: 'c0001', rule: 'total-parts', severity: 'error', message: '-1', expected: '-11.65',
        actual: '=2', difference: null, section: '', page: null, evidence: '\t=cmd', figures: ['f0001'],
      },
    ] as FindingRow[],
    compare: [],
  };

  it('guards formula-looking text as the CSV does, and keeps plain negative numbers', async () => {
    const wb = await load(await workbookBytes(rows));
    const text = (sheet: string, r: number, c: number): ExcelJS.CellValue => wb.getWorksheet(sheet)!.getRow(r).getCell(c).value;
    expect(text('汇总', 2, 1)).toBe(`'=HYPERLINK("http://x","y").txt`);
    expect(text('汇总', 2, SUMMARY_COLUMNS.findIndex((c) => c.key === 'department') + 1)).toBe("'@cmd");
    expect(text('数字', 2, FIGURE_COLUMNS.findIndex((c) => c.key === 'label') + 1)).toBe("'=1+1");
    expect(text('数字', 2, FIGURE_COLUMNS.findIndex((c) => c.key === 'raw') + 1)).toBe("'-11.65万元");
    expect(text('数字', 2, FIGURE_COLUMNS.findIndex((c) => c.key === 'value') + 1)).toBe(-11.65);
    expect(text('问题', 2, FINDING_COLUMNS.findIndex((c) => c.key === 'actual') + 1)).toBe("'=2");
    expect(text('问题', 2, FINDING_COLUMNS.findIndex((c) => c.key === 'expected') + 1)).toBe('-11.65');
    expect(text('问题', 2, FINDING_COLUMNS.findIndex((c) => c.key === 'evidence') + 1)).toBe("'\t=cmd");
    expect(text('汇总', 2, SUMMARY_COLUMNS.findIndex((c) => c.key === 'metrics.execution_rate') + 1)).toBe(0.975);
    // The figure flagged by an error finding is tinted as an error.
    expect((wb.getWorksheet('数字')!.getRow(2).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(ERROR_TINT);
  });

  it('gives the same bytes for the same rows', async () => {
    const a = await workbookBytes(rows);
    await new Promise((r) => setTimeout(r, 1100));
    expect(Buffer.from(await workbookBytes(rows)).equals(Buffer.from(a))).toBe(true);
  });
});
