// Shares: `A 278.36万元，占80.36%` is part / whole × 100, the whole being the
// total the part belongs to (the 其中 list's total) or the one the sentence
// names (`占全年支出的80.36%`). Shares of one whole cannot add up to more than 100%.
import type { Doc, Figure } from '../model.ts';
import { add, cmp, formatExact, formatInterval, HUNDRED, isum, parseDecimal, sub, ZERO, type Interval } from '../tolerance.ts';
import { defineRule, type FindingDraft } from './types.ts';
import { FigureIndex, evidenceFor, figureText, sentenceAt } from './text.ts';
import { isLevel, roleOf, wordsOf } from './relations/context.ts';
import { dimensionOf, figureInterval } from './relations/evaluate.ts';
import { discoverTextTotals } from './relations/totals.ts';
import { fig, type Expr, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';

/** The core noun of a label, for matching the whole a share names. */
const core = (s: string): string => s.replace(/[的之总全年部门本度额数金为是共计合\s“”"（）()、，,：:]/g, '').replace(/^\d+/, '');

function namesWhole(key: string, words: string): boolean {
  const k = core(key);
  const w = core(words);
  return k.length >= 2 && w.length >= 2 && (w.includes(k) || k.includes(w));
}

interface Share {
  p: Figure;
  part: Figure | null;
  wholes: Figure[];
}

function findShares(doc: Readonly<Doc>, index: FigureIndex): Share[] {
  const totalOf = new Map<string, Figure>();
  for (const tp of discoverTextTotals(doc, index)) for (const part of tp.parts) if (!totalOf.has(part.id)) totalOf.set(part.id, tp.total);
  const out: Share[] = [];
  for (const p of doc.figures) {
    if (p.kind !== 'percent' || p.unit !== '%' || p.cell || p.approx) continue;
    const r = roleOf(doc, p);
    if (!r.share || r.change) continue;
    const key = r.before.slice(r.before.lastIndexOf('占') + 1).replace(/^比(?:重)?/, '').replace(/(?:的)?(?:比例|比重)?(?:为|是|达)?$/, '');
    const text = figureText(doc, p);
    const s = sentenceAt(text, p.start);
    const before = index.at(p.block).filter((f) => f.start >= s.start && f.end <= p.start);
    const lastShare = [...before].reverse().find((f) => f.kind === 'percent');
    const part = [...before].reverse().find((f) => f.kind !== 'percent' && (!lastShare || f.start > lastShare.start) && isLevel(doc, f)) ?? null;
    const wholes: Figure[] = [];
    if (part) {
      if (key) {
        const scope = [...index.at(p.block).filter((f) => f.end <= part.start).reverse()];
        for (let b = p.block - 1; b >= 0 && b >= p.block - 3; b--) scope.push(...[...index.at(b)].reverse());
        for (const f of scope) {
          if (f.id !== part.id && dimensionOf(f) === dimensionOf(part) && isLevel(doc, f) && namesWhole(key, wordsOf(doc, f))) wholes.push(f);
        }
      }
      const t = totalOf.get(part.id);
      if (t && (!key || !wholes.length)) wholes.push(t);
    }
    out.push({ p, part, wholes });
  }
  return out;
}

export default defineRule({
  id: 'share-consistency',
  meta: {
    severity: 'error',
    description: '占比与部分÷整体不符，或同一整体的占比合计超过100%',
    messages: {
      ...RELATION_MESSAGES,
      sharesOver100: '同一句中各项占比合计为{sum}%（{formula}），超过100%，区间{computed}',
    },
  },
  check(doc) {
    const index = new FigureIndex(doc.figures);
    const shares = findShares(doc, index);
    const relations: Relation[] = [];
    for (const s of shares) {
      if (!s.part || !s.wholes.length) continue;
      const exprs: Expr[] = s.wholes.map((w) => ({ op: 'ratio', num: fig(s.part!), den: fig(w), scale: HUNDRED }));
      relations.push({ rule: 'share-consistency', kind: 'share', label: `${wordsOf(doc, s.part).trim().split(/\s+/).pop() || '该项'}所占比例`, stated: s.p, expr: exprs[0]!, alternatives: exprs.slice(1), declared: false });
    }
    const out: FindingDraft[] = relationFindings(doc, relations);
    // Shares in one sentence, none with a stated whole: their sum cannot pass 100%.
    const bySentence = new Map<string, Share[]>();
    for (const s of shares) {
      if (s.wholes.length) continue;
      const k = `${s.p.block}:${sentenceAt(figureText(doc, s.p), s.p.start).start}`;
      (bySentence.get(k) ?? bySentence.set(k, []).get(k)!).push(s);
    }
    for (const group of bySentence.values()) {
      if (group.length < 2) continue;
      const ivs = group.map((s) => figureInterval(s.p)).filter((x): x is Interval => x !== null);
      if (ivs.length !== group.length) continue;
      const total = isum(ivs);
      if (cmp(total.lo, HUNDRED) <= 0) continue;
      const figs = group.map((s) => s.p);
      const exactSum = figs.reduce((a, f) => add(a, parseDecimal(f.value)), ZERO);
      const sum = formatExact(exactSum);
      out.push({
        messageId: 'sharesOver100',
        data: { sum, formula: figs.map((f) => f.value).join('+'), computed: formatInterval(total) },
        expected: '100', actual: sum, difference: formatExact(sub(exactSum, HUNDRED)),
        figures: figs.map((f) => f.id), block: figs[0]!.block, cell: null, start: figs[0]!.start, end: figs[figs.length - 1]!.end,
        evidence: evidenceFor(doc, figs),
      });
    }
    return out;
  },
});
