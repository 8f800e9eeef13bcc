// Renders the hand-written sources of the Word and PDF documents (_build/src/*.src.md) to
// .docx with the `docx` package (real tables, headers and footers with page numbers, and Word
// auto-numbering where a source asks for it), converts those marked `@pdf` to PDF with
// LibreOffice, and re-encodes the GBK text file. The .txt documents are written by hand
// directly in test/holdout/.
//
//   npx tsx test/holdout/_build/build-docs.ts
//
// Source lines: `@file NAME`, `@header TEXT`, `@footer dash|of|plain`, `@pdf` (deliver the PDF,
// not the .docx); `# title`, `## subtitle`; `h1:` … `h4:` headings whose number is typed;
// `a1:` / `a2:` headings numbered by Word (一、 / （一）, chineseCounting: the number is only
// in numbering.xml); `table:` … `end` with tab-separated cells (first row bold);
// `unit:` a right-aligned unit line; `right:` / `center:` aligned lines; anything else is a
// body paragraph.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import iconv from 'iconv-lite';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.join(HERE, 'src');
const OUT = path.join(HERE, '..');

const BODY_FONT = '仿宋_GB2312';
const HEAD_FONT = { h1: '黑体', h2: '楷体_GB2312', h3: '仿宋_GB2312', h4: '仿宋_GB2312' } as const;
const SIZE = 32; // 三号, in half-points
const TABLE_SIZE = 21; // 五号 (10.5 pt)

const run = (text: string, opts: { bold?: boolean; font?: string; size?: number } = {}) =>
  new TextRun({ text, bold: opts.bold, font: { name: opts.font ?? BODY_FONT, eastAsia: opts.font ?? BODY_FONT }, size: opts.size ?? SIZE });

const body = (text: string) =>
  new Paragraph({ children: [run(text)], indent: { firstLine: 640 }, spacing: { line: 560 }, alignment: AlignmentType.JUSTIFIED });

function heading(level: 'h1' | 'h2' | 'h3' | 'h4', text: string, auto?: 0 | 1): Paragraph {
  return new Paragraph({
    children: [run(text, { bold: level !== 'h4', font: HEAD_FONT[level] })],
    indent: auto === undefined ? { firstLine: 640 } : undefined,
    spacing: { line: 560 },
    numbering: auto === undefined ? undefined : { reference: 'cn-headings', level: auto },
  });
}

function table(rows: string[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cols = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map((cells, r) => new TableRow({
      children: Array.from({ length: cols }, (_, c) => new TableCell({
        width: { size: Math.floor(100 / cols), type: WidthType.PERCENTAGE },
        children: [new Paragraph({
          alignment: c === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
          children: [run(cells[c] ?? '', { bold: r === 0, font: '宋体', size: TABLE_SIZE })],
        })],
      })),
    })),
  });
}

function footer(style: string): Footer {
  const size = 24;
  const font = { name: '宋体', eastAsia: '宋体' };
  const children =
    style === 'of' ? [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'], font, size })]
    : style === 'dash' ? [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], font, size })]
    : [new TextRun({ children: [PageNumber.CURRENT], font, size })];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

interface Built { file: string; pdf: boolean; doc: Document }

function parse(srcFile: string): Built {
  const lines = readFileSync(srcFile, 'utf8').split('\n');
  let file = '';
  let header: string | undefined;
  let footerStyle = 'plain';
  let pdf = false;
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\r$/, '');
    if (rows) {
      if (line.trim() === 'end') { children.push(table(rows)); children.push(new Paragraph({ children: [] })); rows = null; }
      else if (line.trim() !== '') rows.push(line.split('\t'));
      continue;
    }
    if (line.trim() === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^@file (.+)$/.exec(line))) file = m[1]!.trim();
    else if ((m = /^@header (.+)$/.exec(line))) header = m[1]!.trim();
    else if ((m = /^@footer (\w+)$/.exec(line))) footerStyle = m[1]!;
    else if (line.trim() === '@pdf') pdf = true;
    else if ((m = /^## (.+)$/.exec(line))) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(m[1]!, { font: '楷体_GB2312' })] }));
    else if ((m = /^# (.+)$/.exec(line))) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(m[1]!, { bold: true, font: '方正小标宋简体', size: 44 })] }));
    else if ((m = /^(h[1-4]): (.+)$/.exec(line))) children.push(heading(m[1] as 'h1', m[2]!));
    else if ((m = /^a([12]): (.+)$/.exec(line))) children.push(heading(m[1] === '1' ? 'h1' : 'h2', m[2]!, m[1] === '1' ? 0 : 1));
    else if (line.trim() === 'table:') rows = [];
    else if ((m = /^unit: (.+)$/.exec(line))) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(m[1]!, { size: TABLE_SIZE, font: '宋体' })] }));
    else if ((m = /^right: (.+)$/.exec(line))) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(m[1]!)] }));
    else if ((m = /^center: (.+)$/.exec(line))) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(m[1]!, { bold: true, size: 28 })] }));
    else children.push(body(line.trim()));
  }
  if (!file) throw new Error(`${srcFile}: no @file`);
  const doc = new Document({
    creator: 'holdout',
    numbering: {
      config: [{
        reference: 'cn-headings',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, firstLine: 640 } } } },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, firstLine: 640 } } } },
        ],
      }],
    },
    sections: [{
      properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
      headers: header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(header, { size: 21, font: '宋体' })] })] }) } : undefined,
      footers: { default: footer(footerStyle) },
      children,
    }],
  });
  return { file, pdf, doc };
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'holdout-'));
  for (const name of readdirSync(SRC).sort()) {
    if (only && !name.includes(only)) continue;
    const src = path.join(SRC, name);
    if (name.endsWith('.utf8.src')) {
      const target = path.join(OUT, name.replace(/\.utf8\.src$/, '.txt'));
      writeFileSync(target, iconv.encode(readFileSync(src, 'utf8'), 'gbk'));
      console.log(`gbk  ${path.basename(target)}`);
      continue;
    }
    if (!name.endsWith('.src.md')) continue;
    const { file, pdf, doc } = parse(src);
    const buffer = await Packer.toBuffer(doc);
    if (!pdf) {
      writeFileSync(path.join(OUT, file), buffer);
      console.log(`docx ${file}`);
      continue;
    }
    const stem = file.replace(/\.pdf$/, '');
    const docx = path.join(tmp, `${stem}.docx`);
    writeFileSync(docx, buffer);
    execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'ignore' });
    copyFileSync(path.join(tmp, `${stem}.pdf`), path.join(OUT, file));
    console.log(`pdf  ${file}`);
  }
}

await main();
