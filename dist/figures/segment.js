// jieba, loaded once per process on first use (loading its dictionary costs about
// a second), with the finance user dictionary of patterns/finance-words.json added.
// Other stages that segment text should call these functions rather than load
// jieba themselves: a second load would drop the finance words.
import jieba from 'nodejieba';
import path from 'node:path';
import { loadPattern } from "../patterns.js";
import { financeWordsSchema } from "./config.js";
/**
 * nodejieba's load() also builds a keyword extractor from a 6 MB IDF table and stop words,
 * which gouji never asks for; a one-word table in their place keeps some 20 MB out of every
 * worker. (Found from the sources, src/figures/jieba/, beside both src/ and dist/.)
 */
const UNUSED = path.resolve(import.meta.dirname, '..', '..', 'src', 'figures', 'jieba');
let ready = false;
function ensureLoaded() {
    if (ready)
        return;
    const words = loadPattern('finance-words.json', financeWordsSchema).words;
    jieba.load({ idfDict: path.join(UNUSED, 'idf-unused.utf8'), stopWordDict: path.join(UNUSED, 'stop-words-unused.utf8') });
    for (const w of words)
        jieba.insertWord(w.word, w.tag ?? 'n');
    ready = true;
}
/** Segments text in HMM mode, which keeps decimals such as 346.38 whole. */
export function cutWords(text) {
    ensureLoaded();
    return jieba.cut(text, true);
}
/**
 * Segments text with the dictionaries only (no HMM guesses for unknown words): says whether a
 * character belongs to a known word (节约, 签约) without gluing strangers (率约, 达近).
 */
export function cutDictionaryWords(text) {
    ensureLoaded();
    return jieba.cut(text, false);
}
/** Segments text with parts of speech (n noun, v verb, x punctuation …). */
export function tagWords(text) {
    ensureLoaded();
    return jieba.tag(text);
}
/** Loads the dictionary now (benchmarks call it to keep the load out of their timing). */
export function warmUpSegmenter() {
    ensureLoaded();
}
