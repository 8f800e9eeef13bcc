// Exact decimal strings: money compared later must keep its printed precision,
// so values never pass through floating point on their way out.
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
/** Number of decimal places of a plain decimal string ("346.38" → 2). */
export function decimalsOf(value) {
    const dot = value.indexOf('.');
    return dot < 0 ? 0 : value.length - dot - 1;
}
/** Drops leading zeros of the integer part and a negative sign on zero ("-0" → "0"). */
function tidy(sign, int, frac) {
    const i = int.replace(/^0+(?=\d)/, '');
    const body = frac ? `${i}.${frac}` : i;
    return sign && /[1-9]/.test(body) ? `-${body}` : body;
}
/**
 * Multiplies a decimal string by 10^places exactly ("346.38", -4 → "0.034638").
 * Printed precision is kept where it can be: trailing zeros of the input survive.
 */
export function shiftDecimal(value, places) {
    const m = DECIMAL.exec(value);
    if (!m)
        throw new Error(`not a decimal: ${value}`);
    const [, sign = '', int = '0', frac = ''] = m;
    let digits = int + frac;
    let point = int.length + places;
    if (point <= 0) {
        digits = '0'.repeat(1 - point) + digits;
        point = 1;
    }
    if (point > digits.length)
        digits += '0'.repeat(point - digits.length);
    return tidy(sign, digits.slice(0, point), digits.slice(point));
}
/** Puts a sign on a decimal string (zero stays unsigned). */
export function negate(value) {
    if (value.startsWith('-'))
        return value.slice(1);
    return /[1-9]/.test(value) ? `-${value}` : value;
}
/** Removes thousands separators: "4,125.49" → "4125.49". */
export function stripSeparators(printed) {
    return printed.replace(/,/g, '');
}
