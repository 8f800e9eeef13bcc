// One quantity stated twice must have one value. Only document-level
// quantities are compared (决算收入, 编制人数, 自评得分 …), and only when the
// words around both figures say the same thing: a budget figure and an actual
// one, or this year's and last year's, are different quantities.
import { z } from 'zod';
import type { Doc, Figure } from '../model.ts';
import { overlaps } from '../tolerance.ts';
import { defineRule, type FindingDraft } from './types.ts';
import { evidenceFor } from './text.ts';
import { isLevel, wordsOf } from './relations/context.ts';
import { figureInterval, printedNumber } from './relations/evaluate.ts';

const Options = z.object({
  /** Metrics a document states once: two different values of one of them contradict each other. */
  metrics: z.array(z.string()).default([]),
});

/** Words that make two figures of one metric different quantities. */
const QUALIFIERS: [string, RegExp][] = [
  ['budget', /预算(?!执行)/],
  ['actual', /决算|执行|实际|支出数|完成/],
  ['initial', /年初/],
  ['final', /全年|调整后|年末/],
  ['last', /上年|去年|同期/],
  ['plan', /计划|目标|预计|指标值/],
  ['category', /行政|事业|工勤|机关|基本|项目|人员|公用|财政拨款|其他/],
];

function qualifiers(doc: Readonly<Doc>, f: Figure): string {
  const w = wordsOf(doc, f);
  return QUALIFIERS.filter(([, re]) => re.test(w))
    .map(([k, re]) => (k === 'category' ? `category:${re.exec(w)![0]}` : k))
    .join(',');
}

export default defineRule({
  id: 'repeated-metric',
  meta: {
    severity: 'error',
    description: '同一指标前后数值不一致',
    messages: { differs: '{label}前后不一致：{firstPlace}为{expected}{unit}，此处为{actual}{unit}' },
    options: Options,
  },
  check(doc, options) {
    const wanted = new Set(options.metrics);
    const groups = new Map<string, Figure[]>();
    for (const f of doc.figures) {
      if (!f.metric || !wanted.has(f.metric) || !isLevel(doc, f) || !figureInterval(f)) continue;
      const key = `${f.metric}|${f.kind}|${qualifiers(doc, f)}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
    }
    const out: FindingDraft[] = [];
    for (const figs of groups.values()) {
      if (figs.length < 2) continue;
      // The value most often stated is taken as meant; each figure disagreeing with it is reported.
      const votes = figs.map((f) => figs.filter((g) => overlaps(figureInterval(f)!, figureInterval(g)!)).length);
      const best = Math.max(...votes);
      const ref = figs[votes.indexOf(best)]!;
      for (const f of figs) {
        if (overlaps(figureInterval(f)!, figureInterval(ref)!)) continue;
        out.push({
          messageId: 'differs',
          data: {
            label: f.label ?? ref.label ?? f.metric!, firstPlace: ref.block < f.block || (ref.block === f.block && ref.start < f.start) ? '前文' : '后文',
            expected: printedNumber(ref), actual: printedNumber(f), unit: f.unit,
          },
          expected: printedNumber(ref), actual: printedNumber(f), difference: null,
          figures: [f.id, ref.id], block: f.block, cell: f.cell, start: f.start, end: f.end,
          evidence: evidenceFor(doc, [ref, f]),
        });
      }
    }
    return out;
  },
});
