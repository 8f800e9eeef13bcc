import { defineRule } from "./types.js";
import { evidenceFor } from "../text.js";
import { isLevel } from "./relations/context.js";
import { printedNumber } from "./relations/evaluate.js";
import { DEPARTMENT, isVocabularyObject } from "../figures/meaning.js";
/** A head count of this year measuring `measure`. */
const people = (doc, f, measure) => f.kind === 'count' && /^[人名]$/.test(f.unit) && /^\d+$/.test(f.value) && isLevel(doc, f) && f.meaning?.measure === measure && f.meaning.period !== '上年';
/**
 * Each 实有 figure with the quota it is held against: the 编制 figure about the same object,
 * nearest before it in its paragraph, else the nearest in the document; for the department,
 * when its paragraph names only the 编制 of several categories, their sum. A 编制 listed inside
 * the 实有 figure's own breakdown (`在职人员246人（其中行政编制19人…）`) measures 实有, not 编制.
 */
function pairs(doc) {
    const out = [];
    const quotas = doc.figures.filter((f) => people(doc, f, '编制'));
    // Staff on the roll (实有) or in post (在职): reports hold either against the quota. Where both are stated the
    // quota is for those in post: 实有 composes 在职 and the retired (`实有47人，其中在职31人、退休11人`).
    const inPost = doc.figures.filter((f) => people(doc, f, '在职'));
    for (const a of doc.figures.filter((f) => people(doc, f, '实有') || people(doc, f, '在职'))) {
        const object = a.meaning.object;
        if (a.meaning.measure === '实有' && inPost.some((f) => f.block === a.block && f.meaning.object === object))
            continue;
        const same = quotas.filter((q) => q.meaning.object === object);
        const near = (q) => Math.abs(q.block - a.block) * 1e6 + (q.block === a.block && q.start < a.start ? a.start - q.start : 5e5 + Math.abs(q.start - a.start));
        const q = same.sort((x, y) => near(x) - near(y))[0];
        if (q) {
            out.push([{ figures: [q], value: Number(q.value) }, a]);
            continue;
        }
        const categories = quotas.filter((x) => x.block === a.block && x.meaning.object !== DEPARTMENT && isVocabularyObject(x.meaning.object));
        if (object === DEPARTMENT && new Set(categories.map((x) => x.meaning.object)).size === categories.length && categories.length >= 2) {
            out.push([{ figures: categories, value: categories.reduce((n, x) => n + Number(x.value), 0) }, a]);
        }
    }
    return out;
}
export default defineRule({
    id: 'staff-over-quota',
    meta: {
        severity: 'warning',
        description: '实有人数超过编制人数',
        messages: { over: '{measure}人数{actual}人超过编制人数{authorized}人' },
    },
    check(doc) {
        const out = [];
        for (const [q, a] of pairs(doc)) {
            if (Number(a.value) <= q.value)
                continue;
            const quota = q.figures.length > 1 ? `${q.figures.map(printedNumber).join('+')}=${q.value}` : printedNumber(q.figures[0]);
            out.push({
                messageId: 'over', data: { measure: a.meaning.measure ?? '实有', actual: printedNumber(a), authorized: quota },
                expected: `≤${q.value}`, actual: printedNumber(a), difference: null,
                figures: [a.id, ...q.figures.map((f) => f.id)], block: a.block, cell: a.cell, start: a.start, end: a.end, evidence: evidenceFor(doc, [...q.figures, a]),
            });
        }
        return out;
    },
});
