import { describe, expect, it } from 'vitest';
import { decimalsOf, negate, shiftDecimal, stripSeparators } from '../../src/figures/decimal.ts';

describe('decimal strings', () => {
  it('shifts by powers of ten exactly', () => {
    expect(shiftDecimal('346.38', 0)).toBe('346.38');
    expect(shiftDecimal('3500', -4)).toBe('0.3500');
    expect(shiftDecimal('12345.67', -4)).toBe('1.234567');
    expect(shiftDecimal('1.2', 4)).toBe('12000');
    expect(shiftDecimal('12345', -1)).toBe('1234.5');
    expect(shiftDecimal('-11.65', -4)).toBe('-0.001165');
    expect(shiftDecimal('0', -4)).toBe('0.0000');
  });
  it('keeps sums exact where floats would not', () => {
    // 278.36 + 41.76 + 8.72 + 17.54 is 346.38000000000005 in doubles; strings never pass through floats.
    expect(shiftDecimal('346.38', 2)).toBe('34638');
  });
  it('counts printed decimals, negates, strips separators', () => {
    expect(decimalsOf('346.38')).toBe(2);
    expect(decimalsOf('100')).toBe(0);
    expect(negate('11.65')).toBe('-11.65');
    expect(negate('-11.65')).toBe('11.65');
    expect(negate('0.00')).toBe('0.00');
    expect(stripSeparators('4,125.49')).toBe('4125.49');
  });
});
