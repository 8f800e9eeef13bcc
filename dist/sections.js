// The section tree: which paragraphs are headings, how they nest, and which
// template section each one is. Numbered headings are found by the numbering
// levels of the template; unnumbered ones by the known section names in
// patterns/sections.json, or by a Word heading style.
import { z } from 'zod';
import { loadPattern } from "./patterns.js";
import { parseChineseNumber } from "./figures/chinese-numerals.js";
const TEMPLATE_IDS = [
    'cover', 'basics', 'duties', 'organisation', 'staffing', 'tasks', 'targets', 'spending', 'self_eval',
    'analysis', 'economy', 'effect', 'fairness', 'problems', 'measures', 'rectification',
];
export const SectionPatternsSchema = z.object({
    description: z.string(),
    templates: z.array(z.object({ id: z.enum(TEMPLATE_IDS), keywords: z.array(z.string().min(1)).min(1) })),
    known: z.array(z.object({ name: z.string().min(1), rank: z.number().int().min(0).max(6) })),
    cover: z.array(z.string().min(1)),
    examples: z.array(z.object({ text: z.string(), heading: z.boolean(), template: z.enum(TEMPLATE_IDS).nullable().optional() })),
});
export const sectionPatterns = () => loadPattern('sections.json', SectionPatternsSchema);
/** 一 → 1, 十四 → 14, 二十 → 20: the small whole numbers headings use. */
export function chineseOrdinal(s) {
    if (!/^[零〇一二两三四五六七八九十]+$/.test(s))
        return null;
    const n = parseChineseNumber(s);
    return n ? Number(n.value) : null;
}
const CN = '[一二三四五六七八九十]{1,3}';
/**
 * Numbering styles, outermost first. `rank` orders them (a larger rank nests
 * inside a smaller one). The look-aheads keep `1.5万元以上` and `2.03万元` out.
 */
const NUMBERINGS = [
    { rank: 0, re: new RegExp(`^第(${CN})部分[、，,：:\\s]*`), ordinal: (m) => chineseOrdinal(m[1]) },
    { rank: 1, re: new RegExp(`^(${CN})[、．.，,]\\s*`), ordinal: (m) => chineseOrdinal(m[1]) },
    { rank: 2, re: new RegExp(`^[（(](${CN})[）)][、．.]?\\s*`), ordinal: (m) => chineseOrdinal(m[1]) },
    { rank: 3, re: /^(\d{1,2})(?:[、．]|\.(?!\d))\s*/, ordinal: (m) => Number(m[1]) },
    { rank: 4, re: /^[（(](\d{1,2})[）)][、．.]?\s*/, ordinal: (m) => Number(m[1]) },
    { rank: 5, re: /^([①-⑳])\s*/, ordinal: (m) => m[1].charCodeAt(0) - 0x2460 + 1 },
    { rank: 6, re: /^(\d{1,2})[）)]\s*/, ordinal: (m) => Number(m[1]) },
];
/** The numbering at the start of a line, if any. */
export function matchNumbering(text) {
    for (const n of NUMBERINGS) {
        const m = n.re.exec(text);
        if (m)
            return { rank: n.rank, number: m[0].trim(), ordinal: n.ordinal(m), rest: text.slice(m[0].length) };
    }
    return null;
}
const MAX_HEADING_CHARS = 50;
/** Closing punctuation that ends a sentence: a line holding one is a paragraph, not a heading. */
const SENTENCE_END = /[。！？!?；;]/;
/** The bare name of a heading: numbering, brackets and punctuation removed. */
function bareName(rest) {
    return rest.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s“”"‘’、：:，,．.]/g, '');
}
/** The canonical template section a heading names, by its longest keyword. */
export function templateOf(heading, patterns = sectionPatterns()) {
    const name = bareName(matchNumbering(heading)?.rest ?? heading);
    let best = null;
    for (const t of patterns.templates) {
        for (const k of t.keywords) {
            if (name.includes(k) && (!best || k.length > best.len))
                best = { id: t.id, len: k.length };
        }
    }
    return best?.id ?? null;
}
/** The rank an unnumbered heading takes, if its text is a known section name. */
function knownRank(text, patterns) {
    const name = bareName(text);
    if (name.length < 2)
        return null;
    for (const k of patterns.known)
        if (name === k.name)
            return k.rank;
    return null;
}
/** An amount or rate inside a line: headings name things, they do not state figures. */
const STATES_FIGURE = /\d(?:[\d,.]*)\s*(?:万元|亿元|元|%|％|个百分点)/;
/** A number that is not a year: an unnumbered heading holds none. */
const NON_YEAR_DIGIT = /(?<!\d)(?!20\d\d年)\d/;
/** Lines that stand alone without being headings: captions, attachments, signatures, dates. */
const NOT_A_HEADING = [
    /^(?:附件|附表|表|图)\s*\d*$/,
    /^(?:附件|附表|表|图)\s*\d+\s/,
    // A table's title, with or without its year or unit in brackets (`项目支出绩效自评表（2023年度）`).
    /表\s*(?:[（(][^）)]*[）)])?$/,
    /^(?:20\d\d|[一二〇○零]{4})\s*年.{0,6}日?$/,
    /^[（(].*[）)]$/,
    /(?:局|委员会|委|办公室|中心|院|所|政府)[（(]?(?:公章|盖章)?[）)]?$/,
    /^目\s*录$/,
];
/**
 * Decides whether one paragraph is a heading. A heading is short, holds no
 * sentence end, and is numbered, styled as a heading, or a known section name.
 */
