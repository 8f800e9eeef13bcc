// Cover fields left empty or holding only a placeholder (`部门名称：（公章）`).
import { isEmptyCoverValue } from "../facts.js";
import { defineRule } from "./types.js";
export default defineRule({
    id: 'cover-fields',
    meta: {
        severity: 'warning',
        description: '封面栏目未填写（部门名称、填报人、联系电话、填报日期等）',
        messages: { empty: '封面“{name}”未填写', placeholder: '封面“{name}”只有占位内容“{value}”' },
    },
    check(doc) {
        return doc.facts.cover
            .filter((f) => isEmptyCoverValue(f.value))
            .map((f) => ({
            messageId: f.value.trim() ? 'placeholder' : 'empty',
            data: { name: f.name, value: f.value.trim() },
            expected: null,
            actual: f.value.trim() || null,
            difference: null,
            figures: [],
            block: f.block,
            evidence: `${f.name}：${f.value}`,
        }));
    },
});
