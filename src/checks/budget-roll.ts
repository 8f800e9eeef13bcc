// The budget roll: 年初预算 + 调整预算 = 全年预算; 全年预算 = 执行数 + 结余
// (so 执行数 = 年初预算 + 调整 − 结余 when 全年预算 is not stated). Declared over
// metrics in patterns/relations.json, and found by their words in one paragraph
// or table row.
import { defineRule } from './types.ts';
import { FigureIndex } from './text.ts';
import { bindDeclared } from './relations/declared.ts';
import { figureGroups, pickRoles, wordsOf, type RoleSpec } from './relations/context.ts';
import { sum, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';

const ROLES = {
  final: { is: /全年(?:部门)?预算|调整后(?:的)?(?:全年)?预算|预算总额|全年可用/, not: /执行率|控制率|年初/ },
  initial: { is: /年初(?:部门)?(?:批复)?预算|预算年初|年初(?:批复|安排)/, not: /执行率|控制率|调整后/ },
  adjustment: { is: /调整|调增|调减|追加|追减/, not: /调整后|执行率|控制率/ },
  execution: { is: /执行数|执行金额|实际执行|全年执行|实际支出|决算数|决算支出/, not: /执行率|控制率|预算数/ },
  balance: { is: /结余|结转/, not: /率|年初|上年/ },
} satisfies Record<string, RoleSpec>;

/** A sub-budget the figure belongs to; roles of one roll must share it. */
const SUBJECT = /公用经费|三公|人员经费|项目支出|基本支出/;

export default defineRule({
  id: 'budget-roll',
  meta: {
    severity: 'error',
    description: '预算滚动关系不符：年初预算+调整=全年预算，全年预算=执行数+结余',
    messages: RELATION_MESSAGES,
  },
  check(doc) {
    const relations: Relation[] = bindDeclared(doc, 'budget-roll');
    const index = new FigureIndex(doc.figures);
    for (const group of figureGroups(doc, index)) {
      const r = pickRoles(doc, group, ROLES);
      const subjects = new Set(Object.values(r).map((f) => SUBJECT.exec(wordsOf(doc, f!))?.[0] ?? ''));
      subjects.delete('');
      if (subjects.size > 1) continue;
      const rel = (label: string, stated: typeof r.final, parts: (typeof r.final)[], signs?: (1 | -1)[]) => {
        if (stated && parts.every(Boolean)) {
          relations.push({ rule: 'budget-roll', kind: 'budget-roll', label, stated, expr: sum(parts as never, signs), declared: false });
        }
      };
      rel('全年预算数', r.final, [r.initial, r.adjustment]);
      rel('全年预算数（执行数+结余）', r.final, [r.execution, r.balance]);
      if (!r.final) rel('全年执行数（年初预算+调整−结余）', r.execution, [r.initial, r.adjustment, r.balance], [1, 1, -1]);
    }
    return relationFindings(doc, relations);
  },
});
