// Web pages that arrive named .doc: Word's "save as web page" (HTML) and "single file web
// page" (MHT, a MIME message around the HTML), which office systems often export as .doc.
// Word writes list numbers into such pages as text, so nothing needs rebuilding.
import iconv from 'iconv-lite';
import { UnreadableError } from "../../model.js";
import { htmlToBlocks } from "../docx/html.js";
import { decodeText } from "../txt.js";
const latin1 = (data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
/** The charset a page declares in its meta tags, if any. */
function declaredCharset(head) {
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
    return m ? m[1].toLowerCase() : null;
}
function decodeWith(bytes, charset) {
    if (charset) {
        const name = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(charset) ? 'gb18030' : charset;
        if (iconv.encodingExists(name))
            return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
    }
    return decodeText(bytes)?.text ?? null;
}
export function readHtml(data) {
    const html = decodeWith(data, declaredCharset(latin1(data.subarray(0, 4096))));
    if (html === null)
        throw new UnreadableError('网页文件的编码无法识别');
    return htmlResult(html);
}
function htmlResult(html) {
    const { blocks } = htmlToBlocks(html, { html: true });
    return { blocks, pages: null, messages: [] };
}
/** MHT: the first text/html part of the MIME message, decoded. */
export function readMht(data) {
    const message = latin1(data);
    const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(message)?.[1];
    const parts = boundary ? message.split(`--${boundary}`) : [message];
    for (const part of parts) {
        const split = part.search(/\r?\n\r?\n/);
        if (split === -1)
            continue;
        const headers = part.slice(0, split);
        if (!/content-type:\s*text\/html/i.test(headers))
            continue;
        const body = part.slice(split).replace(/^\r?\n\r?\n/, '');
        const transfer = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
        const bytes = transfer === 'base64'
            ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
            : transfer === 'quoted-printable' ? decodeQuotedPrintable(body) : Buffer.from(body, 'latin1');
        const charset = /charset\s*=\s*"?([\w-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? declaredCharset(bytes.subarray(0, 4096).toString('latin1'));
        const html = decodeWith(bytes, charset ?? null);
        if (html === null)
            throw new UnreadableError('网页文件（MHT）的编码无法识别');
        return htmlResult(html);
    }
    throw new UnreadableError('MHT 网页文件中没有正文');
}
function decodeQuotedPrintable(text) {
    const joined = text.replace(/=\r?\n/g, '');
    const bytes = [];
    for (let i = 0; i < joined.length; i++) {
        const c = joined[i];
        if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
            bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else {
            bytes.push(joined.charCodeAt(i) & 0xff);
        }
    }
    return Buffer.from(bytes);
}
