import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/figures/chinese-numerals.ts';

const read = (s: string) => parseChineseNumber(s)?.value ?? null;

describe('Chinese numerals', () => {
  it('reads ordinary numerals', () => {
    expect(read('十四')).toBe('14');
    expect(read('十')).toBe('10');
    expect(read('二十')).toBe('20');
    expect(read('一百零五')).toBe('105');
    expect(read('三百四十六')).toBe('346');
    expect(read('两')).toBe('2');
    expect(read('两千三百')).toBe('2300');
    expect(read('一万二千')).toBe('12000');
    expect(read('三亿五千万')).toBe('350000000');
  });
  it('reads decimals after 点 with their precision', () => {
    expect(parseChineseNumber('三百四十六点三八')).toEqual({ value: '346.38', decimals: 2 });
    expect(parseChineseNumber('九十九点五')).toEqual({ value: '99.5', decimals: 1 });
  });
  it('reads 大写 amounts', () => {
    expect(read('叁佰肆拾陆万')).toBe('3460000');
    expect(read('叁佰肆拾陆万捌仟')).toBe('3468000');
    expect(read('壹拾贰')).toBe('12');
  });
  it('reads digit sequences digit by digit', () => {
    expect(read('二〇二四')).toBe('2024');
  });
  it('rejects what is no numeral', () => {
    expect(read('万')).toBeNull();
    expect(read('千')).toBeNull();
    expect(read('十十')).toBeNull();
    expect(read('十四五')).toBeNull();
    expect(read('三百点')).toBeNull();
  });
});
