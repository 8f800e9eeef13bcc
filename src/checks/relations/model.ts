// A relation is one formula the report states between its figures, whether
// declared (patterns/relations.json, over metric ids) or discovered from the
// text's shape (a total and its 其中 parts, a 合计 row, 占X%, 较上年增加X).
// Detectors produce relations; one evaluator judges them all.
import type { Figure, Severity } from '../../model.ts';
import type { Rat } from '../../tolerance.ts';

export type Expr =
  | { op: 'fig'; fig: Figure }
  | { op: 'const'; value: Rat; text: string }
  | { op: 'sum'; terms: { sign: 1 | -1; expr: Expr }[] }
  /** num / den, times `scale` (100 when the result is a percentage). */
  | { op: 'ratio'; num: Expr; den: Expr; scale: Rat }
  /** The factors multiplied, times `scale` (1/100 when one factor is a percentage: 分值 × 执行率). */
  | { op: 'product'; factors: Expr[]; scale: Rat };

export interface Relation {
  /** Id of the rule that reports this relation. */
  rule: string;
  /** What kind of relation, for messages and tests: sum, rate, change, share, budget-roll … */
  kind: string;
  /** The quantity the relation computes, in Chinese: 合计, 公用经费控制率, 增长率 … */
  label: string;
  /** The printed figure the formula recomputes. */
  stated: Figure;
  /** What the other figures give for `stated`. */
  expr: Expr;
  /** Other readings (formula variants, table structures); the relation holds if any does. */
  alternatives?: Expr[];
  /** Which failing reading a finding states: the first (readings in order of preference) or the closest to the stated value. */
  pick?: 'first' | 'closest';
  /** Name of the formula variant `expr` follows, said in the finding (e.g. 以支出预算为分母). */
  variant?: string;
  declared: boolean;
  /** Severity when this relation is weaker than the rule's usual one. */
  severity?: Severity;
  /** What reading the relation rests on was assumed, said in the finding (按…推断): such a finding is a warning. */
  assumed?: string;
  /** The stated figure is a rounded result (a score computed from a rate): read at its printed precision even when its kind is exact. */
  rounded?: boolean;
  /** Decimal places of the expected value when not the stated figure's (a score stated whole, computed to 0.01). */
  places?: number;
  /** Figures that belong to the relation without being operands (e.g. the whole a share names). */
  context?: Figure[];
}

export const fig = (f: Figure): Expr => ({ op: 'fig', fig: f });
export const sum = (figs: Figure[], signs?: (1 | -1)[]): Expr => ({
  op: 'sum',
  terms: figs.map((f, i) => ({ sign: signs?.[i] ?? 1, expr: fig(f) })),
});

/** Every figure an expression reads, in order. */
export function figuresOf(e: Expr): Figure[] {
  switch (e.op) {
    case 'fig':
      return [e.fig];
    case 'const':
      return [];
    case 'sum':
      return e.terms.flatMap((t) => figuresOf(t.expr));
    case 'ratio':
      return [...figuresOf(e.num), ...figuresOf(e.den)];
    case 'product':
      return e.factors.flatMap(figuresOf);
  }
}
