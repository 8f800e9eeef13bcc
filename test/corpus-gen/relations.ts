// Judges a relation between printed figures with interval arithmetic (DOMAIN.md "Tolerance"):
// each printed value stands for the interval it rounds from, and a relation fails only when
// the interval of the printed result and the interval computed from the operands do not
// overlap. Exact rationals over BigInt; no floats are compared.

export interface RelFigure {
  kind: string;
  value: number;
  unit: string;
  /** Decimal places as printed; when absent, those of the shortest form of `value`. */
  decimals?: number;
}

export interface RelationSpec {
  kind: string;
  op: 'sum' | 'ratio' | 'growth' | 'equal' | 'le' | 'count';
  result: number;
  operands: number[];
  minus?: number[];
  items?: string[];
}

/** A rational n/d with d > 0. */
export interface Q {
  n: bigint;
  d: bigint;
}

export type Interval = [Q, Q];

const MONEY_SCALE: Record<string, bigint> = { 元: 1n, 千元: 1000n, 万元: 10000n, 亿元: 100000000n };

function q(n: bigint, d = 1n): Q {
  if (d < 0n) return q(-n, -d);
  const g = gcd(n < 0n ? -n : n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

const add = (a: Q, b: Q) => q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Q, b: Q) => q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Q, b: Q) => q(a.n * b.n, a.d * b.d);
const div = (a: Q, b: Q) => q(a.n * b.d, a.d * b.n);
export const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
const min = (xs: Q[]) => xs.reduce((m, x) => (cmp(x, m) < 0 ? x : m));
const max = (xs: Q[]) => xs.reduce((m, x) => (cmp(x, m) > 0 ? x : m));

export function decimalsOf(f: RelFigure): number {
  if (f.decimals !== undefined) return f.decimals;
  const s = String(f.value);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** The printed value as an exact rational (in 元 for amounts). */
export function pointOf(f: RelFigure): Q {
  const dec = decimalsOf(f);
  const s = f.value.toFixed(dec);
  const scaled = BigInt(s.replace('.', ''));
  const scale = f.kind === 'amount' ? (MONEY_SCALE[f.unit] ?? 1n) : 1n;
  return q(scaled * scale, 10n ** BigInt(dec));
}

/** Counts and scores are exact; amounts, rates and measures stand for ± half a last place. */
export function intervalOf(f: RelFigure): Interval {
  const p = pointOf(f);
  if (f.kind === 'count' || f.kind === 'score') return [p, p];
  const dec = decimalsOf(f);
  const scale = f.kind === 'amount' ? (MONEY_SCALE[f.unit] ?? 1n) : 1n;
  const half = q(scale, 2n * 10n ** BigInt(dec));
  return [sub(p, half), add(p, half)];
}

function overlap(a: Interval, b: Interval): boolean {
  return cmp(a[0], b[1]) <= 0 && cmp(b[0], a[1]) <= 0;
}

function quotient(num: Interval, den: Interval): Interval | null {
  if (cmp(den[0], q(0n)) <= 0 && cmp(den[1], q(0n)) >= 0) return null;
  const c = [div(num[0], den[0]), div(num[0], den[1]), div(num[1], den[0]), div(num[1], den[1])];
  return [min(c), max(c)];
}

export interface Verdict {
  holds: boolean;
  /** Interval of the printed result. */
  actual: Interval;
  /** Interval computed from the operands (null for count/le when not meaningful). */
  expected: Interval | null;
  /** The point values differ although the relation holds (a rounding-level difference). */
  roundingDifference: boolean;
}

export function evaluate(rel: RelationSpec, figs: readonly RelFigure[]): Verdict {
  const get = (i: number) => {
    const f = figs[i];
    if (!f) throw new Error(`relation refers to figure ${i}, which does not exist`);
    return f;
  };
  const res = get(rel.result);
  const actual = intervalOf(res);
  const point = pointOf(res);
  const hundred = q(100n);
  switch (rel.op) {
    case 'count': {
      const holds = res.value === (rel.items?.length ?? -1);
      const n = q(BigInt(rel.items?.length ?? 0));
      return { holds, actual, expected: [n, n], roundingDifference: false };
    }
    case 'le': {
      const bound = intervalOf(get(rel.operands[0]!));
      return { holds: cmp(actual[0], bound[1]) <= 0, actual, expected: bound, roundingDifference: false };
    }
    case 'equal': {
      const other = get(rel.operands[0]!);
      const e = intervalOf(other);
      return { holds: overlap(actual, e), actual, expected: e, roundingDifference: cmp(point, pointOf(other)) !== 0 };
    }
    case 'sum': {
      const plus = rel.operands.map((i) => intervalOf(get(i)));
      const minus = (rel.minus ?? []).map((i) => intervalOf(get(i)));
      let lo = q(0n);
      let hi = q(0n);
      let pt = q(0n);
      for (const [a, b] of plus) { lo = add(lo, a); hi = add(hi, b); }
      for (const [a, b] of minus) { lo = sub(lo, b); hi = sub(hi, a); }
      for (const i of rel.operands) pt = add(pt, pointOf(get(i)));
      for (const i of rel.minus ?? []) pt = sub(pt, pointOf(get(i)));
      const e: Interval = [lo, hi];
      return { holds: overlap(actual, e), actual, expected: e, roundingDifference: cmp(pt, point) !== 0 };
    }
    case 'ratio':
    case 'growth': {
      const a = intervalOf(get(rel.operands[0]!));
      const b = intervalOf(get(rel.operands[1]!));
      const num: Interval = rel.op === 'ratio' ? a : [sub(a[0], b[1]), sub(a[1], b[0])];
      const qt = quotient(num, b);
      if (!qt) return { holds: true, actual, expected: null, roundingDifference: false };
      const e: Interval = [mul(qt[0], hundred), mul(qt[1], hundred)];
      const pa = pointOf(get(rel.operands[0]!));
      const pb = pointOf(get(rel.operands[1]!));
      const pn = rel.op === 'ratio' ? pa : sub(pa, pb);
      const pt = pb.n === 0n ? point : mul(div(pn, pb), hundred);
      return { holds: overlap(actual, e), actual, expected: e, roundingDifference: cmp(pt, point) !== 0 };
    }
  }
}

/** A rational as a decimal string with `dec` places (for messages). */
export function show(x: Q, dec = 4): string {
  const neg = x.n < 0n;
  const n = neg ? -x.n : x.n;
  const scaled = (n * 10n ** BigInt(dec) + x.d / 2n) / x.d;
  const s = scaled.toString().padStart(dec + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, -dec)}.${s.slice(-dec)}`;
}
