// Declared relations: the template's own arithmetic between canonical metrics,
// kept as data in patterns/relations.json (an XBRL calculation linkbase), bound
// to the figures the extractor mapped to those metrics.
import { z } from 'zod';
import { loadPattern } from "../../patterns.js";
import { HUNDRED, ONE, parseDecimal } from "../../tolerance.js";
import { isLevel, metricOf, signedByVerb } from "./context.js";
import { indicatorBlocks } from "./tables.js";
import { DEPARTMENT, isUnitName, isVocabularyObject, measureFits, objectFits, sameThing } from "../../figures/meaning.js";
import { FigureIndex, cellHeaders, figureText, sentenceAt } from "../../text.js";
import { residue, selfNames } from "./subject.js";
import { partPairs } from "./totals.js";
import { loadMetricTable } from "../../figures/metrics.js";
import { figuresOf } from "./model.js";
/** Parses `target = a + b - c`, `target = a / (b + c)`. */
export function parseFormula(src) {
    const tokens = src.match(/[a-z_][a-z0-9_]*|\d+(?:\.\d+)?|[=+\-/()]/g) ?? [];
    if (tokens.join('') !== src.replace(/\s+/g, ''))
        throw new SyntaxError(`unexpected character in formula: ${src}`);
    let i = 0;
    const peek = () => tokens[i];
    const take = (t) => {
        const tok = tokens[i++];
        if (tok === undefined || (t !== undefined && tok !== t))
            throw new SyntaxError(`expected ${t ?? 'a term'} in formula: ${src}`);
        return tok;
    };
    const factor = () => {
        const tok = take();
        if (tok === '(') {
            const e = expr();
            take(')');
            return e;
        }
        if (/^\d/.test(tok))
            return { op: 'num', value: tok };
        if (/^[a-z_]/.test(tok))
            return { op: 'metric', id: tok };
        throw new SyntaxError(`unexpected ${tok} in formula: ${src}`);
    };
    const term = () => {
        const num = factor();
        if (peek() !== '/')
            return num;
        take('/');
        return { op: 'ratio', num, den: factor() };
    };
    const expr = () => {
        const terms = [{ sign: 1, e: term() }];
        while (peek() === '+' || peek() === '-')
            terms.push({ sign: take() === '-' ? -1 : 1, e: term() });
        return terms.length === 1 ? terms[0].e : { op: 'sum', terms };
    };
    const target = take();
    if (!/^[a-z_]/.test(target))
        throw new SyntaxError(`a formula starts with its target metric: ${src}`);
    take('=');
    const e = expr();
    if (i !== tokens.length)
        throw new SyntaxError(`trailing ${tokens[i]} in formula: ${src}`);
    return { target, expr: e };
}
export function metricsOf(e) {
    switch (e.op) {
        case 'metric':
            return [e.id];
        case 'num':
            return [];
        case 'sum':
            return e.terms.flatMap((t) => metricsOf(t.e));
        case 'ratio':
            return [...metricsOf(e.num), ...metricsOf(e.den)];
    }
}
const FormulaSchema = z.string().transform((s, ctx) => {
    try {
        return parseFormula(s);
    }
    catch (e) {
        ctx.addIssue({ code: 'custom', message: e.message });
        return z.NEVER;
    }
});
export const RelationsFileSchema = z
    .object({
    description: z.string(),
    /** Words that make figures of one metric different quantities (财政拨款支出总计 is not 支出总计): bound figures name the same ones. */
    scopes: z.array(z.string().min(1)).default([]),
    /** Scope words another one implies (“三公”经费 are 财政拨款 by definition). */
    scopeImplies: z.record(z.string(), z.array(z.string())).default({}),
    relations: z.array(z
        .object({
        id: z.string().regex(/^[a-z0-9_]+$/),
        rule: z.string(),
        label: z.string().min(1),
        name: z.string().optional(),
        formula: FormulaSchema,
        unless: z.array(z.string()).default([]),
        /** The terms are parts of the target: each has the target's measure and period (figures/meaning.ts). */
        parts: z.boolean().default(false),
        variants: z.array(z.object({ name: z.string().min(1), formula: FormulaSchema }).strict()).default([]),
    })
        .strict()),
    examples: z.array(z.object({ text: z.string(), relation: z.string(), holds: z.boolean() }).strict()),
})
    .strict()
    .superRefine((file, ctx) => {
    const ids = new Set();
    file.relations.forEach((r, i) => {
        if (ids.has(r.id))
            ctx.addIssue({ code: 'custom', path: ['relations', i, 'id'], message: `duplicate relation ${r.id}` });
        ids.add(r.id);
        r.variants.forEach((v, j) => {
            if (v.formula.target !== r.formula.target)
                ctx.addIssue({ code: 'custom', path: ['relations', i, 'variants', j], message: 'a variant must compute the same target' });
        });
    });
    for (const ex of file.examples) {
        if (!ids.has(ex.relation))
            ctx.addIssue({ code: 'custom', path: ['examples'], message: `unknown relation ${ex.relation}` });
    }
});
export const relationsFile = () => loadPattern('relations.json', RelationsFileSchema);
let termsCache;
/**
 * The declared sums (`three_public = three_public_abroad + three_public_vehicles + …`)
 * read backwards: for each term, the composites it is a term of. (Which terms stand beside
 * each other is the objects tree of patterns/meaning.json: two siblings are never parts.)
 */
