import { METRIC_KEYS } from "./outputs/index.js";
import { sourceSpan } from "./normalize.js";
const PATH_SEPARATOR = ' > ';
/** Characters of context either side of a figure or finding in its evidence. */
const EVIDENCE_CONTEXT = 40;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function emptyMetrics() {
    return Object.fromEntries(METRIC_KEYS.map((k) => [k, null]));
}
/** The rows of a file that could not be analysed: only its summary row, saying why. */
export function failedRows(file, format, status, error, pages) {
    return {
        summary: {
            file,
            format: format,
            status,
            error,
            pages,
            department: null,
            year: null,
            sections: 0,
            figures: 0,
            findings: { error: 0, warning: 0, info: 0 },
            metrics: emptyMetrics(),
            department_key: null,
            ocr_pages: 0,
        },
        figures: [],
        sections: [],
        findings: [],
    };
}
function sectionPath(doc, section) {
    return section === null ? '' : doc.sections[section].path.join(PATH_SEPARATOR);
}
/** The source text around a position: a window of the paragraph, or the table row of the cell. */
export function evidenceAt(doc, block, cell, start, end) {
    if (block === null)
        return '';
    const b = doc.blocks[block];
    if (!b)
        return '';
    if (b.kind === 'table') {
        const row = cell ? b.rows[cell.row] : undefined;
        return (row ?? b.rows[0] ?? []).map((c) => c.text.source.trim()).join(' | ');
    }
    const t = b.text;
    if (start === undefined)
        return t.source.trim();
    const from = Math.max(0, start - EVIDENCE_CONTEXT);
    const to = Math.min(t.text.length, (end ?? start) + EVIDENCE_CONTEXT);
    return sourceSpan(t, from, to).trim();
}
/** Findings in document order (block, then offset), errors first at one place; ids follow that order. */
export function orderFindings(findings) {
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (a.f.block ?? -1) - (b.f.block ?? -1) ||
        (a.f.cell?.row ?? -1) - (b.f.cell?.row ?? -1) ||
        (a.f.cell?.col ?? -1) - (b.f.cell?.col ?? -1) ||
        (a.f.start ?? -1) - (b.f.start ?? -1) ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.f.rule.localeCompare(b.f.rule) ||
        a.i - b.i)
        .map((x) => x.f);
}
const toNumber = (decimal) => (decimal === null ? null : Number(decimal));
function figureRow(doc, f, flagged) {
    return {
        file: doc.file,
        id: f.id,
        kind: f.kind,
        value: Number(f.value),
        unit: f.unit,
        amount_wan: toNumber(f.amountWan),
        approx: f.approx,
        raw: f.raw,
        label: f.label,
        metric: f.metric,
        section: sectionPath(doc, f.section),
        page: f.page,
        flagged,
        object: f.meaning?.object ?? null,
        measure: f.meaning?.measure ?? null,
        period: f.meaning?.period ?? null,
        of: f.meaning?.of ?? null,
        source: f.source ?? 'text',
        confidence: f.confidence ?? null,
    };
}
export function rowsOf(doc, findings, metrics, read) {
    const ordered = orderFindings(findings);
    const findingRows = ordered.map((f, i) => {
        const block = f.block === null ? null : doc.blocks[f.block] ?? null;
        return {
            file: doc.file,
            id: `c${String(i + 1).padStart(4, '0')}`,
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            expected: f.expected,
            actual: f.actual,
            difference: f.difference,
            section: sectionPath(doc, block?.section ?? null),
            page: block?.page ?? null,
            evidence: f.evidence ?? evidenceAt(doc, f.block, f.cell, f.start, f.end),
            figures: f.figures,
        };
    });
    const flaggedBy = new Map();
    findingRows.forEach((row) => {
        for (const id of row.figures)
            flaggedBy.set(id, [...(flaggedBy.get(id) ?? []), row.id]);
    });
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findingRows)
        counts[f.severity]++;
    const summaryMetrics = emptyMetrics();
    for (const k of METRIC_KEYS)
        summaryMetrics[k] = metrics[k] ?? null;
    return {
        summary: {
            file: doc.file,
            format: doc.format,
            status: read.status,
            error: read.error,
            pages: doc.pages,
            department: doc.facts.department,
            department_key: doc.facts.departmentKey ?? null,
            year: doc.facts.year,
            sections: doc.sections.length,
            figures: doc.figures.length,
            findings: counts,
            metrics: summaryMetrics,
            ocr_pages: doc.ocrPages ?? 0,
        },
        figures: doc.figures.map((f) => figureRow(doc, f, flaggedBy.get(f.id) ?? [])),
        sections: doc.sections.map((s) => ({
            file: doc.file,
            level: s.level,
            number: s.number,
            heading: s.heading,
            path: s.path.join(PATH_SEPARATOR),
            template: s.template,
            page: s.page,
        })),
        findings: findingRows,
    };
}
