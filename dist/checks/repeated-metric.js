// One quantity stated twice must have one value. Only document-level
// quantities are compared (决算收入, 编制人数, 自评得分 …), and only when the
// words around both figures say the same thing: a budget figure and an actual
// one, this year's and last year's, the department's and one item's (`（1）CT
// 1台，支出486万元`), all funds and one fund source (一般公共预算财政拨款支出)
// are different quantities. A total and a part of its 其中 list, or two figures
// of one sentence (`分别支出A、B、C`), are never one quantity stated twice.
import { z } from 'zod';
import { overlaps } from "../tolerance.js";
import { defineRule } from "./types.js";
import { FigureIndex, cellHeaders, evidenceFor, figureText, sentenceAt } from "../text.js";
import { qualifierOf } from "./relations/subject.js";
import { partPairs } from "./relations/totals.js";
import { metricForLabel } from "../figures/metrics.js";
import { isLevel, metricOf, wordsOf } from "./relations/context.js";
import { indicatorBlocks } from "./relations/tables.js";
import { DEPARTMENT, isVocabularyObject } from "../figures/meaning.js";
import { figureInterval, printedNumber } from "./relations/evaluate.js";
const Options = z.object({
    /** Metrics a document states once: two different values of one of them contradict each other. */
    metrics: z.array(z.string()).default([]),
    /** Subjects (funds, spending classes) that make one metric label different quantities (regular expression source). */
    subjects: z.string().default('三公|公用经费|人员经费|政府采购|基本支出|项目支出'),
    /**
     * Metrics whose names, said beside a figure in its sentence (`年末结转和结余3.08万元，全年支出800.17万元`),
     * do not qualify it: the department's own totals listed side by side. Any other words do.
     */
    neutralMetrics: z.array(z.string()).default(['carryover_begin', 'carryover_end', 'balance_rate']),
    /** Metrics that count people: a figure of them in another unit (编制项目可研报告28个) is mislabelled. */
    personMetrics: z.array(z.string()).default(['staff_authorized', 'staff_actual', 'staff_retired']),
});
function qualities(doc, f, subjects, qualifier) {
    const w = wordsOf(doc, f);
    return {
        grand: /总计/.test(w),
        qualifier,
        plan: /计划|目标|预计|指标值/.test(w),
        category: /行政|事业|工勤|机关|财政拨款|其他/.exec(w)?.[0] ?? '',
        subject: subjectOf(doc, f, subjects),
        object: f.meaning?.object ?? '',
        measure: f.meaning?.measure ?? null,
        period: f.meaning?.period ?? null,
    };
}
const compatible = (a, b) => a.plan === b.plan && a.category === b.category && a.subject === b.subject && a.grand === b.grand && a.qualifier === b.qualifier &&
    a.object === b.object && a.measure === b.measure && (a.period === b.period || a.period === null || b.period === null);
/** The department's own quantities and those of a fund, class or “三公” item it names (not an item of a list). */
const ofDepartment = (q) => q.object === DEPARTMENT || isVocabularyObject(q.object);
/**
 * What a figure is about beyond its own label: the spending class or fund the
 * sentence opened with (`1.一般公共服务：年初预算为…`, `“三公”经费…预算为…，支出决算为…`).
 */
function subjectOf(doc, f, subjects) {
    const own = wordsOf(doc, f);
    const text = f.cell ? '' : figureText(doc, f);
    const before = text.slice(sentenceAt(text, f.start).start, f.start);
    return subjects.exec(own)?.[0] ?? subjects.exec(before)?.[0] ?? '';
}
/**
 * A table cell whose own headers name its metric: its row label (本年收入合计),
 * or its column header when the row only says which figures these are
 * (预算数 / 决算数 rows of a “三公” table) — not an item row under a 年初预算 column.
 */
