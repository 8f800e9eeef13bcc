// Every pattern file of figure extraction loads with its schema and passes its own examples.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadPattern, PATTERNS_DIR } from '../../src/patterns.ts';
import {
  exclusionsSchema, FIGURE_PATTERN_FILES, financeWordsSchema, grammarSchema, labelsSchema, metricsSchema, tablesSchema,
  unitsSchema, type SentenceExample,
} from '../../src/figures/config.ts';
import { extractFigures } from '../../src/figures/index.ts';
import { exclusionRulesMatching } from '../../src/figures/grammar.ts';
import { metricForLabel, metricOfCell, metricWithSubject } from '../../src/figures/metrics.ts';
import { cutWords } from '../../src/figures/segment.ts';
import { docOf } from '../figures/helpers.ts';

function figuresOf(text: string) {
  return extractFigures(docOf([text])).figures;
}

/** Compares extracted figures with an example's, on the fields the example gives. */
function expectFigures(text: string, expected: SentenceExample['figures'], got = figuresOf(text)): void {
  const shown = got.map((f) => {
    const e: Record<string, unknown> = { value: f.value, unit: f.unit, kind: f.kind };
    return e;
  });
  expect(shown, text).toEqual(expected.map((e) => ({ value: e.value, unit: e.unit, kind: e.kind })));
  expected.forEach((e, i) => {
    if (e.approx !== undefined) expect(got[i]!.approx, `${text}: approx of ${e.value}`).toBe(e.approx);
    if (e.trend !== undefined) expect(got[i]!.trend, `${text}: trend of ${e.value}`).toBe(e.trend);
  });
}

describe('pattern files of figure extraction', () => {
  it.each(Object.entries(FIGURE_PATTERN_FILES))('%s loads and validates', (name, schema) => {
    expect(() => loadPattern(name, schema)).not.toThrow();
  });

  it('a broken file stops the run naming the file and the field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-patterns-'));
    const units = JSON.parse(readFileSync(path.join(PATTERNS_DIR, 'units.json'), 'utf8'));
    units.units[0].kind = 'money';
    writeFileSync(path.join(dir, 'units.json'), JSON.stringify(units));
    expect(() => loadPattern('units.json', unitsSchema, dir)).toThrow(ConfigError);
    expect(() => loadPattern('units.json', unitsSchema, dir)).toThrow(/patterns\/units\.json: field units\.0\.kind/);
    const ex = JSON.parse(readFileSync(path.join(PATTERNS_DIR, 'exclusions.json'), 'utf8'));
    ex.rules[0].pattern = '第(';
    writeFileSync(path.join(dir, 'exclusions.json'), JSON.stringify(ex));
    expect(() => loadPattern('exclusions.json', exclusionsSchema, dir)).toThrow(/field rules\.0\.pattern: not a valid regular expression/);
  });
});

describe('units.json examples', () => {
  const file = loadPattern('units.json', unitsSchema);
  it.each(file.examples.map((e) => [e.text, e] as const))('%s', (_, e) => expectFigures(e.text, e.figures));
});

describe('grammar.json examples', () => {
  const file = loadPattern('grammar.json', grammarSchema);
  it.each(file.examples.map((e) => [e.text, e] as const))('%s', (_, e) => expectFigures(e.text, e.figures));
});

describe('exclusions.json examples', () => {
  const file = loadPattern('exclusions.json', exclusionsSchema);
  const cases = file.rules.flatMap((r) => r.examples.map((e) => [r.id, e.text, e] as const));
  it.each(cases)('%s: %s', (id, text, e) => {
    if (e.notMatched) expect(exclusionRulesMatching(text)).not.toContain(id);
    else expect(exclusionRulesMatching(text)).toContain(id);
    expectFigures(text, e.figures);
  });
  it.each(file.idiomExamples.map((e) => [e.text, e] as const))('idiom: %s', (text, e) => {
    expect(exclusionRulesMatching(text)).toContain('idiom');
    expectFigures(text, e.figures);
  });
});

describe('labels.json examples', () => {
  const file = loadPattern('labels.json', labelsSchema);
  it.each(file.examples.map((e) => [e.text, e] as const))('%s', (text, e) => {
    expect(figuresOf(text).map((f) => f.label)).toEqual(e.labels);
  });
});

describe('tables.json examples', () => {
  const file = loadPattern('tables.json', tablesSchema);
  it.each(file.examples.map((e, i) => [i, e] as const))('example %i', (_, e) => {
    const blocks = [...(e.caption ? [e.caption] : []), [e.headers, ...e.cells]];
    const got = extractFigures(docOf(blocks)).figures;
    expectFigures(`table ${e.headers.join('|')}`, e.figures, got);
  });
});

describe('metrics.json examples', () => {
  const file = loadPattern('metrics.json', metricsSchema);
  it.each(file.examples.map((e) => [e.column ? `${e.label} | ${e.column}` : e.subject ? `${e.subject} … ${e.label}` : e.label, e.kind, e.metric, e] as const))(
    '%s (%s) → %s',
    (_, kind, metric, e) => {
      const got = e.column
        ? metricOfCell(e.label, e.column, kind, e.unit)
        : e.subject
          ? metricWithSubject(e.label, kind, e.subject, e.unit)
          : metricForLabel(e.label, kind, e.unit);
      expect(got).toBe(metric);
    },
  );
  it('every summary metric has synonyms', () => {
    const ids = new Set(file.metrics.filter((m) => m.summary).map((m) => m.id));
    expect(ids.size).toBe(17);
  });
});

describe('finance-words.json examples', () => {
  const file = loadPattern('finance-words.json', financeWordsSchema);
  it.each(file.examples.map((e) => [e.text, e] as const))('%s', (text, e) => {
    const words = cutWords(text);
    for (const w of e.contains) expect(words, text).toContain(w);
  });
});
