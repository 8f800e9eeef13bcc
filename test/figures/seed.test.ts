// The reference report: every figure it states, in order, and the summary metrics it fills.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDoc, docFromText } from '../../src/document.ts';
import { readDocument } from '../../src/ingest/index.ts';
import { computeMetrics, extractFigures, SUMMARY_METRIC_IDS } from '../../src/figures/index.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/seed');
const SEED = path.join(FIXTURES, 'seed.txt');

describe('the seed report', () => {
  const doc = docFromText(readFileSync(SEED, 'utf8'), 'seed.txt');
  const { figures, findings } = extractFigures(doc);

  it('finds every figure and nothing else', () => {
    expect(figures.map((f) => `${f.value}${f.unit}${f.approx ? '~' : ''}`)).toEqual([
      '4个', '14人', '13人', '3人', '365个', '72.42%', '6个', '14份', '2份', '3项', '400条~', '2500份~',
      '346.38万元', '278.36万元', '41.76万元', '8.72万元', '17.54万元',
      '346.38万元', '278.36万元', '41.76万元', '8.72万元', '17.54万元',
      '2.2万元', '0.7万元', '100分',
      '358.03万元', '-11.65万元', '346.38万元', '0万元', '100%',
      '2.2万元', '0.7万元', '100%', '22.32万元', '21.24万元', '95.16%', '100%', '100%', '95%',
    ]);
    expect(findings).toEqual([]);
  });

  it('numbers figures f0001… in document order and keeps where they are', () => {
    expect(figures[0]!.id).toBe('f0001');
    expect(figures.at(-1)!.id).toBe(`f${String(figures.length).padStart(4, '0')}`);
    for (const f of figures) {
      const block = doc.blocks[f.block]!;
      expect(block.kind).toBe('paragraph');
      if (block.kind === 'paragraph') expect(block.text.text.slice(f.start, f.end)).toBe(f.raw);
      expect(f.section).toBe(block.section);
    }
    const income = figures.find((f) => f.metric === 'income_total')!;
    expect(income).toMatchObject({ raw: '346.38万元', amountWan: '346.38', decimals: 2, label: '部门决算收入', cell: null });
  });

  it('fills every summary metric the seed states', () => {
    const m = computeMetrics(figures, doc.sections);
    expect(Object.keys(m)).toEqual([...SUMMARY_METRIC_IDS]);
    expect(m).toEqual(SEED_METRICS);
  });

  it.each(['seed.docx', 'seed.pdf'])('finds the same figures and metrics in %s', async (name) => {
    const read = await readDocument(path.join(FIXTURES, name));
    const other = buildDoc(name, read.format, read.result);
    const got = extractFigures(other);
    expect(got.figures.map((f) => `${f.value}${f.unit}`)).toEqual(figures.map((f) => `${f.value}${f.unit}`));
    expect(computeMetrics(got.figures, other.sections)).toEqual(SEED_METRICS);
  });
});

const SEED_METRICS = {
  income_total: 346.38,
  expenditure_total: 346.38,
  budget_initial: 358.03,
  budget_adjustment: -11.65,
  budget_final: null,
  execution: 346.38,
  execution_rate: null,
  balance: 0,
  three_public: 2.2,
  three_public_reception: 0.7,
  public_funds_budget: 22.32,
  public_funds_actual: 21.24,
  public_funds_control_rate: 95.16,
  staff_authorized: 14,
  staff_actual: 13,
  self_score: 100,
  satisfaction: 95,
};
