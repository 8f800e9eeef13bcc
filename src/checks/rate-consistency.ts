// Rates stated with their numerator and denominator (×100%): 公用经费控制率 =
// 决算/预算, “三公”经费控制率, 预算执行率, 完成预算的X%, 在职人员控制率 = 实有/编制,
// 结转结余率 (its denominator a setting). Declared over metrics, and found from
// the words of the figures in the same or nearby sentences.
import { z } from 'zod';
import type { Doc, Figure } from '../model.ts';
import { HUNDRED } from '../tolerance.ts';
import { defineRule } from './types.ts';
import { FigureIndex, figureText, sentenceAt } from './text.ts';
import { bindDeclared } from './relations/declared.ts';
import { isLevel, roleOf, wordsOf } from './relations/context.ts';
import { dimensionOf } from './relations/evaluate.ts';
import { indicatorBlocks } from './relations/tables.ts';
import { fig, type Expr, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';

const Options = z.object({
  preferredVariants: z.record(z.string(), z.string()).default({}),
  strictVariants: z.boolean().default(false),
  /** How many paragraphs back a rate may look for its numerator and denominator. */
  lookBack: z.number().int().min(0).max(5).default(2),
});

/** Rates that are one figure over another. 满意度, 利用率, 及时率 are measured, not computed here. */
const RATE = /(?:控制率|执行率|完成率|支出率|支付率|使用率|到位率|结余率|结转率|(?:完成|达到|占|为)(?:了)?(?:全年|年初|年度)?(?:预算|计划|目标)(?:数)?的)$/;
const DENOMINATOR = /预算|编制|计划|目标|核定|应到/;
const NUMERATOR = /决算|实际|执行|支出|实有|在职|在编|完成|使用|拨付|到位|结余|结转/;
const BALANCE = /结余|结转/;
const SUBJECT = /公用经费|三公|人员经费|项目支出|基本支出|在职人员/;

/**
 * What the numerator of a rate must say, by the rate's own word: a 到位率 is
 * the money that arrived, not the money paid out (`已拨付180万元，资金到位率100%`).
 * Rates not listed take any numerator word.
 */
const NUMERATOR_OF: [RegExp, RegExp][] = [
  [/到位率$/, /到位|到账/],
  [/(?:支付|拨付)率$/, /支付|拨付/],
  [/使用率$/, /使用|支出/],
];

function subjectOf(words: string): string | null {
  return SUBJECT.exec(words)?.[0] ?? null;
}

interface Candidates {
  num: Figure[];
  den: Figure[];
}

/** Numerator and denominator candidates among `figs` for rate `p`, by their words. */
function candidatesFor(doc: Readonly<Doc>, p: Figure, figs: Figure[], indicator: Set<number>): Candidates {
  const rateWords = roleOf(doc, p).before;
  // A rate that names no subject (`…支出决算为76万元，完成预算的95%`) is of its sentence's subject.
  const text = figureText(doc, p);
  const subject = subjectOf(rateWords) ?? subjectOf(text.slice(sentenceAt(text, p.start).start, p.start));
  const balanceRate = /结余率|结转率/.test(rateWords);
  const head = NUMERATOR_OF.find(([rate]) => rate.test(rateWords.replace(/[\s“”"为是达约]+$/, '')))?.[1];
  const num: Figure[] = [];
  const den: Figure[] = [];
  for (const f of figs) {
    if (f.id === p.id || (f.kind !== 'amount' && f.kind !== 'count') || !isLevel(doc, f) || indicator.has(f.block)) continue;
    const w = wordsOf(doc, f);
    const s = subjectOf(w);
    if (s !== null && s !== subject && !(subject === null && s === '在职人员')) continue;
    const isDen = DENOMINATOR.test(w) && !/执行数|决算|实际|实有/.test(w) && !/调整(?!后)|调增|调减|追加|追减/.test(w);
    const isNum = NUMERATOR.test(w) && (!head || head.test(w)) && (balanceRate ? BALANCE.test(w) : !BALANCE.test(w)) && !isDen;
    if (isDen) den.push(f);
    else if (isNum) num.push(f);
    // A 结转结余率 may divide by actual spending (a setting chooses; both are read).
    if (balanceRate && !isDen && /支出|决算/.test(w) && !BALANCE.test(w)) den.push(f);
  }
  return { num, den };
}

/** 公用经费控制率 as written; `完成预算的` reads 完成预算的比例. */
function rateLabel(words: string): string {
  const w = words.replace(/^.*[，,：:]/, '').replace(/^(?:\d{4}年度?)/, '');
  return w.endsWith('的') ? `${w}比例` : w || '比率';
}

const ratio = (n: Figure, d: Figure): Expr => ({ op: 'ratio', num: fig(n), den: fig(d), scale: HUNDRED });

/** Closest first: figures in the rate's own sentence, then before it in the paragraph, then earlier paragraphs. */
function scopes(doc: Readonly<Doc>, index: FigureIndex, p: Figure, lookBack: number): Figure[][] {
  const text = figureText(doc, p);
  const s = sentenceAt(text, p.start);
  const own = index.at(p.block).filter((f) => f.start >= s.start && f.start < s.end);
  const earlier = index.at(p.block).filter((f) => f.start < s.start);
  const out = [own, earlier];
  for (let b = p.block - 1, n = 0; b >= 0 && n < lookBack; b--) {
    const blk = doc.blocks[b]!;
    if (blk.kind !== 'paragraph') break;
    if (doc.sections.some((sec) => sec.block === b)) break; // a heading ends the look back
    const figs = index.at(b);
    if (figs.length) {
      out.push(figs);
      n++;
    }
  }
  return out;
}

export default defineRule({
  id: 'rate-consistency',
  meta: {
    severity: 'error',
    description: '比率与其分子分母不符：控制率、执行率、完成预算的X%、在职人员控制率、结转结余率',
    messages: RELATION_MESSAGES,
    options: Options,
  },
  check(doc, options) {
    const relations: Relation[] = bindDeclared(doc, 'rate-consistency', options);
    const index = new FigureIndex(doc.figures);
    const indicator = indicatorBlocks(doc, index);
    for (const p of doc.figures) {
      if (p.kind !== 'percent' || p.unit !== '%' || p.cell || !isLevel(doc, p)) continue;
      const words = roleOf(doc, p).before.replace(/[\s“”"]/g, '').replace(/(?:为|是|达|达到|约)+$/, '');
      if (!RATE.test(words)) continue;
      let pool: Candidates = { num: [], den: [] };
      const scoped = scopes(doc, index, p, options.lookBack);
      let reach = 0;
      for (const [k, figs] of scoped.entries()) {
        const c = candidatesFor(doc, p, figs, indicator);
        pool = { num: [...pool.num, ...c.num], den: [...pool.den, ...c.den] };
        reach = k;
        if (pool.num.length && pool.den.length) break;
      }
      const near = (f: Figure) => (p.block - f.block) * 1e6 + Math.abs(p.start - f.start);
      pool.num.sort((a, b) => near(a) - near(b));
      pool.den.sort((a, b) => near(a) - near(b));
      const pairs = pool.num.flatMap((n) => pool.den.filter((d) => d.id !== n.id && dimensionOf(d) === dimensionOf(n)).map((d) => ratio(n, d)));
      if (!pairs.length) continue;
      // Operands found only in other paragraphs are the nearest that fit, not the ones the sentence names: a warning.
      relations.push({
        rule: 'rate-consistency', kind: 'rate', label: rateLabel(words), stated: p,
        expr: pairs[0]!, alternatives: pairs.slice(1), declared: false,
        ...(reach > 1 ? { severity: 'warning' as const } : {}),
      });
    }
    return relationFindings(doc, relations);
  },
});
