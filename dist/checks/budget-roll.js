// The budget roll: 年初预算 + 调整预算 = 全年预算; 全年预算 = 执行数 + 结余
// (so 执行数 = 年初预算 + 调整 − 结余 when 全年预算 is not stated); 全年可用资金 =
// 年初预算 + 调整 + 上年结转. Declared over metrics in patterns/relations.json, and
// found in one paragraph or table row from the figures' meanings (measure, period).
import { defineRule } from "./types.js";
import { FigureIndex, figureText, fullSentenceAt } from "../text.js";
import { bindDeclared } from "./relations/declared.js";
import { CHANGE, DEPARTMENT, isVocabularyObject } from "../figures/meaning.js";
import { figureInterval } from "./relations/evaluate.js";
import { cmp } from "../tolerance.js";
import { figureGroups, isLevel, signedByVerb, wordsOf } from "./relations/context.js";
import { sum } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
/** A figure of this year's roll: an amount of this year whose meaning was read, not a change (上年结转 is money of 年初). */
function rollFigure(f) {
    const m = f.meaning;
    return f.kind === 'amount' && !f.approx && m?.measure != null && m.measure !== CHANGE && m.period !== '上年';
}
function largest(figs) {
    const size = (f) => figureInterval(f, true)?.lo;
    return figs.reduce((a, f) => {
        const x = size(f);
        const y = a && size(a);
        return !a || (x && y && cmp(x, y) > 0) ? f : a;
    }, undefined);
}
/**
 * The figures of a group by their part in the roll, read from their meanings (figures/meaning.ts):
 * 全年预算, 可用资金 (全年预算 plus what was carried in), 年初预算, every 调整 signed by its verb,
 * 执行, the money carried in (结转结余 of 年初) and left over (结转结余 of the year's end).
 */
function rollOf(doc, group) {
    const figs = group.filter(rollFigure);
    const first = (measure, ok = () => true) => figs.find((f) => f.meaning.measure === measure && ok(f));
    const leftover = (f) => f.meaning.period !== '年初';
    return {
        final: first('全年预算'),
        available: first('可用资金'),
        // Of several 年初 budgets of one object in a group, the whole is the largest (`A 900万元、B 250万元，合计1,150万元`).
        // The budget stated 年初 is the initial one, before a larger 当年预算 that already counts the adjustments.
        initial: largest(figs.filter((f) => f.meaning.measure === '预算' && f.meaning.period === '年初')) ??
            largest(figs.filter((f) => f.meaning.measure === '预算' && f.meaning.period !== '全年')),
        budgets: figs.filter((f) => f.meaning.measure === '预算' && f.meaning.period !== '全年'),
        adjustments: figs.filter((f) => f.meaning.measure === '调整').map((f) => signedByVerb(doc, f)),
        execution: first('执行'),
        carriedIn: figs.filter((f) => f.meaning.measure === '结转结余' && !leftover(f)),
        leftovers: figs.filter((f) => f.meaning.measure === '结转结余' && leftover(f)),
    };
}
export default defineRule({
    id: 'budget-roll',
    meta: {
        severity: 'error',
        description: '预算滚动关系不符：年初预算+调整=全年预算，全年预算=执行数+结余，节约额=预算−实际',
        messages: RELATION_MESSAGES,
    },
    check(doc) {
        const declared = bindDeclared(doc, 'budget-roll');
        const relations = [];
        const index = new FigureIndex(doc.figures);
        for (const whole of figureGroups(doc, index)) {
            for (const group of budgetsOf(whole)) {
                const r = rollOf(doc, group);
                const members = [r.final, r.available, r.initial, r.execution, ...r.adjustments, ...r.carriedIn, ...r.leftovers].filter((f) => !!f);
                // A roll bound through an item's loose name (not the department's, not one object of the vocabulary) is a guess.
                const loose = members.some((f) => f.meaning.object !== DEPARTMENT && !isVocabularyObject(f.meaning.object));
                const roll = (label, stated, readings, signs) => {
                    const [first, ...others] = readings.filter((parts) => parts.length && parts.every(Boolean));
                    if (stated && first) {
                        relations.push({
                            rule: 'budget-roll', kind: 'budget-roll', label, stated, expr: sum(first, signs),
                            alternatives: others.map((o) => sum(o, signs)), declared: false, ...(loose ? { severity: 'warning' } : {}),
                        });
                    }
                };
                const [adjust, ...otherAdjust] = adjustmentReadings(doc, r.adjustments);
                if (r.initial && adjust) {
                    // Many offices count what was carried in into the full-year budget (年初 + 追加 + 上年结转): a reading too.
                    // Sources listed one by one (本年财政拨款, 追加, 上年结转, 乡镇配套…) are all of the year's budget: a reading too.
                    const sources = [...r.budgets, ...adjust, ...r.carriedIn];
                    roll('全年预算数', r.final, [
                        [r.initial, ...adjust], ...otherAdjust.map((a) => [r.initial, ...a]), ...(r.carriedIn.length ? [[r.initial, ...adjust, ...r.carriedIn]] : []),
                        ...(r.budgets.length > 1 ? [sources] : []),
                    ]);
                    // 全年可用资金 = 年初预算 + 调整 + 上年结转 (`上年结转23.64万元，年初预算648.20万元，年中追加97.35万元，全年可用资金769.19万元`).
                    roll('全年可用资金（年初预算+调整+上年结转）', r.available, [[r.initial, ...adjust, ...r.carriedIn]]);
                }
                if (r.final && r.carriedIn.length)
                    roll('全年可用资金（全年预算+上年结转）', r.available, [[r.final, ...r.carriedIn]]);
                // 结转 and 结余 stated apart are both left over: the roll takes them together, or the first alone (`结余5万元，其中结转3万元`).
                const whole = r.final ?? r.available;
                if (r.execution && r.leftovers.length) {
                    roll(r.final ? '全年预算数（执行数+结余）' : '全年可用资金（执行数+结余）', whole, [[r.execution, ...r.leftovers], [r.execution, r.leftovers[0]]]);
                }
                if (!r.final && !r.available && r.initial && adjust && r.leftovers.length === 1) {
                    roll('全年执行数（年初预算+调整−结余）', r.execution, [[r.initial, ...adjust, r.leftovers[0]]], [1, ...adjust.map(() => 1), -1]);
                }
            }
        }
        // A roll read from its own sentence (every 追加 and 调减 in it) supersedes the one bound by metric alone.
        const read = new Set(relations.map((r) => `${r.stated.id}|${r.label}`));
        relations.push(...declared.filter((r) => !read.has(`${r.stated.id}|${r.label}`)));
        relations.push(...savings(doc, index));
        return relationFindings(doc, relations);
    },
});
/**
 * The budgets a group of figures speaks of. One roll is of one budget: the department's, or one object's (公用经费,
 * 项目支出 …). Items' own names are loose (县财政追加配套资金 is still the project's money) and go with the one budget
 * of a group; where the group names two budgets (`一般公共预算财政拨款支出…。年初预算…，年中追加…，调整后预算…`), each
 * rolls on its own figures.
 */
