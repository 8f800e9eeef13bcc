// Recomputes every relation from the truth's own figures with interval arithmetic:
// each truth error really fails its relation beyond rounding, and every other relation —
// all of them in a clean document — holds within rounding.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, show } from '../corpus-gen/relations.ts';
import { type Truth, TruthSchema } from './truth-schema.ts';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');
const truths: Truth[] = readdirSync(path.join(CORPUS, 'truth'))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => TruthSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, 'truth', f), 'utf8'))));

const strip = (s: string) => s.replace(/,/g, '');

describe('the interval evaluator', () => {
  const fig = (value: number, decimals: number, kind = 'amount', unit = '万元') => ({ kind, value, unit, decimals });
  it('accepts rounding-level differences (434.16 + 0.55 + 0.00 = 434.72)', () => {
    const v = evaluate({ kind: 'sum', op: 'sum', result: 0, operands: [1, 2, 3] }, [fig(434.72, 2), fig(434.16, 2), fig(0.55, 2), fig(0, 2)]);
    expect(v.holds).toBe(true);
    expect(v.roundingDifference).toBe(true);
  });
  it('accepts 95.16% for 21.24 / 22.32 and rejects 95.36%', () => {
    const figs = [fig(95.16, 2, 'percent', '%'), fig(21.24, 2), fig(22.32, 2), fig(95.36, 2, 'percent', '%')];
    expect(evaluate({ kind: 'rate', op: 'ratio', result: 0, operands: [1, 2] }, figs).holds).toBe(true);
    expect(evaluate({ kind: 'rate', op: 'ratio', result: 3, operands: [1, 2] }, figs).holds).toBe(false);
  });
  it('compares amounts across units (2.2万元 = 22,000.00元) and rejects a 0.02 gap', () => {
    const figs = [fig(2.2, 1), fig(22000, 2, 'amount', '元'), fig(346.4, 2), fig(346.38, 2)];
    expect(evaluate({ kind: 'repeat', op: 'equal', result: 1, operands: [0] }, figs).holds).toBe(true);
    expect(evaluate({ kind: 'repeat', op: 'equal', result: 2, operands: [3] }, figs).holds).toBe(false);
  });
  it('treats counts and scores as exact', () => {
    const figs = [fig(13, 0, 'count', '人'), fig(14, 0, 'count', '人'), fig(20.5, 1, 'score', '分'), fig(20, 0, 'score', '分')];
    expect(evaluate({ kind: 'staff', op: 'le', result: 0, operands: [1] }, figs).holds).toBe(true);
    expect(evaluate({ kind: 'staff', op: 'le', result: 1, operands: [0] }, figs).holds).toBe(false);
    expect(evaluate({ kind: 'score', op: 'le', result: 2, operands: [3] }, figs).holds).toBe(false);
  });
  it('prints intervals exactly (1.00万元 is 10,000 ± 50 元)', () => {
    const v = evaluate({ kind: 'sum', op: 'sum', result: 0, operands: [1] }, [fig(1, 2), fig(1, 2)]);
    expect(show(v.actual[0], 3)).toBe('9950.000');
    expect(show(v.actual[1], 3)).toBe('10050.000');
  });
});

describe.each(truths.filter((t) => t.relations !== undefined).map((t) => [t.file, t] as const))('%s', (_, t) => {
  const rels = t.relations!;
  it('every relation not broken by an error holds within rounding', () => {
    for (const r of rels.filter((x) => x.error === undefined)) {
      const v = evaluate(r, t.figures);
      expect(v.holds, `${r.kind} ${r.op} on figure ${r.result} (${t.figures[r.result]!.raw})`).toBe(true);
    }
  });

  it('every relation attributed to an error fails beyond rounding', () => {
    for (const r of rels.filter((x) => x.error !== undefined)) {
      expect(evaluate(r, t.figures).holds, `${r.kind} on ${t.figures[r.result]!.raw}`).toBe(false);
    }
  });

  it('every error but a wrong year breaks a relation of its kind, holding its stated number', () => {
    t.errors.forEach((e, i) => {
      if (e.kind === 'year') {
        expect(Number(e.stated)).not.toBe(t.year);
        expect(e.stated).toMatch(/^20\d\d$/);
        expect(Number(e.correct)).toBe(t.year);
        return;
      }
      const mine = rels.filter((r) => r.error === i);
      expect(mine.some((r) => r.kind === e.kind), `${e.kind} ${e.stated}`).toBe(true);
      const printed = mine.flatMap((r) => [r.result, ...r.operands, ...(r.minus ?? [])]).map((k) => strip(t.figures[k]!.raw));
      expect(printed.some((p) => p.includes(strip(e.stated))), `${e.stated} in ${printed.join(' ')}`).toBe(true);
      expect(strip(e.stated)).not.toBe(strip(e.correct));
    });
  });
});

describe('the corpus as a whole', () => {
  it('clean documents carry rounding-level differences that hold', () => {
    let docs = 0;
    for (const t of truths.filter((x) => x.clean && x.relations)) {
      if (t.relations!.some((r) => evaluate(r, t.figures).roundingDifference)) docs++;
    }
    expect(docs).toBeGreaterThanOrEqual(10);
  });

  it('some errors are subtle (0.1–2 % off) and none is a rounding-level change', () => {
    let subtle = 0;
    for (const t of truths) {
      for (const e of t.errors.filter((x) => x.kind !== 'year')) {
        const stated = Number(strip(e.stated));
        const correct = Number(strip(e.correct));
        const rel = Math.abs(stated - correct) / Math.abs(correct);
        if (rel >= 0.001 && rel <= 0.02) subtle++;
      }
    }
    expect(subtle).toBeGreaterThanOrEqual(5);
  });

  it('every document with relations has some', () => {
    for (const t of truths) if (t.relations) expect(t.relations.length, t.file).toBeGreaterThan(0);
  });
});
