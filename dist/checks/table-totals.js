import { defineRule } from "./types.js";
import { FigureIndex } from "../text.js";
import { grids, indicatorBlocks, isScoreColumn } from "./relations/tables.js";
import { evaluate, dimensionOf, figureInterval } from "./relations/evaluate.js";
import { cmp, isum, overlaps, ZERO } from "../tolerance.js";
import { figuresOf, sum } from "./relations/model.js";
import { RELATION_MESSAGES, relationFindings } from "./relations/report.js";
import { collapse } from "./relations/totals.js";
import { meaningVocabulary, SHARE } from "../figures/meaning.js";
/** The vocabulary's parent of the function classes (patterns/meaning.json). */
const FUNCTION_CLASSES = '功能分类';
const TOTAL = /合\s*计|总\s*计|小\s*计|共\s*计/;
/** Columns that are not amounts of the rows: rates, shares, changes. */
const NOT_ADDITIVE = /率|增减|变动|差额|同比|增长|减少|幅度|比较|编码|代码|序号|项次|单价|均价|平均|人均|标准|定额|进度|系数|指标值|目标值|完成值|实际值/;
/** Amounts and counts add up; so do shares of one whole down a 占比 column (to the 合计 row's 100 %). */
const additive = (f) => (f.kind === 'amount' || f.kind === 'count' || (f.kind === 'percent' && f.meaning?.measure === SHARE)) && !f.approx;
/**
 * The 科目编码 of row r (a cell of 3 to 9 digits left of column c that is no figure), or ''. A code
 * split into 类 | 款 | 项 columns (`201 | 26 | 01`) is joined: 2012601.
 */
function codeOf(grid, r, c) {
    const digits = (k) => (grid.fig(r, k) ? '' : grid.text(r, k).replace(/\s/g, ''));
    for (let k = 0; k < c; k++) {
        const t = digits(k);
        if (!/^\d{3,9}$/.test(t) || /^\d{3,}/.test(grid.rowLabel(r, c)))
            continue;
        let code = t;
        for (let j = k + 1; j < c && /^\d{2}$/.test(digits(j)); j++)
            code += digits(j);
        return code;
    }
    return '';
}
/** A row or column that names a part of the one before it (`其中：财政拨款`, `含…`), not one of a list. */
const SUB_PART = /^(?:其中|含)[：:]?|^其[：:]/;
/** Row numberings, outermost first: 一、 （一） 1. （1） ①. */
const NUMBERING = [/^[一二三四五六七八九十]+[、.．]/, /^[（(][一二三四五六七八九十]+[）)]/, /^\d+[、.．](?!\d)/, /^[（(]\d+[）)]/, /^[①-⑳]/];
/** Top-level rows of a list: the shortest 科目编码, or rows not introduced by 其中. */
function topLevel(cells) {
    const codes = cells.map((c) => /^\d{3,}/.exec(c.label)?.[0].length ?? null);
    if (codes.every((n) => n !== null)) {
        const min = Math.min(...codes);
        return cells.filter((_, i) => codes[i] === min);
    }
    // Rows numbered at two or more levels (一、 … （一） … 1.): the outermost numbering heads the others.
    const levels = cells.map((c) => NUMBERING.findIndex((re) => re.test(c.label.replace(/\s/g, ''))));
    const used = new Set(levels.filter((l) => l >= 0));
    if (used.size >= 2 && levels[0] >= 0) {
        const top = Math.min(...used);
        return cells.filter((_, i) => levels[i] === top);
    }
    const plain = cells.filter((c) => !SUB_PART.test(c.label));
    return plain;
}
/** Rows with their sub-rows removed (a row followed by rows that sum to it is their subtotal). */
function collapseCells(cells) {
    const kept = new Set(collapse(cells.map((c) => c.fig)).map((f) => f.id));
    return cells.filter((c) => kept.has(c.fig.id));
}
const BARE_TOTAL = /^(?:合计|总计|共计|小计|总额)$/;
/**
 * Sub-totals learnt from the table itself: a row that, in some column, equals
 * the sum of the k ≥ 2 rows right after it (公务用车购置及运行维护费 over its
 * 购置费 and 运行维护费 rows). Returns each such row with its candidate child rows.
 */
