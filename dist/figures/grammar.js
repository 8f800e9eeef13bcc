import { isBigUnit, parseChineseNumber } from "./chinese-numerals.js";
import { compiledExclusions, compiledGrammar, compiledUnits } from "./config.js";
import { negate, stripSeparators } from "./decimal.js";
import { cutDictionaryWords } from "./segment.js";
const CN_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億';
const CN_DIGITS = '零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖';
const NUMBER = new RegExp(`(百分之)?(?:(\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)|([${CN_CHARS}]+(?:点[${CN_DIGITS}]+)?))`, 'g');
const LATIN = /[A-Za-z_]/;
const DIGIT = /[0-9]/;
const CLAUSE_END = /[。；;！？!?\n]/;
/** Marks the characters covered by an exclusion rule or idiom. */
export function exclusionMask(text) {
    const mask = new Uint8Array(text.length);
    for (const rule of compiledExclusions().rules) {
        const re = rule.regex;
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            if (m[0].length === 0) {
                re.lastIndex++;
                continue;
            }
            mask.fill(1, m.index, m.index + m[0].length);
        }
    }
    return mask;
}
/** Which exclusion rules match somewhere in a text (tests use it to check each rule's examples). */
export function exclusionRulesMatching(text) {
    const ids = [];
    for (const rule of compiledExclusions().rules) {
        rule.regex.lastIndex = 0;
        if (rule.regex.test(text))
            ids.push(rule.id);
        rule.regex.lastIndex = 0;
    }
    return ids;
}
function masked(mask, start, end) {
    for (let i = start; i < end; i++)
        if (mask[i])
            return true;
    return false;
}
/**
 * The direction a change verb gives the number after it: the verb nearest the number in its
 * clause (调减预算11.65万元, 减少“三公”经费支出2.5万元). After 为/到/至 the number is the level
 * reached (下降至3.2%), not the change, and has no trend.
 */
function trendBefore(text, start) {
    const g = compiledGrammar();
    const window = text.slice(Math.max(0, start - 14), start);
    // The verb ending nearest the number; of two ending together the longer (负增长 over 增长).
    let best = null;
    for (const [verb, trend] of g.changeVerbs) {
        const at = window.lastIndexOf(verb);
        if (at < 0 || (best && at + verb.length <= best.end))
            continue;
        best = { end: at + verb.length, verb, trend };
    }
    if (!best)
        return undefined;
    const gap = window.slice(best.end);
    if (!g.changeGap.test(gap) || g.levelAfterVerb.test(gap))
        return undefined;
    return best.trend === 'flat' && gap.trim() ? undefined : best.trend;
}
/**
 * An approximation word ends right before `start` (约1000㎡, 超过90%), as a word of its own:
 * the 约 of 节约, 制约 or 签约 is part of another word, which the segmenter's dictionary tells.
 */
