// Hostile .docx packages: XML parts that declare entities which expand a few lines into
// gigabytes ("billion laughs") or name a file or address to fetch (external entities), in
// document.xml, numbering.xml or styles.xml; and a document.xml that inflates to gigabytes.
import JSZip from 'jszip';
import { buildDocx, level, para } from '../fixtures/docx/make/raw-docx.ts';
import { inflating } from './deflate.ts';
import { writeZip } from './zip.ts';

export type Part = 'document' | 'numbering' | 'styles';

/** Ten entities, each ten of the one before: &lol9; is 10^9 copies of "lol". */
const LAUGHS = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('');

/** Where each part uses the entity `&NAME;`: a run of text, a list number's text, a style name. */
function packageUsing(entity: string): Parameters<typeof buildDocx>[0] {
  return {
    document: para('一、部门基本情况') + para(entity) + para('（一）部门职能', { numId: '1', ilvl: 0 }),
    numbering: `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', entity)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
    styles: `<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="${entity}"/></w:style>`,
  };
}

/** A package whose `part` carries `dtd` (between its XML declaration and its root element). */
async function withDtd(part: Part, rootName: string, dtd: string, entity: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildDocx(packageUsing(entity)));
  const name = `word/${part}.xml`;
  const xml = await zip.file(name)!.async('string');
  zip.file(name, xml.replace('?>', `?><!DOCTYPE ${rootName} [${dtd}]>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const ROOT: Record<Part, string> = { document: 'w:document', numbering: 'w:numbering', styles: 'w:styles' };

/** Billion laughs in one part. */
export function billionLaughs(part: Part): Promise<Buffer> {
  return withDtd(part, ROOT[part], LAUGHS, '&lol9;');
}

/** An external entity in one part, naming `url` (a file or an address a reader would fetch). */
export function externalEntity(part: Part, url: string): Promise<Buffer> {
  return withDtd(part, ROOT[part], `<!ENTITY xxe SYSTEM "${url}">`, '&xxe;');
}

/** A parameter entity naming `url`: fetched by a parser as soon as it reads the DTD. */
export function externalDtd(part: Part, url: string): Promise<Buffer> {
  return withDtd(part, ROOT[part], `<!ENTITY % remote SYSTEM "${url}"> %remote;`, '部门');
}

/** A package whose document.xml inflates to `megabytes` MB (of spaces between two paragraphs). */
export function inflatingDocument(megabytes = 2048): Buffer {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: inflating(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${para('一、部门基本情况')}`, megabytes, `${para('二、绩效自评情况')}</w:body></w:document>`),
    },
  ]);
}
