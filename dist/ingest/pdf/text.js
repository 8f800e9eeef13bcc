// Character classes and the rules for joining pieces of text that a PDF keeps apart:
// runs on one line, and lines of one paragraph. Chinese text has no spaces between
// words, so any space next to an ideograph is layout (PDF producers add them between
// CJK and digits) and goes; spaces between Latin words stay.
import { isCjk } from "../../normalize.js";
/** Rough advance of a string in ems: ideographs a full em, other characters about half. */
export const ems = (s) => [...s].reduce((w, c) => w + (isCjk(c) ? 1 : 0.55), 0);
const isQuote = (c) => c === '“' || c === '”' || c === '‘' || c === '’';
const isSpace = (c) => c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '\n' || c === '\r';
/**
 * Folds white space to single spaces and drops the spaces that touch CJK text (or a
 * quote mark that touches CJK text); trims the ends.
 */
export function tidySpaces(text) {
    const chars = [...text];
    const out = [];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (!isSpace(c)) {
            out.push(c);
            continue;
        }
        let j = i;
        while (j + 1 < chars.length && isSpace(chars[j + 1]))
            j++;
        const before = out[out.length - 1];
        const after = chars[j + 1];
        i = j;
        if (before === undefined || after === undefined)
            continue;
        const cjkBefore = isCjk(before) || (isQuote(before) && isCjk(out[out.length - 2]));
        const cjkAfter = isCjk(after) || (isQuote(after) && isCjk(chars[j + 2]));
        if (!cjkBefore && !cjkAfter)
            out.push(' ');
    }
    return out.join('');
}
const isLatin = (c) => c !== undefined && /[A-Za-z]/.test(c);
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
/**
 * What goes between the end of one line and the start of the next when they are one
 * paragraph: nothing, except between Latin words (`346.` + `38` stays `346.38`).
 */
export function lineJoiner(prev, next) {
    const a = prev[prev.length - 1];
    const b = next[0];
    if (a === undefined || b === undefined)
        return '';
    if (isDigit(a) && isDigit(b))
        return '';
    if ((a === '.' || a === ',' || a === '-') && isDigit(b))
        return '';
    if (a === '-' && isLatin(b))
        return '';
    const wordEnd = isLatin(a) || isDigit(a) || a === ',' || a === ';' || a === ':' || a === ')' || a === '.';
    const wordStart = isLatin(b) || isDigit(b) || b === '(';
    return wordEnd && wordStart ? ' ' : '';
}
/** Punctuation that closes a sentence or clause, so a paragraph may end after it. */
const CLOSING = /[。！？；：!?;:…]["”’」』）)]*$/;
export function endsClause(text) {
    return CLOSING.test(text);
}
/**
 * Heading numbering at the start of a line: 第一部分 一、 （一） 1. 1、 （1） ① 1） —
 * but not a decimal such as `1.5万元`.
 */
const NUMBERING = /^(第[一二三四五六七八九十百]+[部分章节]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?![\d.．])|[（(]\d{1,2}[)）]|[①-⑳]|\d{1,2}[)）])/;
export function startsWithNumbering(text) {
    return NUMBERING.test(text);
}