function approxWordBefore(text, start) {
    const g = compiledGrammar();
    const window = text.slice(Math.max(0, start - 12), start);
    const m = g.approxBefore.exec(window);
    if (!m)
        return false;
    const wordStart = m.index;
    if (wordStart === 0)
        return true;
    let at = 0;
    for (const w of cutDictionaryWords(window.slice(0, wordStart + m[1].length))) {
        if (at === wordStart)
            return true;
        at += w.length;
        if (at > wordStart)
            return false;
    }
    return false;
}
/** The unit alias at `at`, unless a longer word that makes no figure starts there (分钟 over 分). */
function unitAt(text, at) {
    const u = compiledUnits();
    u.unitAt.lastIndex = at;
    const m = u.unitAt.exec(text);
    if (!m)
        return null;
    u.notFigureAt.lastIndex = at;
    const nf = u.notFigureAt.exec(text);
    if (nf && nf[0].length >= m[1].length)
        return null;
    return { alias: m[1], info: u.byAlias.get(m[1]) };
}
function notFigureAt(text, at) {
    const u = compiledUnits();
    u.notFigureAt.lastIndex = at;
    return u.notFigureAt.test(text);
}
/** Reads what follows a number at `pos`: 余/多, a scale word, a unit, 以上. */
function readAfter(text, pos, chinese) {
    const u = compiledUnits();
    const g = compiledGrammar();
    let p = pos;
    let approx = false;
    if (g.approxInside.has(text[p] ?? '')) {
        approx = true;
        p++;
    }
    let scale = '';
    let hit = unitAt(text, p);
    if (!hit && notFigureAt(text, p))
        return { type: 'not-figure' };
    if (!hit && u.scales.has(text[p] ?? '')) {
        scale = text[p];
        let q = p + 1;
        if (g.approxInside.has(text[q] ?? '')) {
            approx = true;
            q++;
        }
        hit = unitAt(text, q);
        if (!hit) {
            if (notFigureAt(text, q))
                return { type: 'not-figure' };
            return { type: 'unknown', end: q, reason: `“${scale}”后没有可识别的单位` };
        }
        if (hit.info.kind !== 'count' && hit.info.kind !== 'measure') {
            // 3万余元: the approximation word sits inside the unit 万元.
            const whole = u.byAlias.get(scale + hit.alias);
            if (!approx || !whole)
                return { type: 'unknown', end: q + hit.alias.length, reason: `“${scale}${hit.alias}”不是可识别的单位` };
            return afterUnit(text, q, { alias: hit.alias, info: whole }, '', approx, chinese);
        }
        p = q;
    }
    if (!hit)
        return { type: 'none', end: p, approx };
    return afterUnit(text, p, hit, scale, approx, chinese);
}
/** The unit `hit` read at `at` (after a scale word, if any), with 以上/左右 after it. */
function afterUnit(text, at, hit, scale, approx, chinese) {
    const g = compiledGrammar();
    if (hit.info.arabicOnly && chinese)
        return { type: 'not-figure' };
    // A Latin letter glued to a Latin unit (5kWh) is some other unit.
    const end = at + hit.alias.length;
    if (/[A-Za-z]$/.test(hit.alias) && LATIN.test(text[end] ?? ''))
        return { type: 'not-figure' };
    g.approxAfterAt.lastIndex = end;
    return { type: 'unit', read: { info: hit.info, unit: scale + hit.info.canonical, end, approx: approx || g.approxAfterAt.test(text) } };
}
/** Moves the numbers waiting for a list's unit to the bare ones; returns the emptied list. */
function flush(bare, pending) {
    bare.push(...pending);
    return [];
}
/** Scans of short cell texts, which repeat (0.00, 100%, 10): the results are shared, never mutated. */
const cellScans = new Map();
const CELL_CACHE_MAX_CHARS = 24;
const CELL_CACHE_MAX_ENTRIES = 20_000;
/** Scans one normalised text for figures; see the file comment. The result must not be mutated. */
export function scanText(text, options = {}) {
    const cacheable = options.cell === true && text.length <= CELL_CACHE_MAX_CHARS;
    if (cacheable) {
        const hit = cellScans.get(text);
        if (hit)
            return hit;
    }
    const result = scanUncached(text, options);
    if (cacheable) {
        if (cellScans.size >= CELL_CACHE_MAX_ENTRIES)
            cellScans.clear();
        cellScans.set(text, result);
    }
    return result;
}
function scanUncached(text, options) {
    const g = compiledGrammar();
    // The exclusion rules run only once a number with a chance of being a figure turns up.
    let mask = null;
    const figures = [];
    const bare = [];
    const unreadable = [];
    /** Bare numbers each followed by a list joiner, waiting for the unit of the list's last number. */
    let pending = [];
    let pendingEnd = -1; // where the joiner after the last pending number ends
    let lastEnd = -1; // end of the last number consumed (a '-' right after it joins a range)
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
        const pct = m[1] !== undefined;
        const arabic = m[2];
        let cn = m[3];
        const numStart = m.index + (pct ? 3 : 0);
        let numEnd = m.index + m[0].length;
        let start = m.index;
        // Chinese numerals are everywhere in words (一般, 统一): most are no number at all, which
        // the character after them tells before anything costly runs.
        if (cn !== undefined && !pct && !compiledUnits().mayFollowNumeral.has(text[numEnd] ?? '') && !isBigUnit(cn[cn.length - 1])) {
            continue; // every shorter run ends at the same character
        }
        if (masked((mask ??= exclusionMask(text)), numStart, numEnd)) {
            if (pending.length && numStart >= pendingEnd)
                pending = flush(bare, pending);
            continue;
        }
        let value;
        let decimals;
        if (arabic !== undefined) {
            const prev = text[numStart - 1];
            if (prev !== undefined && (LATIN.test(prev) || (prev === '.' && DIGIT.test(text[numStart - 2] ?? ''))))
                continue;
            value = stripSeparators(arabic);
            const dot = value.indexOf('.');
            decimals = dot < 0 ? 0 : value.length - dot - 1;
            // A number cut by a break the reader could not mend: "346. 38".
            if (text[numEnd] === '.' && /^\.\s+\d/.test(text.slice(numEnd, numEnd + 3))) {
                unreadable.push({ start: numStart, end: Math.min(text.length, numEnd + 6), reason: '数字被断开' });
                NUMBER.lastIndex = numEnd + 1;
                while (NUMBER.lastIndex < text.length && /[\s\d]/.test(text[NUMBER.lastIndex]))
                    NUMBER.lastIndex++;
                continue;
            }
        }
        else {
            // Chinese numerals: only with a unit after them or 百分之 before them; a
            // trailing 万/亿 before a unit belongs to the unit (两万人次 → 2 万人次).
            if (cn === '百' && pct) {
                value = '100';
                decimals = 0;
            }
            else {
                if (!/[零〇一二两三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]/.test(cn)) {
                    NUMBER.lastIndex = m.index + 1;
                    continue;
                }
                let parsed = parseChineseNumber(cn);
                if (!pct && cn.length > 1 && isBigUnit(cn[cn.length - 1])) {
                    // As with Arabic 346万元, the last 万/亿 goes to the unit when it makes one.
                    const shorter = parseChineseNumber(cn.slice(0, -1));
                    if (shorter && readAfter(text, numEnd - 1, true).type === 'unit') {
                        cn = cn.slice(0, -1);
                        numEnd--;
                        parsed = shorter;
                    }
                }
                if (!parsed) {
                    // Runs of numeral characters inside words (千方百计) are no numbers; try the next character.
                    NUMBER.lastIndex = m.index + 1;
                    continue;
                }
                value = parsed.value;
                decimals = parsed.decimals;
            }
        }
        // Sign: a minus right before the number (not a range dash after another number), 负, or (x) in a cell.
        let negative = false;
        const before = text[start - 1];
        if (!pct && before === '-' && start - 1 !== lastEnd) {
            negative = true;
            start--;
        }
        else if (!pct && before !== undefined && g.negativeWords.has(before)) {
            negative = true;
            start--;
        }
        // (11.65): negative in a table cell, and in running text when a unit follows the bracket.
        let after = null;
        const bracketed = !pct && arabic !== undefined && (before === '(' || before === '（') && (text[numEnd] === ')' || text[numEnd] === '）');
        if (bracketed) {
            const outside = readAfter(text, numEnd + 1, false);
            if (outside.type === 'unit' || options.cell) {
                negative = true;
                start--;
                after = outside.type === 'none' ? { type: 'none', end: numEnd + 1, approx: outside.approx } : outside;
            }
        }
        if (negative)
            value = negate(value);
        const approxBefore = approxWordBefore(text, start);
        if (!pct && after === null)
            after = readAfter(text, numEnd, cn !== undefined);
        const hit = {
            value,
            decimals,
            approx: approxBefore,
            start,
            end: numEnd,
            numberEnd: numEnd,
            chinese: cn !== undefined,
        };
        const trend = trendBefore(text, start);
        if (trend)
            hit.trend = trend;
        if (pct) {
            g.approxAfterAt.lastIndex = numEnd;
            if (g.approxAfterAt.test(text))
                hit.approx = true;
            figures.push({ ...hit, unit: '%', kind: 'percent', toWan: null, borrowed: false });
            lastEnd = numEnd;
            if (pending.length)
                pending = flush(bare, pending);
            continue;
        }
        if (after === null)
            continue;
        if (after.type === 'not-figure') {
            lastEnd = numEnd;
            if (pending.length)
                pending = []; // 1-4月: the whole list is no figure
            NUMBER.lastIndex = Math.max(NUMBER.lastIndex, numEnd);
            continue;
        }
        if (after.type === 'unknown') {
            unreadable.push({ start, end: after.end, reason: after.reason });
            lastEnd = after.end;
            if (pending.length)
                pending = flush(bare, pending);
            NUMBER.lastIndex = after.end;
            continue;
        }
        if (after.type === 'unit') {
            const r = after.read;
            const fig = {
                ...hit,
                approx: hit.approx || r.approx,
                end: r.end,
                unit: r.unit,
                kind: r.info.kind,
                toWan: r.info.toWan,
                borrowed: false,
            };
            // The list before it shares its unit: 4,125.49、4,143.91万元; 3-5人.
            if (pending.length && Math.abs(start - pendingEnd) <= 1) {
                for (const p of pending) {
                    if (p.chinese !== fig.chinese && r.info.arabicOnly)
                        continue;
                    figures.push({ ...p, unit: fig.unit, kind: fig.kind, toWan: fig.toWan, borrowed: true });
                }
                pending = [];
            }
            else if (pending.length) {
                pending = flush(bare, pending);
            }
            figures.push(fig);
            lastEnd = r.end;
            NUMBER.lastIndex = r.end;
            continue;
        }
        // No unit of its own.
        hit.approx = hit.approx || after.approx;
        hit.end = Math.max(after.end, numEnd);
        lastEnd = numEnd;
        NUMBER.lastIndex = Math.max(NUMBER.lastIndex, hit.end);
        if (pending.length && Math.abs(start - pendingEnd) > 1)
            pending = flush(bare, pending);
        if (hit.chinese && !pending.length) {
            // A Chinese numeral with no unit is text (一般, 统一), unless it starts a list (两至三人).
            g.joinerAt.lastIndex = numEnd;
            if (!g.joinerAt.test(text))
                continue;
        }
        if (g.scoreLeadBefore.test(text.slice(Math.max(0, start - 8), start)) && !hit.chinese) {
            figures.push({ ...hit, unit: '分', kind: 'score', toWan: null, borrowed: false });
            if (pending.length)
                pending = flush(bare, pending);
            continue;
        }
        g.joinerAt.lastIndex = hit.end;
        if (g.joinerAt.test(text)) {
            pending.push(hit);
            pendingEnd = g.joinerAt.lastIndex;
            continue;
        }
        if (pending.length) {
            pending.push(hit);
            pending = flush(bare, pending);
            continue;
        }
        if (!hit.chinese)
            bare.push(hit);
    }
    if (pending.length)
        pending = flush(bare, pending);
    borrowSentenceUnits(text, figures, bare, options);
    figures.sort((a, b) => a.start - b.start);
    return { figures, bare: bare.filter((b) => !b.chinese), unreadable };
}
/**
 * A bare decimal in a sentence that already stated an amount with the same
 * precision takes that amount's unit: `收入346.38万元，其中A 278.36、B 41.76`.
 * Cells are left to their table's headers.
 */
function borrowSentenceUnits(text, figures, bare, options) {
    if (options.cell || !bare.length || !figures.length)
        return;
    const ordered = [...figures].sort((a, b) => a.start - b.start);
    for (let i = bare.length - 1; i >= 0; i--) {
        const b = bare[i];
        if (b.decimals === 0)
            continue;
        let source;
        for (const f of ordered) {
            if (f.start > b.start)
                break;
            source = f;
        }
        if (!source || source.kind !== 'amount' || source.decimals !== b.decimals || source.borrowed)
            continue;
        if (CLAUSE_END.test(text.slice(source.end, b.start)))
            continue;
        figures.push({ ...b, unit: source.unit, kind: source.kind, toWan: source.toWan, borrowed: true });
        bare.splice(i, 1);
    }
}
/** Empties the cache (benchmarks measure cold runs with it). */
export function clearScanCache() {
    cellScans.clear();
}
