import { defineRule } from "./types.js";
const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function chinese(n) {
    if (n <= 10)
        return CN[n];
    if (n < 20)
        return `十${n % 10 ? CN[n % 10] : ''}`;
    return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
}
/** The number of ordinal n written in numbering style `style` (as the section tree ranks them). */
export function formatNumber(style, n) {
    switch (style) {
        case 0:
            return `第${chinese(n)}部分`;
        case 1:
            return `${chinese(n)}、`;
        case 2:
            return `（${chinese(n)}）`;
        case 3:
            return `${n}.`;
        case 4:
            return `（${n}）`;
        case 5:
            return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
        default:
            return `${n}）`;
    }
}
export default defineRule({
    id: 'heading-numbering',
    meta: {
        severity: 'warning',
        description: '同级标题编号重复、跳号或缺号',
        messages: {
            duplicate: '标题编号{actual}重复使用（上一个同级标题也是{actual}），应为{expected}',
            skipped: '标题编号从{previous}跳到{actual}，缺少{missing}',
            unnumbered: '标题“{heading}”缺少编号，按同级顺序应为{expected}',
        },
    },
    check(doc) {
        const out = [];
        const children = new Map();
        for (const s of doc.sections)
            (children.get(s.parent) ?? children.set(s.parent, []).get(s.parent)).push(s);
        for (const siblings of children.values()) {
            const styles = new Set(siblings.filter((s) => s.numberStyle !== null).map((s) => s.numberStyle));
            if (styles.size !== 1)
                continue;
            const style = [...styles][0];
            let last = null;
            let lastNumber = '';
            let unnumbered = 0;
            for (const s of siblings) {
                const at = { figures: [], block: s.block, expected: null, difference: null, evidence: s.heading };
                if (s.numberStyle === null) {
                    if (last === null)
                        continue;
                    unnumbered++;
                    const expected = formatNumber(style, last + unnumbered);
                    out.push({ ...at, messageId: 'unnumbered', data: { heading: s.heading, expected }, expected, actual: s.heading });
                    continue;
                }
                if (s.numberStyle !== style || s.ordinal === null)
                    continue;
                if (last !== null && s.ordinal === last && unnumbered === 0) {
                    const expected = formatNumber(style, last + 1);
                    out.push({ ...at, messageId: 'duplicate', data: { actual: s.number, expected }, expected, actual: s.number });
                }
                else if (last !== null && s.ordinal > last + 1 + unnumbered) {
                    const missing = [];
                    for (let n = last + 1 + unnumbered; n < s.ordinal; n++)
                        missing.push(formatNumber(style, n));
                    out.push({
                        ...at, messageId: 'skipped', data: { previous: lastNumber, actual: s.number, missing: missing.join('、') },
                        expected: missing[0], actual: s.number,
                    });
                }
                else if (last === null && s.ordinal > 1) {
                    const missing = [];
                    for (let n = 1; n < s.ordinal; n++)
                        missing.push(formatNumber(style, n));
                    out.push({
                        ...at, messageId: 'skipped', data: { previous: '开头', actual: s.number, missing: missing.join('、') },
                        expected: missing[0], actual: s.number,
                    });
                }
                last = Math.max(s.ordinal, last ?? 0);
                lastNumber = s.number;
                unnumbered = 0;
            }
        }
        return out;
    },
});
