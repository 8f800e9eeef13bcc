import { sentenceAt } from "../../text.js";
import { isLevel, roleOf } from "./context.js";
import { dimensionOf, figureInterval } from "./evaluate.js";
import { isum, overlaps } from "../../tolerance.js";
import { CHANGE, composes, mayBePartOf } from "../../figures/meaning.js";
const MARKER = /(?:其中|包括|包含|具体(?:包括|为|是)|主要(?:包括|包含))[：:]?|(?:(?:主要|具体)用于(?:以下方面)?|用于以下方面)[：:]|按[\u4e00-\u9fa5]{1,8}?分(?:类)?(?:看|来看)?[：:]/g;
/** `本年收入中，A…、B…`: a sentence that opens with the total's name and 中 lists its parts. */
const NAMED_MARKER = /(?<=^|[。！？!?；;\n])([^，,。；;：:\d]{2,16}?)(?:中|之中|当中)[，,：:]/g;
const TOTAL_AFTER = /^[，,；;]?(?:以上)?(?:合计|共计|总计|累计|总共|共)(?:为|是|达|金额|支出|收入)?$/;
const SCOPE_END = /[。！？!?]/;
const sameDim = (a, b) => (a.kind === 'amount' || a.kind === 'count') && a.kind === b.kind && dimensionOf(a) === dimensionOf(b);
/**
 * A part has its whole's measure (patterns/meaning.json `composes`) and period, and an object
 * under the whole's: the list ends at the first figure that has not (`“三公”经费支出5.20万元，其中…，
 * 公务接待费2.10万元，预算6.00万元` — 预算 is no part; `核定编制60人，其中…，年末实有在编52人`;
 * `收入总计…，其中…；财政拨款支出…`; `文化旅游体育与传媒支出…，其中…；社会保障和就业支出…`).
 */
function partsOfWhole(total, parts) {
    const whole = total.meaning;
    if (!whole)
        return parts;
    const end = parts.findIndex((p) => {
        const m = p.meaning;
        if (!m)
            return false;
        return !composes(whole.measure, m.measure, whole.period) || (m.period === '上年' && whole.period !== '上年') || !mayBePartOf(m.object, whole.object);
    });
    return end < 0 ? parts : parts.slice(0, end);
}
/**
 * The parts a list joins with 、, when it opens so (`其中A 58.70万元、B 206.60万元，授予中小企业合同金额
 * 238.77万元`): a figure after a comma may be said of the whole rather than be one more part.
 */
function enumerated(text, parts) {
    const joins = parts.slice(1).map((f, i) => text.slice(parts[i].end, f.start));
    if (!joins.length || !/、/.test(joins[0]))
        return parts;
    const k = joins.findIndex((j) => !/、/.test(j) && /[，,]/.test(j));
    return k < 0 ? parts : parts.slice(0, k + 1);
}
const labelWords = (doc, f) => f.label ?? roleOf(doc, f).before;
/** Counts in 个 add up whatever their own measure word (`中小学38所、幼儿园22所、中心1个，共61个`); 人 and 名 are one. */
function asCountOf(total, f) {
    if (total.kind !== 'count' || f.kind !== 'count' || f.unit === total.unit)
        return f.kind === total.kind && sameDim(f, total) ? f : null;
    const people = /^[人名]$/;
    if (total.unit === '个' || (people.test(total.unit) && people.test(f.unit)))
        return { ...f, unit: total.unit };
    return null;
}
/**
 * Paren depth at every offset (depth before the character). A paragraph that
 * opens inside a parenthesis an earlier line left open (`（5.02）万元），其中…`
 * after a line break) has its text up to the unmatched closing mark one level deeper.
 */