function learnSubtotals(columns) {
    const out = new Map();
    for (const cells of columns) {
        cells.forEach((head, i) => {
            const h = figureInterval(head.fig);
            if (!h || (cmp(h.lo, ZERO) <= 0 && cmp(h.hi, ZERO) >= 0))
                return;
            for (let k = 2; i + k < cells.length; k++) {
                const run = cells.slice(i + 1, i + 1 + k);
                const ivs = run.map((c) => figureInterval(c.fig));
                if (ivs.some((x) => !x) || run.some((c) => TOTAL.test(c.label)))
                    break;
                // A run ending in a zero holds as well without it: which rows are the children is not learnt from it.
                if (overlaps(isum(ivs), h) && !/^[-+]?0*(?:\.0*)?$/.test(run[run.length - 1].fig.value)) {
                    const rows = run.map((c) => c.row);
                    const known = out.get(head.row) ?? [];
                    if (!known.some((r) => r.join() === rows.join()))
                        out.set(head.row, [...known, rows]);
                    break;
                }
            }
        });
    }
    return out;
}
/**
 * Whether a learnt sub-total is the table's structure and not a chance sum: its rows open with 其中, or they
 * add up in two columns or more (12.00 = 6.00 + 6.00 in 年初预算 alone, with 全年预算 and 执行数 apart, is chance).
 */
