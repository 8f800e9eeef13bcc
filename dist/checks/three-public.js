import { defineRule } from "./types.js";
import { FigureIndex } from "../text.js";
import { bindDeclared } from "./relations/declared.js";
import { figureGroups, isLevel } from "./relations/context.js";
import { sum } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
const TOTAL = '三公经费';
const ABROAD = '因公出国（境）费';
const VEHICLES = '公务用车购置及运行维护费';
const PURCHASE = '公务用车购置费';
const OPERATION = '公务用车运行维护费';
const RECEPTION = '公务接待费';
/** The first figure of the group about each “三公” object, for each measure and period the group states. */
function byMeaning(doc, group) {
    const out = new Map();
    for (const f of group) {
        const m = f.meaning;
        if (f.kind !== 'amount' || !m || m.measure === null || !isLevel(doc, f))
            continue;
        const key = `${m.measure}|${m.period ?? ''}`;
        const objects = out.get(key) ?? out.set(key, new Map()).get(key);
        if (!objects.has(m.object))
            objects.set(m.object, f);
    }
    return out;
}
export default defineRule({
    id: 'three-public',
    meta: {
        severity: 'error',
        description: '“三公”经费与其构成（因公出国(境)费、公务用车购置及运行维护费、公务接待费）不符',
        messages: RELATION_MESSAGES,
    },
    check(doc) {
        const relations = bindDeclared(doc, 'three-public');
        const index = new FigureIndex(doc.figures);
        for (const group of figureGroups(doc, index)) {
            for (const r of byMeaning(doc, group).values()) {
                const [total, abroad, vehicles, purchase, operation, reception] = [TOTAL, ABROAD, VEHICLES, PURCHASE, OPERATION, RECEPTION].map((o) => r.get(o));
                const rel = (label, stated, parts) => relations.push({ rule: 'three-public', kind: 'three-public', label, stated, expr: sum(parts), declared: false });
                if (total && abroad && vehicles && reception)
                    rel('“三公”经费', total, [abroad, vehicles, reception]);
                if (total && abroad && !vehicles && purchase && operation && reception)
                    rel('“三公”经费', total, [abroad, purchase, operation, reception]);
                if (vehicles && purchase && operation)
                    rel('公务用车购置及运行维护费', vehicles, [purchase, operation]);
            }
        }
        return relationFindings(doc, relations);
    },
});
