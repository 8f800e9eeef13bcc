// Writes a document as .docx with the `docx` package: fonts, first-line indents, running
// header and footer with page numbers, real tables (header rows repeat across pages,
// merged first column), and optionally Word auto-numbering for the outer heading levels.

import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, LevelFormat, LevelSuffix, Packer, PageBreak,
  PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import { AUTO_STYLES, type Align, type Block, DocBuilder, type NumStyle } from './builder.ts';

export interface PageStyle {
  /** Running header text, or null. */
  header: string | null;
  footer: 'dash' | 'of' | 'plain' | 'di' | 'none';
  bodyFont: string;
  headFont: string;
  /** Body size in half-points (32 = 三号, 28 = 四号). */
  size: number;
  /** Use Word's Heading 1–3 styles for the outer headings. */
  headingStyles: boolean;
}

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function autoLevel(style: NumStyle, level: number) {
  const tag = `%${level + 1}`;
  const text = style === 'cn' ? `${tag}、` : style === 'pcn' ? `（${tag}）` : `${tag}.`;
  return {
    level,
    format: style === 'dot' ? LevelFormat.DECIMAL : LevelFormat.CHINESE_COUNTING,
    text,
    suffix: LevelSuffix.NOTHING,
    start: 1,
    style: { paragraph: { indent: { left: 0, firstLine: 640 } } },
  };
}

function footer(p: PageStyle): Footer | undefined {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) =>
    new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 24 })] })] });
  switch (p.footer) {
    case 'dash': return run(['- ', PageNumber.CURRENT, ' -']);
    case 'of': return run(['第', PageNumber.CURRENT, '页，共', PageNumber.TOTAL_PAGES, '页']);
    case 'plain': return run([PageNumber.CURRENT]);
    case 'di': return run(['第 ', PageNumber.CURRENT, ' 页']);
    case 'none': return undefined;
  }
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function tableOf(b: DocBuilder, t: Extract<Block, { t: 'table' }>, p: PageStyle): Table {
  const cellPara = (text: string, bold = false) =>
    new Paragraph({ alignment: /^[-\d.,()（）%％]+$/.test(text) ? AlignmentType.RIGHT : AlignmentType.CENTER, children: [new TextRun({ text, bold, size: p.size - 8 })] });
  const widths = t.widths ?? t.header[0]!.map(() => 100 / t.header[0]!.length);
  const header = t.header.map(
    (row) => new TableRow({ tableHeader: true, children: row.map((c, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.PERCENTAGE }, borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER }, children: [cellPara(b.resolveText(c), true)] })) }),
  );
  const body = t.rows.map((row, ri) =>
    new TableRow({
      cantSplit: true,
      children: row.map((c, i) => {
        const merge = t.mergeFirstColumn && i === 0 ? (c === '' && ri > 0 ? VerticalMergeType.CONTINUE : VerticalMergeType.RESTART) : undefined;
        return new TableCell({
          width: { size: widths[i]!, type: WidthType.PERCENTAGE },
          borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
          ...(merge && row[0] !== '合计' ? { verticalMerge: merge } : {}),
          children: [cellPara(b.resolveText(c))],
        });
      }),
    }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...header, ...body] });
}

export async function renderDocx(b: DocBuilder, p: PageStyle): Promise<Buffer> {
  const styles = b.numbering.styles;
  const autoLevels = [];
  for (let d = 1; d <= b.numbering.autoDepths && AUTO_STYLES.has(styles[d - 1]!); d++) autoLevels.push(autoLevel(styles[d - 1]!, d - 1));
  const children: (Paragraph | Table)[] = [];
  const run = (text: string, o: { bold?: boolean; size?: number; font?: string } = {}) =>
    new TextRun({ text, bold: o.bold, size: o.size ?? p.size, font: { eastAsia: o.font ?? p.bodyFont, ascii: 'Times New Roman', hAnsi: 'Times New Roman' } });
  for (const bl of b.blocks) {
    switch (bl.t) {
      case 'title':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(b.resolveText(bl.text), { bold: true, size: p.size + 12, font: p.headFont })] }));
        break;
      case 'line':
        children.push(new Paragraph({ alignment: ALIGN[bl.align ?? 'left'], children: [run(b.resolveText(bl.text), { bold: bl.bold })] }));
        break;
      case 'para':
        children.push(new Paragraph({ indent: bl.indent === false ? undefined : { firstLine: p.size * 20 }, spacing: { line: 360 }, children: [run(b.resolveText(bl.text))] }));
        break;
      case 'heading': {
        const outer = bl.level <= 2;
        const heading = p.headingStyles && bl.level <= 3 ? [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][bl.level - 1] : undefined;
        const text = b.resolveText(bl.auto ? bl.text : bl.num + bl.sep + bl.text);
        children.push(
          new Paragraph({
            heading,
            indent: bl.auto ? undefined : { firstLine: p.size * 20 },
            spacing: { before: outer ? 120 : 60, after: 60, line: 360 },
            keepNext: true,
            ...(bl.auto ? { numbering: { reference: 'headings', level: bl.level - 1 } } : {}),
            children: [run(text, { bold: bl.level <= 3, font: bl.level === 1 ? p.headFont : p.bodyFont })],
          }),
        );
        break;
      }
      case 'table':
        if (bl.caption) children.push(new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [run(b.resolveText(bl.caption), { bold: true })] }));
        if (bl.unitNote) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, keepNext: true, children: [run(b.resolveText(bl.unitNote), { size: p.size - 6 })] }));
        children.push(tableOf(b, bl, p));
        children.push(new Paragraph({ children: [] }));
        break;
      case 'pagebreak':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  const headingStyle = (id: string, name: string) => ({
    id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true,
    run: { size: p.size, bold: true, color: '000000', font: { eastAsia: p.headFont } },
    paragraph: { spacing: { before: 120, after: 60 } },
  });
  const doc = new Document({
    creator: 'gouji corpus',
    styles: {
      default: { document: { run: { size: p.size, font: { eastAsia: p.bodyFont, ascii: 'Times New Roman', hAnsi: 'Times New Roman' } } } },
      paragraphStyles: [headingStyle('Heading1', 'Heading 1'), headingStyle('Heading2', 'Heading 2'), headingStyle('Heading3', 'Heading 3')],
    },
    numbering: { config: [{ reference: 'headings', levels: autoLevels.length ? autoLevels : [autoLevel('cn', 0)] }] },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } },
        headers: p.header ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } }, children: [new TextRun({ text: p.header, size: 18 })] })] }) } : undefined,
        footers: footer(p) ? { default: footer(p)! } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