function namesMetric(doc, f, metric) {
    const h = cellHeaders(doc, f);
    if (/^(?:其中|含)/.test(h.row))
        return false;
    const byRow = metricForLabel(h.row, f.kind);
    if (byRow !== null)
        return byRow === metric;
    const periodRow = /^(?:本年|上年|全年|年初|年末)?(?:预算|决算|执行|实际|完成)(?:数|金额|值)?$/.test(h.row.replace(/\s/g, ''));
    return periodRow && metricForLabel(h.column, f.kind) === metric;
}
export default defineRule({
    id: 'repeated-metric',
    meta: {
        severity: 'error',
        description: '同一指标前后数值不一致',
        messages: { differs: '{label}前后不一致：{firstPlace}为{expected}{unit}，此处为{actual}{unit}' },
        options: Options,
    },
    check(doc, options) {
        const wanted = new Set(options.metrics);
        const subjects = new RegExp(options.subjects);
        const neutral = [...options.metrics, ...options.neutralMetrics];
        const groups = new Map();
        const index = new FigureIndex(doc.figures);
        const indicator = indicatorBlocks(doc, index);
        for (const f of doc.figures) {
            const metric = metricOf(doc, f);
            if (!metric || !wanted.has(metric) || !isLevel(doc, f) || !figureInterval(f))
                continue;
            // In a table only a cell whose own headers name the quantity counts (not an item row under a 预算数 column).
            if (f.cell && !namesMetric(doc, f, metric))
                continue;
            // 88名 and 1个 are not one quantity, whatever label they got; head counts are counted in 人 or 名.
            const unit = f.kind === 'count' ? (/^[人名]$/.test(f.unit) ? '人' : f.unit) : '';
            if (options.personMetrics.includes(metric) && unit !== '人')
                continue;
            const key = `${metric}|${f.kind}|${unit}`;
            const q = qualities(doc, f, subjects, qualifierOf(doc, f, metric, neutral, index));
            (groups.get(key) ?? groups.set(key, []).get(key)).push({ f, q });
        }
        const related = partPairs(doc, index);
        const same = (a, b) => {
            const [x, y] = [figureInterval(a), figureInterval(b)];
            return !!x && !!y && overlaps(x, y);
        };
        const sentenceOf = (f) => (f.cell ? `${f.block}:${f.cell.row}:${f.cell.col}` : `${f.block}:${sentenceAt(figureText(doc, f), f.start).start}`);
        // A figure that restates a part of a whole (`实有人员71人，其中在职44人…` then `在职44人`) is that part again, not the whole.
        const byId = new Map(doc.figures.map((g) => [g.id, g]));
        const partsOf = new Map();
        for (const pair of related) {
            const [whole, part] = pair.split('|');
            const f = byId.get(part);
            if (f)
                (partsOf.get(whole) ?? partsOf.set(whole, []).get(whole)).push(f);
        }
        const restatesPart = (whole, f) => (partsOf.get(whole.id) ?? []).some((p) => p.id !== f.id && same(p, f));
        const apart = (a, b) => sentenceOf(a) !== sentenceOf(b) && !related.has(`${a.id}|${b.id}`) && !related.has(`${b.id}|${a.id}`) && !restatesPart(a, b) && !restatesPart(b, a);
        const out = [];
        for (const figs of groups.values()) {
            // Each figure against the ones that state the same quantity: the value stated most often is taken as meant.
            const peers = figs.map((x) => figs.filter((y) => compatible(x.q, y.q) && (x === y || apart(x.f, y.f))));
            const agree = figs.map((x, i) => peers[i].filter((y) => same(x.f, y.f)).length);
            figs.forEach((x, i) => {
                const others = peers[i].filter((y) => !same(x.f, y.f));
                if (!others.length)
                    return;
                const ref = others.reduce((a, b) => (agree[figs.indexOf(b)] > agree[figs.indexOf(a)] ? b : a));
                const refAgree = agree[figs.indexOf(ref)];
                const f = x.f;
                const later = ref.f.block < f.block || (ref.f.block === f.block && ref.f.start < f.start);
                if (agree[i] > refAgree || (agree[i] === refAgree && !later))
                    return;
                // An indicator table's 实际完成值 is often a rounded or target figure: a warning only.
                // So is a quantity of an item rather than of the department (its meaning's object is the item's own name).
                const soft = indicator.has(f.block) || indicator.has(ref.f.block) || !ofDepartment(x.q);
                out.push({
                    ...(soft ? { severity: 'warning' } : {}),
                    messageId: 'differs',
                    data: {
                        label: f.label ?? ref.f.label ?? f.metric, firstPlace: later ? '前文' : '后文',
                        expected: printedNumber(ref.f), actual: printedNumber(f), unit: f.unit,
                    },
                    expected: printedNumber(ref.f), actual: printedNumber(f), difference: null,
                    figures: [f.id, ref.f.id], block: f.block, cell: f.cell, start: f.start, end: f.end,
                    evidence: evidenceFor(doc, [ref.f, f]),
                });
            });
        }
        return out;
    },
});
