// RTF that arrives named .doc (Word's "Rich Text Format", exported by many office systems).
// The text is rewritten with the structure markers of word97.ts and shares the .doc block
// builder. Word writes list numbers into RTF as text (\listtext), so they are kept; heading
// levels come from the paragraph's outline level or its style's name (heading 1, 标题 1).
import iconv from 'iconv-lite';
import { UnreadableError } from "../../model.js";
import { markedBlocks } from "../doc.js";
import { CELL_BREAK, CELL_END, INFO_BASE, ROW_END } from "./word97.js";
/** Destinations whose content is not body text. */
const SKIPPED = new Set([
    'colortbl', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
    'footerr', 'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata',
    'colorschememapping', 'datastore', 'latentstyles', 'pgdsctbl', 'fldinst', 'bkmkstart', 'bkmkend', 'nonshppict',
    'shpinst', 'footnote', 'annotation', 'atnid', 'atnauthor', 'revtbl', 'filetbl', 'userprops', 'docvar', 'xe', 'tc',
    'template', 'fchars', 'lchars', 'mmathPr', 'wgrffmtfilter', 'passwordhash',
]);
/** Windows code page of an RTF font charset. */
const CHARSET_CODEPAGE = { 134: 'gb18030', 136: 'big5', 128: 'shift_jis', 129: 'cp949' };
const SPECIAL = {
    emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
    rdblquote: '\u201d', emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005',
};
export function readRtf(data) {
    const src = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
    if (!src.startsWith('{\\rtf'))
        throw new UnreadableError('不是有效的 RTF 文档');
    let codepage = 'cp1252';
    const fontCharsets = new Map();
    let fontDef = null;
    const styleLevels = new Map();
    let styleDef = 0;
    let styleName = '';
    let styleOutline = null;
    let out = '';
    let bytes = [];
    let skipFallback = 0;
    let group = { dest: 'body', listtext: false, uc: 1, font: null, inTable: false, style: 0, outline: null };
    const stack = [];
    let rowLeft = 0;
    let rowEdges = [];
    const rowBoundaries = [];
    const infos = [];
    const decode = () => {
        const charset = group.font !== null ? fontCharsets.get(group.font) : undefined;
        const cp = (charset !== undefined && CHARSET_CODEPAGE[charset]) || codepage;
        const text = iconv.decode(Buffer.from(bytes), iconv.encodingExists(cp) ? cp : 'gb18030');
        bytes = [];
        return text;
    };
    /** Sends text to where the current destination collects it. */
    const sink = (text) => {
        if (group.dest === 'body')
            out += text;
        else if (group.dest === 'stylesheet')
            styleName += text;
    };
    const flushBytes = () => {
        if (bytes.length)
            sink(decode());
    };
    const emit = (text) => {
        if (group.dest !== 'body')
            return;
        if (skipFallback > 0) {
            skipFallback--;
            return;
        }
        flushBytes();
        out += text;
    };
    const endParagraph = () => {
        if (group.dest !== 'body')
            return;
        flushBytes();
        if (group.inTable) {
            out += CELL_BREAK;
            return;
        }
        const level = group.outline ?? styleLevels.get(group.style) ?? null;
        if (level !== null && level >= 0 && level <= 5) {
            out += String.fromCharCode(INFO_BASE + infos.length);
            infos.push({ number: null, headingLevel: level + 1 });
        }
        else {
            out += '\n';
        }
    };
    const endStyle = () => {
        const name = styleName.trim();
        const named = /^(?:heading|标题)\s*([1-6])$/i.exec(name);
        const level = styleOutline ?? (named ? Number(named[1]) - 1 : null);
        if (level !== null)
            styleLevels.set(styleDef, level);
    };
    let i = src.indexOf('{', 0);
    let destinationNext = false;
    while (i < src.length) {
        const c = src[i];
        if (c === '{') {
            flushBytes();
            stack.push(group);
            group = { ...group };
            if (group.dest === 'stylesheet') {
                styleDef = 0;
                styleName = '';
                styleOutline = null;
            }
            destinationNext = true;
            i++;
            continue;
        }
        if (c === '}') {
            flushBytes();
            group = stack.pop() ?? group;
            destinationNext = false;
            i++;
            continue;
        }
        if (c === '\r' || c === '\n') {
            i++;
            continue;
        }
        if (c !== '\\') {
            destinationNext = false;
            i++;
            if (group.dest === 'stylesheet' && c === ';') {
                flushBytes();
                endStyle();
            }
            else if (group.dest === 'body' && skipFallback > 0) {
                skipFallback--;
            }
            else {
                flushBytes();
                sink(c);
            }
            continue;
        }
        // A control symbol or control word.
        const next = src[i + 1];
        if (next === "'") {
            const byte = parseInt(src.slice(i + 2, i + 4), 16);
            i += 4;
            if (group.dest === 'body' && skipFallback > 0)
                skipFallback--;
            else if (Number.isFinite(byte))
                bytes.push(byte);
            continue;
        }
        if (next === '*') {
            group.dest = 'skip';
            i += 2;
            continue;
        }
        if (next !== undefined && !/[a-zA-Z]/.test(next)) {
            i += 2;
            if (next === '~')
                emit('\u00a0');
            else if (next === '_')
                emit('-');
            else if (next === '\\' || next === '{' || next === '}')
                emit(next);
            else if (next === '\n' || next === '\r')
                endParagraph();
            continue;
        }
        const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(src.slice(i, i + 40));
        if (!m) {
            i++;
            continue;
        }
        i += m[0].length;
        const word = m[1];
        const param = m[2] === undefined ? null : Number(m[2]);
        const first = destinationNext;
        destinationNext = false;
        if (first && SKIPPED.has(word)) {
            group.dest = 'skip';
            continue;
        }
        switch (word) {
            case 'bin':
                i += param ?? 0;
                break;
            case 'ansicpg':
                if (param === 936)
                    codepage = 'gb18030';
                else if (param !== null && iconv.encodingExists(`cp${param}`))
                    codepage = `cp${param}`;
                break;
            case 'fonttbl':
                group.dest = 'fonttbl';
                break;
            case 'stylesheet':
                group.dest = 'stylesheet';
                break;
            case 'f':
                flushBytes();
                if (group.dest === 'fonttbl')
                    fontDef = param;
                else
                    group.font = param;
                break;
            case 'fcharset':
                if (group.dest === 'fonttbl' && fontDef !== null && param !== null)
                    fontCharsets.set(fontDef, param);
                break;
            case 's':
                if (group.dest === 'stylesheet')
                    styleDef = param ?? 0;
                else
                    group.style = param ?? 0;
                break;
            case 'outlinelevel':
                if (group.dest === 'stylesheet')
                    styleOutline = param;
                else
                    group.outline = param;
                break;
            case 'listtext':
            case 'pntext':
                if (first)
                    group.listtext = true;
                break;
            case 'uc':
                group.uc = param ?? 1;
                break;
            case 'u':
                skipFallback = 0;
                emit(String.fromCharCode(param !== null && param < 0 ? param + 65536 : param ?? 0x3f));
                skipFallback = group.uc;
                break;
            case 'par':
            case 'sect':
            case 'page':
            case 'line':
                endParagraph();
                break;
            case 'tab':
                if (!group.listtext)
                    emit('\t');
                break;
            case 'pard':
                group.inTable = false;
                group.style = 0;
                group.outline = null;
                break;
            case 'intbl':
                group.inTable = true;
                break;
            case 'trowd':
                rowEdges = [];
                rowLeft = 0;
                break;
            case 'trleft':
                rowLeft = param ?? 0;
                break;
            case 'cellx':
                rowEdges.push(param ?? 0);
                break;
            case 'cell':
            case 'nestcell':
                if (group.dest === 'body') {
                    flushBytes();
                    out += word === 'cell' ? CELL_END : CELL_BREAK;
                }
                break;
            case 'row':
                if (group.dest === 'body') {
                    flushBytes();
                    out += ROW_END;
                    rowBoundaries.push(rowEdges.length ? [rowLeft, ...rowEdges] : null);
                    group.inTable = false;
                }
                break;
            default:
                if (SPECIAL[word])
                    emit(SPECIAL[word]);
        }
    }
    flushBytes();
    return { blocks: markedBlocks(out, infos, rowBoundaries), pages: null, messages: [] };
}
