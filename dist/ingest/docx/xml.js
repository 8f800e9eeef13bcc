// A small, tolerant XML reader for the machine-written XML of Word packages (and for
// mammoth's XHTML-like output). It keeps the source offsets of every element so a caller
// can splice text into the original markup without re-serialising it.
const NAMED_ENTITIES = {
    lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0',
    // HTML names met in Word's web pages.
    ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', mdash: '\u2014', ndash: '\u2013',
    hellip: '\u2026', middot: '\u00b7', times: '\u00d7', divide: '\u00f7', yen: '\u00a5', deg: '\u00b0',
    plusmn: '\u00b1', permil: '\u2030', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', copy: '\u00a9', reg: '\u00ae',
};
export function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body) => {
        if (body[0] === '#') {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[body] ?? whole;
    });
}
export function escapeText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNameEnd = (c) => isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */ || c === 0x3d /* = */;
/** HTML elements that never have content, and those whose content is raw text. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
/**
 * Parses `src` into a synthetic root element (name `#document`) holding the top-level nodes.
 * Never throws: a stray end tag is ignored, unclosed elements close at the end of input.
 */
export function parseXml(src, options = {}) {
    const html = options.html === true;
    const root = { name: '#document', attrs: {}, children: [], start: 0, openEnd: 0, end: src.length };
    const stack = [root];
    const n = src.length;
    let i = 0;
    while (i < n) {
        const lt = src.indexOf('<', i);
        const textEnd = lt === -1 ? n : lt;
        if (textEnd > i)
            stack[stack.length - 1].children.push(decodeEntities(src.slice(i, textEnd)));
        if (lt === -1)
            break;
        i = lt;
        if (src.startsWith('<!--', i)) {
            const close = src.indexOf('-->', i + 4);
            i = close === -1 ? n : close + 3;
            continue;
        }
        if (src.startsWith('<![CDATA[', i)) {
            const close = src.indexOf(']]>', i + 9);
            const stop = close === -1 ? n : close;
            stack[stack.length - 1].children.push(src.slice(i + 9, stop));
            i = close === -1 ? n : close + 3;
            continue;
        }
        if (src[i + 1] === '?' || src[i + 1] === '!') {
            const close = src.indexOf('>', i);
            i = close === -1 ? n : close + 1;
            continue;
        }
        if (src[i + 1] === '/') {
            const close = src.indexOf('>', i);
            const rawName = src.slice(i + 2, close === -1 ? n : close).trim();
            const name = html ? rawName.toLowerCase() : rawName;
            i = close === -1 ? n : close + 1;
            const at = findOpen(stack, name);
            if (at > 0) {
                for (let k = stack.length - 1; k >= at; k--)
                    stack[k].end = i;
                stack.length = at;
            }
            continue;
        }
        // Start tag: name, then attributes whose quoted values may hold any character.
        let j = i + 1;
        while (j < n && !isNameEnd(src.charCodeAt(j)))
            j++;
        if (j === i + 1) {
            // A lone `<` (as in `a < b` in sloppy HTML) is text.
            stack[stack.length - 1].children.push('<');
            i++;
            continue;
        }
        const tagName = src.slice(i + 1, j);
        const element = { name: html ? tagName.toLowerCase() : tagName, attrs: {}, children: [], start: i, openEnd: n, end: n };
        let selfClosing = false;
        while (j < n) {
            const c = src.charCodeAt(j);
            if (isSpace(c)) {
                j++;
                continue;
            }
            if (c === 0x3e) {
                j++;
                break;
            }
            if (c === 0x2f && src.charCodeAt(j + 1) === 0x3e) {
                selfClosing = true;
                j += 2;
                break;
            }
            const nameStart = j;
            while (j < n && !isNameEnd(src.charCodeAt(j)))
                j++;
            const attrName = html ? src.slice(nameStart, j).toLowerCase() : src.slice(nameStart, j);
            while (j < n && isSpace(src.charCodeAt(j)))
                j++;
            if (src[j] !== '=') {
                if (attrName)
                    element.attrs[attrName] = '';
                else
                    j++; // a lone '/' or '=': step over it
                continue;
            }
            j++;
            while (j < n && isSpace(src.charCodeAt(j)))
                j++;
            const quote = src[j];
            if (quote === '"' || quote === "'") {
                const close = src.indexOf(quote, j + 1);
                const stop = close === -1 ? n : close;
                element.attrs[attrName] = decodeEntities(src.slice(j + 1, stop));
                j = stop + 1;
            }
            else {
                const valueStart = j;
                while (j < n && !isSpace(src.charCodeAt(j)) && src[j] !== '>')
                    j++;
                element.attrs[attrName] = decodeEntities(src.slice(valueStart, j));
            }
        }
        element.openEnd = Math.min(j, n);
        stack[stack.length - 1].children.push(element);
        if (selfClosing || (html && VOID_ELEMENTS.has(element.name))) {
            element.end = element.openEnd;
        }
        else if (html && RAW_TEXT_ELEMENTS.has(element.name)) {
            const close = src.toLowerCase().indexOf(`</${element.name}`, element.openEnd);
            const stop = close === -1 ? n : close;
            element.children.push(src.slice(element.openEnd, stop));
            const after = close === -1 ? n : src.indexOf('>', close);
            element.end = after === -1 ? n : after + 1;
            j = element.end;
        }
        else {
            stack.push(element);
        }
        i = j;
    }
    return root;
}
function findOpen(stack, name) {
    for (let k = stack.length - 1; k > 0; k--)
        if (stack[k].name === name)
            return k;
    return -1;
}
export function isElement(node) {
    return typeof node === 'object' && node !== null;
}
export function child(element, name) {
    if (!element)
        return undefined;
    for (const node of element.children)
        if (isElement(node) && node.name === name)
            return node;
    return undefined;
}
export function childrenNamed(element, name) {
    if (!element)
        return [];
    return element.children.filter((node) => isElement(node) && node.name === name);
}
/** All descendants named `name`, in document order. */
export function descendants(element, name, out = []) {
    for (const node of element.children) {
        if (!isElement(node))
            continue;
        if (node.name === name)
            out.push(node);
        descendants(node, name, out);
    }
    return out;
}
/** Concatenated text of all descendant text nodes. */
export function textOf(element) {
    let out = '';
    for (const node of element.children)
        out += isElement(node) ? textOf(node) : node;
    return out;
}
/** `w:val` style attribute read of a child element: `<w:numId w:val="3"/>` → "3". */
export function childVal(element, name, attr = 'w:val') {
    return child(element, name)?.attrs[attr];
}
