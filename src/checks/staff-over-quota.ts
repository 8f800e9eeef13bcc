// 实有人数 above 编制人数: more staff than posts deserves a look (a warning, not
// an arithmetic error: 超编 happens, but is often a typo).
import type { Doc, Figure } from '../model.ts';
import { cmp } from '../tolerance.ts';
import { defineRule, type FindingDraft } from './types.ts';
import { FigureIndex, evidenceFor } from './text.ts';
import { figureGroups, isLevel, pickRoles, wordsOf, type RoleSpec } from './relations/context.ts';
import { figureInterval, printedNumber } from './relations/evaluate.ts';

const ROLES = {
  authorized: { is: /编制(?:人数|数|内)?|核定(?:人员)?编制|定编/, not: /实有|在职|在编人|实际/, kinds: ['count'] },
  actual: { is: /实有|在职|在编人|实际人数|现有人员/, not: /退休|离休/, kinds: ['count'] },
} satisfies Record<string, RoleSpec>;

/** 行政编制 and 事业编制 are counted apart: compare like with like. */
const CATEGORY = /行政|事业|工勤|参公|机关/;

function pairs(doc: Readonly<Doc>): [Figure, Figure][] {
  const out: [Figure, Figure][] = [];
  const index = new FigureIndex(doc.figures);
  for (const group of figureGroups(doc, index)) {
    const r = pickRoles(doc, group, ROLES);
    if (r.authorized && r.actual) out.push([r.authorized, r.actual]);
  }
  // By metric: the 实有 figure and the nearest 编制 figure.
  const level = doc.figures.filter((f) => isLevel(doc, f));
  for (const a of level.filter((f) => f.metric === 'staff_actual')) {
    const auth = level
      .filter((f) => f.metric === 'staff_authorized')
      .sort((x, y) => Math.abs(x.block - a.block) - Math.abs(y.block - a.block))[0];
    if (auth) out.push([auth, a]);
  }
  return out.filter(([q, a]) => {
    const cq = CATEGORY.exec(wordsOf(doc, q))?.[0];
    const ca = CATEGORY.exec(wordsOf(doc, a))?.[0];
    return !cq || !ca || cq === ca;
  });
}

export default defineRule({
  id: 'staff-over-quota',
  meta: {
    severity: 'warning',
    description: '实有人数超过编制人数',
    messages: { over: '实有人数{actual}人超过编制人数{authorized}人' },
  },
  check(doc) {
    const out: FindingDraft[] = [];
    const seen = new Set<string>();
    for (const [q, a] of pairs(doc)) {
      const key = `${q.id}:${a.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const qi = figureInterval(q);
      const ai = figureInterval(a);
      if (!qi || !ai || cmp(ai.lo, qi.hi) <= 0) continue;
      out.push({
        messageId: 'over', data: { actual: printedNumber(a), authorized: printedNumber(q) },
        expected: `≤${printedNumber(q)}`, actual: printedNumber(a), difference: null,
        figures: [a.id, q.id], block: a.block, cell: a.cell, start: a.start, end: a.end, evidence: evidenceFor(doc, [q, a]),
      });
    }
    return out;
  },
});