export function declaredTerms() {
    if (termsCache)
        return termsCache;
    const composites = new Map();
    for (const r of relationsFile().relations) {
        const e = r.formula.expr;
        if (e.op !== 'sum' || e.terms.some((t) => t.sign < 0 || t.e.op !== 'metric'))
            continue;
        for (const t of e.terms) {
            const id = t.e.id;
            composites.set(id, [...(composites.get(id) ?? []), r.formula.target]);
        }
    }
    termsCache = { composites };
    return termsCache;
}
/**
 * A figure's scope words, or — when its label names none (`调整后预算48万元`) —
 * those of the first figure of its sentence that names some
 * (`公用经费年初预算50万元，调整后预算48万元`): the sentence's subject.
 */
export function sentenceScope(doc, f, index) {
    const own = scopeKey(doc, f);
    if (own || f.cell)
        return own;
    const text = figureText(doc, f);
    const s = sentenceAt(text, f.start);
    // A part of a list is not of its total's scope (因公出国（境）费 of a “三公”经费 list is no 三公 figure of its own).
    const parts = partPairs(doc, index);
    for (const g of index.at(f.block)) {
        if (g.start < s.start || g.start >= f.start || parts.has(`${g.id}|${f.id}`))
            continue;
        const k = scopeKey(doc, g);
        if (k)
            return k;
    }
    return '';
}
/** Words that make figures of one metric different quantities (relations.json `scopes`). */
export const scopeWords = () => relationsFile().scopes;
/** How far `c` is from `t` for binding: same table row/column, then paragraph, then section, then anywhere. */
function distance(t, c) {
    const blocks = Math.abs(c.block - t.block);
    if (c.block === t.block && t.cell && c.cell) {
        if (c.cell.row === t.cell.row)
            return Math.abs(c.cell.col - t.cell.col) / 100;
        if (c.cell.col === t.cell.col)
            return 0.5 + Math.abs(c.cell.row - t.cell.row) / 1000;
        return 5;
    }
    if (c.block === t.block)
        return 1 + Math.abs(c.start - t.start) / 1e6;
    if (c.section !== null && c.section === t.section)
        return 2 + blocks / 1e3;
    return 3 + blocks / 1e3;
}
/** Figures of each metric that state this year's level (not a change, not last year's). */
export function metricCandidates(doc) {
    const out = new Map();
    // An indicator table's 实际完成值 is a score's basis, not the figure the text computes: left out.
    const indicator = indicatorBlocks(doc, new FigureIndex(doc.figures));
    for (const f of doc.figures) {
        const metric = metricOf(doc, f);
        // A figure whose meaning reads another measure than its metric's (未执行 mapped to execution) is not that metric.
        if (!metric || indicator.has(f.block) || !isLevel(doc, f) || !measureFits(metric, f.meaning?.measure ?? null) || !objectFits(metric, f.meaning?.object ?? null))
            continue;
        (out.get(metric) ?? out.set(metric, []).get(metric)).push(f);
    }
    return out;
}
/**
 * The scope words a figure is of beyond what its metric's own name implies,
 * sorted and joined: those its label says past the metric's name, or — when
 * its label says none (`调整后预算48万元`) — those its sentence's subject says
 * (`公用经费年初预算50万元，调整后预算48万元`: 公用经费, which a budget_final does
 * not imply, while a public_funds_actual `年末决算数` of that sentence does).
 */
function scopeOf(doc, f, metric, scopes, index) {
    if (scopeKey(doc, f)) {
        const rest = residue(f.cell ? cellHeaders(doc, f).row : f.label ?? '', [metric], selfNames(doc));
        return scopes.filter((s) => rest.includes(s)).sort().join('|');
    }
    const implied = impliedScopes(metric, scopes);
    return sentenceScope(doc, f, index)
        .split('|')
        .filter((s) => s && !implied.has(s))
        .join('|');
}
const impliedCache = new Map();
/**
 * Scope words a metric's own names carry (三公 for three_public, 公用经费 for
 * public_funds_actual), and those these imply (relations.json `scopeImplies`:
 * “三公”经费 are 财政拨款 by definition).
 */
function impliedScopes(metric, scopes) {
    let hit = impliedCache.get(metric);
    if (!hit) {
        const names = loadMetricTable().metrics.find((m) => m.def.id === metric)?.def.synonyms.join(' ') ?? '';
        hit = new Set(scopes.filter((s) => names.includes(s)));
        for (const s of [...hit])
            for (const t of relationsFile().scopeImplies[s] ?? [])
                hit.add(t);
        impliedCache.set(metric, hit);
    }
    return hit;
}
/**
 * The scope words (relations.json `scopes`) a figure's label names, sorted and
 * joined: figures a relation found by their words must name the same ones
 * (财政拨款收入总计 and 支出总计 are not one table's two totals).
 */
