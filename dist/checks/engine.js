/** Freezes an object graph; typed arrays (source maps) cannot be frozen and are left as they are. */
export function deepFreeze(value) {
    if (value === null || typeof value !== 'object' || Object.isFrozen(value) || ArrayBuffer.isView(value))
        return value;
    for (const key of Object.keys(value))
        deepFreeze(value[key]);
    return Object.freeze(value);
}
export function renderMessage(rule, draft) {
    const template = rule.meta.messages[draft.messageId];
    if (template === undefined)
        throw new Error(`rule ${rule.id} has no message ${draft.messageId}`);
    return template.replace(/\{(\w+)\}/g, (_, key) => {
        const v = draft.data[key];
        if (v === undefined)
            throw new Error(`rule ${rule.id} message ${draft.messageId}: no data for {${key}}`);
        return String(v);
    });
}
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
function stamp(rule, setting, draft) {
    const { messageId, data: _data, severity, ...rest } = draft;
    return {
        rule: rule.id,
        severity: setting.severities[messageId] ?? setting.severity ?? severity ?? rule.meta.severity,
        message: renderMessage(rule, draft),
        expected: rest.expected ?? null,
        actual: rest.actual ?? null,
        difference: rest.difference ?? null,
        figures: [...rest.figures],
        block: rest.block ?? null,
        ...(rest.cell !== undefined ? { cell: rest.cell } : {}),
        ...(rest.start !== undefined ? { start: rest.start } : {}),
        ...(rest.end !== undefined ? { end: rest.end } : {}),
        ...(rest.evidence !== undefined ? { evidence: rest.evidence } : {}),
    };
}
export function compareFindings(a, b) {
    return ((a.block ?? -1) - (b.block ?? -1) ||
        (a.cell?.row ?? -1) - (b.cell?.row ?? -1) ||
        (a.cell?.col ?? -1) - (b.cell?.col ?? -1) ||
        (a.start ?? -1) - (b.start ?? -1) ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/**
 * Drops repeats: the same rule saying the same thing at the same place, and a
 * relation over the same figures with the same numbers found by two rules
 * (the first, more severe one stays).
 */
export function dedupeFindings(findings) {
    const seen = new Set();
    const out = [];
    const ranked = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    for (const f of ranked) {
        const place = `${f.block}|${f.cell?.row}|${f.cell?.col}|${f.start}`;
        const own = `${f.rule}|${place}|${f.message}`;
        const figures = [...f.figures].sort().join(',');
        const relation = figures ? `${figures}|${f.expected}|${f.actual}` : null;
        if (seen.has(own) || (relation !== null && seen.has(relation)))
            continue;
        seen.add(own);
        if (relation !== null)
            seen.add(relation);
        out.push(f);
    }
    return out;
}
/** Runs `rules` over `doc` with their settings; a rule that throws becomes one info finding, not a lost document. */
export function runRules(doc, rules, settings) {
    const frozen = deepFreeze(structuredClone(doc));
    const findings = [];
    for (const rule of rules) {
        const setting = settings.get(rule.id);
        if (!setting?.enabled)
            continue;
        try {
            for (const draft of rule.check(frozen, setting.options))
                findings.push(stamp(rule, setting, draft));
        }
        catch (e) {
            findings.push({
                rule: rule.id,
                severity: 'info',
                message: `检查规则${rule.id}未能完成：${e.message}`,
                expected: null,
                actual: null,
                difference: null,
                figures: [],
                block: null,
            });
        }
    }
    return dedupeFindings(findings).sort(compareFindings);
}
