// Chinese numerals, ordinary (十四, 三百四十六点三八, 两) and 大写 (叁佰肆拾陆万), read into
// exact decimal strings. Digit sequences without unit characters (二〇二四) read digit by digit.
const DIGITS = {
    零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
    五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS = { 十: 10n, 拾: 10n, 百: 100n, 佰: 100n, 千: 1000n, 仟: 1000n };
const BIG_UNITS = { 万: 10000n, 萬: 10000n, 亿: 100000000n, 億: 100000000n };
/** Every character that may occur inside a Chinese numeral (the decimal point 点 apart). */
export const CHINESE_NUMERAL_CHARS = Object.keys(DIGITS).join('') + Object.keys(SMALL_UNITS).join('') + Object.keys(BIG_UNITS).join('');
export const isChineseDigit = (c) => c in DIGITS;
export const isBigUnit = (c) => c in BIG_UNITS;
/**
 * Reads a Chinese numeral; null when the characters do not form one (十十, 万 alone).
 * `点` separates the fraction, read digit by digit (三百四十六点三八 → 346.38).
 */
export function parseChineseNumber(text) {
    const dot = text.indexOf('点');
    const intPart = dot < 0 ? text : text.slice(0, dot);
    const fracPart = dot < 0 ? '' : text.slice(dot + 1);
    let frac = '';
    for (const c of fracPart) {
        const d = DIGITS[c];
        if (d === undefined)
            return null;
        frac += String(d);
    }
    if (dot >= 0 && frac === '')
        return null;
    const int = parseInteger(intPart);
    if (int === null)
        return null;
    return { value: frac ? `${int}.${frac}` : String(int), decimals: frac.length };
}
function parseInteger(text) {
    if (text === '')
        return null;
    const chars = Array.from(text);
    // A plain digit sequence: 二〇二四 → 2024.
    if (chars.length > 1 && chars.every((c) => c in DIGITS && c !== '两')) {
        return BigInt(chars.map((c) => DIGITS[c]).join(''));
    }
    let total = 0n; // completed 亿 / 万 groups
    let section = 0n; // below the last big unit
    let digit = null;
    let lastSmall = 10000n; // small units must descend within a section
    let lastBig = 1000000000000n;
    let sawDigit = false;
    for (const c of chars) {
        const d = DIGITS[c];
        if (d !== undefined) {
            if (digit !== null && digit !== 0n && d !== 0)
                return null; // 三四: two digits in a row
            digit = BigInt(d);
            sawDigit = true;
            continue;
        }
        const small = SMALL_UNITS[c];
        if (small !== undefined) {
            if (small >= lastSmall)
                return null;
            // 十四: a leading 十 means one ten.
            const n = digit ?? (section === 0n && total === 0n && small === 10n ? 1n : null);
            if (n === null)
                return null;
            section += n * small;
            digit = null;
            lastSmall = small;
            continue;
        }
        const big = BIG_UNITS[c];
        if (big !== undefined) {
            const group = section + (digit ?? 0n);
            if (group === 0n || big >= lastBig) {
                // 亿 after 万 (一万亿) multiplies the whole; anything else is malformed.
                if (group === 0n && total > 0n && big > lastBig) {
                    total *= big;
                    lastBig = big;
                    continue;
                }
                return null;
            }
            total += group * big;
            section = 0n;
            digit = null;
            lastSmall = 10000n;
            lastBig = big;
            continue;
        }
        return null;
    }
    if (!sawDigit && total === 0n && section === 0n)
        return null;
    return total + section + (digit ?? 0n);
}