function depths(text) {
    const out = [];
    let d = 0;
    let unmatched = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        out.push(d);
        if (c === '（' || c === '(')
            d++;
        else if (c === '）' || c === ')') {
            if (d > 0)
                d--;
            else if (unmatched < 0 && !SCOPE_END.test(text.slice(0, i)))
                unmatched = i;
        }
    }
    out.push(d);
    for (let i = 0; i <= unmatched; i++)
        out[i] += 1;
    return out;
}
/** End of the list opened at `from` at paren depth `depth`: the sentence end, or the paren that closes it. */
function listEnd(text, from, depth) {
    for (let i = from; i < text.length; i++) {
        if (SCOPE_END.test(text[i]))
            return i;
        if (depth[i + 1] < depth[from])
            return i;
    }
    return text.length;
}
function sentenceStart(text, at) {
    let s = at;
    while (s > 0 && !SCOPE_END.test(text[s - 1]))
        s--;
    return s;
}
const totalsCache = new WeakMap();
/** The totals and parts the text states (once per document: several rules read them). */
export function discoverTextTotals(doc, index) {
    let hit = totalsCache.get(doc);
    if (!hit)
        totalsCache.set(doc, (hit = discover(doc, index)));
    return hit;
}
/** `total|part` for every reading of every list the text states: a part is never its total's peer. */
export function partPairs(doc, index) {
    const out = new Set();
    for (const tp of discoverTextTotals(doc, index))
        for (const r of [tp.parts, ...tp.alternatives])
            for (const p of r)
                out.add(`${tp.total.id}|${p.id}`);
    return out;
}
function discover(doc, index) {
    const out = [];
    for (const block of doc.blocks) {
        if (block.kind !== 'paragraph')
            continue;
        const text = block.text.text;
        // What a rate is of (`完成预算19.00万元的93.79%`) qualifies the figure before it: it is no total of a list.
        const ofRates = new Set(index.at(block.index).map((f) => f.meaning?.of));
        // A level is of this year and no change; 上年结转 is money of 年初, a part of a budget (`年初预算…，其中…上年结转资金…`).
        const level = (f) => (f.meaning ? f.meaning.measure !== CHANGE && f.meaning.period !== '上年' && !f.approx && !roleOf(doc, f).compared && !roleOf(doc, f).perUnit : isLevel(doc, f));
        const figs = index.at(block.index).filter((f) => (f.kind === 'amount' || f.kind === 'count') && level(f) && !ofRates.has(f.id));
        if (figs.length < 2)
            continue;
        const depth = depths(text);
        const seen = new Set();
        const add = (tp) => {
            const key = `${tp.total.id}:${tp.parts.map((p) => p.id).join(',')}`;
            if (tp.parts.length && !seen.has(key)) {
                seen.add(key);
                out.push(tp);
            }
        };
        // 其中 / 包括 lists: the total is the last figure before the marker in its sentence (or the sentence before).
        const markers = [
            ...[...text.matchAll(MARKER)].map((m) => ({ p: m.index, q: m.index + m[0].length, word: m[0].replace(/[：:]$/, '') })),
            ...[...text.matchAll(NAMED_MARKER)]
                .filter((m) => !/其$/.test(m[1]))
                .map((m) => ({ p: m.index + m[1].length, q: m.index + m[0].length, word: '其中' })),
        ].sort((a, b) => a.p - b.p);
        for (const { p, q, word } of markers) {
            const s0 = sentenceStart(text, p);
            let before = figs.filter((f) => f.end <= p && f.start >= s0 && depth[f.start] <= depth[p]);
            let total = before[before.length - 1];
            let guessed = false;
            if (!before.length) {
                // `本年收入包括：…`, `本年收入中，…`: the words before the marker name the total; only a figure they name is it.
                const named = text.slice(s0, p).replace(/^[\s\d一二三四五六七八九十（）().、．]+/, '');
                if (/[\u4e00-\u9fa5]{2}/.test(named))
                    total = namedTotal(doc, index, block.index, s0, named);
                else if (s0 > 0) {
                    const s1 = sentenceStart(text, s0 - 1);
                    before = figs.filter((f) => f.end <= s0 && f.start >= s1 && depth[f.start] === depth[p]);
                    total = before[before.length - 1];
                    // `本年支出571.20万元，其中…；年末结转和结余28.04万元。按功能科目分：A…，B…`: the whole is the sentence's
                    // last figure that is no part of a list already read and whose measure the new list's parts compose.
                    const first = figs.find((f) => f.start >= q);
                    const listed = new Set(out.flatMap((tp) => tp.parts.map((x) => x.id)));
                    const whole = [...before].reverse().find((f) => !listed.has(f.id) && (!first?.meaning || !f.meaning || composes(f.meaning.measure, first.meaning.measure, f.meaning.period)));
                    if (whole)
                        total = whole;
                    guessed = before.filter((f) => total && sameDim(f, total)).length > 1;
                }
            }
            if (!total)
                continue;
            const endSentence = listEnd(text, q, depth);
            const semi = text.slice(q, endSentence).search(/[；;]/);
            const endClause = semi < 0 ? endSentence : q + semi;
            const t = total;
            const partsTo = (end) => partsOfWhole(t, figs.filter((f) => f.start >= q && f.end <= end && sameDim(f, t) && depth[f.start] === depth[q]));
            // A nested 其中 inside the list: its parts (up to the next ；) are not parts of this total.
            const nested = markers.filter((n) => n.p > q && n.p < endSentence && depth[n.p] === depth[q]).map((n) => n.p);
            const outer = (fs) => fs.filter((f) => !nested.some((n) => f.start > n && !/[；;]/.test(text.slice(n, f.start))));
            // Is this list itself nested in an earlier one of the same sentence?
            const inner = markers.some((m) => m.p < p && m.p >= s0 && depth[m.p] === depth[p]);
            const all = partsTo(endSentence);
            const clause = partsTo(endClause);
            const readings = inner
                ? [clause, ...prefixes(clause), all, outer(all)]
                : [outer(all), outer(clause), all, collapse(all), collapse(clause), clause, enumerated(text, all)];
            const last = readings[0][readings[0].length - 1];
            // 主要… or a closing 等 (`其中：一般公共服务X万元、教育Y万元等`) names the main parts only.
            const open = /主要/.test(word) || (last !== undefined && /^[^，,；;。]{0,12}?等/.test(text.slice(last.end, endSentence)));
            add({ total, parts: readings[0], alternatives: readings.slice(1), marker: word, open, guessed });
        }
        // Parts in parentheses right after a figure, or after its share: `1.5万元（购置费0万元，运行维护费1.5万元）`,
        // `基本支出2587.56万元，占本年支出的56.16%（人员经费…，公用经费…）`.
        for (const total of figs) {
            const open = text.slice(total.end).match(/^(?:\s*[，,]\s*占[^，,。；;（(]{0,20}?[\d.]+\s*[%％])?\s*[（(]/);
            if (!open)
                continue;
            const q = total.end + open[0].length;
            const end = listEnd(text, q, depth);
            if (MARKER.test(text.slice(q, end))) {
                MARKER.lastIndex = 0;
                continue;
            }
            MARKER.lastIndex = 0;
            // `（含上年结转30万元、追加20万元）` names some of what the total holds, `（比上年…）` compares: no breakdown.
            if (/^\s*(?:含|内含|另含|不含|包含|扣除|剔除|比|较|其中|即|约)/.test(text.slice(q, end)))
                continue;
            const parts = figs.filter((f) => f.start >= q && f.end <= end && depth[f.start] === depth[q] && sameDim(f, total));
            // One figure in parentheses annotates (`三十七人（编制三十九人）`); a list of them breaks down.
            if (parts.length >= 2)
                add({ total, parts, alternatives: [collapse(parts)], marker: '括号' });
        }
        // Parts stated after a total with 各为/分别为, each named as a kind of it:
        // `政府采购支出总额39.36万元，政府采购货物支出、…服务支出各为4.44、0.00、33.92万元`.
        for (const total of figs) {
            const own = labelWords(doc, total).replace(NAME_FILLER, '');
            if (!/总额|合计|总计|总数/.test(own))
                continue;
            const stem = own.replace(/总额|合计|总计|总数/g, '');
            const sEnd = listEnd(text, total.end, depth);
            const m = /各为|分别为|分别是|依次为/.exec(text.slice(total.end, sEnd));
            if (!m || stem.length < 2)
                continue;
            const from = total.end + m.index;
            if (figs.some((f) => f.start > total.end && f.start < from))
                continue;
            const semi = text.slice(from, sEnd).search(/[；;]/);
            const to = semi < 0 ? sEnd : from + semi;
            const parts = figs.filter((f) => f.start > from && f.end <= to && sameDim(f, total));
            const kindOf = (f) => {
                const w = labelWords(doc, f).replace(NAME_FILLER, '');
                return w.length > 2 && w.slice(0, 2) === stem.slice(0, 2) && w !== own;
            };
            if (parts.length >= 2 && parts.every(kindOf))
                add({ total, parts, alternatives: [], marker: '分别' });
        }
        // Parts listed before `合计/共计X`: `A 1.2万元、B 0.8万元，合计2万元`.
        for (const total of figs) {
            const lead = text.slice(Math.max(0, total.start - 8), total.start);
            const m = /[，,；;]?(?:以上)?(?:合计|共计|总计|累计|总共|共)(?:为|是|达|金额|支出|收入)?$/.exec(lead);
            if (!m || !TOTAL_AFTER.test(m[0]) || !/^[，,；;]/.test(m[0]))
                continue;
            // The parts stand in the total's own clause run: a ； before them ends another statement (`…，共128笔；…，共52笔`).
            const s0 = sentenceAt(text, total.start - m[0].length).start;
            const span = figs.filter((f) => f.start >= s0 && f.end <= total.start && depth[f.start] === depth[total.start]);
            const parts = span.filter((f) => sameDim(f, total));
            // Counts under other measure words make the sentence's parts uncertain: read the run of 、 right before the total too.
            const counted = span.map((f) => asCountOf(total, f)).filter((f) => f !== null);
            const runStart = Math.max(s0, ...['，', ',', '；', ';', '：', ':'].map((c) => text.lastIndexOf(c, total.start - m[0].length - 1) + 1));
            const run = counted.filter((f) => f.start >= runStart);
            // The run of 、 right before the total may be all its parts (`预算10万元，实际支出会议费2.5万元、培训费3.5万元，共计6万元`).
            const alternatives = [...(counted.length > parts.length ? [counted] : []), run].filter((r) => r.length >= 2 && r.length < span.length);
            if (parts.length >= 2 || alternatives.length)
                add({ total, parts: parts.length >= 2 ? parts : alternatives[0], alternatives, marker: '合计' });
        }
    }
    return out;
}
/** Words that do not change which total a name names. */
const NAME_FILLER = /\d{4}年度?|年度|全年|本部门|部门|本单位|[的为是\s“”"‘’（）()、，,：:；;]/g;
/**
 * The figure that the words before a marker name (`本年收入包括：` → the
 * figure labelled 本年收入), in the sentences before it or the two paragraphs
 * before; none when no label names it exactly.
 */
function namedTotal(doc, index, block, before, named) {
    const want = named.replace(NAME_FILLER, '');
    if (want.length < 2)
        return undefined;
    const scope = [...index.at(block).filter((f) => f.end <= before)];
    for (let b = block - 1; b >= 0 && b >= block - 2; b--)
        scope.unshift(...index.at(b));
    const hits = scope.filter((f) => !f.cell && isLevel(doc, f) && labelWords(doc, f).replace(NAME_FILLER, '') === want);
    return hits[hits.length - 1];
}
/** The first k parts, k ≥ 2: a nested list may stop before the outer list goes on. */
function prefixes(parts) {
    const out = [];
    for (let k = 2; k < parts.length; k++)
        out.push(parts.slice(0, k));
    return out;
}
/**
 * Parts with sub-parts removed: a part followed by a run of figures that sum to
 * it (`公务用车费16,879元，其中购置费8,773元、运行维护费8,106元`) is their subtotal.
 */
export function collapse(parts) {
    const out = [];
    for (let i = 0; i < parts.length; i++) {
        out.push(parts[i]);
        const head = figureInterval(parts[i]);
        if (!head)
            continue;
        for (let k = 2; i + k < parts.length; k++) {
            const run = parts.slice(i + 1, i + 1 + k).map((f) => figureInterval(f));
            if (run.some((x) => !x))
                break;
            if (overlaps(isum(run), head)) {
                i += k;
                break;
            }
        }
    }
    return out;
}