function confirmed(columns, head, rows, labelOf) {
    if (SUB_PART.test(labelOf(rows[0]).replace(/\s/g, '')))
        return true;
    let holds = 0;
    for (const cells of columns) {
        const h = cells.find((c) => c.row === head);
        const run = rows.map((r) => cells.find((c) => c.row === r));
        if (!h || run.some((c) => !c))
            continue;
        const hi = figureInterval(h.fig);
        const ivs = run.map((c) => figureInterval(c.fig));
        if (hi && ivs.every(Boolean) && overlaps(isum(ivs), hi))
            holds++;
    }
    return holds >= 2 || columns.length === 1;
}
/** Readings of each 合计 row cell: the rows above it, below it, top-level only, subtotals included or not. */
function rowTotals(grid, additiveColumn) {
    const out = new Map();
    const columns = [];
    for (let c = 0; c < grid.nCols; c++) {
        if (!additiveColumn(c))
            continue;
        const cells = [];
        for (let r = grid.headerRows; r < grid.nRows; r++) {
            const f = grid.fig(r, c);
            // A row's 科目编码 (201, 20103 …) says its level: put it before the label, as the code reading expects.
            const code = codeOf(grid, r, c);
            if (f && additive(f))
                cells.push({ row: r, col: c, label: `${code}${grid.rowLabel(r, c)}`, fig: f });
        }
        columns.push({ c, cells });
    }
    const isTotal = (x) => TOTAL.test(x.label);
    const learnt = learnSubtotals(columns.map((x) => x.cells.filter((c) => !isTotal(c))));
    const children = new Set([...learnt.values()].flatMap((lists) => lists[0]));
    // A row's label as its cells read it (a 科目编码 before it dropped).
    const labelOf = (row) => (columns.flatMap((x) => x.cells).find((c) => c.row === row)?.label ?? '').replace(/^\d+/, '');
    const nonTotal = columns.map((x) => x.cells.filter((c) => !isTotal(c)));
    for (const { c, cells } of columns) {
        const label = (t) => `${t.label.replace(/\s+/g, '')}${grid.colHeader(c) ? `（${grid.colHeader(c)}）` : ''}`;
        // Each learnt sub-total, in every column: the rows under it add up to it.
        for (const [parent, lists] of learnt) {
            const t = cells.find((x) => x.row === parent);
            if (!t)
                continue;
            const readings = lists
                .map((rows) => rows.map((r) => cells.find((x) => x.row === r)))
                .filter((h) => h.every(Boolean))
                .map((h) => ({
                name: h.map((x) => x.row).join(','),
                relation: {
                    rule: 'table-totals', kind: 'table-subtotal', label: label(t), stated: t.fig, expr: sum(h.map((x) => x.fig)), declared: false,
                    ...(confirmed(nonTotal, parent, h.map((x) => x.row), labelOf) ? {} : { assumed: `“${t.label.replace(/\s+/g, '')}”是其下${h.length}行的小计（仅一列相加）` }),
                },
            }));
            const key = `sub:${parent}`;
            if (readings.length)
                (out.get(key) ?? out.set(key, []).get(key)).push(readings);
        }
        cells.forEach((t, i) => {
            if (!isTotal(t))
                return;
            const dim = dimensionOf(t.fig);
            const same = (x) => dimensionOf(x.fig) === dim;
            const prev = cells.slice(0, i).map(isTotal).lastIndexOf(true);
            const nextRel = cells.slice(i + 1).findIndex(isTotal);
            const next = nextRel < 0 ? cells.length : i + 1 + nextRel;
            const above = cells.slice(prev + 1, i).filter(same);
            // Only a bare 合计 heads the rows below it; 本年收入合计 sums the rows above it.
            const below = BARE_TOTAL.test(t.label.replace(/\s/g, '')) ? cells.slice(i + 1, next).filter(same) : [];
            const allAbove = cells.slice(0, i).filter((x) => !isTotal(x) && same(x));
            const totalsAbove = cells.slice(0, i).filter((x) => isTotal(x) && same(x));
            const withoutChildren = (xs) => xs.filter((x) => !children.has(x.row));
            // Rows of the 功能分类 classes (社会保障和就业支出, 卫生健康支出 …) are the top level of a table that lists
            // their 款/项 under them without codes or numbering, a class with a single item included.
            const classes = (xs) => xs.filter((x) => meaningVocabulary().parents.get(x.fig.meaning?.object ?? '') === FUNCTION_CLASSES);
            const readings = [
                ['above', above],
                ['above-top', topLevel(above)],
                ['above-collapsed', collapseCells(above)],
                ['above-learnt', withoutChildren(above)],
                ['above-with-subtotal', prev >= 0 ? [cells[prev], ...above] : []],
                // 收入总计 over 本年收入合计 and 年初结转和结余, the latter's fund rows below it unmarked.
                ['above-with-subtotal-collapsed', prev >= 0 ? [cells[prev], ...collapseCells(above)] : []],
                ['below', below],
                ['below-top', topLevel(below)],
                ['below-collapsed', collapseCells(below)],
                ['below-top-collapsed', collapseCells(topLevel(below))],
                ['below-learnt', withoutChildren(below)],
                ['below-classes', classes(below)],
                ['above-classes', classes(above)],
                ['all-above', allAbove],
                ['all-above-top', topLevel(allAbove)],
                ['subtotals', totalsAbove.filter((x) => /小\s*计/.test(x.label))],
                ['totals', totalsAbove.length >= 2 ? totalsAbove : []],
            ];
            const usable = readings.filter(([, h]) => h.length >= 1);
            if (!usable.length)
                return;
            // The cells of one 合计 row share one structure.
            const key = `row:${t.row}`;
            (out.get(key) ?? out.set(key, []).get(key)).push(usable.map(([name, h]) => ({
                name,
                relation: { rule: 'table-totals', kind: 'table-row-total', label: label(t), stated: t.fig, expr: sum(h.map((x) => x.fig)), declared: false },
            })));
        });
    }
    return out;
}
function colTotals(grid, additiveColumn) {
    const out = new Map();
    const headers = Array.from({ length: grid.nCols }, (_, c) => grid.colHeader(c));
    // A 其中 column (`本年收入合计 | 其中：财政拨款`) names one part of the total, not all of them.
    const usableCol = headers.map((h, c) => additiveColumn(c) && !SUB_PART.test((h.split(' ').pop() ?? '').replace(/\s/g, '')));
    const isTotalCol = headers.map((h, c) => usableCol[c] && TOTAL.test(h));
    const group = headers.map((h) => h.split(' ')[0] ?? '');
    for (let ct = 0; ct < grid.nCols; ct++) {
        if (!isTotalCol[ct])
            continue;
        // Columns a 小计 column covers (its group's other columns) are parts of the 小计, not of the 合计.
        const covered = new Set();
        headers.forEach((h, s) => {
            if (s !== ct && isTotalCol[s] && /小\s*计/.test(h))
                headers.forEach((_, c) => c !== s && group[c] === group[s] && covered.add(c));
        });
        for (let r = grid.headerRows; r < grid.nRows; r++) {
            const t = grid.fig(r, ct);
            if (!t || !additive(t))
                continue;
            const cols = (pred) => {
                const fs = [];
                for (let c = 0; c < grid.nCols; c++) {
                    const f = c !== ct && usableCol[c] && pred(c) ? grid.fig(r, c) : undefined;
                    if (f && additive(f) && dimensionOf(f) === dimensionOf(t))
                        fs.push(f);
                }
                return fs;
            };
            const readings = [
                ['flat', cols((c) => !isTotalCol[c])],
                ['right-uncovered', cols((c) => c > ct && !covered.has(c))],
                ['right-flat', cols((c) => c > ct && !isTotalCol[c])],
                ['left-flat', cols((c) => c < ct && !isTotalCol[c])],
            ];
            for (let k = ct + 2; k <= grid.nCols; k++)
                readings.push([`right-run-${k - ct - 1}`, cols((c) => c > ct && c < k)]);
            for (let k = ct - 1; k >= 0; k--)
                readings.push([`left-run-${ct - k}`, cols((c) => c >= k && c < ct)]);
            const usable = readings.filter(([, h]) => h.length >= 1);
            if (!usable.length)
                continue;
            const rowLabel = grid.rowText(r, ct).replace(/\s+/g, '');
            const label = `${rowLabel ? `${rowLabel}的` : ''}${headers[ct].replace(/\s+/g, '')}`;
            // The cells of one 合计 column share one structure.
            const key = `col:${ct}`;
            (out.get(key) ?? out.set(key, []).get(key)).push(usable.map(([name, h]) => ({
                name,
                relation: { rule: 'table-totals', kind: 'table-col-total', label, stated: t, expr: sum(h), declared: false },
            })));
        }
    }
    return out;
}
/**
 * Orders each cell's readings by how often that reading holds across the
 * table, then folds them into one relation: the structure is learnt from the
 * cells that add up, and a cell fails only when no reading holds for it.
 */
