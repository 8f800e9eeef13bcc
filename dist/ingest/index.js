// Reader dispatch: the extension says what a file should be, its first bytes say what it
// is. Submissions are often renamed (.docx saved as .doc, PDF renamed .docx, a web page
// exported as .doc), so the content decides the reader and a note says what happened.
import path from 'node:path';
import { UnreadableError } from "../model.js";
import { isEncryptedOle, readDoc } from "./doc.js";
import { readRtf } from "./doc/rtf.js";
import { readHtml, readMht } from "./doc/web.js";
import { readDocx } from "./docx.js";
import { readPdf } from "./pdf.js";
import { decodeText, readTxt } from "./txt.js";
import { readInputBytes } from "./read-file.js";
export const SUPPORTED_EXTENSIONS = ['.docx', '.doc', '.pdf', '.txt'];
const LABEL = {
    pdf: 'PDF', zip: 'Word（.docx）', ole: 'Word 97-2003（.doc）', rtf: 'RTF', html: '网页（HTML）', mht: '网页（MHT）',
    wordml: 'Word 2003 XML', other: '文本',
};
/** What the first bytes say the file is. */
export function sniff(data) {
    const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 4096)).toString('latin1');
    // PDF readers accept a header anywhere in the first kilobyte.
    if (head.slice(0, 1024).includes('%PDF-'))
        return 'pdf';
    if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06'))
        return 'zip';
    if (head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'))
        return 'ole';
    const text = head.replace(/^(\xef\xbb\xbf|\s)+/, '');
    if (text.startsWith('{\\rtf'))
        return 'rtf';
    if (/^(MIME-Version|Content-Type|From|Date|Subject|X-[\w-]+):/i.test(text) && /multipart\/related|text\/html/i.test(head))
        return 'mht';
    if (/^<\?xml/.test(text) && /<w:wordDocument|progid="Word\.Document"/.test(head))
        return 'wordml';
    if (/^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta)[\s>]/i.test(text) || /<html[\s>]/i.test(text.slice(0, 1024)))
        return 'html';
    return 'other';
}
const NOT_VALID = {
    docx: '不是有效的 Word 文档（.docx 压缩包损坏）',
    doc: '不是有效的 Word 97-2003 文档（.doc）',
    pdf: '不是有效的 PDF 文件',
    txt: '文本编码无法识别（既不是 UTF-8 也不是 GBK）',
};
const NOT_VALID_KIND = {
    docx: '不是有效的 Word 文档',
    doc: '不是有效的 Word 97-2003 文档（.doc）',
    pdf: '不是有效的 PDF 文件',
    txt: '不是文本文件',
};
/** Reads one submission. Throws UnreadableError, with the reason in plain words, for a file it cannot read. */
export async function readDocument(file, options = {}) {
    const name = options.name ?? (typeof file === 'string' ? file : Buffer.from(file).toString());
    const extension = path.extname(name).toLowerCase();
    if (!SUPPORTED_EXTENSIONS.includes(extension)) {
        throw new UnreadableError(`不支持的文件类型（${extension || '没有扩展名'}），只能读取 .docx、.doc、.pdf、.txt`);
    }
    const declared = extension.slice(1);
    const { data, messages } = await readInputBytes(file, options);
    const read = await readBytes(data, declared, options.time);
    read.result.messages.unshift(...messages);
    return read;
}
/** Reads the bytes of a file declared (by its extension) to be `declared`. */
export async function readBytes(data, declared, time) {
    if (data.length === 0)
        throw new UnreadableError('文件为空');
    const content = sniff(data);
    // Word opens RTF, web pages and plain text saved as .doc, so such files are submissions;
    // under a .docx or .pdf name they are something else (often a download's error page).
    const asDoc = declared === 'doc';
    const notValid = () => new UnreadableError(`${NOT_VALID_KIND[declared]}，内容实际是${LABEL[content]}`);
    const read = async () => {
        switch (content) {
            case 'pdf': return { format: 'pdf', result: await readPdf(data, time && { timeoutMs: Math.max(0, time.deadline - Date.now()), limitMs: time.limitMs }) };
            case 'zip': return { format: 'docx', result: await readDocx(data) };
            case 'ole':
                if (isEncryptedOle(data))
                    throw new UnreadableError('文档设置了打开密码（已加密），无法读取');
                return { format: 'doc', result: await readDoc(data) };
            case 'rtf':
                if (!asDoc)
                    throw notValid();
                return { format: declared, result: readRtf(data) };
            case 'html':
                if (!asDoc)
                    throw notValid();
                return { format: declared, result: readHtml(data) };
            case 'mht':
                if (!asDoc)
                    throw notValid();
                return { format: declared, result: readMht(data) };
            case 'wordml':
                throw new UnreadableError('文件实际是 Word 2003 XML 格式，暂不支持；请在 Word 中另存为 .docx 后再提交');
            case 'other':
                if (declared === 'txt' || (asDoc && decodeText(data) !== null))
                    return { format: 'txt', result: await readTxt(data) };
                throw new UnreadableError(NOT_VALID[declared]);
        }
    };
    const { format, result } = await read();
    if (!matchesDeclared(content, declared)) {
        result.messages.unshift({
            severity: 'info',
            text: `文件扩展名是 .${declared}，内容实际是${LABEL[content]}格式，已按${LABEL[content]}读取`,
        });
    }
    return { format, result };
}
function matchesDeclared(content, declared) {
    switch (declared) {
        case 'docx': return content === 'zip';
        case 'doc': return content === 'ole';
        case 'pdf': return content === 'pdf';
        case 'txt': return content === 'other';
    }
}
