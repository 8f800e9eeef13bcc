import { cmp, exact, formatInterval, formatRat, gap, iadd, idiv, imul, ineg, iscale, overlaps, parseDecimal, printed, ONE, ratio, sub, div, } from "../../tolerance.js";
import { figuresOf } from "./model.js";
/** 万元 per unit of each money unit: amounts are compared in 万元. */
const WAN_PER_UNIT = {
    元: ratio(1n, 10000n),
    千元: ratio(1n, 10n),
    万元: ratio(1n),
    百万元: ratio(100n),
    亿元: ratio(10000n),
};
/** The unit a figure is compared in: 万元 for money, its own unit otherwise. */
export function dimensionOf(f) {
    return f.kind === 'amount' ? '万元' : f.unit;
}
export function wanFactor(f) {
    if (f.kind !== 'amount')
        return ratio(1n);
    const known = WAN_PER_UNIT[f.unit];
    if (known)
        return known;
    if (f.amountWan !== null && parseDecimal(f.value).n !== 0n)
        return div(parseDecimal(f.amountWan), parseDecimal(f.value));
    return null;
}
/**
 * Counts of whole things (13人) and scores given by the evaluator (得分4.5) are
 * exact; everything measured stands for its rounding interval.
 */
function isExactCount(f) {
    return (f.kind === 'count' && f.decimals === 0 && !/^[万亿千百]/.test(f.unit)) || f.kind === 'score';
}
/** The interval a figure stands for, in its comparison unit; null when it cannot be judged (约, 余). */
export function figureInterval(f, point = false) {
    if (f.approx)
        return null;
    const factor = wanFactor(f);
    if (factor === null)
        return null;
    let v;
    try {
        v = parseDecimal(f.value);
    }
    catch {
        return null;
    }
    // A bare 0 (结余0万元) means nothing is there, not something that rounds to zero.
    const iv = point || isExactCount(f) || (v.n === 0n && f.decimals === 0) ? exact(v) : printed(v, f.decimals);
    return iscale(iv, factor);
}
function evalExpr(e, point) {
    switch (e.op) {
        case 'fig': {
            const iv = figureInterval(e.fig, point);
            return iv ? { iv, dim: dimensionOf(e.fig) } : null;
        }
        case 'const':
            return { iv: exact(e.value), dim: '' };
        case 'sum': {
            let acc = null;
            for (const t of e.terms) {
                const v = evalExpr(t.expr, point);
                if (!v)
                    return null;
                const iv = t.sign < 0 ? ineg(v.iv) : v.iv;
                if (acc && acc.dim !== v.dim && acc.dim !== '' && v.dim !== '')
                    return null;
                acc = acc ? { iv: iadd(acc.iv, iv), dim: acc.dim || v.dim } : { iv, dim: v.dim };
            }
            return acc;
        }
        case 'ratio': {
            const n = evalExpr(e.num, point);
            const d = evalExpr(e.den, point);
            if (!n || !d)
                return null;
            const q = idiv(n.iv, d.iv);
            return q ? { iv: iscale(q, e.scale), dim: '' } : null;
        }
        case 'product': {
            let acc = { iv: exact(ONE), dim: '' };
            for (const f of e.factors) {
                const v = evalExpr(f, point);
                if (!v)
                    return null;
                acc = { iv: imul(acc.iv, v.iv), dim: acc.dim || v.dim };
            }
            return { iv: iscale(acc.iv, e.scale), dim: acc.dim };
        }
    }
}
/** Judges one relation; null when it cannot be judged (approximate figures, zero denominators, mixed units). */
export function evaluate(rel) {
    const factor = wanFactor(rel.stated);
    const stated = rel.rounded && factor && !rel.stated.approx ? iscale(printed(parseDecimal(rel.stated.value), rel.stated.decimals), factor) : figureInterval(rel.stated);
    if (!stated || !factor)
        return null;
    const readings = [rel.expr, ...(rel.alternatives ?? [])];
    let reported = null;
    for (const [i, e] of readings.entries()) {
        const v = evalExpr(e, false);
        if (!v || (v.dim !== '' && v.dim !== dimensionOf(rel.stated)))
            continue;
        if (overlaps(v.iv, stated))
            return { holds: true, stated, computed: v.iv, expected: '', difference: '', reading: i };
        const p = evalExpr(e, true);
        // Readings in order of preference; with `closest`, the one nearest the stated value is the likely intent.
        const better = !reported || (rel.pick === 'closest' && cmp(gap(v.iv, stated), gap(reported.iv, stated)) < 0);
        if (p && better)
            reported = { iv: v.iv, point: p.iv, reading: i };
    }
    if (!reported)
        return null;
    const expectedValue = div(reported.point.lo, factor);
    // An exact result (head counts, scores) is written as it is; a measured one to the stated figure's places.
    const places = cmp(reported.iv.lo, reported.iv.hi) === 0 ? Math.max(rel.stated.decimals, decimalsNeeded(expectedValue)) : Math.max(rel.stated.decimals, rel.places ?? 0);
    const expected = formatRat(expectedValue, places);
    const difference = formatRat(sub(parseDecimal(rel.stated.value), expectedValue), places);
    return { holds: false, stated, computed: reported.iv, expected, difference, reading: reported.reading };
}
/** Places a rational needs to be written exactly, at most 2 (a ratio of head counts is rounded). */
function decimalsNeeded(r) {
    for (let k = 0; k < 2; k++)
        if (cmp(parseDecimal(formatRat(r, k)), r) === 0)
            return k;
    return 2;
}
/** A figure's number as printed, without its unit (`1,234.56万元` → `1,234.56`). */
export function printedNumber(f) {
    const m = /(?:负|[-−－])?\d[\d,，]*(?:\.\d+)?/.exec(f.raw);
    if (m)
        return m[0];
    // Chinese numerals (三十九人): the number part, without its unit.
    return f.raw.endsWith(f.unit) ? f.raw.slice(0, f.raw.length - f.unit.length) : f.raw;
}
/** A figure's label as a formula names it: `全年执行`, `年初预算` (long labels and filler cut). */
function shortLabel(f) {
    const l = (f.label ?? '').replace(/[\s“”"‘’]/g, '').replace(/(?:为|是|达到|达|约|共计|合计|共)+$/, '').replace(/^\d{4}年度?/, '');
    if (!l || /[\d%％]/.test(l))
        return '';
    // A cell's label is its row and column headers, each needed whole (一般公共预算财政拨款 决算数); a sentence's is
    // the words before the figure, the nearest ones naming it.
    const max = f.cell ? 24 : 12;
    return (l.length > max ? l.slice(l.length - max) : l).replace(/^(?:其中|含)?[：:，,、÷×+\-－]+/, '');
}
/** The formula as the finding writes it, each figure with its label: `全年执行536.20÷(年初预算500.00+年中追加36.20)`. */
export function renderExpr(e, unit, top = true) {
    switch (e.op) {
        case 'fig': {
            const v = e.fig.value.startsWith('-') && !top ? `(${e.fig.value})` : e.fig.value;
            const valued = e.fig.unit === unit || e.fig.kind !== 'amount' ? v : `${v}${e.fig.unit}`;
            return `${shortLabel(e.fig)}${valued}`;
        }
        case 'const':
            return e.text;
        case 'sum': {
            const s = e.terms
                .map((t, i) => {
                const body = renderExpr(t.expr, unit, false);
                return i === 0 ? (t.sign < 0 ? `-${body}` : body) : `${t.sign < 0 ? '-' : '+'}${body}`;
            })
                .join('');
            return top || e.terms.length === 1 ? s : `(${s})`;
        }
        case 'ratio': {
            // Units cancel in a ratio: write them only when numerator and denominator differ (元 over 万元).
            const inner = e.num.op === 'fig' ? e.num.fig.unit : unit;
            return `${renderExpr(e.num, inner, false)}÷${renderExpr(e.den, inner, false)}`;
        }
        case 'product':
            // A percentage factor keeps its sign (`分值10×执行率93.74%`): the scale of 1/100 is implied by it.
            return e.factors.map((f) => `${renderExpr(f, unit, false)}${f.op === 'fig' && f.fig.unit === '%' ? '%' : ''}`).join('×');
    }
}
/** All figures a relation involves: the stated one first, then operands and context. */
export function relationFigures(rel) {
    const all = [rel.stated, ...figuresOf(rel.expr), ...(rel.context ?? [])];
    const seen = new Set();
    return all.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
/** Interval in the stated figure's own unit, for messages. */
export function intervalInUnit(iv, f) {
    const factor = wanFactor(f) ?? ratio(1n);
    return formatInterval({ lo: div(iv.lo, factor), hi: div(iv.hi, factor) });
}
