import { cmp, HUNDRED } from "../tolerance.js";
import { defineRule } from "./types.js";
import { evidenceFor } from "../text.js";
import { selfScores } from "./relations/context.js";
import { figureInterval, printedNumber } from "./relations/evaluate.js";
const NO_PROBLEM = /^(?:无|没有|暂无|不存在)/;
/** Text of a section up to the next heading. */
function sectionText(doc, s) {
    const next = doc.sections.find((x) => x.block > s.block);
    return doc.blocks
        .slice(s.block + 1, next ? next.block : undefined)
        .map((b) => (b.kind === 'paragraph' ? b.text.text : ''))
        .join('');
}
export default defineRule({
    id: 'full-score-with-problems',
    meta: {
        severity: 'info',
        description: '自评满分，但报告同时列出存在的问题',
        messages: { fullScore: '自评得分{score}分（满分），但“{section}”列出了存在的问题' },
    },
    check(doc) {
        const score = selfScores(doc)[0];
        const iv = score && figureInterval(score);
        if (!score || !iv || cmp(iv.hi, HUNDRED) < 0)
            return [];
        for (const s of doc.sections) {
            if (s.template !== 'problems')
                continue;
            // The problems section may hold its own 存在问题 subsection: any text after it counts.
            const text = [s, ...doc.sections.filter((c) => c.parent === s.id && c.template === 'problems')].map((x) => sectionText(doc, x)).join('');
            if (text.replace(/\s/g, '').length < 10 || NO_PROBLEM.test(text.trim()))
                continue;
            return [{
                    messageId: 'fullScore', data: { score: printedNumber(score), section: s.heading },
                    expected: null, actual: printedNumber(score), difference: null, figures: [score.id],
                    block: score.block, cell: score.cell, start: score.start, end: score.end, evidence: evidenceFor(doc, [score]),
                }];
        }
        return [];
    },
});
