import { add, cmp, formatExact, formatInterval, HUNDRED, isum, parseDecimal, sub, ZERO } from "../tolerance.js";
import { defineRule } from "./types.js";
import { FigureIndex, evidenceFor, figureText, fullSentenceAt, sentenceAt } from "../text.js";
import { isLevel, metricOf, roleOf, wordsOf } from "./relations/context.js";
import { metricForLabel } from "../figures/metrics.js";
import { dimensionOf, figureInterval } from "./relations/evaluate.js";
import { discoverTextTotals } from "./relations/totals.js";
import { declaredTerms, scopeWords } from "./relations/declared.js";
import { fig } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
import { DEPARTMENT, isVocabularyObject, namedObject, SHARE } from "../figures/meaning.js";
/** Words that do not change which whole a label names. */
const WHOLE_FILLER = /\d{4}年度?|年度|全年|本年度?|本部门|部门|本单位|合计|总额|总计|共计|金额|决算|实际|[的之为是总数额\s“”"‘’（）()、，,：:；;\d]/g;
/** Beyond the named whole, words that make a figure another quantity: a budget, a plan, last year's. */
const OTHER_WHOLE = /预算|计划|目标|上年|去年/;
/**
 * Whether a figure's words name the whole a share names (`占本年支出合计的` →
 * 本年支出合计, 支出合计, 决算支出): the one contains the other, and what the
 * longer says beyond it is no scope of its own (财政拨款, 基本支出, 预算 …) —
 * `本年财政拨款支出` is not the whole of `占本年支出合计的`.
 */
function namesWhole(key, words) {
    const k = key.replace(WHOLE_FILLER, '');
    const w = words.replace(WHOLE_FILLER, '');
    if (k.length < 2 || w.length < 2)
        return false;
    const rest = w.includes(k) ? w.replace(k, '') : k.includes(w) ? k.replace(w, '') : null;
    // A scope word (基本支出, 财政拨款 …) said by one and not the other makes them different quantities.
    return rest !== null && !OTHER_WHOLE.test(rest) && !scopeWords().some((x) => w.includes(x) !== k.includes(x));
}
/** A share's clause that names several parts together (`A、B两项`, `以上合计`, `上述`). */
const SEVERAL = /、|[两二三四五六七八九十\d]+(?:项|类|个|部分)|合计|共计|总计|以上|上述/;
/** Words of a share's clause that name no part (`其中`, `分别`, `所`). */
const SHARE_FILLER = /其中|分别|各自|所|的|为|是|[\s“”"‘’，,、：:]/g;
/** Words that say a figure is the whole of what follows (`全市共有村478个`). */
const WHOLE_WORDS = /共有|总数|总计|合计|全部|总额|共计|总共|全市|全县|全区/;
function findShares(doc, index) {
    const totalOf = new Map();
    const partsOf = new Map();
    const guessedList = new Set();
    for (const tp of discoverTextTotals(doc, index)) {
        if (tp.guessed)
            for (const part of tp.parts)
                guessedList.add(part.id);
        for (const part of tp.parts)
            if (!totalOf.has(part.id))
                totalOf.set(part.id, tp.total);
        partsOf.set(tp.total.id, [...(partsOf.get(tp.total.id) ?? []), ...tp.parts.map((f) => f.id)]);
    }
    const out = [];
    for (const p of doc.figures) {
        if (p.kind !== 'percent' || p.unit !== '%' || p.cell || p.approx)
            continue;
        const r = roleOf(doc, p);
        if (!r.share || r.change)
            continue;
        const text = figureText(doc, p);
        const s = sentenceAt(text, p.start);
        const inSentence = index.at(p.block).filter((f) => f.start >= s.start && f.start < s.end);
        const before = inSentence.filter((f) => f.end <= p.start);
        const at = text.lastIndexOf('占', p.start);
        // `占预算31,699,390.00元的99.78%`: the whole stands between 占 and the share.
        const inner = before.filter((f) => f.start > at && f.kind !== 'percent');
        if (inner.length) {
            const part = [...before].reverse().find((f) => f.end <= at && f.kind !== 'percent' && isLevel(doc, f)) ?? null;
            out.push({ p, part, wholes: part ? [inner[inner.length - 1]] : [], guessed: false });
            continue;
        }
        // The words between 占 and the first share after it (`分别占支出总额的56.44%和45.36%`: 支出总额 for both).
        const firstAfter = inSentence.find((f) => f.start > at);
        const key = at < s.start ? '' : text.slice(at + 1, Math.min(p.start, firstAfter?.start ?? p.start)).replace(/^比(?:重)?/, '').replace(/(?:的)?(?:比例|比重)?(?:为|是|达)?$/, '');
        // `A与B分别占X%和Y%`: the k-th share of a run belongs to the k-th of as many parts before it.
        const levels = before.filter((f) => f.kind !== 'percent' && isLevel(doc, f));
        let part = null;
        // The run of shares around this one with no other figure between them.
        const pos = inSentence.indexOf(p);
        let a = pos;
        while (a > 0 && inSentence[a - 1].kind === 'percent')
            a--;
        let b = pos;
        while (b + 1 < inSentence.length && inSentence[b + 1].kind === 'percent')
            b++;
        const run = inSentence.slice(a, b + 1);
        if (/分别/.test(text.slice(s.start, p.start)) && run.length > 1) {
            const lead = levels.filter((f) => f.start < run[0].start);
            if (lead.length >= run.length)
                part = lead[lead.length - run.length + run.indexOf(p)];
        }
        else {
            const lastShare = [...before].reverse().find((f) => f.kind === 'percent');
            part = [...levels].reverse().find((f) => !lastShare || f.start > lastShare.start) ?? null;
            // `全年支出500万元，其中人员支出占60%`: the share's clause names a part with no figure of its own.
            const said = r.before.slice(0, Math.max(0, r.before.lastIndexOf('占')));
            const named = said.replace(SHARE_FILLER, '');
            if (part && named.length >= 2 && !(part.label ?? roleOf(doc, part).before).replace(SHARE_FILLER, '').includes(named))
                part = null;
            // `A、B、C三项支出占80%`: a share of several parts together, not of the last one.
            if (SEVERAL.test(said))
                part = null;
        }
        const wholes = [];
        let guessed = false;
        if (part) {
            // The total of the list the part belongs to comes first; a whole named by 占… may be another figure.
            const t = totalOf.get(part.id);
            const siblings = new Set(t ? partsOf.get(t.id) ?? [] : []);
            // A share that names its whole is of that whole, which the list's total need not be.
            if (t && (!key || namesWhole(key, t.label ?? wordsOf(doc, t))))
                wholes.push(t);
            if (key) {
                const scope = [...index.at(p.block).filter((f) => f.end <= part.start).reverse()];
                for (let b = p.block - 1; b >= 0 && b >= p.block - 3; b--)
                    scope.push(...[...index.at(b)].reverse());
                for (const f of scope) {
                    if (f.id === part.id || siblings.has(f.id) || wholes.includes(f))
                        continue;
                    // A figure about an object of the vocabulary the whole's words do not name (城乡社区支出 for 本年支出) is not it.
                    const other = f.meaning && isVocabularyObject(f.meaning.object) && f.meaning.object !== namedObject(key);
                    if (!other && dimensionOf(f) === dimensionOf(part) && isLevel(doc, f) && namesWhole(key, f.cell || !f.label ? wordsOf(doc, f) : f.label))
                        wholes.push(f);
                }
            }
            else if (!wholes.length) {
                // No whole named and no 其中 list: an earlier figure of the sentence in the same unit that is not
                // itself a part with its own share, or the last figure of the sentence before.
                const figsHere = index.at(p.block);
                const hasShare = (f) => {
                    const next = figsHere[figsHere.indexOf(f) + 1];
                    return next !== undefined && next.kind === 'percent' && roleOf(doc, next).share;
                };
                const earlier = levels.filter((f) => f.start < part.start && dimensionOf(f) === dimensionOf(part) && !hasShare(f));
                const full = fullSentenceAt(text, p.start);
                const previous = figsHere.filter((f) => f.end <= full.start && f.kind !== 'percent' && isLevel(doc, f) && dimensionOf(f) === dimensionOf(part));
                const last = previous[previous.length - 1];
                if (last && !hasShare(last))
                    earlier.push(last);
                // A total stated right after its parts: `…占38.72%。本部门支出合计2,269,155.00元。`
                const next = figsHere.find((f) => f.start > full.end && f.kind !== 'percent' && isLevel(doc, f));
                if (!earlier.length && next && dimensionOf(next) === dimensionOf(part) && /合计|总计|共计|总额/.test(wordsOf(doc, next)))
                    earlier.push(next);
                // A whole below its part is no whole of it (a share is at most 100%).
                const partIv = figureInterval(part);
                const notBelow = (f) => {
                    const iv = figureInterval(f);
                    return !partIv || !iv || cmp(iv.hi, partIv.lo) >= 0;
                };
                wholes.push(...earlier.filter(notBelow));
                guessed = !wholes.some((f) => WHOLE_WORDS.test(wordsOf(doc, f)));
            }
        }
        if (part && !wholes.length) {
            // A part of a declared composition (公务用车购置及运行维护费 of “三公”经费) is a share of its composite,
            // the one stated last before it; found by metric, not by the sentence: a warning unless in its paragraph.
            const whole = compositeBefore(doc, part, key);
            if (whole) {
                wholes.push(whole);
                guessed = whole.block !== p.block;
            }
        }
        // A whole found as the total of a list whose own total was a guess is a guess too.
        if (part && guessedList.has(part.id) && wholes[0] === totalOf.get(part.id))
            guessed = true;
        out.push({ p, part, wholes, guessed });
    }
    return out;
}
/** The nearest figure before `part` (same section, or the 5 paragraphs before) of a composite its metric is a term of. */
function compositeBefore(doc, part, key) {
    const metric = metricOf(doc, part);
    const wanted = metric ? declaredTerms().composites.get(metric) ?? [] : [];
    // A whole the share names must be that composite.
    const named = key ? metricForLabel(key, part.kind) : null;
    const targets = wanted.filter((m) => !key || m === named);
    if (!targets.length)
        return undefined;
    const before = doc.figures.filter((f) => !f.cell && (f.block < part.block || (f.block === part.block && f.end <= part.start)) && part.block - f.block <= 5 &&
        targets.includes(metricOf(doc, f) ?? '') && isLevel(doc, f) && dimensionOf(f) === dimensionOf(part));
    return before[before.length - 1];
}
/**
 * The share relation of `p` read from meanings: the part is the nearest level figure before it (its
 * paragraph, then the two before) about the share's object; the whole, the nearest one about the
 * object its `of` names (or the department's own total when it names none), of the part's measure.
 * A whole named by the sentence (`…中，`) beside a part in the same paragraph is stated by the
 * text; any other binding is a warning.
 */
const SHARED = new Set(['执行', '收入']);
function byMeaning(doc, p) {
    const m = p.meaning;
    if (!m || m.measure !== SHARE || (m.of && /^f\d/.test(m.of)) || m.object === DEPARTMENT || m.object === m.of)
        return [];
    // Shares are of what was spent or received, never of a budget a rate is of.
    const before = doc.figures.filter((f) => f.kind === 'amount' && !f.cell && isLevel(doc, f) && SHARED.has(f.meaning?.measure ?? '') && f.meaning.period !== '上年' &&
        p.block - f.block <= 2 && (f.block < p.block || f.end <= p.start));
    const part = before.filter((f) => f.meaning.object === m.object).pop();
    if (!part)
        return [];
    // A share naming no whole (`按功能分类：教育支出…，占86.74%；…`) is taken to be of the department's own
    // total of the part's measure stated before it: an assumption, so a warning at most.
    const ofWords = m.of ?? DEPARTMENT;
    const whole = before.filter((f) => f.id !== part.id && f.meaning.object === ofWords && f.meaning.measure === part.meaning.measure).pop();
    if (!whole)
        return [];
    const stated = m.of !== null && whole.block === p.block && part.block === p.block;
    return [{
            rule: 'share-consistency', kind: 'share', label: `${m.object}所占比例`, stated: p,
            expr: { op: 'ratio', num: fig(part), den: fig(whole), scale: HUNDRED }, declared: false,
            ...(stated ? {} : { severity: 'warning' }),
        }];
}
export default defineRule({
    id: 'share-consistency',
    meta: {
        severity: 'error',
        description: '占比与部分÷整体不符，或同一整体的占比合计超过100%',
        messages: {
            ...RELATION_MESSAGES,
            sharesOver100: '同一句中各项占比合计为{sum}%（{formula}），超过100%，区间{computed}',
        },
    },
    check(doc) {
        const index = new FigureIndex(doc.figures);
        const shares = findShares(doc, index);
        const relations = [];
        for (const s of shares) {
            if (!s.part || !s.wholes.length)
                continue;
            const exprs = s.wholes.map((w) => ({ op: 'ratio', num: fig(s.part), den: fig(w), scale: HUNDRED }));
            relations.push({
                rule: 'share-consistency', kind: 'share', label: `${wordsOf(doc, s.part).trim().split(/\s+/).pop() || '该项'}所占比例`,
                stated: s.p, expr: exprs[0], alternatives: exprs.slice(1), declared: false, ...(s.guessed ? { severity: 'warning' } : {}),
            });
        }
        // A share whose part or whole the sentence does not state beside it (`“三公”经费支出决算中，
        // 公务用车运行维护费占28.90%`) is bound by meaning: its part is the figure about its object,
        // its whole the one its `of` names (figures/meaning.ts).
        for (const s of shares)
            if (!s.part || !s.wholes.length)
                relations.push(...byMeaning(doc, s.p));
        const out = relationFindings(doc, relations);
        // Shares of one whole in one sentence, none with a whole bound: their sum cannot pass 100%.
        // Shares of different wholes (`占调整预算104.2%，占一般公共预算收入的47.3%`) add up to nothing.
        const bySentence = new Map();
        for (const s of shares) {
            if (s.wholes.length)
                continue;
            const k = `${s.p.block}:${sentenceAt(figureText(doc, s.p), s.p.start).start}:${s.p.meaning?.of ?? ''}`;
            (bySentence.get(k) ?? bySentence.set(k, []).get(k)).push(s);
        }
        for (const group of bySentence.values()) {
            if (group.length < 2)
                continue;
            const ivs = group.map((s) => figureInterval(s.p)).filter((x) => x !== null);
            if (ivs.length !== group.length)
                continue;
            const total = isum(ivs);
            if (cmp(total.lo, HUNDRED) <= 0)
                continue;
            const figs = group.map((s) => s.p);
            const exactSum = figs.reduce((a, f) => add(a, parseDecimal(f.value)), ZERO);
            const sum = formatExact(exactSum);
            out.push({
                messageId: 'sharesOver100',
                data: { sum, formula: figs.map((f) => f.value).join('+'), computed: formatInterval(total) },
                expected: '100', actual: sum, difference: formatExact(sub(exactSum, HUNDRED)),
                figures: figs.map((f) => f.id), block: figs[0].block, cell: null, start: figs[0].start, end: figs[figs.length - 1].end,
                evidence: evidenceFor(doc, figs),
            });
        }
        return out;
    },
});
