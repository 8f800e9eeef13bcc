// The budget roll: 年初预算 + 调整预算 = 全年预算; 全年预算 = 执行数 + 结余
// (so 执行数 = 年初预算 + 调整 − 结余 when 全年预算 is not stated). Declared over
// metrics in patterns/relations.json, and found by their words in one paragraph
// or table row.
import { defineRule } from './types.ts';
import type { Doc, Figure } from '../model.ts';
import { FigureIndex, figureText, fullSentenceAt } from '../text.ts';
import { bindDeclared, sentenceScope } from './relations/declared.ts';
import { figureGroups, isLevel, pickRoles, roleOf, signedByVerb, wordsOf, type RoleSpec } from './relations/context.ts';
import { sum, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';

/** Budget changes in the year: each of them is a term of the roll (`年中追加402.16万元，调减35.24万元`). */
const ADJUSTMENT = /调整|调增|调减|追加|追减|核增|核减|(?:增加|减少)(?:了)?(?:预算|资金)/;
const ADJUSTMENT_NOT = /调整后|执行率|控制率|较上年|比上年|同比|上年/;

const ROLES = {
  final: { is: /全年(?:部门)?预算|调整后(?:的)?(?:全年)?预算|预算总额|全年可用/, not: /执行率|控制率|年初/ },
  initial: { is: /年初(?:部门)?(?:批复)?预算|预算年初|年初(?:批复|安排)/, not: /执行率|控制率|调整后/ },
  adjustment: { is: ADJUSTMENT, not: ADJUSTMENT_NOT },
  execution: { is: /执行数|执行金额|实际执行|全年执行|实际支出|决算数|决算支出/, not: /执行率|控制率|预算数/ },
  balance: { is: /结余|结转/, not: /率|年初|上年/ },
} satisfies Record<string, RoleSpec>;


export default defineRule({
  id: 'budget-roll',
  meta: {
    severity: 'error',
    description: '预算滚动关系不符：年初预算+调整=全年预算，全年预算=执行数+结余，节约额=预算−实际',
    messages: RELATION_MESSAGES,
  },
  check(doc) {
    const declared = bindDeclared(doc, 'budget-roll');
    const relations: Relation[] = [];
    const index = new FigureIndex(doc.figures);
    for (const group of figureGroups(doc, index)) {
      const r = pickRoles(doc, group, ROLES);
      const adjustments = adjustmentsIn(doc, group);
      // One roll is of one budget: the department's, or one scope's (公用经费, 项目支出 …) named or inherited from its sentence.
      const subjects = new Set([...Object.values(r), ...adjustments].map((f) => sentenceScope(doc, f!, index)));
      if (subjects.size > 1) continue;
      type F = typeof r.final;
      const rel = (label: string, stated: F, parts: F[], signs?: (1 | -1)[]) => {
        if (stated && parts.length && parts.every(Boolean)) {
          relations.push({ rule: 'budget-roll', kind: 'budget-roll', label, stated, expr: sum(parts as never, signs), declared: false });
        }
      };
      const [adjust, ...otherAdjust] = adjustmentReadings(doc, adjustments);
      if (r.final && r.initial && adjust) {
        relations.push({
          rule: 'budget-roll', kind: 'budget-roll', label: '全年预算数', stated: r.final,
          expr: sum([r.initial, ...adjust]), alternatives: otherAdjust.map((a) => sum([r.initial!, ...a])), declared: false,
        });
      }
      // 结转 and 结余 stated apart are both left over: the roll takes them together, or the first alone (`结余5万元，其中结转3万元`).
      const leftovers = r.balance ? group.filter((f) => f === r.balance || (f.id !== r.balance!.id && isLeftover(doc, f))) : [];
      if (r.final && r.execution && r.balance) {
        relations.push({
          rule: 'budget-roll', kind: 'budget-roll', label: '全年预算数（执行数+结余）', stated: r.final,
          expr: sum([r.execution, ...leftovers]), alternatives: leftovers.length > 1 ? [sum([r.execution, r.balance])] : [], declared: false,
        });
      }
      if (!r.final && r.initial && adjust) {
        rel('全年执行数（年初预算+调整−结余）', r.execution, [r.initial, ...adjust, r.balance], [1, ...adjust.map(() => 1 as const), -1]);
      }
    }
    // A roll read from its own sentence (every 追加 and 调减 in it) supersedes the one bound by metric alone.
    const read = new Set(relations.map((r) => `${r.stated.id}|${r.label}`));
    relations.push(...declared.filter((r) => !read.has(`${r.stated.id}|${r.label}`)));
    relations.push(...savings(doc, index));
    return relationFindings(doc, relations);
  },
});

/**
 * Every budget change of a group, signed by its verb (调减 subtracts): a roll
 * with 追加 and 调减 both stated has both as terms. A change stated as one (调减
 * is also a change verb) still counts; a change against last year does not.
 */
function adjustmentsIn(doc: Readonly<Doc>, group: readonly Figure[]): Figure[] {
  return group
    .filter((f) => {
      if (f.kind !== 'amount' || f.approx || roleOf(doc, f).lastYear || roleOf(doc, f).compared) return false;
      const w = wordsOf(doc, f);
      if (!ADJUSTMENT.test(w) || ADJUSTMENT_NOT.test(w)) return false;
      return isLevel(doc, f) || /调增|调减|追加|追减|核增|核减/.test(roleOf(doc, f).before);
    })
    .map((f) => signedByVerb(doc, f));
}

/** A level of money left over at the year's end (结余, 结转), not a rate nor last year's. */
function isLeftover(doc: Readonly<Doc>, f: Figure): boolean {
  const spec = ROLES.balance;
  const w = wordsOf(doc, f);
  return f.kind === 'amount' && isLevel(doc, f) && spec.is.test(w) && !spec.not.test(w);
}

/**
 * Which adjustments make up the year's change: all of them, or — when a net
 * 调整 is stated beside its 追加 and 调减 — either the net or its components.
 */
function adjustmentReadings(doc: Readonly<Doc>, adjustments: Figure[]): Figure[][] {
  if (!adjustments.length) return [];
  const net = adjustments.filter((f) => /调整/.test(wordsOf(doc, f)));
  const components = adjustments.filter((f) => !net.includes(f));
  return net.length && components.length ? [net, components] : [adjustments];
}

const SAVED = /(?:节约|节余|节省|少支出)(?:了|资金|金额)?(?:为|达)?$/;
const OVERSPENT = /(?:超支|超出预算|多支出)(?:了|金额)?(?:为|达)?$/;

/**
 * `预算83,173.00元，实际支出65,649.00元，节约17,542.00元`: the saving is the
 * budget less the spending (an overspending the reverse), in one sentence.
 */
function savings(doc: Readonly<Doc>, index: FigureIndex): Relation[] {
  const out: Relation[] = [];
  for (const x of doc.figures) {
    if (x.cell || x.kind !== 'amount' || x.approx) continue;
    const before = roleOf(doc, x).before.replace(/[\s“”"]/g, '');
    const saved = SAVED.test(before);
    if (!saved && !OVERSPENT.test(before)) continue;
    const text = figureText(doc, x);
    const s = fullSentenceAt(text, x.start);
    const earlier = index.at(x.block).filter((f) => f.start >= s.start && f.end <= x.start && f.kind === 'amount' && isLevel(doc, f)).reverse();
    const budget = earlier.find((f) => /预算/.test(wordsOf(doc, f)) && !/执行|决算|实际|支出/.test(wordsOf(doc, f).replace(/预算.*$/, '')));
    const actual = earlier.find((f) => f !== budget && /实际|决算|支出|执行/.test(wordsOf(doc, f)) && !/预算(?!执行)/.test(wordsOf(doc, f)));
    if (!budget || !actual) continue;
    const [a, b] = saved ? [budget, actual] : [actual, budget];
    out.push({
      rule: 'budget-roll', kind: 'saving', label: saved ? '节约额（预算−实际）' : '超支额（实际−预算）', stated: x,
      expr: sum([a, b], [1, -1]), declared: false,
    });
  }
  return out;
}
