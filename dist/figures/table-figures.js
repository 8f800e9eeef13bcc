import { unreadableFinding } from "./draft.js";
import { clauseStart, labelBefore } from "./labels.js";
import { metricOfCell, metricWithSubject } from "./metrics.js";
import { cellUnit, rowLabel, tableContext } from "./tables.js";
/** Drafts of a table's figures in cell order; `captions` are the texts before it, nearest first. */
export function tableDrafts(t, captions, findings, options = {}) {
    const ctx = tableContext(t, captions);
    const drafts = [];
    t.rows.forEach((row, r) => {
        if (r < ctx.headerRows || ctx.indexRows.has(r))
            return;
        row.forEach((cell, c) => {
            if (ctx.indexColumns.has(c))
                return;
            const text = cell.text.text;
            const scan = ctx.scans[r][c];
            const where = { row: r, col: c };
            for (const u of scan.unreadable)
                findings.push(unreadableFinding(t, text, u, where));
            const row_ = rowLabel(t, ctx, r, c);
            const col = ctx.columnLabels[c] ?? null;
            const headerLabel = [row_, col].filter(Boolean).join(' ') || null;
            const cellDrafts = [];
            for (const hit of scan.figures) {
                const own = labelBefore(text.slice(clauseStart(text, hit.start), hit.start));
                const label = own ?? headerLabel;
                const metric = own ? metricWithSubject(own, hit.kind, null, hit.unit) : metricOfCell(row_, col, hit.kind, hit.unit);
                cellDrafts.push({ hit, unit: hit.unit, kind: hit.kind, toWan: hit.toWan, label, metric, cell: where, raw: text.slice(hit.start, hit.end) });
            }
            const stated = cellUnit(t, ctx, r, c);
            for (const hit of scan.bare) {
                const unit = stated ?? (hit.decimals > 0 ? options.lent ?? null : null);
                // Leftmost columns hold row labels and numbering unless their header names a unit.
                if (!unit || (c === 0 && !ctx.columnLabels[0])) {
                    if (hit.decimals > 0) {
                        findings.push(unreadableFinding(t, text, { start: hit.start, end: hit.end, reason: '表格中没有可识别的单位' }, where));
                        options.unitless?.push({ value: hit.value, col: c });
                    }
                    continue;
                }
                cellDrafts.push({ hit, unit: unit.unit, kind: unit.kind, toWan: unit.toWan, label: headerLabel, metric: metricOfCell(row_, col, unit.kind, unit.unit), cell: where, raw: text.slice(hit.start, hit.end) });
            }
            cellDrafts.sort((a, b) => a.hit.start - b.hit.start);
            drafts.push(...cellDrafts);
        });
    });
    return drafts;
}