/** Readings that add other 合计 / 小计 rows: they assume a structure of totals. */
const OF_TOTALS = new Set(['above-with-subtotal', 'above-with-subtotal-collapsed', 'subtotals', 'totals']);
function settle(cells) {
    const holds = new Map();
    for (const rs of cells)
        for (const r of rs)
            if (evaluate(r.relation)?.holds)
                holds.set(r.name, (holds.get(r.name) ?? 0) + 1);
    const anyHolds = holds.size > 0;
    // A table whose rows can be read one way only (a flat list of two or more rows under its 合计) has no
    // structure to learn; a total read as other totals (`totals`, `subtotals`, `above-with-subtotal`) has.
    const terms = (r) => figuresOf(r.relation.expr).map((f) => f.id).sort().join();
    const oneReading = cells.every((rs) => new Set(rs.map(terms)).size === 1 && rs.every((r) => !OF_TOTALS.has(r.name) && figuresOf(r.relation.expr).length >= 2));
    return cells.map((rs) => {
        const [first, ...rest] = [...rs].sort((a, b) => (holds.get(b.name) ?? 0) - (holds.get(a.name) ?? 0));
        // When no reading holds anywhere in the table its structure may be beyond us: a warning, not an error.
        return {
            ...first.relation,
            alternatives: rest.map((r) => r.relation.expr),
            ...(anyHolds || oneReading || cells.length === 1 ? {} : { severity: 'warning' }),
        };
    });
}
export default defineRule({
    id: 'table-totals',
    meta: {
        severity: 'error',
        description: '表格合计、小计、总计行或列与各项之和不符',
        messages: RELATION_MESSAGES,
    },
    check(doc) {
        const index = new FigureIndex(doc.figures);
        const indicator = indicatorBlocks(doc, index);
        const relations = [];
        for (const grid of grids(doc, index)) {
            // An indicator table's 分值 and 得分 are indicator-scores' to add; its money columns (the project form's
            // 年度资金总额 over 本年财政拨款, 上年结转, 其他资金) are this rule's.
            const scores = indicator.has(grid.block);
            const additiveColumn = (c) => !NOT_ADDITIVE.test(grid.colHeader(c)) && !(scores && isScoreColumn(grid.colHeader(c)));
            for (const group of [...rowTotals(grid, additiveColumn).values(), ...colTotals(grid, additiveColumn).values()])
                relations.push(...settle(group));
        }
        return relationFindings(doc, relations);
    },
});
