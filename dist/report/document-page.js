// One page per document: its facts and key metrics (each with the figure it was
// taken from), its section tree, its findings with their evidence highlighted in
// place, and its full text with every figure marked. Findings link to their
// figures and figures back to their findings.
import { METRIC_HEADERS, METRIC_KEYS } from "../outputs/datasets.js";
import { highlight, withWords } from "./highlight.js";
import { esc, FORMAT_LABEL, numberText, page, SEVERITY_LABEL, STATUS_LABEL } from "./html.js";
import { ruleDescription } from "./rules.js";
const pageText = (p) => (p === null ? '' : `第${p}页`);
/** The document's title as an auditor names it: department and year, else the file. */
export function documentTitle(s) {
    const name = s.department ?? s.department_key;
    return name ? `${name}${s.year ? ` ${s.year}年度` : ''}` : s.file;
}
function factsHtml(s) {
    const facts = [
        ['文件', s.file],
        ['格式', FORMAT_LABEL[s.format] ?? s.format],
        ['状态', STATUS_LABEL[s.status] ?? s.status],
        ['部门', s.department ?? '未识别'],
        ['年度', s.year === null ? '未识别' : String(s.year)],
        ['页数', numberText(s.pages)],
        ['标题 / 数字', `${s.sections} / ${s.figures}`],
        ['问题', `错误 ${s.findings.error} · 警告 ${s.findings.warning} · 提示 ${s.findings.info}`],
    ];
    if (s.error)
        facts.push(['读取问题', s.error]);
    return `<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}
/** Figures a summary metric may have been taken from: the same metric and the same value. */
function metricSources(key, value, figures) {
    return figures.filter((f) => f.metric === key && Math.abs(f.amount_wan ?? f.value) === Math.abs(value));
}
function metricsHtml(s, figures) {
    const rows = METRIC_KEYS.filter((k) => s.metrics[k] !== null).map((k) => {
        const value = s.metrics[k];
        const sources = metricSources(k, value, figures);
        const from = sources.length
            ? sources.map((f) => `<a href="#${esc(f.id)}" class="figref">${esc(f.raw)}</a>${f.page === null ? '' : `（${esc(pageText(f.page))}）`}`).join('、')
            : '<span class="muted">原文中无同值数字</span>';
        return `<tr><th>${esc(METRIC_HEADERS[k])}</th><td class="num">${esc(numberText(value))}</td><td>${from}</td></tr>`;
    });
    if (!rows.length)
        return '<p class="muted">未取得主要指标。</p>';
    return `<table class="metrics"><thead><tr><th>指标</th><th>数值</th><th>取自原文</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
/** The section tree as nested lists, each heading linking to its place in the text. */
function sectionTreeHtml(sections, linked) {
    if (!sections.length)
        return '<p class="muted">未识别出标题。</p>';
    let html = '';
    let depth = 0;
    sections.forEach((s, i) => {
        const level = Math.max(1, s.level);
        if (level > depth)
            html += '<ul><li>'.repeat(level - depth);
        else
            html += '</li></ul>'.repeat(depth - level) + '</li><li>';
        depth = level;
        const label = `${esc(s.heading)}${s.page === null ? '' : ` <span class="muted">${esc(pageText(s.page))}</span>`}`;
        html += linked ? `<a href="#s${i}">${label}</a>` : label;
    });
    return html + '</li></ul>'.repeat(depth);
}
/** `words`: text to mark besides the figures (the printed value of a finding that names no figure). */
function placeHtml(view, place, figures, style, words) {
    const block = view.blocks[place.block];
    if (!block)
        return '';
    const where = pageText(block.page);
    const link = `<a class="to-text" href="#b${place.block}">原文${where ? `（${esc(where)}）` : ''}</a>`;
    if (place.kind === 'row' && block.kind === 'table') {
        const cells = (block.rows[place.row] ?? []).map((c) => `<td>${highlight(withWords(c, words), figures, style)}</td>`).join('');
        return `<div class="excerpt"><table class="row"><tr>${cells}</tr></table>${link}</div>`;
    }
    if (place.kind === 'sentence' && block.kind === 'paragraph') {
        return `<div class="excerpt"><blockquote>${highlight(withWords(block.text, words), figures, style, place.start, place.end)}</blockquote>${link}</div>`;
    }
    return '';
}
function figureTableHtml(ids, figures) {
    const rows = ids.map((id) => {
        const f = figures.get(id);
        if (!f)
            return `<tr><td>${esc(id)}</td><td colspan="5" class="muted">未找到该数字</td></tr>`;
        const meaning = [f.object, f.measure, f.period].filter(Boolean).join(' · ');
        return `<tr><td><a href="#${esc(f.id)}" class="figref">${esc(f.id)}</a></td><td>${esc(f.label ?? '—')}</td><td>${esc(f.raw)}</td><td class="num">${esc(numberText(f.value))} ${esc(f.unit)}</td><td>${esc(meaning || '—')}</td><td>${esc(pageText(f.page) || f.section)}</td></tr>`;
    });
    return `<table class="figs"><thead><tr><th>数字</th><th>含义</th><th>原文</th><th>数值</th><th>对象 · 度量 · 时期</th><th>位置</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function findingHtml(f, view, figures) {
    const style = { anchor: false, hits: new Set(f.figures) };
    const places = view?.places[f.id] ?? [];
    const evidence = places.length && view
        ? places.map((p) => placeHtml(view, p, figures, style, f.figures.length ? '' : (f.actual ?? ''))).join('')
        : f.evidence ? `<div class="excerpt"><blockquote>${esc(f.evidence)}</blockquote></div>` : '';
    const values = [['应为', f.expected], ['所印数值', f.actual], ['差异', f.difference]];
    const dl = values.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `<dt>${k}</dt><dd>${esc(v)}</dd>`).join('');
    const where = [f.section, pageText(f.page)].filter(Boolean).join(' · ');
    return `<article class="finding sev-${esc(f.severity)}" id="${esc(f.id)}" data-figures="${esc(f.figures.join(' '))}">
<header><span class="badge sev-${esc(f.severity)}">${esc(SEVERITY_LABEL[f.severity] ?? f.severity)}</span> <span class="rule" title="${esc(f.rule)}">${esc(ruleDescription(f.rule))}</span> <a class="id" href="#${esc(f.id)}">${esc(f.id)}</a></header>
<p class="message">${esc(f.message)}</p>
${dl ? `<dl class="values">${dl}</dl>` : ''}
${where ? `<p class="where">${esc(where)}</p>` : ''}
${evidence}
${f.figures.length ? figureTableHtml(f.figures, figures) : ''}
</article>`;
}
function blockHtml(b, i, figures, style) {
    if (b.kind === 'table') {
        const rows = b.rows.map((row) => `<tr>${row.map((c) => `<td>${highlight(c, figures, style)}</td>`).join('')}</tr>`).join('');
        return `<table class="doc-table" id="b${i}"><tbody>${rows}</tbody></table>`;
    }
    const content = highlight(b.text, figures, style);
    if (b.heading !== null)
        return `<p class="heading" id="b${i}"><span id="s${b.heading}"></span>${content}</p>`;
    return `<p id="b${i}">${content}</p>`;
}
/** The full text, a page marker wherever the PDF page changes. */
function textHtml(view, figures, severity) {
    const style = { anchor: true, findingSeverity: severity };
    let page = null;
    const parts = [];
    view.blocks.forEach((b, i) => {
        if (b.page !== null && b.page !== page) {
            page = b.page;
            parts.push(`<div class="page-mark" id="p${page}">${esc(pageText(page))}</div>`);
        }
        parts.push(blockHtml(b, i, figures, style));
    });
    return parts.join('\n');
}
/** The HTML of a document page; `root` leads from the page back to the report folder. */
export function documentPage(doc, root) {
    const s = doc.summary;
    const figures = new Map(doc.figures.map((f) => [f.id, f]));
    const severity = new Map(doc.findings.map((f) => [f.id, f.severity]));
    const findings = doc.findings.length
        ? doc.findings.map((f) => findingHtml(f, doc.view, figures)).join('\n')
        : '<p class="muted">未发现问题。</p>';
    const text = doc.view
        ? textHtml(doc.view, figures, severity)
        : `<p class="muted">${esc(s.error ?? '本文件没有可显示的正文。')}</p>`;
    const body = `<header class="top"><a href="${esc(root)}index.html">← 返回总览</a><h1>${esc(documentTitle(s))}</h1>${factsHtml(s)}</header>
<div class="layout">
<nav class="toc"><h2>章节</h2>${sectionTreeHtml(doc.sections, doc.view !== undefined)}</nav>
<main>
<section id="metrics"><h2>主要指标</h2>${metricsHtml(s, doc.figures)}</section>
<section id="findings"><h2>问题（${doc.findings.length}）</h2>${findings}</section>
<section id="text"><h2>原文</h2><div class="doc-text">${text}</div></section>
</main>
</div>`;
    return page({ title: `${documentTitle(s)} — 勾稽审核`, root, body, scripts: ['assets/document.js'] });
}
/**
 * A document page with the findings of the batch stage (which compares it with other files)
 * added after its own: the page is made when the file is analysed, these come at the end.
 */
export function withBatchFindings(html, findings) {
    const at = html.indexOf('<section id="text">');
    if (at < 0 || !findings.length)
        return html;
    const section = `<section id="batch-findings"><h2>跨文件问题（${findings.length}）</h2>${findings.map((f) => findingHtml(f, undefined, new Map())).join('\n')}</section>\n`;
    return html.slice(0, at) + section + html.slice(at);
}
