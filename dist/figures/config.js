// The pattern files that drive figure extraction, validated with zod when first
// used and compiled once per process (regular expressions, lookup tables).
import { z } from 'zod';
import { ConfigError, loadPattern } from "../patterns.js";
const kind = z.enum(['amount', 'percent', 'count', 'score', 'measure']);
const nonEmpty = z.string().min(1);
const decimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "0.0001"');
/** A sentence and the figures extraction must find in it, in order. */
const expectedFigure = z.object({
    value: decimalString,
    unit: nonEmpty,
    kind,
    approx: z.boolean().optional(),
    trend: z.enum(['increase', 'decrease', 'flat']).optional(),
});
const sentenceExample = z.object({ text: z.string(), figures: z.array(expectedFigure) });
export const unitsSchema = z.object({
    description: nonEmpty,
    units: z
        .array(z.object({
        canonical: nonEmpty,
        kind,
        aliases: z.array(nonEmpty).min(1),
        toWan: decimalString.optional(),
        arabicOnly: z.boolean().optional(),
    }))
        .min(1),
    scales: z.array(z.string().length(1)),
    notFigures: z.array(nonEmpty),
    examples: z.array(sentenceExample).min(1),
});
export const grammarSchema = z.object({
    description: nonEmpty,
    approxBefore: z.array(nonEmpty),
    approxInside: z.array(nonEmpty),
    approxAfter: z.array(nonEmpty),
    negativeWords: z.array(nonEmpty),
    decreaseVerbs: z.array(nonEmpty),
    increaseVerbs: z.array(nonEmpty),
    flatWords: z.array(nonEmpty),
    levelWords: z.array(nonEmpty),
    changeGapStops: z.array(z.string().length(1)),
    scoreLeads: z.array(nonEmpty),
    listJoiners: z.array(nonEmpty),
    percentPrefix: nonEmpty,
    examples: z.array(sentenceExample).min(1),
});
/** A regular expression given as text: it must compile. */
const regexSource = z.string().min(1).refine((s) => {
    try {
        new RegExp(s, 'g');
        return true;
    }
    catch {
        return false;
    }
}, { message: 'not a valid regular expression' });
export const exclusionsSchema = z.object({
    description: nonEmpty,
    rules: z
        .array(z.object({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'rule ids are kebab-case'),
        description: nonEmpty,
        pattern: regexSource,
        examples: z.array(sentenceExample.extend({ notMatched: z.boolean().optional() })).min(1),
    }))
        .min(1),
    idioms: z.array(nonEmpty),
    idiomExamples: z.array(sentenceExample).min(1),
});
export const labelsSchema = z.object({
    description: nonEmpty,
    clauseMarks: z.array(z.string().length(1)),
    dropLeading: z.array(nonEmpty),
    dropTrailing: z.array(nonEmpty),
    nounStop: z.array(nonEmpty),
    splitTokens: z.array(z.string().min(2)),
    distributive: z.array(nonEmpty),
    nameSeparators: z.array(nonEmpty),
    abbreviations: z.record(nonEmpty, nonEmpty).default({}),
    maxLabelChars: z.number().int().positive(),
    examples: z.array(z.object({ text: z.string(), labels: z.array(z.string().nullable()) })).min(1),
});
export const tablesSchema = z.object({
    description: nonEmpty,
    captionPattern: regexSource,
    headerUnitPattern: regexSource,
    scoreHeaders: z.array(nonEmpty),
    percentHeaders: z.array(nonEmpty),
    indexHeaders: z.array(nonEmpty),
    /** Words that make any header ending with them an index (科目编码, 会计凭证号); 年度 is not one (本年度 holds money). */
    indexHeaderEndings: z.array(nonEmpty),
    indexRowLabels: z.array(nonEmpty),
    examples: z
        .array(z.object({
        caption: z.string(),
        headers: z.array(z.string()),
        cells: z.array(z.array(z.string())),
        figures: z.array(expectedFigure),
    }))
        .min(1),
});
export const metricsSchema = z.object({
    description: nonEmpty,
    changeMarkers: z.array(nonEmpty),
    subjects: z.array(nonEmpty),
    organisationSuffixes: z.array(nonEmpty),
    funds: z.array(nonEmpty),
    attributes: z.array(nonEmpty),
    totalRows: z.array(nonEmpty),
    metrics: z
        .array(z.object({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'metric ids are snake_case'),
        summary: z.boolean().optional(),
        kinds: z.array(kind).min(1),
        prefer: z.array(nonEmpty).optional(),
        signFromTrend: z.boolean().optional(),
        whole: z.boolean().optional(),
        units: z.array(nonEmpty).min(1).optional(),
        description: nonEmpty,
        synonyms: z.array(nonEmpty).min(1),
        unless: z.array(nonEmpty).optional(),
    }))
        .min(1),
    examples: z
        .array(z.object({
        label: z.string(),
        kind,
        metric: z.string().nullable(),
        /** The figure's unit, for metrics that take only some units. */
        unit: nonEmpty.optional(),
        /** Subject words named earlier in the sentence. */
        subject: nonEmpty.optional(),
        /** With a column, `label` is a table cell's row label. */
        column: nonEmpty.optional(),
    }))
        .min(1),
});
export const financeWordsSchema = z.object({
    description: nonEmpty,
    words: z.array(z.object({ word: nonEmpty, tag: z.string().regex(/^[a-z]+$/).optional() })).min(1),
    examples: z.array(z.object({ text: nonEmpty, contains: z.array(nonEmpty).min(1) })).min(1),
});
/** The pattern files of figure extraction, by file name, with their schemas (tests load each). */
export const FIGURE_PATTERN_FILES = {
    'units.json': unitsSchema,
    'grammar.json': grammarSchema,
    'exclusions.json': exclusionsSchema,
    'labels.json': labelsSchema,
    'tables.json': tablesSchema,
    'metrics.json': metricsSchema,
    'finance-words.json': financeWordsSchema,
};
// ------------------------------------------------------------ compiled forms
export const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of literals, longest first so that 万元 wins over 元. */
export const alternation = (words) => [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
let units;
export function compiledUnits() {
    if (units)
        return units;
    const file = loadPattern('units.json', unitsSchema);
    const byAlias = new Map();
    for (const u of file.units) {
        if (u.kind === 'amount' && !u.toWan)
            throw new ConfigError(`patterns/units.json: unit ${u.canonical}: amount units need toWan`);
        for (const a of u.aliases) {
            if (byAlias.has(a))
                throw new ConfigError(`patterns/units.json: alias ${a} is listed twice`);
            byAlias.set(a, { canonical: u.canonical, kind: u.kind, toWan: u.toWan ?? null, arabicOnly: u.arabicOnly ?? false });
        }
    }
    units = {
        unitAt: new RegExp(`(${alternation([...byAlias.keys()])})`, 'y'),
        byAlias,
        notFigureAt: new RegExp(`(?:${alternation(file.notFigures)})`, 'y'),
        scales: new Set(file.scales),
        mayFollowNumeral: new Set([
            ...[...byAlias.keys()].map((a) => a[0]),
            ...file.scales,
            ...loadPattern('grammar.json', grammarSchema).approxInside.map((a) => a[0]),
            ...loadPattern('grammar.json', grammarSchema).listJoiners.map((a) => a[0]),
        ]),
        canonicalOf: (alias) => byAlias.get(alias),
    };
    return units;
}
let grammar;
export function compiledGrammar() {
    if (grammar)
        return grammar;
    const file = loadPattern('grammar.json', grammarSchema);
    grammar = {
        file,
        approxBefore: new RegExp(`(${alternation(file.approxBefore)})\\s*$`),
        approxInside: new Set(file.approxInside),
        approxAfterAt: new RegExp(`(?:${alternation(file.approxAfter)})`, 'y'),
        negativeWords: new Set(file.negativeWords),
        changeVerbs: [
            ...file.decreaseVerbs.map((w) => [w, 'decrease']),
            ...file.increaseVerbs.map((w) => [w, 'increase']),
            ...file.flatWords.map((w) => [w, 'flat']),
        ].sort((a, b) => b[0].length - a[0].length),
        changeGap: new RegExp(`^[^，。；、,;：:\\d%${file.changeGapStops.map(escapeRegex).join('')}]{0,8}$`),
        levelAfterVerb: new RegExp(`^\\s*(?:${alternation(file.levelWords)})`),
        scoreLeadBefore: new RegExp(`(?:${alternation(file.scoreLeads)})\\s*(?:为|是|达|[:：])?\\s*$`),
        joinerAt: new RegExp(`\\s*(?:${alternation(file.listJoiners)})\\s*(?=[\\d零〇一二两三四五六七八九十百千])`, 'y'),
    };
    return grammar;
}
let exclusions;
export function compiledExclusions() {
    if (exclusions)
        return exclusions;
    const file = loadPattern('exclusions.json', exclusionsSchema);
    const rules = file.rules.map((r) => ({ id: r.id, regex: new RegExp(r.pattern, 'gm') }));
    if (file.idioms.length)
        rules.push({ id: 'idiom', regex: new RegExp(alternation(file.idioms), 'g') });
    exclusions = { rules };
    return exclusions;
}
let labels;
export function compiledLabels() {
    if (labels)
        return labels;
    const file = loadPattern('labels.json', labelsSchema);
    labels = {
        file,
        clauseMarks: new Set(file.clauseMarks),
        dropLeading: new Set(file.dropLeading),
        dropTrailing: new Set(file.dropTrailing),
        nounStop: new Set(file.nounStop),
        splitTokens: new Set(file.splitTokens),
        distributiveEnd: new RegExp(`(?:${alternation(file.distributive)})\\s*[:：]?\\s*$`),
        nameSeparator: new RegExp(`(?:${alternation(file.nameSeparators)})`),
        abbreviations: new Map(Object.entries(file.abbreviations)),
        listGap: new RegExp(`^\\s*(?:${alternation(file.nameSeparators)})\\s*$`),
    };
    return labels;
}
let tables;
export function compiledTables() {
    if (tables)
        return tables;
    const file = loadPattern('tables.json', tablesSchema);
    tables = { file, caption: new RegExp(file.captionPattern), headerUnit: new RegExp(file.headerUnitPattern) };
    return tables;
}
