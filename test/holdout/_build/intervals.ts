// Exact interval arithmetic over printed figures (DOMAIN.md "Tolerance"), with BigInt rationals.
// A printed amount, percent or measure stands for ± half a unit of its last printed place;
// counts and scores are exact. Amounts are compared in 元 whatever their unit.

export class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error('division by zero');
    if (d < 0n) { n = -n; d = -d; }
    const g = gcd(n < 0n ? -n : n, d);
    this.n = n / g;
    this.d = d / g;
  }
  static parse(s: string): Q {
    const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) throw new Error(`not a decimal: ${s}`);
    const frac = m[3] ?? '';
    const q = new Q(BigInt(m[2]! + frac), 10n ** BigInt(frac.length));
    return m[1] ? q.neg() : q;
  }
  add(o: Q): Q { return new Q(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o: Q): Q { return this.add(o.neg()); }
  mul(o: Q): Q { return new Q(this.n * o.n, this.d * o.d); }
  div(o: Q): Q { return new Q(this.n * o.d, this.d * o.n); }
  neg(): Q { return new Q(-this.n, this.d); }
  cmp(o: Q): number { const x = this.n * o.d - o.n * this.d; return x < 0n ? -1 : x > 0n ? 1 : 0; }
  toString(digits = 4): string {
    const scale = 10n ** BigInt(digits);
    let v = (this.n * scale * 2n + (this.n >= 0n ? this.d : -this.d)) / (2n * this.d);
    const neg = v < 0n; if (neg) v = -v;
    const s = v.toString().padStart(digits + 1, '0');
    return `${neg ? '-' : ''}${s.slice(0, -digits)}.${s.slice(-digits)}`;
  }
}
function gcd(a: bigint, b: bigint): bigint { while (b) { [a, b] = [b, a % b]; } return a || 1n; }

export interface Iv { lo: Q; hi: Q }
const min = (xs: Q[]) => xs.reduce((a, b) => (a.cmp(b) <= 0 ? a : b));
const max = (xs: Q[]) => xs.reduce((a, b) => (a.cmp(b) >= 0 ? a : b));
export const ivAdd = (a: Iv, b: Iv): Iv => ({ lo: a.lo.add(b.lo), hi: a.hi.add(b.hi) });
export const ivSub = (a: Iv, b: Iv): Iv => ({ lo: a.lo.sub(b.hi), hi: a.hi.sub(b.lo) });
export function ivDiv(a: Iv, b: Iv): Iv {
  if (b.lo.n <= 0n && b.hi.n >= 0n) throw new Error('interval division by an interval containing 0');
  const c = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: min(c), hi: max(c) };
}
export const ivScale = (a: Iv, k: Q): Iv => (k.n >= 0n ? { lo: a.lo.mul(k), hi: a.hi.mul(k) } : { lo: a.hi.mul(k), hi: a.lo.mul(k) });
export const overlap = (a: Iv, b: Iv): boolean => a.lo.cmp(b.hi) <= 0 && b.lo.cmp(a.hi) <= 0;
export const ivText = (a: Iv): string => `[${a.lo.toString()}, ${a.hi.toString()}]`;

export interface FigureLike { value: number; unit: string; kind: string; decimals?: number }

const TO_YUAN: Record<string, bigint> = { 元: 1n, 千元: 1000n, 万元: 10000n, 亿元: 100000000n };

/** The interval a printed figure stands for, amounts in 元. */
export function figureInterval(f: FigureLike): Iv {
  const decimals = f.decimals ?? 0;
  const v = Q.parse(f.value.toFixed(decimals));
  const exact = f.kind === 'count' || f.kind === 'score';
  const half = exact ? new Q(0n) : new Q(5n, 10n ** BigInt(decimals + 1));
  let iv: Iv = { lo: v.sub(half), hi: v.add(half) };
  if (f.kind === 'amount') iv = ivScale(iv, new Q(TO_YUAN[f.unit] ?? 1n));
  return iv;
}

export type Op = 'sum' | 'ratio' | 'growth' | 'equal' | 'le' | 'count' | 'inc' | 'dec';

export interface RelationLike { op: Op; result: number; operands: number[]; minus?: number[]; items?: string[] }

/** Evaluates a relation over figures: the interval of the result, the interval it should be in, and whether they meet. */
export function evaluate(r: RelationLike, figs: FigureLike[]): { holds: boolean; stated: Iv; computed: Iv } {
  const iv = (i: number) => figureInterval(figs[i]!);
  const stated = iv(r.result);
  const hundred = new Q(100n);
  let computed: Iv;
  switch (r.op) {
    case 'sum': {
      computed = { lo: new Q(0n), hi: new Q(0n) };
      for (const i of r.operands) computed = ivAdd(computed, iv(i));
      for (const i of r.minus ?? []) computed = ivSub(computed, iv(i));
      break;
    }
    case 'ratio': computed = ivScale(ivDiv(iv(r.operands[0]!), iv(r.operands[1]!)), hundred); break;
    case 'growth': computed = ivScale(ivDiv(ivSub(iv(r.operands[0]!), iv(r.operands[1]!)), iv(r.operands[1]!)), hundred); break;
    // A change printed without last year's value: X of this year's T; last year = T − X (inc) or T + X (dec).
    case 'inc': computed = ivScale(ivDiv(iv(r.operands[0]!), ivSub(iv(r.operands[1]!), iv(r.operands[0]!))), hundred); break;
    case 'dec': computed = ivScale(ivDiv(iv(r.operands[0]!), ivAdd(iv(r.operands[1]!), iv(r.operands[0]!))), hundred); break;
    case 'equal': computed = iv(r.operands[0]!); break;
    case 'le': {
      const bound = iv(r.operands[0]!);
      return { holds: stated.lo.cmp(bound.hi) <= 0, stated, computed: bound };
    }
    case 'count': {
      const n = new Q(BigInt(r.items!.length));
      computed = { lo: n, hi: n };
      break;
    }
  }
  return { holds: overlap(stated, computed), stated, computed };
}
