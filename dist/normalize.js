const FULLWIDTH_DIGIT_0 = 0xff10;
/** Characters that become ASCII wherever they appear. */
const ALWAYS = {
    '％': '%',
    '﹪': '%',
    '＋': '+',
    '＜': '<',
    '＞': '>',
    '＝': '=',
};
/** Characters that become ASCII only beside a digit, where they are number punctuation. */
const BESIDE_DIGIT = {
    '．': '.',
    '，': ',', // only when a digit group of three follows (1，234.56); checked below
    '－': '-',
    '−': '-', // U+2212 minus sign
    '﹣': '-',
};
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/** Han ideographs, CJK and full-width punctuation, circled numbers: spaces next to them are layout, not words. */
export function isCjk(c) {
    if (c === undefined)
        return false;
    const cp = c.codePointAt(0);
    return ((cp >= 0x4e00 && cp <= 0x9fff) ||
        (cp >= 0x3400 && cp <= 0x4dbf) ||
        (cp >= 0x20000 && cp <= 0x2ffff) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0x3000 && cp <= 0x303f) ||
        (cp >= 0xff00 && cp <= 0xffef) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0x2460 && cp <= 0x24ff) ||
        (cp >= 0x2e80 && cp <= 0x2fdf) ||
        cp === 0x00b7 ||
        cp === 0x2014 ||
        cp === 0x2026);
}
const isSpace = (c) => /\s/.test(c) || c === '\u3000' || c === '\u00a0';
function toDigitWidth(c) {
    const cp = c.charCodeAt(0);
    if (cp >= FULLWIDTH_DIGIT_0 && cp <= FULLWIDTH_DIGIT_0 + 9)
        return String.fromCharCode(cp - FULLWIDTH_DIGIT_0 + 48);
    return null;
}
/** Full-width Latin letters become ASCII (Ａ → A) so codes and units read alike. */
function toLatinWidth(c) {
    const cp = c.charCodeAt(0);
    if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a))
        return String.fromCharCode(cp - 0xfee0);
    return null;
}
/** Normalises one block of text; see the file comment. */
export function normalizeText(source) {
    // Pass 1: per-character width mapping (1 → 1), so offsets stay aligned.
    const chars = Array.from(source);
    const offsets = [];
    let off = 0;
    for (const c of chars) {
        offsets.push(off);
        off += c.length;
    }
    const digitAt = (i) => isDigit(chars[i]) || toDigitWidth(chars[i] ?? 'x') !== null;
    const mapped = chars.map((c, i) => {
        const d = toDigitWidth(c) ?? toLatinWidth(c) ?? ALWAYS[c];
        if (d !== undefined && d !== null)
            return d;
        const b = BESIDE_DIGIT[c];
        if (b === undefined)
            return c;
        if (c === '，') {
            // A thousands separator: digit before, exactly three digits after, then no digit.
            const ok = digitAt(i - 1) && digitAt(i + 1) && digitAt(i + 2) && digitAt(i + 3) && !digitAt(i + 4);
            return ok ? b : c;
        }
        if (c === '．')
            return digitAt(i - 1) && digitAt(i + 1) ? b : c;
        return digitAt(i + 1) ? b : c; // a minus sign belongs to the number after it
    });
    // Pass 2: fold white space. A run of spaces disappears at the ends and next to
    // CJK (PDF producers put them between 收入 and 346.38); elsewhere it becomes one space.
    let text = '';
    const map = [];
    let i = 0;
    while (i < mapped.length) {
        const c = mapped[i];
        if (!isSpace(c)) {
            text += c;
            for (let k = 0; k < c.length; k++)
                map.push(offsets[i]);
            i++;
            continue;
        }
        let j = i;
        while (j < mapped.length && isSpace(mapped[j]))
            j++;
        const before = text.length ? text[text.length - 1] : undefined;
        const after = mapped[j];
        const keep = before !== undefined && after !== undefined && !isCjk(before) && !isCjk(after) && !(isDigit(before) && after === '%');
        if (keep) {
            text += ' ';
            map.push(offsets[i]);
        }
        i = j;
    }
    map.push(source.length);
    return { text, source, map: Uint32Array.from(map) };
}
/** The source text behind normalised range [start, end): from the first to the last character's source. */
export function sourceSpan(t, start, end) {
    const from = Math.max(0, Math.min(start, t.text.length));
    const to = Math.max(from, Math.min(end, t.text.length));
    if (to === from)
        return '';
    const s = t.map[from];
    // Each normalised character comes from one source code point, so the span ends after it.
    const last = t.map[to - 1];
    const e = last + ((t.source.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
    return t.source.slice(s, e);
}
