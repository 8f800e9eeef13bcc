// What a figure measures, as written nearby: the words of its own clause before
// the number (其中一般公共服务为278.36万元 → 一般公共服务), or for a count the noun
// right after its measure word (174台拼接屏 → 拼接屏). Words to drop at either end
// are data (patterns/labels.json); jieba keeps them from being cut out of words.
import { compiledLabels } from "./config.js";
import { cutWords, tagWords } from "./segment.js";
/**
 * A year opening the clause, maybe after a list number: 2024年, 1.2024年度, （2）2024年. The 年 of
 * 年末, 年初, 年中 and 年底 stays: 2025年末实有在编人员 is labelled 年末实有在编人员.
 */
const LEADING_YEAR = /^(?:[（(]?\d{1,2}[)）.、．]\s*)?(?:(?:19|20)\d{2}|[零〇一二三四五六七八九]{4})\s*(?:年度|年(?![末初中底])|(?=年[末初中底]))/;
const EDGE_PUNCT = /^[\s"'「」【】\-—·•≥≤<>＞＜]+|[\s"'「」【】\-—·•≥≤<>＞＜]+$/g;
const HAS_HAN = /[\u4e00-\u9fff]/;
const DIGIT = /\d/;
const NUMERIC_TOKEN = /^[\d.,%]+$/;
/** A clause mark at i; a comma between digits is a thousands separator (31,699,390.00). */
function isClauseMark(marks, text, i) {
    return marks.has(text[i]) && !(text[i] === ',' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));
}
/** Where the clause holding position `pos` starts, not before `floor`. */
export function clauseStart(text, pos, floor = 0) {
    const marks = compiledLabels().clauseMarks;
    let i = pos - 1;
    while (i >= floor && !isClauseMark(marks, text, i))
        i--;
    return Math.max(i + 1, floor);
}
const PAIRS = [['“', '”'], ['‘', '’'], ['（', '）'], ['(', ')'], ['《', '》']];
const PAIR_CHARS = /[“”‘’（）()《》]/;
/** Drops quote and bracket marks that lost their partner when the clause was cut. */
function balance(s) {
    if (!PAIR_CHARS.test(s))
        return s;
    let out = s;
    for (const [open, close] of PAIRS) {
        const opens = out.split(open).length - 1;
        const closes = out.split(close).length - 1;
        if (opens !== closes)
            out = out.split(open).join('').split(close).join('');
    }
    return out;
}
function tidy(label) {
    const max = compiledLabels().file.maxLabelChars;
    let s = balance(balance(label).replace(EDGE_PUNCT, ''));
    s = s.replace(/^[)）]+/, '').replace(/[(（]+$/, '');
    if (!HAS_HAN.test(s))
        return null;
    if (s.length > max)
        s = s.slice(s.length - max);
    return s;
}
const labelCache = new Map();
const LABEL_CACHE_MAX = 50_000;
/** Words that say nothing at the start of a label: blanks, numbers, a lone 年/度/月/日. */
function skippable(w) {
    return !w.trim() || NUMERIC_TOKEN.test(w) || DATE_WORD.test(w);
}
const DATE_WORD = /^[年度月日]$/;
/** The label from the clause text before a number: `clause` is that text, up to the number. */
export function labelBefore(clause) {
    const cached = labelCache.get(clause);
    if (cached !== undefined)
        return cached;
    const label = cutLabel(clause);
    if (labelCache.size >= LABEL_CACHE_MAX)
        labelCache.clear();
    labelCache.set(clause, label);
    return label;
}
function cutLabel(clause) {
    const cfg = compiledLabels();
    const text = clause.replace(LEADING_YEAR, '');
    if (!text)
        return null;
    const words = cutWords(text);
    // jieba cuts 年中 (mid-year) into 年 | 中; the lone 年 would go as a date word.
    if (words[0] === '年' && /^[末初中底]$/.test(words[1] ?? ''))
        words.splice(0, 2, `年${words[1]}`);
    let a = 0;
    let b = words.length;
    while (a < b && (cfg.dropLeading.has(words[a]) || skippable(words[a])))
        a++;
    while (b > a && (cfg.dropTrailing.has(words[b - 1]) || !words[b - 1].trim()))
        b--;
    const kept = words.slice(a, b);
    const last = kept[kept.length - 1];
    if (last !== undefined && cfg.splitTokens.has(last))
        kept[kept.length - 1] = last.slice(0, -1);
    return tidy(kept.join(''));
}
/** The noun right after a count's measure word (174台拼接屏 → 拼接屏), or null. */
export function nounAfter(text, end) {
    const cfg = compiledLabels();
    const c = text[end];
    if (c === undefined || !HAS_HAN.test(c))
        return null;
    let stop = end;
    while (stop < text.length && stop - end < 12 && !cfg.clauseMarks.has(text[stop]))
        stop++;
    const tagged = tagWords(text.slice(end, stop));
    let noun = '';
    for (const t of tagged) {
        if (cfg.nounStop.has(t.word) || !(t.tag.startsWith('n') || (noun && t.tag === 'vn')))
            break;
        noun += t.word;
    }
    return noun ? tidy(noun) : null;
}
/**
 * Labels for a list of figures written `A、B、C分别为x、y、z万元`: the names before the
 * distributive word, one per figure, or null when the text is not of that shape.
 */
export function listLabels(text, starts, floor = 0) {
    const cfg = compiledLabels();
    const first = starts[0];
    if (first === undefined)
        return null;
    let i = first - 1;
    while (i >= floor && !(cfg.clauseMarks.has(text[i]) && !cfg.nameSeparator.test(text[i])))
        i--;
    const clause = text.slice(i + 1, first);
    const m = cfg.distributiveEnd.exec(clause);
    if (!m)
        return null;
    const names = clause.slice(0, m.index);
    const shared = sharedHead(names.replace(/^.*\d{4}年度?/, '').split('、'), starts.length, cfg.abbreviations);
    if (shared)
        return shared;
    for (const split of [/、/, new RegExp(cfg.nameSeparator.source, 'g')]) {
        const parts = names.split(split);
        if (parts.length === starts.length) {
            const out = parts.map((p) => labelBefore(p));
            if (out.every((l) => l !== null))
                return out;
        }
    }
    return null;
}
/**
 * `收、支总计`: short names of which only the last carries their common head (总计) — the
 * head belongs to each, and a one-character name is spelled out (收 → 收入).
 */
function sharedHead(parts, n, abbreviations) {
    if (parts.length !== n || n < 2)
        return null;
    const size = parts[0].length;
    if (size > 2 || !parts.slice(0, -1).every((p) => p.length === size))
        return null;
    const last = parts[n - 1];
    const head = last.slice(size);
    if (head.length < 2 || !/^[\u4e00-\u9fa5]+$/.test(head))
        return null;
    return parts.map((p, i) => {
        const name = i === n - 1 ? last.slice(0, size) : p;
        return `${abbreviations.get(name) ?? name}${head}`;
    });
}
/** Empties the cache (benchmarks measure cold runs with it). */
export function clearLabelCache() {
    labelCache.clear();
}
