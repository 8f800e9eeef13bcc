import { describe, expect, it } from 'vitest';
import {
  decimalsOf, exact, formatExact, formatInterval, formatRat, gap, HUNDRED, idiv, isub, isum, iscale, overlaps,
  parseDecimal, printed, cmp, ratio,
} from '../src/tolerance.ts';

const p = (v: string) => printed(v, decimalsOf(v));

describe('decimal parsing', () => {
  it('reads decimal strings exactly', () => {
    expect(parseDecimal('-11.65')).toEqual(ratio(-1165n, 100n));
    expect(parseDecimal('1,234.50')).toEqual(ratio(123450n, 100n));
    expect(parseDecimal('.5')).toEqual(ratio(1n, 2n));
    expect(() => parseDecimal('12a')).toThrow();
    expect(() => parseDecimal('')).toThrow();
  });
  it('counts printed decimals', () => {
    expect(decimalsOf('346.38')).toBe(2);
    expect(decimalsOf('100')).toBe(0);
    expect(decimalsOf('0.700')).toBe(3);
  });
  it('adds money without float drift', () => {
    const s = ['278.36', '41.76', '8.72', '17.54'].map(parseDecimal).reduce((a, b) => ratio(a.n * b.d + b.n * a.d, a.d * b.d));
    expect(cmp(s, parseDecimal('346.38'))).toBe(0);
  });
});

describe('printed values are intervals', () => {
  it('434.16 is [434.155, 434.165]', () => {
    expect(formatInterval(p('434.16'))).toBe('[434.155, 434.165]');
    expect(formatInterval(p('100'))).toBe('[99.5, 100.5]');
  });
  it('a rounding-level sum is consistent: 434.16 + 0.55 + 0.00 = 434.72', () => {
    expect(overlaps(isum([p('434.16'), p('0.55'), p('0.00')]), p('434.72'))).toBe(true);
  });
  it('a sum one cent beyond rounding fails', () => {
    expect(overlaps(isum([p('434.16'), p('0.55'), p('0.00')]), p('434.75'))).toBe(false);
    expect(formatExact(gap(isum([p('434.16'), p('0.55'), p('0.00')]), p('434.75')))).toBe('0.02');
  });
  it('95.16% for 21.24 / 22.32 is consistent, 95.26% is not', () => {
    const r = iscale(idiv(p('21.24'), p('22.32'))!, HUNDRED);
    expect(overlaps(r, p('95.16'))).toBe(true);
    expect(overlaps(r, p('95.26'))).toBe(false);
    expect(overlaps(r, p('96.02'))).toBe(false);
  });
  it('a subtle 0.1% error in a total fails', () => {
    expect(overlaps(isum(['278.36', '41.76', '8.72', '17.54'].map(p)), p('346.73'))).toBe(false);
  });
  it('differences widen both ways', () => {
    expect(formatInterval(isub(p('358.03'), p('11.65')))).toBe('[346.37, 346.39]');
  });
  it('a ratio over an interval holding zero is unbounded', () => {
    expect(idiv(p('1.2'), p('0'))).toBeNull();
    expect(idiv(exact('3'), exact('4'))).toEqual(exact('0.75'));
  });
});

describe('formatting', () => {
  it('rounds half away from zero', () => {
    expect(formatRat(parseDecimal('95.165'), 2)).toBe('95.17');
    expect(formatRat(parseDecimal('-11.655'), 2)).toBe('-11.66');
    expect(formatRat(parseDecimal('-0.001'), 2)).toBe('0.00');
    expect(formatRat(ratio(2124n, 2232n), 4)).toBe('0.9516');
  });
  it('writes exact values with the places they need', () => {
    expect(formatExact(ratio(1n, 3n))).toBe('0.3333');
    expect(formatExact(parseDecimal('434.155'))).toBe('434.155');
  });
});
