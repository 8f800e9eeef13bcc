// How one value becomes a CSV cell, and how a row is read along a column key.
/** Characters that make Excel, WPS or LibreOffice run a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number a spreadsheet reads as a number, never as a formula: -11.65, 1,234.56, 95.16%. */
const PLAIN_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
/** Separator of array items inside one CSV cell. */
export const LIST_SEPARATOR = '; ';
/** Reads a (possibly dotted) key of a row; missing fields read as undefined. */
export function readKey(row, key) {
    let value = row;
    for (const part of key.split('.')) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[part];
    }
    return value;
}
/** A text cell a spreadsheet would run as a formula gets a leading apostrophe; plain numbers stay numbers. */
export function guardFormula(text) {
    return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}
function scalarText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? String(value) : '';
    if (typeof value === 'boolean')
        return value ? '是' : '否';
    if (typeof value === 'bigint')
        return value.toString();
    return JSON.stringify(value);
}
/** The text of one CSV cell: arrays joined, objects as JSON, null empty, formulas guarded. */
export function csvCell(value) {
    const text = Array.isArray(value) ? value.map(scalarText).join(LIST_SEPARATOR) : scalarText(value);
    return guardFormula(text);
}
