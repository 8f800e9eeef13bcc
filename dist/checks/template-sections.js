// The template's sections a 部门整体支出绩效自评报告 must have: a report without
// its 部门基本情况, 支出情况, 自评情况 or 存在问题 is incomplete.
import { z } from 'zod';
import { defineRule } from "./types.js";
const Options = z.object({
    /** Words in the opening lines that mark the report kind the required sections apply to. */
    reportKind: z.string().default('整体支出绩效'),
    required: z.array(z.string()).default([]),
    names: z.record(z.string(), z.string()).default({}),
});
export default defineRule({
    id: 'template-sections',
    meta: {
        severity: 'warning',
        description: '缺少模板要求的章节',
        messages: { missing: '报告缺少模板章节“{name}”' },
        options: Options,
    },
    check(doc, options) {
        const opening = doc.blocks
            .slice(0, 12)
            .map((b) => (b.kind === 'paragraph' ? b.text.text : ''))
            .join('\n');
        if (!opening.includes(options.reportKind) && !doc.file.includes(options.reportKind))
            return [];
        if (!doc.sections.length)
            return [];
        const present = new Set(doc.sections.map((s) => s.template));
        return options.required
            .filter((id) => !present.has(id))
            .map((id) => ({
            messageId: 'missing',
            data: { name: options.names[id] ?? id },
            expected: options.names[id] ?? id,
            actual: null,
            difference: null,
            figures: [],
            block: null,
        }));
    },
});
