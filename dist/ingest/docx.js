// Word 2007+ (.docx) reader: unzip → put Word's auto-numbers back into document.xml →
// mammoth HTML → paragraph and table blocks. mammoth keeps tables but drops the numbers
// Word draws from numbering.xml (`一、`, `（一）`), which the section tree needs.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { UnreadableError } from "../model.js";
import { DEFAULT_OCR, OCR_PAGE_MS } from "./ocr/settings.js";
import { readPictures } from "./image/pictures.js";
import { TOC_CLASS, htmlToBlocks } from "./docx/html.js";
import { Numberer, bodyParagraphs, outlineStyles, paragraphNumbering, readNumbering, readStyles, } from "./docx/numbering.js";
import { child, childrenNamed, descendants, escapeText, parseXml, textOf } from "./docx/xml.js";
import { readXmlParts } from "./docx/package.js";
const NOT_A_ZIP = '不是有效的 Word 文档（.docx 压缩包损坏）';
const NO_DOCUMENT = '不是有效的 Word 文档（压缩包里没有正文 word/document.xml，可能是别的格式改了扩展名）';
/** Each picture of a Word document of pasted scans adds this much to the time limit. */
const OCR_PICTURE_MS = OCR_PAGE_MS;
export async function readDocx(data, ocr = DEFAULT_OCR, extendTime) {
    if (data.length === 0)
        throw new UnreadableError('文件为空');
    let zip;
    try {
        zip = await JSZip.loadAsync(data);
    }
    catch {
        throw new UnreadableError(NOT_A_ZIP);
    }
    const messages = [];
    // Every XML part, inflated with a cap and refused if it declares a DTD, before any parser sees it.
    const xml = await readXmlParts(zip);
    const parts = locateParts(zip, xml);
    if (!parts)
        throw new UnreadableError(NO_DOCUMENT);
    const documentXml = xml.get(parts.document);
    if (documentXml === undefined)
        throw new UnreadableError(NOT_A_ZIP);
    const styles = readStyles(readXml(xml, parts.styles));
    const numbering = readNumbering(readXml(xml, parts.numbering));
    const numbered = insertNumbers(documentXml, new Numberer(numbering, styles));
    let input = data;
    if (numbered.count > 0) {
        zip.file(parts.document, numbered.xml);
        input = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
        messages.push({ severity: 'info', text: `已补回 Word 自动编号 ${numbered.count} 处（如“${numbered.sample}”）` });
    }
    let html;
    // The pictures' bytes, in document order, kept for OCR when the document is only pictures.
    const pictures = [];
    try {
        const converted = await mammoth.convertToHtml({ buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength) }, {
            styleMap: headingStyleMap(styles),
            // An empty src keeps the HTML small and still counts the images.
            convertImage: mammoth.images.imgElement((image) => {
                if (ocr.enabled)
                    pictures.push(image.read().then((b) => new Uint8Array(b)));
                return Promise.resolve({ src: '' });
            }),
        });
        html = converted.value;
        for (const m of converted.messages) {
            if (m.type === 'error')
                messages.push({ severity: 'warning', text: `Word 内容有一部分未能读取：${m.message}` });
        }
    }
    catch (e) {
        throw new UnreadableError(`Word 文档内容已损坏，无法解析（${e.message}）`);
    }
    const { blocks, images, tocLines } = htmlToBlocks(html);
    if (tocLines > 0)
        messages.push({ severity: 'info', text: `已略去目录 ${tocLines} 行` });
    const pages = readPages(xml);
    const textLength = blocks.reduce((sum, b) => sum + (b.kind === 'paragraph' ? b.text : b.rows.flat().join('')).replace(/\s/g, '').length, 0);
    if (images > 0 && textLength < 20 && pictures.length) {
        extendTime?.(pictures.length * OCR_PICTURE_MS);
        const read = await readPictures(await Promise.all(pictures));
        if (read.blocks.length) {
            messages.push({ severity: 'info', text: `文档只有图片（扫描件贴进了 Word），已用文字识别（OCR，${read.provenance.engine}）读出 ${read.provenance.pages.length} 张` });
            return { blocks: read.blocks, pages, messages, ocr: read.provenance };
        }
        messages.push({ severity: 'warning', text: '文档只有图片、几乎没有文字，文字识别（OCR）也未识别出文字' });
        return { blocks, pages, messages, needsOcr: true, ocrTried: true };
    }
    if (images > 0 && textLength < 20) {
        messages.push({ severity: 'warning', text: '文档只有图片、几乎没有文字（可能是扫描件贴进了 Word），需要先做文字识别（OCR）' });
        return { blocks, pages, messages, needsOcr: true };
    }
    return { blocks, pages, messages };
}
/** Finds the main document part through the package relationships, as Word does. */
function locateParts(zip, xml) {
    const rootRels = readXml(xml, '_rels/.rels');
    const target = relationshipTarget(rootRels, '/officeDocument', '');
    const document = target && zip.file(target) ? target : zip.file('word/document.xml') ? 'word/document.xml' : null;
    if (!document)
        return null;
    const dir = document.includes('/') ? document.slice(0, document.lastIndexOf('/') + 1) : '';
    const docRels = readXml(xml, `${dir}_rels/${document.slice(dir.length)}.rels`);
    const find = (type, fallback) => {
        const path = relationshipTarget(docRels, type, dir) ?? `${dir}${fallback}`;
        return zip.file(path) ? path : null;
    };
    return { document, styles: find('/styles', 'styles.xml'), numbering: find('/numbering', 'numbering.xml') };
}
function relationshipTarget(rels, typeSuffix, baseDir) {
    if (!rels)
        return null;
    for (const rel of childrenNamed(child(rels, 'Relationships'), 'Relationship')) {
        if (!(rel.attrs.Type ?? '').endsWith(typeSuffix) || rel.attrs.TargetMode === 'External')
            continue;
        const target = rel.attrs.Target ?? '';
        return normalizePath(target.startsWith('/') ? target.slice(1) : baseDir + target);
    }
    return null;
}
function normalizePath(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '..')
            out.pop();
        else if (part !== '.' && part !== '')
            out.push(part);
    }
    return out.join('/');
}
function readXml(xml, path) {
    const text = path === null ? undefined : xml.get(path);
    return text === undefined ? null : parseXml(text);
}
/**
 * Writes each auto-number as a literal run at the start of its paragraph, so every later
 * reader sees `一、部门基本情况` as Word shows it. Empty paragraphs are counted, not written.
 */
