import { HUNDRED } from "../tolerance.js";
import { defineRule } from "./types.js";
import { FigureIndex, fullSentenceAt, sentenceAt } from "../text.js";
import { isLevel, roleOf } from "./relations/context.js";
import { CHANGE } from "../figures/meaning.js";
import { dimensionOf } from "./relations/evaluate.js";
import { fig } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
import { discoverTextTotals } from "./relations/totals.js";
const UP = /(?:增加|增长|提高|上升|增|多|超支|扩大|净增|上涨|涨)(?:了)?(?:约)?$/;
const DOWN = /(?:减少|下降|降低|减|少|节约|节省|压减|缩减|回落|下滑|净减|负增长)(?:了)?(?:约)?$/;
/** +1 for a rise, −1 for a fall, from the verb right before the figure; null when none. */
const NEUTRAL = /(?:增减|变动|变化|差)(?:额|数)?$/;
function direction(before) {
    const b = before.replace(/[\s“”"为达]/g, '').replace(/(?:幅度|幅|比例|率)$/, '');
    if (DOWN.test(b))
        return -1;
    if (UP.test(b))
        return 1;
    // 增减额 / 变动额 / 差额: no direction in the words, the printed sign says it.
    if (NEUTRAL.test(b))
        return 1;
    return null;
}
/**
 * A change stated as a fall with its magnitude (`下降5.68万元`, `下降了1.43%`);
 * a figure printed with its sign (`负158.87万元`, `增长-9.53%`) reads as a signed rise.
 */
const isFall = (f, dir) => dir < 0 && !f.value.startsWith('-');
const term = (f, sign = 1) => ({ sign, expr: fig(f) });
const pct = (num, den) => ({ op: 'ratio', num, den, scale: HUNDRED });
/** this − last for a rise, last − this for a fall. */
const change = (level, last, fall) => ({
    op: 'sum',
    terms: fall ? [term(last), term(level, -1)] : [term(level), term(last, -1)],
});
/**
 * This year's levels a change may be measured against, most likely first: the
 * nearest level before it — or, when that one is a part of a 其中 list, the
 * list's total (`“三公”经费45.30万元，其中…公务接待费22.88万元，较上年下降9.23万元`) —
 * then the sentence's first level.
 */
function levelsBefore(before, x, totalOf, bases) {
    // What a rate is of (`完成预算11.50万元的89.22%`) is the base of that rate, not the level that changed.
    const cands = levelsIn(before, x).filter((f) => !bases.has(f.id));
    if (!cands.length)
        return [];
    const nearest = cands[cands.length - 1];
    const out = [];
    const total = totalOf.get(nearest.id);
    if (total)
        out.push(total);
    out.push(nearest, cands[0]);
    return [...new Set(out)];
}
/** This year's levels of a sentence before a change, of its kind: the parts its head's whole is made of. */
function levelsIn(before, x) {
    return before.filter((c) => !c.r.change && !c.r.lastYear && !c.r.share && c.f.kind === x.kind && dimensionOf(c.f) === dimensionOf(x)).map((c) => c.f);
}
/** Words that do not tell what a change is of. */
const SUBJECT_FILLER = /\d{4}年度?|年度|全年|本年|当年|本部门|部门|[的为是\s“”"‘’、，,]/g;
/**
 * The levels a change may be of, given the words of its clause: a clause that
 * names what changed (`财政拨款收入较上年增加50万元`) is a change of a level so
 * labelled (the label says at least as much), not of the sentence's other
 * figures (`本年收入`); a clause naming nothing takes them all.
 */
function named(doc, before, levels) {
    const subject = before
        .replace(/(?:与|同|较|比|相比|同比|环比).*$/, '')
        .replace(/(?:各|均|分别|共)?(?:增加|减少|增长|下降|提高|降低|上升|增|减)(?:了)?(?:额|幅|率)?$/, '')
        .replace(SUBJECT_FILLER, '');
    if (subject.length < 2)
        return levels;
    return levels.filter((l) => {
        const label = (l.label ?? roleOf(doc, l).before).replace(SUBJECT_FILLER, '');
        return label.length >= 2 && label.includes(subject);
    });
}
/**
 * The level of the sentence before a change's sentence (same paragraph) whose
 * label the change's own words repeat: `支出总计` in `收入、支出总计各增加`.
 */
function namedLevel(doc, figs, text, sentenceStart, x) {
    if (sentenceStart === 0)
        return [];
    const prev = sentenceAt(text, sentenceStart - 1);
    const said = text.slice(sentenceStart, x.start).replace(/[\s“”"]/g, '');
    const hits = figs.filter((f) => {
        if (f.start < prev.start || f.start >= prev.end || f.kind !== x.kind || dimensionOf(f) !== dimensionOf(x) || !isLevel(doc, f))
            return false;
        const label = (f.label ?? '').replace(/[\s“”"]/g, '').replace(/^\d{4}年度?/, '');
        return label.length >= 2 && said.includes(label);
    });
    return hits.slice(-1);
}
/** Last year's value in a ；-sentence, when it states one (the change then compares two stated levels). */
const statesLastYear = (roles) => roles.some((c) => isLastYear(c));
/**
 * The level a ；-clause or sentence comparing with last year goes on: the first level figure, from
 * `from` up to the clause, of the change's unit and a read measure (`“三公”经费支出3.86万元，其中…；
 * 比上年4.52万元减少0.66万元` — from the full sentence's start; `…支出决算为11.31万元，…。与2021年度的
 * 13.57万元相比…` — from the paragraph's).
 */
function subjectBefore(doc, figs, from, clauseStart, x) {
    const first = figs.find((f) => f.start >= from && f.start < clauseStart);
    return first && first.kind === x.kind && dimensionOf(first) === dimensionOf(x) && isLevel(doc, first) && first.meaning?.measure != null && first.meaning.measure !== CHANGE
        ? [first]
        : [];
}
/**
 * The level a change's words name exactly (its label: 本年支出), stated last in the two paragraphs
 * before (no heading between): a change that opens its paragraph compares the level just stated.
 */
function namedEarlier(doc, index, block, words, x) {
    const said = words.replace(/[\s“”"]/g, '');
    for (let b = block - 1; b >= 0 && b >= block - 2; b--) {
        if (doc.blocks[b]?.kind !== 'paragraph' || doc.sections.some((s) => s.block === b))
            break;
        const hits = index.at(b).filter((f) => {
            if (f.kind !== x.kind || dimensionOf(f) !== dimensionOf(x) || !isLevel(doc, f))
                return false;
            const label = (f.label ?? '').replace(/[\s“”"]/g, '').replace(/^\d{4}年度?/, '');
            return label.length >= 2 && said.startsWith(label);
        });
        if (hits.length)
            return hits.slice(-1);
    }
    return [];
}
export function changeRelations(doc, index) {
    const out = [];
    const totalOf = new Map();
    const bases = new Set(doc.figures.flatMap((f) => (f.meaning?.of && /^f\d+(?:\+f\d+)*$/.test(f.meaning.of) ? f.meaning.of.split('+') : [])));
    for (const tp of discoverTextTotals(doc, index)) {
        for (const reading of [tp.parts, ...tp.alternatives])
            for (const p of reading)
                if (!totalOf.has(p.id))
                    totalOf.set(p.id, tp.total);
    }
    for (const b of doc.blocks) {
        if (b.kind !== 'paragraph')
            continue;
        const figs = index.at(b.index);
        const text = b.text.text;
        for (const s of new Set(figs.map((f) => JSON.stringify(sentenceAt(text, f.start))))) {
            const span = JSON.parse(s);
            const inS = figs.filter((f) => f.start >= span.start && f.start < span.end && !f.approx);
            const roles = inS.map((f) => ({ f, r: roleOf(doc, f) }));
            // Each change amount X (not a percentage) binds the level before it and an optional rate and last-year value after it.
            for (const [i, { f: x, r }] of roles.entries()) {
                // A budget adjustment (调减, 核减) is no change against last year: its meaning says 调整.
                if (!r.change || x.kind === 'percent' || x.meaning?.measure !== CHANGE)
                    continue;
                const dir = direction(r.before);
                if (dir === null)
                    continue;
                let levels = named(doc, r.before, levelsBefore(roles.slice(0, i), x, totalOf, bases));
                // `…总计均为4,394.99万元。与上年相比，收入、支出总计各增加312.46万元`: the level the change's words name, stated just before.
                if (!levels.length)
                    levels = namedLevel(doc, figs, text, span.start, x);
                // `本年支出比上年3,958.64万元增加443.51万元` opening its paragraph: the 本年支出 the paragraph before states.
                if (!levels.length && statesLastYear(roles))
                    levels = namedEarlier(doc, index, b.index, text.slice(span.start, x.start), x);
                // `“三公”经费支出3.86万元，其中…；比上年4.52万元减少0.66万元`: the full sentence's subject.
                const full = fullSentenceAt(text, span.start).start;
                if (!levels.length && statesLastYear(roles) && full < span.start)
                    levels = subjectBefore(doc, figs, full, span.start, x);
                // The paragraph's subject, a sentence away, is taken, not stated: the relation is a warning.
                let guessed = false;
                if (!levels.length && statesLastYear(roles)) {
                    levels = subjectBefore(doc, figs, 0, span.start, x);
                    guessed = levels.length > 0;
                }
                const last = roles.find((c) => isLastYear(c) && c.f.kind === x.kind && dimensionOf(c.f) === dimensionOf(x));
                const next = roles.slice(i + 1).find((c) => c.f.kind === 'percent' || c.r.change);
                const rate = next && next.f.kind === 'percent' && next.f.unit === '%' && next.r.change ? next.f : undefined;
                const rateDir = rate ? direction(roleOf(doc, rate).before) ?? dir : dir;
                const xFall = isFall(x, dir);
                const rFall = rate ? isFall(rate, rateDir) : false;
                const rateLabel = `较上年${rFall ? '下降' : '增长'}率`;
                if (!levels.length) {
                    // `较上年2,508.34万元减少191.76万元，下降8.28%`: the rate is the change over last year's value, whatever this year's is.
                    if (last && rate && xFall === rFall) {
                        out.push({ rule: 'change-consistency', kind: 'change-rate', label: rateLabel, stated: rate, expr: pct({ op: 'sum', terms: [term(x)] }, fig(last.f)), declared: false });
                    }
                    continue;
                }
                const weak = guessed ? { severity: 'warning' } : {};
                const word = NEUTRAL.test(r.before) ? '增减' : xFall ? '减少' : '增加';
                const readings = (make) => {
                    const [first, ...rest] = levels.map(make);
                    return { expr: first, alternatives: rest };
                };
                if (last) {
                    // `全年支出中基本支出962.35万元、项目支出255.81万元，较上年…增加…`: the sentence's head names the whole its
                    // levels are parts of, and the change may be of their sum.
                    const parts = text.slice(span.start, roles[0].f.start).match(/中[，,：:]?\s*[\u4e00-\u9fa5“”]*$/) ? levelsIn(roles.slice(0, i), x) : [];
                    const ofSum = (fall) => parts.length >= 2 ? [{ op: 'sum', terms: fall ? [term(last.f), ...parts.map((p) => term(p, -1))] : [...parts.map((p) => term(p)), term(last.f, -1)] }] : [];
                    const withSum = (r, extra) => ({ ...r, alternatives: [...(r.alternatives ?? []), ...extra] });
                    out.push({ rule: 'change-consistency', kind: 'change', label: `较上年${word}额`, stated: x, ...withSum(readings((l) => change(l, last.f, xFall)), ofSum(xFall)), declared: false, ...weak });
                    if (rate) {
                        const r = withSum(readings((l) => pct(change(l, last.f, rFall), fig(last.f))), ofSum(rFall).map((e) => pct(e, fig(last.f))));
                        out.push({ rule: 'change-consistency', kind: 'change-rate', label: rateLabel, stated: rate, ...r, declared: false, ...weak });
                    }
                }
                else if (rate) {
                    // Last year = this year − the signed change; the rate is the change over it.
                    const sign = rFall === xFall ? 1 : -1;
                    out.push({
                        rule: 'change-consistency', kind: 'change-rate', label: rateLabel, stated: rate,
                        ...readings((l) => pct({ op: 'sum', terms: [term(x, sign)] }, { op: 'sum', terms: [term(l), term(x, xFall ? 1 : -1)] })),
                        declared: false,
                    });
                }
            }
            // A rate of change without the amount: this year, last year and Y%.
            for (const { f: y, r } of roles) {
                if (!r.change || y.kind !== 'percent' || y.unit !== '%')
                    continue;
                const before = roles.filter((c) => c.f.start < y.start);
                if (before.some((c) => c.r.change && c.f.kind !== 'percent'))
                    continue;
                const dir = direction(r.before);
                const last = roles.find((c) => isLastYear(c) && c.f.kind !== 'percent');
                if (dir === null || !last)
                    continue;
                const levels = named(doc, r.before, levelsBefore(before.filter((c) => c.f.id !== last.f.id), last.f, totalOf, bases));
                if (!levels.length)
                    continue;
                const fall = isFall(y, dir);
                const [first, ...rest] = levels.map((l) => pct(change(l, last.f, fall), fig(last.f)));
                out.push({ rule: 'change-consistency', kind: 'change-rate', label: `较上年${fall ? '下降' : '增长'}率`, stated: y, expr: first, alternatives: rest, declared: false });
            }
        }
    }
    return out;
}
/** Last year's value of a quantity: not what was carried over from it (上年结转 is money of 年初). */
function isLastYear(c) {
    return c.r.lastYear && c.f.meaning?.period !== '年初';
}
export default defineRule({
    id: 'change-consistency',
    meta: {
        severity: 'error',
        description: '较上年增减额或增减率与本年、上年数不符',
        messages: RELATION_MESSAGES,
    },
    check(doc) {
        return relationFindings(doc, changeRelations(doc, new FigureIndex(doc.figures)));
    },
});