export function headingOf(text, headingLevel, patterns = sectionPatterns(), source) {
    const t = text.trim();
    if (t.length === 0 || t.length > MAX_HEADING_CHARS)
        return null;
    // A trailing 。 is tolerated on a styled heading only; in the body it marks a sentence.
    if (SENTENCE_END.test(headingLevel ? t.slice(0, -1) : t))
        return null;
    const numbered = matchNumbering(t);
    if (numbered) {
        const rest = numbered.rest;
        // `1、2024年部门决算收入是…` is a list item: a heading's rest is a name, not a figure.
        // (A year may open it: `二、2022年度部门决算情况说明`.)
        if (rest.length === 0 || (/^[\d%％.,，]/.test(rest) && !/^20\d\d\s*年/.test(rest)))
            return null;
        // A label followed by a value (`1）时效方面：…`, `经济效益：…`) is a list item.
        if (/[：:]./.test(rest) || STATES_FIGURE.test(rest))
            return null;
        return { rank: numbered.rank, number: numbered.number, ordinal: numbered.ordinal, by: 'number' };
    }
    if (/[：:]/.test(t))
        return null;
    const rank = knownRank(t, patterns);
    if (rank !== null)
        return { rank, number: '', ordinal: null, by: 'known' };
    if (headingLevel)
        return { rank: Math.min(headingLevel, 6), number: '', ordinal: null, by: 'style' };
    if (isPlainHeadingShape(t, source ?? t))
        return { rank: 6, number: '', ordinal: null, by: 'plain' };
    return null;
}
const MAX_PLAIN_HEADING_CHARS = 30;
/** A short line of words, no sentence, no figure, not a caption or signature. */
function isPlainHeadingShape(t, source) {
    if (t.length < 2 || t.length > MAX_PLAIN_HEADING_CHARS)
        return false;
    if (!/[\u4e00-\u9fa5]{2}/.test(t) || NON_YEAR_DIGIT.test(t) || /[，,、].*[，,、]/.test(t))
        return false;
    // Cells of a table row laid out with tabs, bars or runs of spaces.
    if (/\t|\||\s{2,}/.test(source))
        return false;
    // A line cut inside brackets is a wrapped sentence, not a heading.
    if (unbalanced(t))
        return false;
    return !NOT_A_HEADING.some((re) => re.test(t));
}
function unbalanced(t) {
    const pairs = [['（', '）'], ['(', ')'], ['《', '》'], ['“', '”']];
    return pairs.some(([o, c]) => t.split(o).length !== t.split(c).length);
}
/**
 * Whether the block after a plain heading-shaped line reads as its body: a
 * table, a sentence, or a numbered heading. Two short lines in a row are a
 * list or a signature, not a heading and its text.
 */
