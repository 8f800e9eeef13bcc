// Rule settings: patterns/rules.json holds the defaults (on/off, severity,
// options such as the 结转结余率 denominator); the user's --config file
// overrides them rule by rule. Unknown rules or bad options stop the run.
import { z } from 'zod';
import { activeConfig } from "../config.js";
import { ConfigError, loadPattern } from "../patterns.js";
const SeveritySchema = z.enum(['error', 'warning', 'info']);
const RuleSettingSchema = z
    .object({
    enabled: z.boolean().default(true),
    severity: SeveritySchema.optional(),
    /** Severity per message id, for rules whose findings differ in weight. */
    severities: z.record(z.string(), SeveritySchema).optional(),
    options: z.record(z.string(), z.unknown()).default({}),
})
    .strict();
export const RulesFileSchema = z
    .object({
    description: z.string(),
    rules: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case'), RuleSettingSchema),
    /** Snippets the tests run: the rule named must report findings with exactly these `actual` values. */
    examples: z.array(z
        .object({
        text: z.string().min(1),
        rule: z.string(),
        actual: z.array(z.string()),
    })
        .strict()),
})
    .strict();
export const rulesFile = () => loadPattern('rules.json', RulesFileSchema);
/** Settings of every registered rule: defaults, then the user's overrides, options parsed by each rule's schema. */
export function effectiveSettings(rules, file = rulesFile(), config = activeConfig()) {
    const known = new Set(rules.map((r) => r.id));
    for (const id of Object.keys(file.rules)) {
        if (!known.has(id))
            throw new ConfigError(`patterns/rules.json: unknown rule ${id}`);
    }
    for (const id of Object.keys(config.rules)) {
        if (!known.has(id))
            throw new ConfigError(`配置文件中的规则 ${id} 不存在`);
    }
    const out = new Map();
    for (const rule of rules) {
        const base = file.rules[rule.id];
        const user = config.rules[rule.id];
        const rawOptions = { ...(base?.options ?? {}), ...(user?.options ?? {}) };
        let options = rawOptions;
        if (rule.meta.options) {
            const parsed = rule.meta.options.safeParse(rawOptions);
            if (!parsed.success) {
                const issue = parsed.error.issues[0];
                throw new ConfigError(`规则 ${rule.id} 的选项 ${issue.path.join('.') || '(顶层)'} 有误：${issue.message}`);
            }
            options = parsed.data;
        }
        for (const id of Object.keys(base?.severities ?? {})) {
            if (!(id in rule.meta.messages))
                throw new ConfigError(`patterns/rules.json: rule ${rule.id} has no message ${id}`);
        }
        out.set(rule.id, {
            enabled: user?.enabled ?? base?.enabled ?? true,
            severity: user?.severity ?? base?.severity,
            severities: user?.severity ? {} : { ...(base?.severities ?? {}) },
            options,
        });
    }
    return out;
}
