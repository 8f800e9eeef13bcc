// The per-file limits of a run (--timeout, --max-size, --max-memory): what one input may
// cost before it is stopped and given a row saying so. The rest of the batch goes on.
const MB = 1024 * 1024;
export const DEFAULT_LIMITS = {
    timeoutMs: 60_000,
    maxBytes: 100 * MB,
    maxMemoryBytes: 1536 * MB,
};
/**
 * A worker holds some 350 MB once the segmenter's dictionary is loaded (any file with text
 * needs it) and 100 MB more with pdf.js: below this every file would fail for memory, so a
 * lower --max-memory is refused as a usage error.
 */
export const MIN_MEMORY_MB = 600;
/**
 * A limit as written on the command line, in its unit: a positive number, at least `min`
 * when one is given. Throws a RangeError whose message is the one to print.
 */
export function parseLimit(option, text, min) {
    if (text === undefined)
        return undefined;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value) || value <= 0)
        throw new RangeError(`${option} 需要正数，收到：${text}`);
    if (min !== undefined && value < min)
        throw new RangeError(`${option} 至少是 ${min}，收到：${text}`);
    return value;
}
/** The limits given on the command line, the defaults for the others. */
export function limitsFrom(values) {
    const timeout = parseLimit('--timeout', values.timeout);
    const maxSize = parseLimit('--max-size', values['max-size']);
    const maxMemory = parseLimit('--max-memory', values['max-memory'], MIN_MEMORY_MB);
    return {
        timeoutMs: timeout === undefined ? DEFAULT_LIMITS.timeoutMs : Math.round(timeout * 1000),
        maxBytes: maxSize === undefined ? DEFAULT_LIMITS.maxBytes : Math.round(maxSize * MB),
        maxMemoryBytes: maxMemory === undefined ? DEFAULT_LIMITS.maxMemoryBytes : Math.round(maxMemory * MB),
        ocr: values['no-ocr'] !== true,
    };
}
/** Bytes in words for a message: 60.0 MB, 512 KB, 27 字节. */
export function sizeText(bytes) {
    if (bytes >= MB)
        return `${(bytes / MB).toFixed(1)} MB`;
    return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} 字节`;
}
/** Seconds in words for a message: 60 秒, 0.5 秒. */
export function secondsText(ms) {
    return `${Number((ms / 1000).toFixed(1))} 秒`;
}
/**
 * The row of a file stopped at the time limit. One wording whether the PDF reader stopped
 * itself or its worker was killed, so that the row does not depend on which came first.
 */
export function timeoutReason(ms) {
    return `处理超过时限 ${secondsText(ms)}（--timeout），已中止`;
}
