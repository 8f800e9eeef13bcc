// Figures and headings of another year than the report's: a 2024 report that
// says `2023年部门决算收入…` most likely kept last year's text. Years named for
// comparison (较2023年), history (2019年成立), plans (2025年预算) or in the
// section on last year's rectification are fine.
import { defineRule } from "./types.js";
import { CUE_AFTER, CUE_BEFORE, reportYear, YEAR } from "./relations/context.js";
import { matchNumbering } from "../sections.js";
const CUE_CLAUSE = /上年|去年|上一年|同比|较|比上|相比|以来|成立|始建|组建|挂牌|规划|计划|预计|将|拟|明年|下一步|下年|十[三四五]五|历年|连续|《|印发|出台|颁布|修订|发布|为期|试点|启动|〔/;
const CLAUSE_MARK = /[，,。；;：:！？!?\n]/;
/**
 * The date a year's state is taken at (`截至2020年12月31日`): in an annual report it is the
 * report year's end, so another year there is last year's text left in. (A date is no year
 * figure for YEAR, which skips years followed by a month.)
 */
const YEAR_END = /(?:截至|截止|至)\s*(20\d{2})\s*年\s*(?:12\s*月\s*31\s*日|末|底)/g;
/** The clause holding [at, end): between clause marks. */
function clauseAround(t, at, end) {
    let cs = at;
    while (cs > 0 && !CLAUSE_MARK.test(t[cs - 1]))
        cs--;
    let ce = end;
    while (ce < t.length && !CLAUSE_MARK.test(t[ce]))
        ce++;
    return t.slice(cs, ce);
}
export default defineRule({
    id: 'year-mismatch',
    meta: {
        severity: 'warning',
        description: '出现与报告年度不符的年份',
        messages: { otherYear: '报告年度为{expected}年，此处写作{actual}年' },
    },
    check(doc) {
        const year = reportYear(doc);
        if (year === null)
            return [];
        const out = [];
        const rectification = new Set(doc.sections.filter((s) => s.template === 'rectification').map((s) => s.id));
        const inRectification = (section) => {
            for (let s = section; s !== null; s = doc.sections[s].parent)
                if (rectification.has(s))
                    return true;
            return false;
        };
        for (const b of doc.blocks) {
            if (b.kind !== 'paragraph' || inRectification(b.section))
                continue;
            const t = b.text.text;
            for (const m of t.matchAll(YEAR_END)) {
                const y = Number(m[1]);
                const at = m.index + m[0].indexOf(m[1]);
                if (y === year || CUE_CLAUSE.test(clauseAround(t, m.index, m.index + m[0].length)))
                    continue;
                out.push({
                    messageId: 'otherYear', data: { expected: year, actual: m[1] },
                    expected: String(year), actual: m[1], difference: String(y - year),
                    figures: [], block: b.index, cell: null, start: at, end: at + 4,
                });
            }
            for (const m of t.matchAll(YEAR)) {
                const y = Number(m[1]);
                if (y === year)
                    continue;
                const at = m.index;
                const end = at + m[0].length;
                const clause = clauseAround(t, at, end);
                // A heading's numbering (`七、2022年度政府采购支出情况说明`) is no list of years before it.
                const numbering = matchNumbering(t);
                const numbered = numbering !== null && t.length - numbering.rest.length === at;
                if ((!numbered && CUE_BEFORE.test(t.slice(Math.max(0, at - 4), at))) || CUE_AFTER.test(t.slice(end)) || CUE_CLAUSE.test(clause))
                    continue;
                if (y === year - 1 && /上年度|整改/.test(clause))
                    continue;
                if (y > year && /预算|目标|任务|工作|安排/.test(clause))
                    continue;
                out.push({
                    messageId: 'otherYear', data: { expected: year, actual: m[1] },
                    expected: String(year), actual: m[1], difference: String(y - year),
                    figures: [], block: b.index, cell: null, start: at, end,
                });
            }
        }
        return out;
    },
});
