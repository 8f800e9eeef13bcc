// Hostile PDFs, written byte by byte: a page tree that holds itself, an xref whose
// entries send the reader round in circles, a content stream that inflates to
// gigabytes, a 3,000-page file and a page of 100,000 tiny text items. Each is small
// on disk; the harm is in what a reader does with it.
import { inflating, zlibWrapped } from './deflate.ts';

/** Serialises numbered objects (1-based) into a PDF with a correct xref table. */
export function writePdf(objects: (string | Buffer)[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(chunk);
    length += chunk.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const stream = (content: string): string => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
const TEXT = 'BT /F1 12 Tf 72 770 Td (Budget execution 346.38) Tj ET';

/** /Pages whose /Kids lists itself (and a page), so a walk of the tree never reaches the bottom. */
export function selfReferencingPageTree(): Buffer {
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(TEXT),
    FONT,
  ]);
}

/**
 * Cross-reference sections chained by /Prev into a circle, and an object whose xref entry
 * points into the middle of another: a reader that follows every link without a memory of
 * where it has been goes round for ever.
 */
export function circularXref(): Buffer {
  const head = '%PDF-1.7\n';
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>\nendobj\n',
    // The content's /Length is an indirect object that is itself.
    `4 0 obj\n<< /Length 5 0 R >>\nstream\n${TEXT}\nendstream\nendobj\n`,
    '5 0 obj\n5 0 R\nendobj\n',
    `6 0 obj\n${FONT}\nendobj\n`,
  ];
  let body = head;
  const offsets: number[] = [];
  for (const o of objects) {
    offsets.push(body.length);
    body += o;
  }
  // Two xref sections, each naming the other as /Prev.
  const xrefA = body.length;
  const sectionA = (prev: number): string =>
    `xref\n0 7\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
    `trailer\n<< /Size 7 /Root 1 0 R /Prev ${prev} >>\n`;
  // Fixed-width offsets keep the length of section A known before B's offset is.
  const widthA = sectionA(0).length - 1 + 10;
  const xrefB = xrefA + widthA;
  const a = sectionA(xrefB).padEnd(widthA, ' ');
  const b = `xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 7 /Root 1 0 R /Prev ${xrefA} >>\n`;
  return Buffer.from(`${body}${a}${b}startxref\n${xrefB}\n%%EOF\n`, 'latin1');
}

/**
 * A page whose content stream inflates to `megabytes` MB of spaces from about a thousandth
 * of that on disk.
 */
export function inflatingContent(megabytes = 4096): Buffer {
  const data = zlibWrapped(inflating(`${TEXT}\n`, megabytes, ''));
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]),
    FONT,
  ]);
}

/** `pages` pages sharing one content stream and one font: a large document of small size. */
export function manyPages(pages = 3000): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} /Resources << /Font << /F1 3 0 R >> >> /MediaBox [0 0 595 842] >>`,
    FONT,
  ];
  const content = pages + 4;
  for (let i = 0; i < pages; i++) objects.push(`<< /Type /Page /Parent 2 0 R /Contents ${content} 0 R >>`);
  const lines = Array.from({ length: 40 }, (_, k) => `BT /F1 10 Tf 72 ${800 - k * 18} Td (Line ${k} of the report: income 346.38, spending 278.36) Tj ET`);
  objects.push(stream(lines.join('\n')));
  return writePdf(objects);
}

/** One page drawing `items` separate one-letter text items in a 1-point font. */
export function tinyTextItems(items = 100_000): Buffer {
  const ops: string[] = ['BT /F1 1 Tf'];
  const perRow = 500;
  for (let i = 0; i < items; i++) {
    const x = 10 + (i % perRow) * 1.1;
    const y = 830 - Math.floor(i / perRow) * 1.2;
    ops.push(`1 0 0 1 ${x.toFixed(1)} ${y.toFixed(1)} Tm (${String.fromCharCode(97 + (i % 26))}) Tj`);
  }
  ops.push('ET');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    stream(ops.join('\n')),
    FONT,
  ]);
}
