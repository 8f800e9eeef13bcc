import { compiledLabels } from "./config.js";
import { unreadableFinding } from "./draft.js";
import { scanText } from "./grammar.js";
import { clauseStart, labelBefore, listLabels, nounAfter } from "./labels.js";
import { fundOf, metricWithSubject, subjectHandedOn, subjectOf } from "./metrics.js";
const SENTENCE_END = new Set(['。', '；', ';', '！', '？', '!', '?']);
/** The label of a figure in running text: its clause, or a count's noun after it. */
function textLabel(text, hit, floor) {
    if (hit.kind === 'count' || hit.kind === 'measure') {
        const noun = nounAfter(text, hit.end);
        if (noun)
            return noun;
    }
    const from = clauseStart(text, hit.start, floor);
    const own = labelBefore(text.slice(from, hit.start));
    if (own)
        return own;
    // 固定资产利用率：100% — the label sits before the colon.
    const mark = text[from - 1];
    if ((mark === '：' || mark === ':') && from - 1 > floor) {
        const prev = clauseStart(text, from - 1, floor);
        return labelBefore(text.slice(prev, from - 1));
    }
    return null;
}
/**
 * Drafts of a paragraph's figures. `lead` is the unfinished sentence of the
 * paragraph before, when a reader broke a sentence in two (年度调整预算数 /
 * （15.04）万元，…): labels and subjects read on across the break.
 */
export function paragraphDrafts(p, findings, lead = '') {
    const text = p.text.text;
    const scan = scanText(text);
    for (const u of scan.unreadable)
        findings.push(unreadableFinding(p, text, u, null));
    for (const b of scan.bare) {
        if (b.decimals > 0)
            findings.push(unreadableFinding(p, text, { start: b.start, end: b.end, reason: '没有可识别的单位' }, null));
    }
    // Labels are read in the lead and the paragraph together; positions shift by the lead.
    const context = lead + text;
    const shifted = scan.figures.map((h) => ({ ...h, start: h.start + lead.length, end: h.end + lead.length }));
    const { labels, shared } = paragraphLabels(context, shifted);
    let topic = paragraphTopic(context, lead.length, shifted);
    const drafts = [];
    let subject = null;
    let sentenceStart = -1;
    let parts = false; // after 其中 the labels are parts side by side, not subjects of the next
    scan.figures.forEach((hit, k) => {
        const at = shifted[k];
        const sentence = lastSentenceStart(context, at.start);
        if (sentence !== sentenceStart) {
            sentenceStart = sentence;
            subject = openingSubject(context, sentence, at.start) ?? topic;
            parts = false;
        }
        // A fund named by the paragraph's first amount is what its later sentences are about, for
        // their bare amounts: `一般公共预算财政拨款支出3,902.35万元，占….。年初预算为3,760.00万元`.
        if (k === 0 && hit.kind === 'amount' && !topic) {
            const fund = fundOf(subjectHandedOn(labels[0] ?? null));
            if (fund)
                topic = { text: fund, item: false, amountsOnly: true };
        }
        if (!parts && PARTS.test(context.slice(sentence, at.start)))
            parts = true;
        const label = labels[k] ?? null;
        let metric = shared[k] ? null : metricWithSubject(label, hit.kind, subject, hit.unit);
        // A part after 其中 is not the quantity it is part of: 编制48名，其中行政编制9名 — 9 is no 编制总数.
        if (metric && parts && wholesBefore(context, sentence, at.start, shifted, drafts).has(metric))
            metric = null;
        if (!parts) {
            // The amount after a count is the money of the things counted (CT机1台，支出486万元).
            if (hit.kind === 'count' && label)
                subject = { text: label, item: true };
            else {
                const handed = subjectHandedOn(label);
                if (handed)
                    subject = { text: handed, item: false };
            }
        }
        drafts.push({ hit, unit: hit.unit, kind: hit.kind, toWan: hit.toWan, label, metric, cell: null, raw: text.slice(hit.start, hit.end) });
    });
    return drafts;
}
/** Words that open a list of parts (其中：A…，B…). */
const PARTS = /其中|包括/;
const LAST_PARTS = /(?:其中|包括)(?![^]*(?:其中|包括))/;
/**
 * Metrics of the figures before the last 其中 ahead of `pos` in its sentence — or in the
 * sentence before, when 其中 opens the sentence (…48人。其中…): the wholes its parts belong to.
 */
