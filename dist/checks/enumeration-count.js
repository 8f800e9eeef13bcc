import { defineRule } from "./types.js";
import { printedNumber } from "./relations/evaluate.js";
/** Measure words of things that are listed by name (not events: 次, 场, 期). */
const THING_UNIT = /^(?:个|项|家|所|类|种|名|人|股|室|处|科|支|条|大|方面)$/;
/** Nouns of a department's own units, whose list a report gives whole. */
const UNITS_NOUN = /^(?:内设)?(?:机构|股室|科室|部室|处室|股|科|室|处|部|单位|站所|所|中队|大队|分局|中心|直属单位|事业单位|二级单位)/;
/** How the name of a unit ends (办公室, 接访股, 信息中心). */
const UNIT_NAME = /(?:室|股|科|处|部|办|中心|队|所|站|局|院|馆|组|委|会|机关)$/;
/** After the count: its noun, then the words that open the list. */
const LIST_AFTER = /^([\u4e00-\u9fa5]{0,8}?)(?:[：:]|[，,]?(?:分别(?:是|为)|包括|具体(?:是|为|包括)|即)[：:]?)/;
/** Before the count, after the list: 共 / 合计 / 计 (等 marks a list left open). */
const COUNT_AFTER_LIST = /(?:共|共计|合计|计|总共|这)?$/;
/**
 * The items of a list (`、` or comma separated). A list holding a figure is a
 * list of quantities, not of names (`接待团组22批次、来宾376人次`); digits that
 * are part of a name (`12345热线中心`) are not figures.
 */
function readList(segment, hasFigure) {
    const s = segment.replace(/[“”"‘’]/g, '').trim();
    let parts = s.split('、');
    if (parts.length < 2)
        parts = s.split(/[，,]/);
    parts = parts.map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || hasFigure || parts.some((p) => p.length > 30))
        return null;
    const last = parts[parts.length - 1];
    const open = /等/.test(last);
    parts[parts.length - 1] = last.replace(/等.*$/, '');
    // `办公室和接访股` is two items when its first half ends like a unit or like the other items do; `基层政权和社区建设股` is one.
    const ends = new Set(parts.map((p) => p[p.length - 1]));
    const joints = parts.map((p) => {
        const halves = /^(.{2,}?)(?:和|及|以及|与)(.{2,})$/.exec(p);
        const first = halves?.[1] ?? '';
        return halves !== null && (ends.has(first[first.length - 1]) || UNIT_NAME.test(first));
    });
    const split = joints.filter(Boolean).length;
    const readings = [parts.length + split];
    // The list may begin after the last joint: what comes before it is a list of its own.
    const lastJoint = joints.lastIndexOf(true, parts.length - 2);
    if (lastJoint >= 0)
        readings.push(parts.length - lastJoint);
    return { items: parts.length, readings, open, text: s };
}
export default defineRule({
    id: 'enumeration-count',
    meta: {
        severity: 'error',
        description: '列举项数与所述数量不符（设有N个…：A、B、C）',
        messages: {
            mismatch: '称{count}{unit}，但列举了{items}项（{list}）',
            incomplete: '称{count}{unit}，但“等”前只列举了{items}项（{list}），名单不完整',
        },
    },
    check(doc) {
        const out = [];
        const text = (f) => {
            const b = doc.blocks[f.block];
            return b?.kind === 'paragraph' ? b.text.text : '';
        };
        const push = (f, list, openBefore = false) => {
            const n = Number(f.value);
            if (n === list.items || list.readings.includes(n))
                return;
            const open = openBefore || list.open;
            // `A、B、C等N个`: a list left open names examples. Of the department's own units (等6个机构) a list is expected
            // whole, so one short or long of N is worth a look (a warning); of anything else (等4个项目) it is only examples.
            if (open && !UNITS_NOUN.test(text(f).slice(f.end, f.end + 6)))
                return;
            const incomplete = open && list.items < n;
            // Of the readings of items joined by 和, state the one nearest the count.
            const items = [list.items, ...list.readings].reduce((a, b) => (Math.abs(b - n) < Math.abs(a - n) ? b : a));
            out.push({
                ...(open ? { severity: 'warning' } : {}),
                messageId: incomplete ? 'incomplete' : 'mismatch', data: { count: printedNumber(f), unit: f.unit, items, list: list.text },
                expected: String(items), actual: printedNumber(f), difference: String(n - items),
                figures: [f.id], block: f.block, cell: f.cell, start: f.start, end: f.end,
            });
        };
        for (const f of doc.figures) {
            if (f.kind !== 'count' || f.cell || f.approx || !/^\d+$/.test(f.value) || !THING_UNIT.test(f.unit))
                continue;
            const b = doc.blocks[f.block];
            if (!b || b.kind !== 'paragraph')
                continue;
            const text = b.text.text;
            // The list follows the count.
            const after = LIST_AFTER.exec(text.slice(f.end));
            const figures = doc.figures.filter((g) => g.block === f.block && g.id !== f.id);
            const figureIn = (from, to) => figures.some((g) => g.start >= from && g.start < to);
            if (after) {
                const from = f.end + after[0].length;
                const end = text.slice(from).search(/[。；;]/);
                const to = end < 0 ? text.length : from + end;
                const list = readList(text.slice(from, to), figureIn(from, to));
                if (list) {
                    push(f, list);
                    continue;
                }
            }
            // The list comes before the count: `A、B、C共3个`.
            const head = text.slice(0, f.start);
            // A count joined to the list as its last member counts that group only (`A、B、C及12个乡镇站所`).
            if (/(?:及|和|以及|与|、)$/.test(head))
                continue;
            const joint = COUNT_AFTER_LIST.exec(head)[0];
            let listEnd = head.length - joint.length;
            const open = /等$/.test(head.slice(0, listEnd));
            if (open)
                listEnd--;
            // The clause before the list: back to a mark that is not a thousands separator (4,862).
            let start = listEnd;
            while (start > 0 && !(/[，,。；;：:]/.test(head[start - 1]) && !(head[start - 1] === ',' && /\d/.test(head[start - 2] ?? '') && /\d/.test(head[start] ?? ''))))
                start--;
            // The words opening the list are before its first item: never past a 、 (国有林场 holds 有, not an opening).
            const segment = head.slice(start, listEnd).replace(/^[^、]*?(?:设有|设置|下设|内设|下属|包括|有)/, '');
            // A list holding numbers lists quantities (`为4,862人发放…、为6,135人发放…`), not names to count.
            if (!segment.includes('、') || figureIn(start, listEnd))
                continue;
            // The count is the list's when 共/合计/等 joins them or the count's own noun follows it (`6个部室`).
            if (!joint && !open && !/^[\u4e00-\u9fa5]/.test(text.slice(f.end)))
                continue;
            const list = readList(segment, figureIn(listEnd - segment.length, listEnd));
            if (list)
                push(f, list, open);
        }
        return out;
    },
});