function introducesBody(next, guess) {
    if (!next)
        return false;
    if (next.kind === 'table')
        return true;
    if (guess)
        return guess.by === 'number' || guess.by === 'known';
    const t = next.text.text.trim();
    return SENTENCE_END.test(t) || t.length > MAX_PLAIN_HEADING_CHARS;
}
const CONTENTS_TITLE = /^目\s*录$/;
/** Dot leaders and the page number closing a line of a table of contents. */
const LEADER_AND_PAGE = /[.．·…\s]*\d*$/;
/**
 * The blocks of a typed table of contents: after a `目录` line, the entries
 * up to the line where the first entry comes back as the real heading. They
 * repeat the headings; they are not sections.
 */
function tableOfContents(blocks) {
    const found = new Set();
    const start = blocks.findIndex((b) => b.kind === 'paragraph' && CONTENTS_TITLE.test(b.text.text.trim()));
    if (start < 0)
        return found;
    const entry = (b) => b?.kind === 'paragraph' ? b.text.text.trim().replace(LEADER_AND_PAGE, '') : null;
    const first = entry(blocks[start + 1]);
    if (!first)
        return found;
    const end = blocks.findIndex((b, i) => i > start + 1 && entry(b) === first);
    if (end < 0)
        return found;
    for (let i = start; i < end; i++)
        found.add(blocks[i].index);
    return found;
}
/**
 * Builds the section tree over the blocks and stamps each block with its
 * section. Nesting follows the numbering rank: a heading closes every open
 * section of the same or a deeper rank.
 */
export function buildSections(blocks, patterns = sectionPatterns()) {
    const sections = [];
    const open = [];
    let lastNumberedRank = null;
    const contents = tableOfContents(blocks);
    // Each line's heading shape, once: a plain line also looks at the shape of the next.
    const shapes = blocks.map((b) => (b.kind === 'paragraph' ? headingOf(b.text.text, b.headingLevel, patterns, b.text.source) : null));
    for (const [i, block] of blocks.entries()) {
        if (block.kind === 'paragraph' && !contents.has(block.index)) {
            let guess = shapes[i] ?? null;
            if (guess?.by === 'plain') {
                // Before the first numbered heading sit the title and the cover, not sections.
                const plainOk = lastNumberedRank !== null && introducesBody(blocks[i + 1], shapes[i + 1] ?? null);
                // It nests under the last numbered heading, as the sub-heading it usually is.
                guess = plainOk ? { ...guess, rank: Math.min(lastNumberedRank + 1, 6) } : null;
            }
            if (guess?.by === 'number')
                lastNumberedRank = guess.rank;
            if (guess) {
                while (open.length && open[open.length - 1].rank >= guess.rank)
                    open.pop();
                const parent = open.length ? open[open.length - 1].section : null;
                const heading = block.text.source.trim();
                const section = {
                    id: sections.length,
                    level: open.length + 1,
                    numberStyle: guess.number ? guess.rank : null,
                    number: guess.number,
                    ordinal: guess.ordinal,
                    heading,
                    path: [...(parent?.path ?? []), heading],
                    template: templateOf(block.text.text, patterns),
                    page: block.page,
                    block: block.index,
                    parent: parent?.id ?? null,
                };
                sections.push(section);
                open.push({ rank: guess.rank, section });
            }
        }
        block.section = open.length ? open[open.length - 1].section.id : null;
    }
    return sections;
}
