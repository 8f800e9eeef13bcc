// Number formatting as offices print it, with exact decimal rounding (BigInt, never floats).

/** `num / den` rounded half away from zero to `dec` decimals, as a decimal string. */
export function divRound(num: bigint, den: bigint, dec: number): string {
  if (den === 0n) throw new Error('division by zero');
  const neg = (num < 0n) !== (den < 0n) && num !== 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const scaled = n * 10n ** BigInt(dec);
  let q = scaled / d;
  if ((scaled % d) * 2n >= d) q += 1n;
  return (neg && q !== 0n ? '-' : '') + withPoint(q, dec);
}

function withPoint(q: bigint, dec: number): string {
  if (dec === 0) return q.toString();
  const s = q.toString().padStart(dec + 1, '0');
  return `${s.slice(0, -dec)}.${s.slice(-dec)}`;
}

export const UNIT_SCALE: Record<string, bigint> = { 元: 1n, 千元: 1000n, 万元: 10000n, 亿元: 100000000n };

/** An amount in 元 (integer) printed in `unit` with `dec` decimals. */
export function yuanIn(yuan: number, unit: string, dec: number): string {
  const scale = UNIT_SCALE[unit];
  if (scale === undefined) throw new Error(`unknown money unit ${unit}`);
  return divRound(BigInt(yuan), scale, dec);
}

/** `num / den × 100` rounded to `dec` decimals (a percentage). */
export function percentOf(num: number, den: number, dec: number): string {
  return divRound(BigInt(num) * 100n, BigInt(den), dec);
}

/** Thousands separators on the integer part: 4125.49 → 4,125.49. */
export function group(s: string): string {
  const neg = s.startsWith('-');
  const body = neg ? s.slice(1) : s;
  const [int, frac] = body.split('.');
  const g = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + g + (frac !== undefined ? `.${frac}` : '');
}

/** Decimal places of a decimal string. */
export function decimalsOf(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Adds an integer number of last-place units to a decimal string, keeping its decimals. */
export function addUnits(s: string, units: number): string {
  const dec = decimalsOf(s);
  const scaled = BigInt(s.replace('.', '')) + BigInt(units);
  const neg = scaled < 0n;
  return (neg ? '-' : '') + withPoint(neg ? -scaled : scaled, dec);
}

/** Scales a decimal string by a factor (e.g. 1.013), re-rounded to its own decimals. */
export function scaleBy(s: string, factor: number): string {
  const dec = decimalsOf(s);
  const scaled = BigInt(s.replace('.', ''));
  const f = BigInt(Math.round(factor * 1e6));
  return divRound(scaled * f, 10n ** BigInt(dec) * 1000000n, dec);
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals for 0 ≤ n < 10000, as written in running text (十四, 二十, 一百零五). */
export function chinese(n: number, two = '二'): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) throw new Error(`no Chinese numeral for ${n}`);
  if (n === 0) return '零';
  if (n === 2) return two;
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const place = ds.length - 1 - i;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && place === 1 && out === '' ? '' : DIGITS[d]) + units[place];
  });
  return out;
}

export const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮'];
