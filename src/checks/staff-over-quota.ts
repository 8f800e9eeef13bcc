// 实有人数 above 编制人数: more staff than posts deserves a look (a warning, not
// an arithmetic error: 超编 happens, but is often a typo).
import type { Doc, Figure } from '../model.ts';
import { defineRule, type FindingDraft } from './types.ts';
import { FigureIndex, evidenceFor } from '../text.ts';
import { isLevel, wordsOf, type RoleSpec } from './relations/context.ts';
import { printedNumber } from './relations/evaluate.ts';
import { partPairs } from './relations/totals.ts';

const ROLES = {
  authorized: { is: /编制(?:人数|数|内)?|核定(?:人员)?编制|定编/, not: /实有|在职|在编人|实际/, kinds: ['count'] },
  actual: { is: /实有|在职|在编人|实际人数|现有人员/, not: /退休|离休/, kinds: ['count'] },
} satisfies Record<string, RoleSpec>;

/** 行政编制 and 事业编制 are counted apart: compare like with like. */
const CATEGORY = /行政|事业|工勤|参公|机关/;

/** A quota: one 编制 figure, or the 编制 of several categories of one paragraph added up (行政编制18名、事业编制96名). */
interface Quota {
  figures: Figure[];
  /** The quota as a number (exact counts). */
  value: number;
}

const isAuthorized = (doc: Readonly<Doc>, f: Figure): boolean => {
  const w = wordsOf(doc, f);
  return f.kind === 'count' && (f.metric === 'staff_authorized' || (ROLES.authorized.is.test(w) && !ROLES.authorized.not.test(w)));
};
const isActual = (doc: Readonly<Doc>, f: Figure): boolean => {
  const w = wordsOf(doc, f);
  return f.kind === 'count' && (f.metric === 'staff_actual' || (ROLES.actual.is.test(w) && !ROLES.actual.not.test(w)));
};

/**
 * Each 实有 figure with the quota it is held against: the 编制 of its category
 * nearest before it in its paragraph (`全系统教职工编制4,126名，实有在编教职工3,985人`
 * pairs with 4,126, not with the 局机关's 22), or — when it names no category and
 * its paragraph names the 编制 of several — their sum; a 编制 listed inside the
 * 实有 figure's own breakdown (`在职人员246人（其中行政编制19人…）`) is a part of it, no quota.
 */
function pairs(doc: Readonly<Doc>): [Quota, Figure][] {
  const out: [Quota, Figure][] = [];
  const index = new FigureIndex(doc.figures);
  const partOf = partPairs(doc, index);
  const level = doc.figures.filter((f) => f.kind === 'count' && /^[人名]$/.test(f.unit) && isLevel(doc, f));
  const category = (f: Figure) => CATEGORY.exec(wordsOf(doc, f))?.[0] ?? '';
  for (const a of level.filter((f) => isActual(doc, f))) {
    const ca = category(a);
    // A 编制 listed under another 编制 (`核定编制45名（行政编制12名、事业编制33名）`) is part of that quota, not one of its own.
    const underQuota = (q: Figure) => level.some((t) => t.id !== q.id && partOf.has(`${t.id}|${q.id}`) && isAuthorized(doc, t));
    const fits = (q: Figure) =>
      q.id !== a.id && isAuthorized(doc, q) && !partOf.has(`${a.id}|${q.id}`) && (!ca || !category(q) || category(q) === ca) && (!!ca || !underQuota(q));
    const mine = level.filter((q) => q.block === a.block && fits(q));
    if (mine.length) {
      const kinds = new Set(mine.map(category));
      if (!ca && mine.length >= 2 && kinds.size === mine.length && !kinds.has('')) {
        out.push([{ figures: mine, value: mine.reduce((n, q) => n + Number(q.value), 0) }, a]);
        continue;
      }
      const before = mine.filter((q) => q.start < a.start);
      const q = before[before.length - 1] ?? mine[0]!;
      out.push([{ figures: [q], value: Number(q.value) }, a]);
      continue;
    }
    // Else the nearest 编制 figure of another paragraph.
    const q = level.filter((x) => x.metric === 'staff_authorized' && fits(x)).sort((x, y) => Math.abs(x.block - a.block) - Math.abs(y.block - a.block))[0];
    if (q && a.metric === 'staff_actual') out.push([{ figures: [q], value: Number(q.value) }, a]);
  }
  return out;
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
      const key = `${q.figures.map((f) => f.id).join('+')}:${a.id}`;
      if (seen.has(key) || !/^\d+$/.test(a.value) || q.figures.some((f) => !/^\d+$/.test(f.value))) continue;
      seen.add(key);
      if (Number(a.value) <= q.value) continue;
      const quota = q.figures.length > 1 ? `${q.figures.map(printedNumber).join('+')}=${q.value}` : printedNumber(q.figures[0]!);
      out.push({
        messageId: 'over', data: { actual: printedNumber(a), authorized: quota },
        expected: `≤${q.value}`, actual: printedNumber(a), difference: null,
        figures: [a.id, ...q.figures.map((f) => f.id)], block: a.block, cell: a.cell, start: a.start, end: a.end, evidence: evidenceFor(doc, [...q.figures, a]),
      });
    }
    return out;
  },
});
