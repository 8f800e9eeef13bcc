// What each rule checks, in Chinese, for the report's tables: read from the rule
// registry, so a new rule shows with its own description.
import { RULES } from "../checks/index.js";
import { UNREADABLE_RULE } from "../figures/index.js";
const DESCRIPTIONS = new Map([
    ...RULES.map((r) => [r.id, r.meta.description]),
    [UNREADABLE_RULE, '数字无法完整识读（数字写法不规范或被截断）'],
]);
/** The rule's description, or its id when the rule is unknown (a finding from a newer version). */
export function ruleDescription(rule) {
    return DESCRIPTIONS.get(rule) ?? rule;
}