export function insertNumbers(xml, numberer) {
    const inserts = [];
    for (const p of bodyParagraphs(parseXml(xml))) {
        const number = numberer.next(paragraphNumbering(p));
        if (number === null || p.end === p.openEnd)
            continue;
        if (!descendants(p, 'w:t').some((t) => textOf(t).trim() !== ''))
            continue;
        const pPr = child(p, 'w:pPr');
        inserts.push({ at: pPr ? pPr.end : p.openEnd, text: number });
    }
    let out = '';
    let last = 0;
    for (const { at, text } of inserts) {
        out += xml.slice(last, at) + `<w:r><w:t xml:space="preserve">${escapeText(text)}</w:t></w:r>`;
        last = at;
    }
    return { xml: out + xml.slice(last), count: inserts.length, sample: inserts[0]?.text.trim() ?? '' };
}
/**
 * mammoth maps the built-in Heading styles; this adds the styles that carry an outline level,
 * and marks the table of contents (TOC 1–9 styles), whose lines repeat the headings with page numbers.
 */
function headingStyleMap(styles) {
    const lines = Array.from({ length: 9 }, (_, k) => `p[style-name='toc ${k + 1}'] => p.${TOC_CLASS}:fresh`);
    for (const [id, level] of outlineStyles(styles)) {
        const name = styles.byId.get(id)?.name;
        if (name)
            lines.push(`p[style-name='${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'] => h${level}:fresh`);
    }
    return lines;
}
/** The page count Word saved in docProps/app.xml, or null. */
function readPages(xml) {
    const app = readXml(xml, 'docProps/app.xml');
    const pages = app ? descendants(app, 'Pages')[0] : undefined;
    const n = pages ? parseInt(textOf(pages).trim(), 10) : NaN;
    return Number.isFinite(n) && n > 0 ? n : null;
}
