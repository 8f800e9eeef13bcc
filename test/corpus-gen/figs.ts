// Figure makers: each returns a marker for a template string, and records how the figure
// is printed so that its truth (kind, value, unit, raw) and any injected change follow.

import { DocBuilder, Fig } from './builder.ts';
import { chinese, group, percentOf, yuanIn } from './numfmt.ts';

export type MoneyUnit = '元' | '千元' | '万元' | '亿元';
/** How a negative amount is written: -11.65, －11.65, 负11.65, (11.65), （11.65）. */
export type NegStyle = 'minus' | 'full' | 'fu' | 'paren' | 'fparen';

export interface MoneyStyle {
  unit: MoneyUnit;
  dec: number;
  sep: boolean;
  neg: NegStyle;
}

export interface AmountOptions {
  label: string;
  metric?: string;
  /** Print the unit right after the number (false: the unit is shared or in a table header). */
  show?: boolean;
  unit?: MoneyUnit;
  dec?: number;
  sep?: boolean;
  neg?: NegStyle;
  approx?: boolean;
  frozen?: boolean;
}

export interface PercentOptions {
  label: string;
  metric?: string;
  /** '%' or '％' after the number, or 百分之… in words. */
  form?: '%' | '％' | 'words';
  show?: boolean;
  approx?: boolean;
  frozen?: boolean;
}

export interface CountOptions {
  label: string;
  metric?: string;
  /** Chinese numerals (十四人); '两' for 2 when `two` says so. */
  cn?: boolean;
  two?: '二' | '两';
  /** Scale word kept in the unit: 2.1万人次. */
  scale?: '万' | '千';
  /** 余/多 between number and measure word: approximate. */
  approxWord?: '余' | '多';
  /** Approximate from a word outside the span (约, 近, 超过, 以上). */
  approx?: boolean;
  show?: boolean;
  frozen?: boolean;
}

export class Figs {
  constructor(readonly b: DocBuilder, public money: MoneyStyle, public pctForm: '%' | '％' = '%') {}

  /** An amount given in 元 (integer), printed in the document's money unit. */
  amount(yuan: number, o: AmountOptions): Fig {
    const unit = o.unit ?? this.money.unit;
    const dec = o.dec ?? (unit === '元' ? (this.money.unit === '元' ? this.money.dec : 2) : this.money.dec);
    return this.amountValue(yuanIn(yuan, unit, dec), { ...o, unit });
  }

  /** An amount given as the decimal string printed in its unit. */
  amountValue(value: string, o: AmountOptions): Fig {
    const unit = o.unit ?? this.money.unit;
    const sep = o.sep ?? (this.money.sep || unit === '元');
    const neg = o.neg ?? this.money.neg;
    const show = o.show ?? true;
    return this.b.fig({
      kind: 'amount', value, unit, approx: o.approx ?? false, exact: false, arabic: true,
      fmt: (v) => {
        const negative = v.startsWith('-') && /[1-9]/.test(v);
        const body = sep ? group(v.replace('-', '')) : v.replace('-', '');
        if (!negative) return body;
        switch (neg) {
          case 'minus': return `-${body}`;
          case 'full': return `－${body}`;
          case 'fu': return `负${body}`;
          case 'paren': return `(${body})`;
          case 'fparen': return `（${body}）`;
        }
      },
      wrap: (num) => (show ? num + unit : num),
      metric: o.metric, label: o.label, frozen: o.frozen,
    });
  }

  /** A percentage computed from two integers, or given as a decimal string. */
  pct(value: string | [number, number, number], o: PercentOptions): Fig {
    const v = typeof value === 'string' ? value : percentOf(value[0], value[1], value[2]);
    const form = o.form ?? this.pctForm;
    const show = o.show ?? true;
    if (form === 'words') {
      return this.b.fig({
        kind: 'percent', value: v, unit: '%', approx: o.approx ?? false, exact: false, arabic: false,
        fmt: (x) => `百分之${wordsOf(x)}`, wrap: (num) => num, metric: o.metric, label: o.label, frozen: true,
      });
    }
    return this.b.fig({
      kind: 'percent', value: v, unit: '%', approx: o.approx ?? false, exact: false, arabic: true,
      fmt: (x) => x, wrap: (num) => (show ? num + form : num), metric: o.metric, label: o.label, frozen: o.frozen,
    });
  }

  /** A difference of two rates: X个百分点. */
  points(value: string, o: PercentOptions): Fig {
    return this.b.fig({
      kind: 'percent', value, unit: '个百分点', approx: o.approx ?? false, exact: false, arabic: true,
      fmt: (x) => x, wrap: (num) => `${num}个百分点`, metric: o.metric, label: o.label, frozen: o.frozen,
    });
  }

  /** A count with its measure word (人, 个, 项, 人次 …). */
  count(n: number | string, mw: string, o: CountOptions): Fig {
    const value = String(n);
    const cn = o.cn === true && o.scale === undefined && o.approxWord === undefined;
    const show = o.show ?? true;
    const unit = (o.scale ?? '') + mw;
    return this.b.fig({
      kind: 'count', value, unit, approx: (o.approx ?? false) || o.approxWord !== undefined,
      exact: o.scale === undefined, arabic: !cn,
      fmt: (v) => (cn ? chinese(Number(v), o.two ?? '二') : v),
      wrap: (num) => (show ? num + (o.scale ?? '') + (o.approxWord ?? '') + mw : num),
      metric: o.metric, label: o.label, frozen: o.frozen || cn,
    });
  }

  /** A score: 95.5分, or a bare cell of a 分值/得分 column. */
  score(value: string, o: { label: string; metric?: string; show?: boolean; frozen?: boolean }): Fig {
    const show = o.show ?? true;
    return this.b.fig({
      kind: 'score', value, unit: '分', approx: false, exact: true, arabic: true,
      fmt: (v) => v, wrap: (num) => (show ? `${num}分` : num), metric: o.metric, label: o.label, frozen: o.frozen,
    });
  }

  /** A physical quantity: 84公里, 约1000㎡ (unit canonical 平方米). */
  measure(value: string, unit: string, o: { label: string; display?: string; approx?: boolean; approxWord?: '余' | '多'; scale?: '万'; metric?: string; show?: boolean }): Fig {
    const show = o.show ?? true;
    return this.b.fig({
      kind: 'measure', value, unit: (o.scale ?? '') + unit, approx: (o.approx ?? false) || o.approxWord !== undefined,
      exact: false, arabic: true,
      fmt: (v) => v, wrap: (num) => (show ? num + (o.scale ?? '') + (o.approxWord ?? '') + (o.display ?? unit) : num),
      metric: o.metric, label: o.label, frozen: true,
    });
  }

  /** A year written in the text: not a figure, but an injected wrong year is an error. */
  year(y: number, current = true): Fig {
    return this.b.fig({
      kind: 'year', value: String(y), unit: '年', approx: false, exact: true, arabic: true,
      fmt: (v) => v, wrap: (num) => num, label: current ? '本年度年份' : '其他年份', frozen: !current,
    });
  }
}

/** 百分之… words for a percentage with at most one decimal: 95 → 九十五, 99.5 → 九十九点五. */
function wordsOf(v: string): string {
  const [i, f] = v.split('.');
  const int = chinese(Number(i));
  if (!f || /^0+$/.test(f)) return int;
  return `${int}点${f.replace(/0+$/, '').split('').map((d) => chinese(Number(d))).join('')}`;
}
