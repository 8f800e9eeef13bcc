// Department work sentences are written with placeholders so that each document draws its
// own counts. Placeholders:
//   {c:件:800-3000}     count              {cn:个:3-9}     count in Chinese numerals
//   {c余:份:1000-5000}  approximate (余)   {c多:人:30-90}  approximate (多)
//   {c万:人次:1.2-5.6}  scale word 万 in the unit (one decimal)
//   {p:95-100}          percent (2 decimals, or the integer when the draw says so)
//   {m:公里:12-90}      measure (one decimal)  {m0:亩:200-900}  measure, integer
//   {m㎡:800-3000}      area printed with ㎡ (unit 平方米)
//   {约m0:亩:200-900}   approximate measure (约 before the number)
//   {m万:平方米:80-420} measure with 万 in the unit
//   {a:50-300}          amount in 万元 (2 decimals)   {y:20-90}  amount in 亿元 (2 decimals)

import type { Figs } from './figs.ts';
import type { Rng } from './prng.ts';

function between(rng: Rng, lo: number, hi: number, dec: number, literal?: string): string {
  if (lo === hi && literal !== undefined) return literal;
  const f = 10 ** dec;
  const v = rng.int(Math.round(lo * f), Math.round(hi * f)) / f;
  return v.toFixed(dec);
}

export function renderWork(tpl: string, F: Figs, rng: Rng, label: string): string {
  return tpl.replace(/\{([^{}:]+)(?::([^{}:]+))?:([\d.]+)-([\d.]+)\}/g, (_, code: string, unit: string | undefined, a: string, b: string) => {
    const lo = Number(a);
    const hi = Number(b);
    switch (code) {
      case 'c': return String(F.count(rng.int(lo, hi), unit!, { label }));
      case 'cn': return String(F.count(rng.int(lo, hi), unit!, { label, cn: true, two: '两' }));
      case 'c余':
      case 'c多': {
        const step = hi >= 1000 ? 100 : 10;
        const n = Math.max(step, Math.round(rng.int(lo, hi) / step) * step);
        return String(F.count(n, unit!, { label, approxWord: code === 'c余' ? '余' : '多' }));
      }
      case 'c万': return String(F.count(between(rng, lo, hi, 1, a), unit!, { label, scale: '万' }));
      case 'p': {
        const whole = lo === hi || rng.chance(0.3);
        const v = whole ? String(rng.int(Math.ceil(lo), Math.floor(hi))) : between(rng, lo, Math.min(hi, 99.99), 2);
        return String(F.pct(v, { label }));
      }
      case 'm': return String(F.measure(between(rng, lo, hi, 1, a), unit!, { label }));
      case 'm万': return String(F.measure(between(rng, lo, hi, 1, a), unit!, { label, scale: '万' }));
      case 'm0': return String(F.measure(String(rng.int(lo, hi)), unit!, { label }));
      case '约m0': return `约${F.measure(String(rng.int(lo, hi)), unit!, { label, approx: true })}`;
      case 'm㎡': return String(F.measure(String(rng.int(lo, hi)), '平方米', { label, display: '㎡' }));
      case 'a': return String(F.amount(rng.int(lo * 10000, hi * 10000), { label, unit: '万元', dec: lo === hi ? 0 : 2 }));
      case 'y': return String(F.amount(rng.int(lo * 1e8, hi * 1e8), { label, unit: '亿元', dec: 2 }));
      default: throw new Error(`unknown placeholder ${code} in ${tpl}`);
    }
  });
}
