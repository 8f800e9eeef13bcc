// Reader dispatch: the extension says what a file should be, its first bytes say what it
// is. Submissions are often renamed (.docx saved as .doc, PDF renamed .docx, a web page
// exported as .doc), so the content decides the reader and a note says what happened.
// Which readers exist, what they claim and how they read is the registry's (readers.ts).
import path from 'node:path';
import { UnreadableError } from "../model.js";
import { READERS } from "./readers.js";
import { readInputBytes } from "./read-file.js";
import { DEFAULT_OCR } from "./ocr/settings.js";
const ENTRIES = Object.entries(READERS);
/** Every extension a reader owns, in registry order. */
export const SUPPORTED_EXTENSIONS = ENTRIES.flatMap(([, r]) => r.extensions);
/** The reader that owns an extension. */
const ownerOf = (extension) => ENTRIES.find(([, r]) => r.extensions.includes(extension))?.[1];
/** What the first bytes say the file is. */
export function sniff(data) {
    const bytes = data.subarray(0, 4096);
    const head = { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), bytes };
    const claimed = ENTRIES.find(([, r]) => r.magic?.(head));
    return claimed ? claimed[0] : ENTRIES.find(([, r]) => !r.magic)[0];
}
/** Reads one submission. Throws UnreadableError, with the reason in plain words, for a file it cannot read. */
export async function readDocument(file, options = {}) {
    const name = options.name ?? (typeof file === 'string' ? file : Buffer.from(file).toString());
    const extension = path.extname(name).toLowerCase();
    if (!ownerOf(extension)) {
        throw new UnreadableError(`不支持的文件类型（${extension || '没有扩展名'}），只能读取 ${SUPPORTED_EXTENSIONS.join('、')}`);
    }
    const declared = extension.slice(1);
    const { data, messages } = await readInputBytes(file, options);
    const read = await readBytes(data, declared, options.time, options.ocr);
    read.result.messages.unshift(...messages);
    return read;
}
/** Reads the bytes of a file declared (by its extension) to be `declared`. */
export async function readBytes(data, declared, time, ocr = DEFAULT_OCR) {
    if (data.length === 0)
        throw new UnreadableError('文件为空');
    const extension = `.${declared}`;
    const owner = ownerOf(extension);
    const reader = READERS[sniff(data)];
    const owns = reader.extensions.includes(extension);
    // Word opens RTF, web pages and plain text saved as .doc, so such files are submissions;
    // under a .docx or .pdf name they are something else (often a download's error page).
    const under = reader.acceptedUnder;
    const accepted = owns || under === 'any' || (under?.includes(extension) && (reader.accepts?.(data) ?? true));
    if (!accepted) {
        throw new UnreadableError(reader.magic ? `${owner.notValidKind}，内容实际是${reader.label}` : owner.notValid);
    }
    const result = await reader.read(data, { extension, time, ocr });
    const format = (reader.format === 'declared' ? declared : reader.format);
    if (!owns) {
        result.messages.unshift({
            severity: 'info',
            text: `文件扩展名是 .${declared}，内容实际是${reader.label}格式，已按${reader.label}读取`,
        });
    }
    return { format, result };
}
