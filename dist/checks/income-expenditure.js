import { defineRule } from "./types.js";
import { FigureIndex, figureText, sentenceAt } from "../text.js";
import { bindDeclared, scopeKey } from "./relations/declared.js";
import { figureGroups, pickRoles } from "./relations/context.js";
import { fig, sum } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
const INCOME_ROLES = {
    grand: { is: /收入总计/ },
    current: { is: /本年收入合计|本年收入|收入合计/, not: /总计/ },
    nonfiscal: { is: /使用非财政拨款结余|用事业基金弥补/ },
    carried: { is: /年初结转和结余|年初结转结余|上年结转/ },
};
const SPENDING_ROLES = {
    grand: { is: /支出总计/ },
    current: { is: /本年支出合计|本年支出|支出合计/, not: /总计/ },
    distribution: { is: /结余分配/ },
    carried: { is: /年末结转和结余|年末结转结余|结转下年/ },
};
/** `收、支总计各为A、B万元`, `收支总计分别为A万元和B万元`: the two figures of one sentence. */
const BOTH_TOTALS = /收[、和与及]?支(?:出)?总计(?:分别|各|均)?(?:为|是)?$/;
/** Roles of one group only when they name the same scope (all funds, or 财政拨款 only …); none otherwise. */
function sameScope(doc, roles) {
    const keys = new Set(Object.values(roles).map((f) => scopeKey(doc, f)));
    return keys.size > 1 ? {} : roles;
}
export default defineRule({
    id: 'income-expenditure',
    meta: {
        severity: 'error',
        description: '收入总计与支出总计不等，或总计与本年收支、结转结余不符',
        messages: RELATION_MESSAGES,
    },
    check(doc) {
        const relations = bindDeclared(doc, 'income-expenditure');
        const index = new FigureIndex(doc.figures);
        let incomeGrand = [];
        let spendingGrand = [];
        for (const group of figureGroups(doc, index)) {
            const inc = sameScope(doc, pickRoles(doc, group, INCOME_ROLES));
            const exp = sameScope(doc, pickRoles(doc, group, SPENDING_ROLES));
            if (inc.grand && inc.current && inc.carried) {
                const parts = [inc.current, ...(inc.nonfiscal ? [inc.nonfiscal] : []), inc.carried];
                relations.push({ rule: 'income-expenditure', kind: 'income', label: '收入总计', stated: inc.grand, expr: sum(parts), declared: false });
            }
            if (exp.grand && exp.current && exp.carried) {
                const parts = [exp.current, ...(exp.distribution ? [exp.distribution] : []), exp.carried];
                relations.push({ rule: 'income-expenditure', kind: 'expenditure', label: '支出总计', stated: exp.grand, expr: sum(parts), declared: false });
            }
            if (inc.grand)
                incomeGrand.push(inc.grand);
            if (exp.grand)
                spendingGrand.push(exp.grand);
        }
        incomeGrand = [...new Set(incomeGrand)];
        spendingGrand = [...new Set(spendingGrand)];
        // The two totals of one table or paragraph must be equal.
        for (const e of spendingGrand) {
            const mine = incomeGrand.filter((f) => f.block === e.block && scopeKey(doc, f) === scopeKey(doc, e));
            const i = mine.find((f) => !f.cell || !e.cell || f.cell.row === e.cell.row) ?? mine[0];
            if (i)
                relations.push({ rule: 'income-expenditure', kind: 'grand-totals', label: '支出总计（应等于收入总计）', stated: e, expr: fig(i), declared: false });
        }
        for (const f of doc.figures) {
            if (f.kind !== 'amount' || f.cell)
                continue;
            const text = figureText(doc, f);
            const s = sentenceAt(text, f.start);
            if (!BOTH_TOTALS.test(text.slice(s.start, f.start)))
                continue;
            const next = index.at(f.block).find((g) => g.start > f.start && g.start < s.end && g.kind === 'amount');
            if (next)
                relations.push({ rule: 'income-expenditure', kind: 'grand-totals', label: '支出总计（应等于收入总计）', stated: next, expr: fig(f), declared: false });
        }
        return relationFindings(doc, relations);
    },
});
