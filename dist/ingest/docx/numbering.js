// Word auto-numbering: numbers such as `一、` or `（一）` that Word draws from numbering.xml
// are not in the paragraph text, so text extractors (mammoth included) lose them. This
// module computes, for each body paragraph of document.xml, the number Word shows.
import { child, childVal, childrenNamed, isElement } from "./xml.js";
export function readStyles(root) {
    const byId = new Map();
    let defaultParagraphStyle = null;
    const stylesElement = root ? child(root, 'w:styles') : undefined;
    for (const style of childrenNamed(stylesElement, 'w:style')) {
        const id = style.attrs['w:styleId'];
        if (!id)
            continue;
        const type = style.attrs['w:type'] ?? 'paragraph';
        const pPr = child(style, 'w:pPr');
        const numPr = child(pPr, 'w:numPr');
        const ilvl = childVal(numPr, 'w:ilvl');
        const outline = childVal(pPr, 'w:outlineLvl');
        byId.set(id, {
            id,
            type,
            name: childVal(style, 'w:name') ?? null,
            basedOn: childVal(style, 'w:basedOn') ?? null,
            numId: childVal(numPr, 'w:numId') ?? null,
            ilvl: ilvl === undefined ? null : toInt(ilvl),
            outlineLvl: outline === undefined ? null : toInt(outline),
        });
        if (type === 'paragraph' && isTrue(style.attrs['w:default']))
            defaultParagraphStyle = id;
    }
    return { byId, defaultParagraphStyle };
}
/** Follows `w:basedOn` from `styleId` and returns the first value `pick` finds. */
export function inherited(styles, styleId, pick) {
    const seen = new Set();
    let id = styleId;
    while (id !== null && !seen.has(id)) {
        seen.add(id);
        const style = styles.byId.get(id);
        if (!style)
            return null;
        const value = pick(style);
        if (value !== null)
            return value;
        id = style.basedOn;
    }
    return null;
}
export function readNumbering(root) {
    const abstractNums = new Map();
    const nums = new Map();
    const numbering = root ? child(root, 'w:numbering') : undefined;
    for (const abstract of childrenNamed(numbering, 'w:abstractNum')) {
        const id = abstract.attrs['w:abstractNumId'];
        if (id === undefined)
            continue;
        const levels = new Map();
        for (const lvl of childrenNamed(abstract, 'w:lvl'))
            levels.set(toInt(lvl.attrs['w:ilvl'] ?? '0'), readLevel(lvl));
        abstractNums.set(id, { levels, numStyleLink: childVal(abstract, 'w:numStyleLink') ?? null });
    }
    for (const num of childrenNamed(numbering, 'w:num')) {
        const id = num.attrs['w:numId'];
        const abstractNumId = childVal(num, 'w:abstractNumId');
        if (id === undefined || abstractNumId === undefined)
            continue;
        const startOverrides = new Map();
        const levelOverrides = new Map();
        for (const override of childrenNamed(num, 'w:lvlOverride')) {
            const ilvl = toInt(override.attrs['w:ilvl'] ?? '0');
            const start = childVal(override, 'w:startOverride');
            if (start !== undefined)
                startOverrides.set(ilvl, toInt(start));
            const lvl = child(override, 'w:lvl');
            if (lvl)
                levelOverrides.set(ilvl, readLevel(lvl));
        }
        nums.set(id, { abstractNumId, startOverrides, levelOverrides });
    }
    return { abstractNums, nums };
}
function readLevel(lvl) {
    // Word 2010+ may wrap numFmt in mc:AlternateContent; the Fallback holds the classic value.
    let numFmt = childVal(lvl, 'w:numFmt');
    if (numFmt === undefined) {
        const alternate = child(lvl, 'mc:AlternateContent');
        numFmt = childVal(child(alternate, 'mc:Fallback'), 'w:numFmt') ?? childVal(child(alternate, 'mc:Choice'), 'w:numFmt');
    }
    const restart = childVal(lvl, 'w:lvlRestart');
    const suff = childVal(lvl, 'w:suff');
    const isLgl = child(lvl, 'w:isLgl');
    return {
        start: toInt(childVal(lvl, 'w:start') ?? '1'),
        numFmt: numFmt ?? 'decimal',
        lvlText: childVal(lvl, 'w:lvlText') ?? '',
        restart: restart === undefined ? null : toInt(restart),
        isLgl: isLgl !== undefined && isOn(isLgl.attrs['w:val']),
        suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
        pStyle: childVal(lvl, 'w:pStyle') ?? null,
    };
}
// ------------------------------------------------------------- formatting
const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_SIMPLIFIED = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'] };
const CN_LEGAL_TRADITIONAL = { digits: '零壹貳參肆伍陸柒捌玖', units: ['', '拾', '佰', '仟'] };
const CN_PLAIN = { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'] };
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
/** Chinese counting (一 … 十 十一 … 二十 … 一百零一); `shortTen` writes 10–19 as 十…, not 一十…. */
function chineseCounting(n, set, shortTen) {
    if (n <= 0 || n >= 10000)
        return String(n);
    const digits = String(n).split('').map(Number);
    let out = '';
    let pendingZero = false;
    digits.forEach((d, k) => {
        const unit = set.units[digits.length - 1 - k];
        if (d === 0) {
            pendingZero = out !== '';
            return;
        }
        if (pendingZero)
            out += set.digits[0];
        pendingZero = false;
        out += set.digits[d] + unit;
    });
    if (shortTen && n >= 10 && n < 20)
        out = out.slice(1);
    return out;
}
function roman(n) {
    if (n <= 0 || n >= 4000)
        return String(n);
    const table = [
        [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
        [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
    ];
    let out = '';
    for (const [value, letters] of table)
        while (n >= value) {
            out += letters;
            n -= value;
        }
    return out;
}
/** Word's letter numbering: A … Z, AA … ZZ, AAA …. */
function letter(n) {
    if (n <= 0)
        return String(n);
    return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}
function enclosed(n, ranges) {
    for (const [from, to, base] of ranges)
        if (n >= from && n <= to)
            return String.fromCodePoint(base + n - from);
    return String(n);
}
const cycle = (n, chars) => (n >= 1 ? chars[(n - 1) % chars.length] : String(n));
/** The text of counter value `n` in Word number format `numFmt`, or null for a bullet. */
export function formatNumber(n, numFmt) {
    switch (numFmt) {
        case 'bullet': return null;
        case 'none': return '';
        case 'decimalZero': return n >= 0 && n < 10 ? `0${n}` : String(n);
        case 'upperRoman': return roman(n);
        case 'lowerRoman': return roman(n).toLowerCase();
        case 'upperLetter': return letter(n);
        case 'lowerLetter': return letter(n).toLowerCase();
        case 'chineseCounting':
        case 'chineseCountingThousand':
        case 'japaneseCounting':
        case 'taiwaneseCounting':
        case 'taiwaneseCountingThousand':
            return chineseCounting(n, CN_PLAIN, true);
        case 'chineseLegalSimplified': return chineseCounting(n, CN_LEGAL_SIMPLIFIED, false);
        case 'ideographLegalTraditional':
        case 'japaneseLegal':
            return chineseCounting(n, CN_LEGAL_TRADITIONAL, false);
        case 'ideographDigital':
        case 'taiwaneseDigital':
        case 'japaneseDigitalTenThousand':
            return String(n).split('').map((d) => CN_DIGITS[Number(d)] ?? d).join('');
        case 'ideographTraditional': return cycle(n, HEAVENLY_STEMS);
        case 'ideographZodiac': return cycle(n, EARTHLY_BRANCHES);
        case 'decimalEnclosedCircle':
        case 'decimalEnclosedCircleChinese':
            return enclosed(n, [[1, 20, 0x2460], [21, 35, 0x3251], [36, 50, 0x32b1]]);
        case 'ideographEnclosedCircle': return enclosed(n, [[1, 10, 0x3280]]);
        case 'decimalEnclosedParen': return enclosed(n, [[1, 20, 0x2474]]);
        case 'decimalEnclosedFullstop': return enclosed(n, [[1, 20, 0x2488]]);
        case 'decimalFullWidth':
        case 'decimalFullWidth2':
            return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        default: return String(n); // decimal, decimalHalfWidth, ordinal, cardinalText and the rest
    }
}
/**
 * Counts numbered paragraphs the way Word does and returns the visible number of each.
 * Lists that share an abstract definition continue each other unless a `w:num` overrides a
 * start value, which makes it a list of its own.
 */
export class Numberer {
    defs;
    styles;
    counters = new Map();
    constructor(defs, styles) {
        this.defs = defs;
        this.styles = styles;
    }
    /** The number shown before the paragraph (with its separator), or null when it has none. */
    next(paragraph) {
        const styleId = paragraph.styleId ?? this.styles.defaultParagraphStyle;
        const numId = paragraph.numId ?? inherited(this.styles, styleId, (s) => s.numId);
        if (numId === null || numId === '0')
            return null;
        const resolved = this.resolve(numId);
        if (!resolved)
            return null;
        const { num, abstractId, abstract } = resolved;
        const ilvl = paragraph.ilvl
            ?? inherited(this.styles, styleId, (s) => s.ilvl)
            ?? levelOfStyle(abstract, styleId)
            ?? 0;
        const level = (k) => num.levelOverrides.get(k) ?? abstract.levels.get(k);
        const current = level(ilvl);
        if (!current)
            return null;
        const startOf = (k) => num.startOverrides.get(k) ?? level(k)?.start ?? 1;
        const key = num.startOverrides.size > 0 || num.levelOverrides.size > 0 ? `num:${numId}` : `abstract:${abstractId}`;
        let values = this.counters.get(key);
        if (!values)
            this.counters.set(key, (values = []));
        values[ilvl] = values[ilvl] === undefined ? startOf(ilvl) : values[ilvl] + 1;
        for (let k = ilvl + 1; k < 9; k++) {
            const restart = level(k)?.restart ?? null;
            if (restart === null || (restart !== 0 && ilvl < restart))
                values[k] = undefined;
        }
        if (current.numFmt === 'bullet')
            return null;
        let ok = true;
        const text = current.lvlText.replace(/%([1-9])/g, (_, d) => {
            const k = Number(d) - 1;
            const def = level(k);
            const value = k === ilvl ? values[k] : values[k] ?? startOf(k);
            const formatted = formatNumber(value, current.isLgl ? 'decimal' : def?.numFmt ?? 'decimal');
            if (formatted === null)
                ok = false;
            return formatted ?? '';
        });
        if (!ok || text.trim() === '')
            return null;
        // Word puts a tab or space after the number. Written text needs none after 、 . ） ①,
        // only after a bare digit, letter or word (`1 概况`, `第三部分 存在问题`).
        const separator = current.suff !== 'nothing' && /[0-9A-Za-z０-９\u4e00-\u9fff]$/.test(text) ? ' ' : '';
        return text + separator;
    }
    resolve(numId) {
        const seen = new Set();
        let id = numId;
        let first = null;
        while (!seen.has(id)) {
            seen.add(id);
            const num = this.defs.nums.get(id);
            if (!num)
                return null;
            first ??= num;
            const abstract = this.defs.abstractNums.get(num.abstractNumId);
            if (!abstract)
                return null;
            if (abstract.numStyleLink === null)
                return { num: first, abstractId: num.abstractNumId, abstract };
            // A list style: its numbering style points at the num that holds the real levels.
            const linked = this.styles.byId.get(abstract.numStyleLink)?.numId;
            if (!linked)
                return { num: first, abstractId: num.abstractNumId, abstract };
            id = linked;
        }
        return null;
    }
}
function levelOfStyle(abstract, styleId) {
    if (styleId === null)
        return null;
    for (const [ilvl, level] of abstract.levels)
        if (level.pStyle === styleId)
            return ilvl;
    return null;
}
// ------------------------------------------------------------ document.xml
/** Elements whose paragraphs Word does not number in the body flow (text boxes, fallbacks). */
const SKIPPED_CONTAINERS = new Set(['w:txbxContent', 'mc:Fallback', 'w:del', 'w:moveFrom']);
/** Body paragraphs of document.xml in reading order, tables included. */
export function bodyParagraphs(documentRoot) {
    const body = child(child(documentRoot, 'w:document'), 'w:body');
    const out = [];
    const walk = (element) => {
        for (const node of element.children) {
            if (!isElement(node) || SKIPPED_CONTAINERS.has(node.name))
                continue;
            if (node.name === 'w:p')
                out.push(node);
            else
                walk(node);
        }
    };
    if (body)
        walk(body);
    return out;
}
export function paragraphNumbering(p) {
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const ilvl = childVal(numPr, 'w:ilvl');
    return {
        styleId: childVal(pPr, 'w:pStyle') ?? null,
        numId: childVal(numPr, 'w:numId') ?? null,
        ilvl: ilvl === undefined ? null : toInt(ilvl),
    };
}
/** Paragraph styles that Word treats as outline (heading) levels 1–6, by style id. */
export function outlineStyles(styles) {
    const out = new Map();
    for (const style of styles.byId.values()) {
        if (style.type !== 'paragraph')
            continue;
        const level = inherited(styles, style.id, (s) => s.outlineLvl);
        if (level !== null && level >= 0 && level <= 5)
            out.set(style.id, level + 1);
    }
    return out;
}
function toInt(text) {
    const n = parseInt(text, 10);
    return Number.isFinite(n) ? n : 0;
}
/** An OOXML on/off attribute that is on when absent (`<w:isLgl/>`). */
function isOn(value) {
    return value === undefined || isTrue(value);
}
function isTrue(value) {
    return value === '1' || value === 'true' || value === 'on';
}
