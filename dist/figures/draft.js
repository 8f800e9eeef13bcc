import { shiftDecimal } from "./decimal.js";
export const UNREADABLE_RULE = 'unreadable-figure';
/** Amount in 万元, exact: value × toWan (a power of ten). */
function toWan(value, factor) {
    if (factor === null)
        return null;
    const places = factor === '1' ? 0 : Math.round(Math.log10(Number(factor)));
    return shiftDecimal(value, places);
}
export function makeFigure(block, d, seq) {
    const f = {
        id: `f${String(seq).padStart(4, '0')}`,
        kind: d.kind,
        value: d.hit.value,
        unit: d.unit,
        amountWan: d.kind === 'amount' ? toWan(d.hit.value, d.toWan) : null,
        decimals: d.hit.decimals,
        approx: d.hit.approx,
        raw: d.raw,
        label: d.label,
        metric: d.metric,
        block: block.index,
        cell: d.cell,
        start: d.hit.start,
        end: d.hit.end,
        page: block.page,
        section: block.section,
    };
    if (d.hit.trend)
        f.trend = d.hit.trend;
    return f;
}
export function unreadableFinding(block, text, u, cell) {
    const raw = text.slice(u.start, u.end);
    return {
        rule: UNREADABLE_RULE,
        severity: 'info',
        message: `无法完整识别数字“${raw}”：${u.reason}。`,
        expected: null,
        actual: raw,
        difference: null,
        figures: [],
        block: block.index,
        cell,
        start: u.start,
        end: u.end,
        evidence: text.slice(Math.max(0, u.start - 20), Math.min(text.length, u.end + 20)),
    };
}
