// Template text left in the submission: （参考格式）, （公章）, XX局, 填写说明 ….
import { z } from 'zod';
import { defineRule } from "./types.js";
const Options = z.object({
    /** Regular expressions (source text) of template leftovers. */
    patterns: z.array(z.string()).default([]),
});
export default defineRule({
    id: 'template-leftover',
    meta: {
        severity: 'warning',
        description: '残留模板文字（参考格式、公章占位、XX局等）',
        messages: { leftover: '残留模板文字“{text}”' },
        options: Options,
    },
    check(doc, options) {
        const res = options.patterns.map((p) => new RegExp(p, 'g'));
        const out = [];
        const scan = (text, block, cell) => {
            for (const re of res) {
                for (const m of text.matchAll(re)) {
                    out.push({
                        messageId: 'leftover', data: { text: m[0] }, expected: null, actual: m[0], difference: null,
                        figures: [], block, cell, start: m.index, end: m.index + m[0].length,
                    });
                }
            }
        };
        for (const b of doc.blocks) {
            if (b.kind === 'paragraph')
                scan(b.text.text, b.index, null);
            else
                b.rows.forEach((row, r) => row.forEach((c, col) => scan(c.text.text, b.index, { row: r, col })));
        }
        return out;
    },
});
