// The registry of readers, in the order their magic is tried. Adding a format is a folder
// for its reader and one line here; the format list everywhere else comes from this list.
import { UnreadableError } from '../model.ts';
import type { Reader } from './reader.ts';
import { isEncryptedOle, readDoc } from './doc.ts';
import { readRtf } from './doc/rtf.ts';
import { readHtml, readMht } from './doc/web.ts';
import { readDocx } from './docx.ts';
import { readPdf } from './pdf.ts';
import { decodeText, readTxt } from './txt.ts';

const pdf = {
  label: 'PDF', format: 'pdf', extensions: ['.pdf'] as const, acceptedUnder: 'any',
  // PDF readers accept a header anywhere in the first kilobyte.
  magic: (h) => h.text.slice(0, 1024).includes('%PDF-'),
  notValid: '不是有效的 PDF 文件', notValidKind: '不是有效的 PDF 文件',
  read: (data, context) => readPdf(data, {
    ...(context.time && { timeoutMs: Math.max(0, context.time.deadline - Date.now()), limitMs: context.time.limitMs }),
    ocr: context.ocr,
    onExtend: context.time?.extend,
  }),
} satisfies Reader;

const docx = {
  label: 'Word（.docx）', format: 'docx', extensions: ['.docx'] as const, acceptedUnder: 'any',
  magic: (h) => h.text.startsWith('PK\x03\x04') || h.text.startsWith('PK\x05\x06'),
  notValid: '不是有效的 Word 文档（.docx 压缩包损坏）', notValidKind: '不是有效的 Word 文档',
  read: (data, context) => readDocx(data, context.ocr, context.time?.extend),
} satisfies Reader;

const doc = {
  label: 'Word 97-2003（.doc）', format: 'doc', extensions: ['.doc'] as const, acceptedUnder: 'any',
  magic: (h) => h.text.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'),
  notValid: '不是有效的 Word 97-2003 文档（.doc）', notValidKind: '不是有效的 Word 97-2003 文档（.doc）',
  read: (data) => {
    if (isEncryptedOle(data)) throw new UnreadableError('文档设置了打开密码（已加密），无法读取');
    return readDoc(data);
  },
} satisfies Reader;

/** Text with its leading byte-order mark and white space removed, where markup starts. */
const markup = (h: { text: string }): string => h.text.replace(/^(\xef\xbb\xbf|\s)+/, '');

const rtf = {
  label: 'RTF', format: 'declared', extensions: [] as const, acceptedUnder: ['.doc'],
  magic: (h) => markup(h).startsWith('{\\rtf'),
  read: readRtf,
} satisfies Reader;

const mht = {
  label: '网页（MHT）', format: 'declared', extensions: [] as const, acceptedUnder: ['.doc'],
  magic: (h) => /^(MIME-Version|Content-Type|From|Date|Subject|X-[\w-]+):/i.test(markup(h)) && /multipart\/related|text\/html/i.test(h.text),
  read: readMht,
} satisfies Reader;

const wordml = {
  label: 'Word 2003 XML', format: 'declared', extensions: [] as const, acceptedUnder: 'any',
  magic: (h) => /^<\?xml/.test(markup(h)) && /<w:wordDocument|progid="Word\.Document"/.test(h.text),
  read: () => {
    throw new UnreadableError('文件实际是 Word 2003 XML 格式，暂不支持；请在 Word 中另存为 .docx 后再提交');
  },
} satisfies Reader;

const html = {
  label: '网页（HTML）', format: 'declared', extensions: [] as const, acceptedUnder: ['.doc'],
  magic: (h) => {
    const text = markup(h);
    return /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta)[\s>]/i.test(text) || /<html[\s>]/i.test(text.slice(0, 1024));
  },
  read: readHtml,
} satisfies Reader;

/** Plain text: what no magic claims. Word opens text saved as .doc, so it passes there when it decodes. */
const txt = {
  label: '文本', format: 'txt', extensions: ['.txt'] as const, acceptedUnder: ['.doc'],
  accepts: (data) => decodeText(data) !== null,
  notValid: '文本编码无法识别（既不是 UTF-8 也不是 GBK）', notValidKind: '不是文本文件',
  read: readTxt,
} satisfies Reader;

/** Every reader, in the order their magic is tried; the one without magic last. */
export const READERS = { zip: docx, ole: doc, pdf, rtf, mht, wordml, html, other: txt } as const;

/** A format a summary row can carry: one a reader owns the extension of. */
export type Format = (typeof READERS)[keyof typeof READERS]['extensions'][number] extends `.${infer F}` ? F : never;

/** What a file's content can be: a reader's key in the registry (zip for a .docx package, ole for Word 97-2003, other for text). */
export type Content = keyof typeof READERS;
