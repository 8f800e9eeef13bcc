// Word 97-2003 (.doc) structure that word-extractor reads past: which paragraphs are table
// cells and row ends, and the numbers Word draws from its list tables (`一、`, `（一）`).
//
// word-extractor gives the text of the piece table; its cell marks become tabs, which cannot
// be told from real tabs. This module extends its extractor: after it has read the pieces,
// the paragraph properties (PAPX) are walked once more, and each paragraph mark is replaced by
// a private-use marker (the piece table keeps its length): a paragraph break inside a cell,
// a cell end, a row end, or the index of a paragraph that has a list number or a heading level.
import { createRequire } from 'node:module';
import { Numberer } from "../docx/numbering.js";
import { BrokenOle } from "./ole.js";
export const CELL_BREAK = '\uE000';
export const CELL_END = '\uE001';
export const ROW_END = '\uE002';
/** Paragraph info markers: INFO_BASE + index into `infos`. */
export const INFO_BASE = 0xe100;
const INFO_LIMIT = 0xf8ff - INFO_BASE;
const require = createRequire(import.meta.url);
const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js');
const BufferReader = require('word-extractor/lib/buffer-reader.js');
/** The document is protected by an open password. */
export class EncryptedError extends Error {
}
class StructuredExtractor extends WordOleExtractor {
    dataStream = Buffer.alloc(0);
    summary = Buffer.alloc(0);
    marks = null;
    structureError = null;
    extractWordDocument(document, buffer) {
        // FIB flags: fEncrypted. The text of an encrypted file is ciphertext.
        if (buffer.length > 0x0c && (buffer.readUInt16LE(0x0a) & 0x0100) !== 0)
            return Promise.reject(new EncryptedError());
        const read = (name) => this.documentStream(document, name).then((s) => this.streamBuffer(s)).catch(() => Buffer.alloc(0));
        return Promise.all([read('Data'), read('\u0005SummaryInformation')]).then(([data, summary]) => {
            this.dataStream = data;
            this.summary = summary;
            return super.extractWordDocument(document, buffer);
        });
    }
    /**
     * word-extractor reads each piece of text where the piece table says, clipping what lies
     * past the end of the stream: a table pointing outside would give silently empty text.
     */
    writePieces(buffer, tableBuffer) {
        super.writePieces(buffer, tableBuffer);
        for (const piece of this._pieces) {
            if (!(piece.size >= 0) || piece.startFilePos + piece.size > buffer.length) {
                throw new BrokenOle(`文本片段表（piece table）指向文件以外（第 ${piece.startFilePos} 字节，文件正文只有 ${buffer.length} 字节）`);
            }
        }
    }
    writeParagraphProperties(buffer, tableBuffer) {
        super.writeParagraphProperties(buffer, tableBuffer);
        try {
            this.marks = markStructure(this._pieces, buffer, tableBuffer, this.dataStream, this._boundaries.ccpText);
        }
        catch (e) {
            this.structureError = e.message;
        }
    }
}
/** Reads a .doc (OLE) file. Throws word-extractor's error for a file it cannot open. */
export async function extractWord97(data) {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const reader = new BufferReader(buffer);
    const extractor = new StructuredExtractor();
    await reader.open();
    try {
        const document = await extractor.extract(reader);
        const options = { filterUnicode: false };
        return {
            body: document.getBody(options),
            notes: [document.getFootnotes(options), document.getEndnotes(options)].filter(Boolean).join('\n'),
            infos: extractor.marks?.infos ?? [],
            rowBoundaries: extractor.marks?.rowBoundaries ?? [],
            pages: pageCount(extractor.summary),
            structureError: extractor.structureError,
        };
    }
    finally {
        await reader.close();
    }
}
// ------------------------------------------------------------- the FIB
const FIB_RGFCLCB = 0x9a;
const FC = {
    stshf: 1,
    plcfBtePapx: 13,
    plfLst: 73,
    plfLfo: 74,
};
function fcLcb(word, index) {
    const cbRgFcLcb = word.readUInt16LE(FIB_RGFCLCB - 2);
    if (index >= cbRgFcLcb)
        return null;
    const at = FIB_RGFCLCB + index * 8;
    if (at + 8 > word.length)
        return null;
    return { fc: word.readUInt32LE(at), lcb: word.readUInt32LE(at + 4) };
}
// ------------------------------------------------------------- sprms
const SPRM = {
    fInTable: 0x2416,
    fTtp: 0x2417,
    itap: 0x6649,
    fInnerTableCell: 0x244b,
    fInnerTtp: 0x244c,
    ilvl: 0x260a,
    ilfo: 0x460b,
    outLvl: 0x2640,
    hugePapx: 0x6646,
    tDefTable: 0xd608,
};
const emptyProps = () => ({
    inTable: false, ttp: false, innerCell: false, innerTtp: false, ilfo: null, ilvl: null, outLvl: null, boundaries: null,
});
/** Applies the paragraph sprms of a grpprl to `props`; a huge PAPX continues in the Data stream. */
function readSprms(grpprl, start, props, data, depth = 0) {
    let at = start;
    while (at + 2 <= grpprl.length) {
        const sprm = grpprl.readUInt16LE(at);
        at += 2;
        const spra = sprm >> 13;
        let size;
        if (spra === 6) {
            if (sprm === SPRM.tDefTable || sprm === 0xd606) {
                if (at + 2 > grpprl.length)
                    return;
                size = 2 + grpprl.readUInt16LE(at) - 1;
            }
            else {
                if (at + 1 > grpprl.length)
                    return;
                size = 1 + grpprl.readUInt8(at);
            }
        }
        else {
            size = [1, 1, 2, 4, 2, 2, 0, 3][spra];
        }
        if (at + size > grpprl.length)
            return;
        const byte = () => grpprl.readUInt8(at);
        switch (sprm) {
            case SPRM.fInTable:
                props.inTable = byte() !== 0;
                break;
            case SPRM.fTtp:
                props.ttp = byte() !== 0;
                break;
            case SPRM.itap:
                props.inTable ||= grpprl.readInt32LE(at) > 0;
                break;
            case SPRM.fInnerTableCell:
                props.innerCell = byte() !== 0;
                break;
            case SPRM.fInnerTtp:
                props.innerTtp = byte() !== 0;
                break;
            case SPRM.ilvl:
                props.ilvl = byte();
                break;
            case SPRM.ilfo:
                props.ilfo = grpprl.readInt16LE(at);
                break;
            case SPRM.outLvl:
                props.outLvl = byte();
                break;
            case SPRM.tDefTable: {
                const columns = grpprl.readUInt8(at + 2);
                const boundaries = [];
                for (let k = 0; k <= columns && at + 3 + 2 * k + 2 <= grpprl.length; k++)
                    boundaries.push(grpprl.readInt16LE(at + 3 + 2 * k));
                props.boundaries = boundaries;
                break;
            }
            case SPRM.hugePapx: {
                const offset = grpprl.readUInt32LE(at);
                if (depth === 0 && offset + 2 <= data.length) {
                    const cb = data.readUInt16LE(offset);
                    readSprms(data.subarray(offset + 2, Math.min(data.length, offset + 2 + cb)), 0, props, data, 1);
                }
                break;
            }
        }
        at += size;
    }
}
/** Every paragraph run of the PAPX FKPs with its style and the properties we need. */
function readParagraphs(word, table, data) {
    const where = fcLcb(word, FC.plcfBtePapx);
    if (!where || where.lcb < 12)
        return [];
    const plc = table.subarray(where.fc, where.fc + where.lcb);
    const count = (where.lcb - 4) / 8;
    const out = [];
    for (let i = 0; i < count; i++) {
        const pn = plc.readUInt32LE((count + 1) * 4 + i * 4) & 0x3fffff;
        const fkp = word.subarray(pn * 512, pn * 512 + 512);
        if (fkp.length < 512)
            continue;
        const crun = fkp.readUInt8(511);
        for (let j = 0; j < crun; j++) {
            const fcStart = fkp.readUInt32LE(j * 4);
            const fcEnd = fkp.readUInt32LE((j + 1) * 4);
            const bOffset = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2;
            const props = emptyProps();
            let istd = 0;
            if (bOffset > 0) {
                const cb = fkp.readUInt8(bOffset);
                const grpprl = cb !== 0
                    ? fkp.subarray(bOffset + 1, bOffset + 1 + 2 * cb - 1)
                    : fkp.subarray(bOffset + 2, bOffset + 2 + 2 * fkp.readUInt8(bOffset + 1));
                if (grpprl.length >= 2) {
                    istd = grpprl.readUInt16LE(0);
                    readSprms(grpprl, 2, props, data);
                }
            }
            out.push({ fcStart, fcEnd, istd, props });
        }
    }
    return out;
}
function readStyles(word, table, data) {
    const byId = new Map();
    const sti = new Map();
    const where = fcLcb(word, FC.stshf);
    const styles = { byId, defaultParagraphStyle: '0', sti };
    if (!where || where.lcb < 4)
        return styles;
    const stsh = table.subarray(where.fc, where.fc + where.lcb);
    const cbStshi = stsh.readUInt16LE(0);
    const cstd = stsh.readUInt16LE(2);
    const cbStdBase = stsh.readUInt16LE(4);
    let at = 2 + cbStshi;
    for (let istd = 0; istd < cstd && at + 2 <= stsh.length; istd++) {
        const cbStd = stsh.readUInt16LE(at);
        const std = stsh.subarray(at + 2, at + 2 + cbStd);
        at += 2 + cbStd;
        if (cbStd < 10 || std.length < cbStd)
            continue;
        const stk = std.readUInt16LE(2) & 0x000f;
        const istdBase = std.readUInt16LE(2) >> 4;
        const cupx = std.readUInt16LE(4) & 0x000f;
        let p = cbStdBase;
        if (p + 2 > std.length)
            continue;
        const cch = std.readUInt16LE(p);
        const name = std.subarray(p + 2, p + 2 + cch * 2).toString('utf16le');
        p += 2 + cch * 2 + 2;
        const props = emptyProps();
        if (stk === 1 && cupx >= 1 && p + 2 <= std.length) {
            const cbUpx = std.readUInt16LE(p);
            const upx = std.subarray(p + 2, p + 2 + cbUpx);
            if (upx.length >= 2)
                readSprms(upx, 2, props, data);
        }
        const id = String(istd);
        const builtIn = std.readUInt16LE(0) & 0x0fff;
        sti.set(id, builtIn);
        byId.set(id, {
            id,
            type: stk === 1 ? 'paragraph' : stk === 4 ? 'numbering' : 'other',
            name,
            basedOn: istdBase === 0x0fff ? null : String(istdBase),
            numId: props.ilfo === null ? null : ilfoId(props.ilfo),
            ilvl: props.ilvl,
            // Built-in heading styles (sti 1–9) are outline levels 0–8.
            outlineLvl: props.outLvl ?? (builtIn >= 1 && builtIn <= 9 ? builtIn - 1 : null),
        });
    }
    return styles;
}
/** ilfo 0 is no list, negative values mean "numbering removed". */
const ilfoId = (ilfo) => (ilfo > 0 ? String(ilfo) : '0');
// ----------------------------------------------------------- list tables
const NFC = {
    0x00: 'decimal', 0x01: 'upperRoman', 0x02: 'lowerRoman', 0x03: 'upperLetter', 0x04: 'lowerLetter',
    0x05: 'ordinal', 0x06: 'cardinalText', 0x07: 'ordinalText', 0x0a: 'ideographDigital', 0x0b: 'japaneseCounting',
    0x0e: 'decimalFullWidth', 0x0f: 'decimalHalfWidth', 0x10: 'japaneseLegal', 0x11: 'japaneseDigitalTenThousand',
    0x12: 'decimalEnclosedCircle', 0x13: 'decimalFullWidth2', 0x16: 'decimalZero', 0x17: 'bullet',
    0x1a: 'decimalEnclosedFullstop', 0x1b: 'decimalEnclosedParen', 0x1c: 'decimalEnclosedCircleChinese',
    0x1d: 'ideographEnclosedCircle', 0x1e: 'ideographTraditional', 0x1f: 'ideographZodiac',
    0x21: 'taiwaneseCounting', 0x22: 'ideographLegalTraditional', 0x23: 'taiwaneseCountingThousand',
    0x24: 'taiwaneseDigital', 0x25: 'chineseCounting', 0x26: 'chineseLegalSimplified', 0x27: 'chineseCountingThousand',
    0xff: 'none',
};
/** Reads one LVL at `at`; returns it and the offset after it. */
function readLvl(table, at, pStyle) {
    const start = table.readInt32LE(at);
    const nfc = table.readUInt8(at + 4);
    const flags = table.readUInt8(at + 5);
    const ixchFollow = table.readUInt8(at + 15);
    const cbGrpprlChpx = table.readUInt8(at + 24);
    const cbGrpprlPapx = table.readUInt8(at + 25);
    const ilvlRestartLim = table.readUInt8(at + 26);
    let p = at + 28 + cbGrpprlPapx + cbGrpprlChpx;
    const cch = table.readUInt16LE(p);
    const xst = table.subarray(p + 2, p + 2 + cch * 2).toString('utf16le');
    p += 2 + cch * 2;
    // Level placeholders are the characters 0–8 of the number text.
    const lvlText = xst.replace(/[\u0000-\u0008]/g, (c) => `%${c.charCodeAt(0) + 1}`);
    return {
        level: {
            start,
            numFmt: NFC[nfc] ?? 'decimal',
            lvlText,
            restart: flags & 0x08 ? ilvlRestartLim : null,
            isLgl: (flags & 0x04) !== 0,
            suff: ixchFollow === 1 ? 'space' : ixchFollow === 2 ? 'nothing' : 'tab',
            pStyle,
        },
        next: p,
    };
}
function readLists(word, table) {
    const defs = { abstractNums: new Map(), nums: new Map() };
    const lst = fcLcb(word, FC.plfLst);
    if (lst && lst.lcb >= 2) {
        const count = table.readInt16LE(lst.fc);
        let lvlAt = lst.fc + lst.lcb;
        for (let i = 0; i < count; i++) {
            const at = lst.fc + 2 + i * 28;
            const lsid = table.readInt32LE(at);
            const simple = (table.readUInt8(at + 26) & 0x01) !== 0;
            const levels = new Map();
            for (let k = 0; k < (simple ? 1 : 9); k++) {
                const istd = table.readUInt16LE(at + 8 + k * 2);
                const { level, next } = readLvl(table, lvlAt, istd === 0x0fff ? null : String(istd));
                levels.set(k, level);
                lvlAt = next;
            }
            defs.abstractNums.set(String(lsid), { levels, numStyleLink: null });
        }
    }
    const lfo = fcLcb(word, FC.plfLfo);
    if (lfo && lfo.lcb >= 4) {
        const count = table.readInt32LE(lfo.fc);
        let dataAt = lfo.fc + 4 + count * 16;
        for (let i = 0; i < count; i++) {
            const at = lfo.fc + 4 + i * 16;
            const lsid = table.readInt32LE(at);
            const clfolvl = table.readUInt8(at + 12);
            const startOverrides = new Map();
            const levelOverrides = new Map();
            dataAt += 4; // LFOData.cp
            for (let k = 0; k < clfolvl; k++) {
                const iStartAt = table.readInt32LE(dataAt);
                const bits = table.readUInt32LE(dataAt + 4);
                const ilvl = bits & 0x0f;
                dataAt += 8;
                if (bits & 0x10)
                    startOverrides.set(ilvl, iStartAt);
                if (bits & 0x20) {
                    const { level, next } = readLvl(table, dataAt, null);
                    levelOverrides.set(ilvl, level);
                    dataAt = next;
                }
            }
            defs.nums.set(String(i + 1), { abstractNumId: String(lsid), startOverrides, levelOverrides });
        }
    }
    return defs;
}
/** Replaces structural paragraph marks in the pieces by markers; pieces keep their lengths. */
function markStructure(pieces, word, table, data, ccpText) {
    const styles = readStyles(word, table, data);
    const numberer = new Numberer(readLists(word, table), styles);
    const edits = new Map();
    const charAt = (piece, index) => edits.get(piece)?.get(index) ?? piece.text[index];
    const setChar = (piece, index, c) => {
        let map = edits.get(piece);
        if (!map)
            edits.set(piece, (map = new Map()));
        map.set(index, c);
    };
    const byFilePos = (fc) => {
        for (const piece of pieces) {
            if (fc >= piece.startFilePos && fc < piece.startFilePos + piece.size) {
                return { piece, index: Math.floor((fc - piece.startFilePos) / piece.bpc) };
            }
        }
        return null;
    };
    const paragraphs = readParagraphs(word, table, data)
        .map((p) => ({ ...p, mark: byFilePos(p.fcEnd - 1), start: byFilePos(p.fcStart) }))
        .filter((p) => p.mark !== null)
        .map((p) => ({ ...p, cp: p.mark.piece.startCp + p.mark.index }))
        .filter((p) => p.cp < ccpText)
        .sort((a, b) => a.cp - b.cp);
    const infos = [];
    const rowBoundaries = [];
    for (const p of paragraphs) {
        const { piece, index } = p.mark;
        const mark = charAt(piece, index);
        // Only a run that ends in a paragraph or cell mark ends a paragraph (super marked row ends '\n');
        // a NUL is a mark deleted with tracked changes.
        if (mark !== '\r' && mark !== '\x07' && !(mark === '\n' && p.props.ttp))
            continue;
        const styleId = String(p.istd);
        const inTable = p.props.inTable || p.props.innerCell || p.props.innerTtp;
        const number = numberer.next({ styleId, numId: p.props.ilfo === null ? null : ilfoId(p.props.ilfo), ilvl: p.props.ilvl });
        if (p.props.ttp && !p.props.innerTtp) {
            setChar(piece, index, ROW_END);
            rowBoundaries.push(p.props.boundaries);
            continue;
        }
        if (inTable) {
            const isCellEnd = mark === '\x07' && !p.props.innerCell && !p.props.innerTtp;
            setChar(piece, index, isCellEnd ? CELL_END : CELL_BREAK);
            // Soft line breaks inside a cell must not read as paragraphs outside the table.
            if (p.start && p.start.piece === piece) {
                for (let k = p.start.index; k < index; k++)
                    if (charAt(piece, k) === '\x0b')
                        setChar(piece, k, CELL_BREAK);
            }
            continue;
        }
        const headingLevel = outlineLevel(styles, styleId, p.props.outLvl);
        const sti = styles.sti.get(styleId) ?? 0;
        const toc = sti >= STI_TOC1 && sti <= STI_TOC1 + 8;
        if ((number !== null || headingLevel !== null || toc) && mark === '\r' && infos.length < INFO_LIMIT) {
            setChar(piece, index, String.fromCharCode(INFO_BASE + infos.length));
            infos.push(toc ? { number: null, headingLevel: null, toc } : { number, headingLevel });
        }
    }
    for (const [piece, map] of edits) {
        const chars = piece.text.split('');
        for (const [index, c] of map)
            if (index < chars.length)
                chars[index] = c;
        piece.text = chars.join('');
    }
    return { infos, rowBoundaries };
}
/** Built-in style id of "toc 1" (toc 1–9 are 19–27). */
const STI_TOC1 = 19;
function outlineLevel(styles, styleId, direct) {
    let level = direct;
    if (level === null) {
        const seen = new Set();
        let id = styleId;
        while (id !== null && !seen.has(id) && level === null) {
            seen.add(id);
            const style = styles.byId.get(id);
            level = style?.outlineLvl ?? null;
            id = style?.basedOn ?? null;
        }
    }
    return level !== null && level >= 0 && level <= 5 ? level + 1 : null;
}
// ----------------------------------------------------------- page count
/** PIDSI_PAGECOUNT from the SummaryInformation property set. */
function pageCount(summary) {
    try {
        if (summary.length < 48)
            return null;
        const sectionOffset = summary.readUInt32LE(44);
        const count = summary.readUInt32LE(sectionOffset + 4);
        for (let i = 0; i < count; i++) {
            const id = summary.readUInt32LE(sectionOffset + 8 + i * 8);
            const offset = summary.readUInt32LE(sectionOffset + 12 + i * 8);
            if (id !== 14)
                continue;
            const type = summary.readUInt32LE(sectionOffset + offset);
            if (type !== 3)
                return null;
            const pages = summary.readInt32LE(sectionOffset + offset + 4);
            return pages > 0 ? pages : null;
        }
    }
    catch {
        return null;
    }
    return null;
}
