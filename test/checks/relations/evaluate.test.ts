import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/model.ts';
import { evaluate, figureInterval, printedNumber, renderExpr } from '../../../src/checks/relations/evaluate.ts';
import { fig, sum, type Relation } from '../../../src/checks/relations/model.ts';
import { formatInterval, HUNDRED } from '../../../src/tolerance.ts';

let n = 0;
function f(raw: string, over: Partial<Figure> = {}): Figure {
  const m = /^(-?[\d,]+(?:\.\d+)?)(.*)$/.exec(raw)!;
  const value = m[1]!.replace(/,/g, '');
  const unit = m[2] || '万元';
  const kind = unit === '%' ? 'percent' : unit === '人' ? 'count' : unit === '分' ? 'score' : 'amount';
  const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  return {
    id: `f${++n}`, kind, value, unit, amountWan: kind === 'amount' ? (unit === '元' ? String(Number(value) / 10000) : value) : null,
    decimals, approx: false, raw, label: null, metric: null, block: 0, cell: null, start: 0, end: raw.length, page: null, section: null, ...over,
  };
}

const rel = (stated: Figure, expr: Relation['expr'], alternatives?: Relation['expr'][]): Relation => ({
  rule: 't', kind: 't', label: '合计', stated, expr, alternatives, declared: false,
});

describe('evaluate', () => {
  it('holds within rounding and fails beyond it', () => {
    expect(evaluate(rel(f('434.72万元'), sum([f('434.16万元'), f('0.55万元'), f('0.00万元')])))!.holds).toBe(true);
    const v = evaluate(rel(f('434.75万元'), sum([f('434.16万元'), f('0.55万元'), f('0.00万元')])))!;
    expect(v.holds).toBe(false);
    expect(v.expected).toBe('434.71');
    expect(v.difference).toBe('0.04');
  });

  it('compares money across units', () => {
    expect(evaluate(rel(f('2.2万元'), sum([f('15000.00元'), f('7000.00元')])))!.holds).toBe(true);
    expect(evaluate(rel(f('2.5万元'), sum([f('15000.00元'), f('7000.00元')])))!.holds).toBe(false);
  });

  it('propagates intervals through ratios', () => {
    const r = (p: string) => rel(f(p), { op: 'ratio', num: fig(f('21.24万元')), den: fig(f('22.32万元')), scale: HUNDRED });
    expect(evaluate(r('95.16%'))!.holds).toBe(true);
    expect(evaluate(r('95.26%'))!.holds).toBe(false);
  });

  it('holds when any reading holds, and reports the first that fails', () => {
    const v = evaluate(rel(f('10.00万元'), sum([f('4.00万元'), f('5.00万元')]), [sum([f('4.00万元'), f('6.00万元')])]));
    expect(v!.holds).toBe(true);
  });

  it('cannot judge approximate figures or zero denominators', () => {
    expect(evaluate(rel(f('10.00万元', { approx: true }), sum([f('4.00万元'), f('5.00万元')])))).toBeNull();
    expect(evaluate(rel(f('100%'), { op: 'ratio', num: fig(f('1.00万元')), den: fig(f('0.00万元')), scale: HUNDRED }))).toBeNull();
  });

  it('takes head counts and scores as exact, a bare 0 as nothing', () => {
    expect(formatInterval(figureInterval(f('13人'))!)).toBe('[13, 13]');
    expect(formatInterval(figureInterval(f('4.5分'))!)).toBe('[4.5, 4.5]');
    expect(formatInterval(figureInterval(f('0万元'))!)).toBe('[0, 0]');
    expect(formatInterval(figureInterval(f('0.00万元'))!)).toBe('[-0.005, 0.005]');
  });

  it('writes formulas and printed numbers as the report does', () => {
    expect(renderExpr(sum([f('358.03万元'), f('-11.65万元')]), '万元')).toBe('358.03+(-11.65)');
    expect(renderExpr({ op: 'ratio', num: fig(f('21.24万元')), den: fig(f('22.32万元')), scale: HUNDRED }, '%')).toBe('21.24÷22.32');
    expect(printedNumber(f('1,234.56万元'))).toBe('1,234.56');
  });
});
