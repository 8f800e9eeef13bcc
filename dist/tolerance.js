// Rounding is not an error. Every printed value stands for the interval it
// rounds from (XBRL Calculations 1.1): `434.16` is [434.155, 434.165]. A relation
// fails only when the interval of the stated result and the interval of what
// the other figures give do not overlap. All arithmetic is exact: decimal
// strings become rationals over BigInt, never floats (278.36 + 41.76 + 8.72 +
// 17.54 is 346.38000000000005 in doubles).
const abs = (x) => (x < 0n ? -x : x);
function gcd(a, b) {
    a = abs(a);
    b = abs(b);
    while (b)
        [a, b] = [b, a % b];
    return a;
}
export function ratio(n, d = 1n) {
    if (d === 0n)
        throw new RangeError('division by zero');
    if (d < 0n) {
        n = -n;
        d = -d;
    }
    const g = gcd(n, d) || 1n;
    return { n: n / g, d: d / g };
}
export const ZERO = ratio(0n);
export const ONE = ratio(1n);
export const HUNDRED = ratio(100n);
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
/** Parses a decimal string (`-11.65`, `1,234.5`, `.5`) exactly. */
export function parseDecimal(s) {
    const m = DECIMAL.exec(s.trim().replace(/,/g, ''));
    if (!m || (m[2] === '' && (m[3] ?? '') === ''))
        throw new SyntaxError(`not a decimal number: ${JSON.stringify(s)}`);
    const frac = m[3] ?? '';
    const digits = BigInt((m[2] || '0') + frac);
    return ratio(m[1] === '-' ? -digits : digits, 10n ** BigInt(frac.length));
}
/** Decimal places written in a decimal string (`346.38` → 2, `100` → 0). */
export function decimalsOf(s) {
    const dot = s.indexOf('.');
    return dot < 0 ? 0 : s.length - dot - 1;
}
export const add = (a, b) => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a, b) => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a, b) => ratio(a.n * b.n, a.d * b.d);
export const div = (a, b) => ratio(a.n * b.d, a.d * b.n);
export const neg = (a) => ({ n: -a.n, d: a.d });
export const cmp = (a, b) => {
    const x = a.n * b.d - b.n * a.d;
    return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const isZero = (a) => a.n === 0n;
export const ratAbs = (a) => (a.n < 0n ? neg(a) : a);
const min = (a, b) => (cmp(a, b) <= 0 ? a : b);
const max = (a, b) => (cmp(a, b) >= 0 ? a : b);
/** Half a unit in the last printed place: 0.005 for two decimals. */
export function halfUnit(decimals) {
    return ratio(1n, 2n * 10n ** BigInt(Math.max(0, decimals)));
}
/** The interval a value printed with `decimals` places rounds from. */
export function printed(value, decimals) {
    const v = typeof value === 'string' ? parseDecimal(value) : value;
    const h = halfUnit(decimals);
    return { lo: sub(v, h), hi: add(v, h) };
}
/** A value known exactly (a count of people, a constant such as 100%). */
export function exact(value) {
    const v = typeof value === 'string' ? parseDecimal(value) : value;
    return { lo: v, hi: v };
}
export const iadd = (a, b) => ({ lo: add(a.lo, b.lo), hi: add(a.hi, b.hi) });
export const isub = (a, b) => ({ lo: sub(a.lo, b.hi), hi: sub(a.hi, b.lo) });
export const ineg = (a) => ({ lo: neg(a.hi), hi: neg(a.lo) });
export function iscale(a, k) {
    const x = mul(a.lo, k);
    const y = mul(a.hi, k);
    return { lo: min(x, y), hi: max(x, y) };
}
export function imul(a, b) {
    const ps = [mul(a.lo, b.lo), mul(a.lo, b.hi), mul(a.hi, b.lo), mul(a.hi, b.hi)];
    return { lo: ps.reduce(min), hi: ps.reduce(max) };
}
/** a / b, or null when b's interval holds zero (the ratio is then unbounded). */
export function idiv(a, b) {
    if (cmp(b.lo, ZERO) <= 0 && cmp(b.hi, ZERO) >= 0)
        return null;
    const qs = [div(a.lo, b.lo), div(a.lo, b.hi), div(a.hi, b.lo), div(a.hi, b.hi)];
    return { lo: qs.reduce(min), hi: qs.reduce(max) };
}
export const isum = (xs) => xs.reduce(iadd, exact(ZERO));
/** Two intervals share at least one point: the values may agree after rounding. */
export const overlaps = (a, b) => cmp(a.lo, b.hi) <= 0 && cmp(b.lo, a.hi) <= 0;
export const midpoint = (a) => div(add(a.lo, a.hi), ratio(2n));
/** Distance between two disjoint intervals (zero when they overlap). */
export function gap(a, b) {
    if (overlaps(a, b))
        return ZERO;
    return cmp(a.hi, b.lo) < 0 ? sub(b.lo, a.hi) : sub(a.lo, b.hi);
}
/** A rational as a decimal string with `decimals` places, rounded half away from zero. */
export function formatRat(r, decimals) {
    const scale = 10n ** BigInt(Math.max(0, decimals));
    const n = abs(r.n) * scale;
    let q = n / r.d;
    if ((n % r.d) * 2n >= r.d)
        q += 1n;
    const sign = r.n < 0n && q !== 0n ? '-' : '';
    const s = q.toString().padStart(decimals + 1, '0');
    return decimals > 0 ? `${sign}${s.slice(0, -decimals)}.${s.slice(-decimals)}` : `${sign}${s}`;
}
/**
 * A rational written with as few places as it needs, at most `maxDecimals`
 * (0.005 → "0.005", 434.155 → "434.155", 1/3 → "0.3333").
 */
export function formatExact(r, maxDecimals = 4) {
    for (let k = 0; k <= maxDecimals; k++) {
        const s = formatRat(r, k);
        if (cmp(parseDecimal(s), r) === 0)
            return s;
    }
    return formatRat(r, maxDecimals).replace(/0+$/, '');
}
/** `[434.155, 434.165]` — the interval as a finding states it. */
export function formatInterval(a, maxDecimals = 4) {
    return `[${formatExact(a.lo, maxDecimals)}, ${formatExact(a.hi, maxDecimals)}]`;
}
