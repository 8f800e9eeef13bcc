// Building HTML safely: every piece of document text goes through `esc`, data
// for scripts through `jsonScript`. Documents may hold hostile text (`<script>`,
// `"onload=`, formula text); none of it may become markup.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for an element's content or a quoted attribute value. */
export function esc(value) {
    if (value === null || value === undefined)
        return '';
    return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
/**
 * JSON for a `<script type="application/json">` element: `<` is written as \u003c so no text can
 * close the element, and the line separators U+2028/9 that old parsers trip on are escaped too.
 */
export function jsonScript(id, data) {
    const json = JSON.stringify(data)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
    return `<script type="application/json" id="${esc(id)}">${json}</script>`;
}
/** A number as the datasets hold it (the JSON form: 95.16, 12.5, -3), or a dash for none. */
export function numberText(value) {
    return value === null || value === undefined ? '—' : String(value);
}
export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' };
export const STATUS_LABEL = { ok: '正常', partial: '部分读取', failed: '无法读取', needs_ocr: '需文字识别' };
export const FORMAT_LABEL = { docx: 'Word (docx)', doc: 'Word (doc)', pdf: 'PDF', txt: '文本' };
/** One page of the report: `root` is the relative path from the page to the report folder. */
export function page(opts) {
    const scripts = opts.scripts.map((s) => `<script src="${esc(opts.root + s)}"></script>`).join('\n');
    return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
<link rel="stylesheet" href="${esc(opts.root)}assets/report.css">
</head>
<body>
${opts.body}
${scripts}
</body>
</html>
`;
}
