/** A rule with its options typed by its schema. */
export function defineRule(rule) {
    return rule;
}
