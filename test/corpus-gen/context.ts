// What every section writer gets: the builder, figure makers, the PRNG, the facts and the
// document's habits (which tables, which cover, which wording preferences).

import type { DocBuilder, Fig } from './builder.ts';
import type { Facts } from './facts.ts';
import type { Figs } from './figs.ts';
import type { Rng } from './prng.ts';

export interface DocStyle {
  incomeTable: boolean;
  threeTable: boolean;
  indicatorTable: boolean;
  /** Cover block: all fields filled, some empty, all empty (like the seed), or none. */
  cover: 'full' | 'partial' | 'empty' | 'none';
  /** Leftover template lines (附件1, （参考格式）). */
  templateLeftovers: boolean;
  /** Write 部门 as 我局 / 本单位 / 我委 …. */
  self: string;
  /** A long document: more narrative, tables on their own pages. */
  long: boolean;
}

export interface Ctx {
  b: DocBuilder;
  F: Figs;
  r: Rng;
  f: Facts;
  s: DocStyle;
}

export interface Part {
  name: string;
  fig: Fig;
}

/** The name without a trailing 支出 (一般公共服务支出 → 一般公共服务). */
export function bare(name: string): string {
  return name.replace(/支出$/, '');
}

/**
 * A list of named parts after a total, in one of many shapes: 其中A x万元，B y万元 · 包括… ·
 * （A x万元、B y万元） · A、B分别为x、y万元 (one unit shared: `make(false)` hides the unit).
 * The text starts with its own punctuation (， or （).
 */
export function partsText(c: Ctx, items: { name: string; make: (show: boolean) => Fig }[], spending = true): string {
  const { r } = c;
  const shortNames = r.chance(0.4);
  const nm = (n: string) => (shortNames ? bare(n) : n);
  const shape = r.weighted([['qizhong', 3], ['baokuo', 2], ['paren', 2], ['shared', 2], ['fenbie', 1]] as const);
  if (shape === 'shared' || shape === 'fenbie') {
    const names = items.map((i) => nm(i.name)).join('、');
    const figs = items.map((i, k) => String(i.make(k === items.length - 1)));
    const lead = shape === 'shared' ? r.pick(['其中', '其中：', '按功能分类，']) : r.pick(['', '其中']);
    return `，${lead}${names}${r.pick(['分别为', '依次为', '各为'])}${figs.join('、')}`;
  }
  const verb = () => r.pick(['', '', '为', '']);
  const joiner = r.pick(['，', '、', '；']);
  const body = items.map((i) => `${nm(i.name)}${verb()}${i.make(true)}`).join(joiner);
  switch (shape) {
    case 'qizhong': return `，${r.pick(['其中', '其中：', '其中'])}${body}`;
    case 'baokuo': return `，${r.pick(spending ? ['包括', '主要包括', '具体为', '主要用于'] : ['包括', '主要包括', '具体为'])}${body}`;
    case 'paren': return `（${body}）`;
  }
}