export function scopeKey(doc, f) {
    // A cell's scope is named by its row and its column (the 一般公共预算财政拨款 column of a 决算总表).
    const headers = f.cell ? cellHeaders(doc, f) : null;
    const words = headers ? `${headers.row} ${headers.column}` : f.label ?? '';
    return scopeWords().filter((s) => words.includes(s)).sort().join('|');
}
/** A part of a declared composition: the whole's measure and period, where both are read (预算 items are no part of spending). */
function partOf(whole, part) {
    const w = whole.meaning;
    const p = part.meaning;
    if (!w || !p)
        return true;
    const measure = w.measure === null || p.measure === null || w.measure === p.measure;
    const period = w.period === p.period || w.period === null || p.period === null;
    return measure && period;
}
/**
 * Operands are about what the target is about (meaning.ts sameThing). A relation bound by metric alone is
 * the loosest reading there is: a unit's or item's own figure (疾控中心全年预算) is no operand of one the
 * department states, however loosely the department's words match anything.
 */
function sameSubject(target, c) {
    if (!target.meaning || !c.meaning)
        return true;
    const [a, b] = [target.meaning.object, c.meaning.object];
    const item = (o) => o !== DEPARTMENT && !isVocabularyObject(o);
    // Two objects of the vocabulary must agree. An item's name read off a clause (`本单位按照序时进度支出`) may be
    // a residue of words, not a name: beside another item's or the department's it proves nothing.
    // A unit under the department (疾控中心) is named for sure: its figures and the department's are not one.
    if ((a === DEPARTMENT && item(b)) || ((isUnitName(a) || isUnitName(b)) && a !== b))
        return false;
    return item(a) || item(b) || sameThing(a, b);
}
function bind(b, ast) {
    const { doc, target, candidates, used } = b;
    switch (ast.op) {
        case 'metric': {
            // A table cell's relation is the table's own: its operands sit in its row or its column.
            const pool = (candidates.get(ast.id) ?? []).filter((c) => !used.has(c.id) && (!target.cell || distance(target, c) < 1) && scopeOf(doc, c, ast.id, b.scopes, b.index) === b.scope &&
                (!b.parts || partOf(target, c)) && sameSubject(target, c));
            if (!pool.length)
                return null;
            const best = pool.reduce((a, b) => (distance(target, b) < distance(target, a) ? b : a));
            used.add(best.id);
            return { op: 'fig', fig: signedByVerb(doc, best) };
        }
        case 'num':
            return { op: 'const', value: parseDecimal(ast.value), text: ast.value };
        case 'sum': {
            const terms = [];
            for (const t of ast.terms) {
                const e = bind(b, t.e);
                if (!e)
                    return null;
                terms.push({ sign: t.sign, expr: e });
            }
            return { op: 'sum', terms };
        }
        case 'ratio': {
            const num = bind(b, ast.num);
            const den = num && bind(b, ast.den);
            return num && den ? { op: 'ratio', num, den, scale: target.kind === 'percent' ? HUNDRED : ONE } : null;
        }
    }
}
/** The declared relations a rule reports, bound to this document's figures. */
export function bindDeclared(doc, rule, options = {}, file = relationsFile()) {
    const candidates = metricCandidates(doc);
    const index = new FigureIndex(doc.figures);
    const out = [];
    for (const d of file.relations) {
        if (d.rule !== rule || d.unless.some((m) => candidates.has(m)))
            continue;
        const readings = [{ name: d.name, formula: d.formula }, ...d.variants];
        const preferred = options.preferredVariants?.[d.id];
        const at = preferred ? readings.findIndex((r) => r.name === preferred) : 0;
        if (at > 0)
            readings.unshift(...readings.splice(at, 1));
        if (options.strictVariants)
            readings.splice(1);
        for (const target of candidates.get(d.formula.target) ?? []) {
            const bound = readings
                .map((r) => ({
                name: r.name,
                expr: bind({ parts: d.parts, doc, index, target, scope: scopeOf(doc, target, d.formula.target, file.scopes, index), scopes: file.scopes, candidates, used: new Set([target.id]) }, r.formula.expr),
            }))
                .filter((b) => b.expr !== null);
            if (!bound.length)
                continue;
            // Operands found only in another section are a guess at which figures the text meant: a warning.
            const far = figuresOf(bound[0].expr).some((f) => distance(target, f) >= 3);
            out.push({
                rule,
                kind: d.id,
                label: d.label,
                stated: signedByVerb(doc, target),
                expr: bound[0].expr,
                alternatives: bound.slice(1).map((b) => b.expr),
                ...(d.variants.length && bound[0].name ? { variant: bound[0].name } : {}),
                declared: true,
                ...(far ? { severity: 'warning' } : {}),
            });
        }
    }
    return out;
}