function wholesBefore(text, sentence, pos, hits, drafts) {
    const m = LAST_PARTS.exec(text.slice(sentence, pos));
    const at = m ? sentence + m.index : sentence;
    const from = drafts.some((_, j) => hits[j].start >= sentence && hits[j].end <= at) || sentence === 0 ? sentence : lastSentenceStart(text, sentence - 1);
    const out = new Set();
    drafts.forEach((d, j) => {
        if (hits[j].start >= from && hits[j].end <= at)
            out.add(d.metric);
    });
    return out;
}
const SHORT_TOPIC = 50;
/**
 * Subject words ending a sentence's head before a colon: `1.一般公共服务：年初预算为…`.
 */
function openingSubject(text, sentence, firstFigure) {
    const head = text.slice(sentence, firstFigure);
    const colon = Math.max(head.lastIndexOf('：'), head.lastIndexOf(':'));
    if (colon < 0)
        return null;
    const words = subjectOf(head.slice(0, colon));
    return words ? { text: words, item: false } : null;
}
/**
 * A short first sentence with no figures that names subject words is what the paragraph's
 * figures are about: `1.城乡社区支出（类）城乡社区管理事务（款）行政运行（项）。年初预算为…`.
 */
function paragraphTopic(text, from, hits) {
    let end = from;
    while (end < text.length && !SENTENCE_END.has(text[end]))
        end++;
    if (end >= text.length || end - from > SHORT_TOPIC)
        return null;
    if (hits.some((h) => h.start < end))
        return null;
    const words = subjectOf(text.slice(from, end));
    return words ? { text: words, item: false } : null;
}
/** The unfinished last sentence of a paragraph, or '' when it ends a sentence. */
export function unfinishedSentence(text) {
    if (!text || /[。；;！？!?：:]\s*$/.test(text))
        return '';
    return text.slice(lastSentenceStart(text, text.length));
}
/**
 * Labels of a paragraph's figures. Figures joined only by 、/和 form a list: its
 * names before 分别为 label it one by one, or its members share the first label —
 * then the label names no single quantity (`shared`: 分别支出A、B、C万元).
 */
function paragraphLabels(text, hits) {
    const { listGap } = compiledLabels();
    const out = [];
    const shared = [];
    let k = 0;
    while (k < hits.length) {
        let e = k + 1;
        while (e < hits.length && listGap.test(text.slice(hits[e - 1].end, hits[e].start)))
            e++;
        const sentence = lastSentenceStart(text, hits[k].start);
        const group = hits.slice(k, e);
        const byName = group.length > 1 ? listLabels(text, group.map((h) => h.start), sentence) : null;
        let borrowed = false;
        group.forEach((hit, g) => {
            if (byName) {
                out.push(byName[g]);
                return;
            }
            const own = textLabel(text, hit, g === 0 ? floorOf(hits, k, sentence) : group[g - 1].end);
            if (own === null && g > 0)
                borrowed = true;
            out.push(own ?? (g > 0 ? out[k] ?? null : clauseWithoutFigures(text, hits, k + g, sentence)));
        });
        const distinct = new Set(group.map((h) => `${h.value} ${h.unit}`)).size > 1;
        group.forEach(() => shared.push(borrowed && distinct));
        k = e;
    }
    return { labels: out, shared };
}
/** The clause of figure k starts after the previous figure when that sits in the same sentence. */
function floorOf(hits, k, sentence) {
    return k > 0 ? Math.max(hits[k - 1].end, sentence) : sentence;
}
/**
 * When the words before a figure were all cut off by the previous figure
 * (占预算22.32万元的95.16%), its label is its whole clause with the figures left out: 占预算的.
 */
function clauseWithoutFigures(text, hits, k, sentence) {
    const hit = hits[k];
    const from = clauseStart(text, hit.start, sentence);
    let clause = '';
    let at = from;
    for (let j = 0; j < k; j++) {
        const h = hits[j];
        if (h.end <= from || h.start < from)
            continue;
        clause += text.slice(at, h.start);
        at = h.end;
    }
    clause += text.slice(at, hit.start);
    return labelBefore(clause);
}
function lastSentenceStart(text, pos) {
    for (let i = pos - 1; i >= 0; i--)
        if (SENTENCE_END.has(text[i]))
            return i + 1;
    return 0;
}