function budgetsOf(group) {
    const objects = new Set(group.filter(rollFigure).map((f) => f.meaning.object).filter((o) => o === DEPARTMENT || isVocabularyObject(o)));
    if (objects.size <= 1)
        return [[...group]];
    return [...objects].map((o) => group.filter((f) => f.meaning?.object === o));
}
/**
 * Which adjustments make up the year's change: all of them, or — when a net
 * 调整 is stated beside its 追加 and 调减 — either the net or its components.
 */
function adjustmentReadings(doc, adjustments) {
    if (!adjustments.length)
        return [];
    const net = adjustments.filter((f) => /调整/.test(wordsOf(doc, f)));
    const components = adjustments.filter((f) => !net.includes(f));
    return net.length && components.length ? [net, components] : [adjustments];
}
/**
 * `预算83,173.00元，实际支出65,649.00元，节约17,542.00元`: the saving (its meaning's measure 节约) is
 * the budget less the spending, an overspending (超支) the reverse, the budget and the spending
 * being the nearest figures of their measures before it in its sentence, about its object.
 */
function savings(doc, index) {
    const out = [];
    for (const x of doc.figures) {
        const m = x.meaning;
        if (x.cell || x.approx || (m?.measure !== '节约' && m?.measure !== '超支'))
            continue;
        const s = fullSentenceAt(figureText(doc, x), x.start);
        const earlier = index
            .at(x.block)
            .filter((f) => f.start >= s.start && f.end <= x.start && f.kind === 'amount' && isLevel(doc, f) && f.meaning?.object === m.object)
            .reverse();
        const budget = earlier.find((f) => f.meaning.measure === '预算' || f.meaning.measure === '全年预算');
        const actual = earlier.find((f) => f.meaning.measure === '执行');
        if (!budget || !actual)
            continue;
        const saved = m.measure === '节约';
        const [a, b] = saved ? [budget, actual] : [actual, budget];
        out.push({
            rule: 'budget-roll', kind: 'saving', label: saved ? '节约额（预算−实际）' : '超支额（实际−预算）', stated: x,
            expr: sum([a, b], [1, -1]), declared: false,
        });
    }
    return out;
}
