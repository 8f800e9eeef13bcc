// “三公”经费 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费, and
// 公务用车购置及运行维护费 = 购置费 + 运行维护费. Declared over metrics, and found
// by words in one paragraph or table row; budget and actual figures never mix.
import type { Doc, Figure } from '../model.ts';
import { defineRule } from './types.ts';
import { FigureIndex } from '../text.ts';
import { bindDeclared } from './relations/declared.ts';
import { figureGroups, pickRoles, wordsOf, type RoleSpec } from './relations/context.ts';
import { sum, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';

const VEHICLE = /公务用车|公车|车辆/;
const ROLES = {
  total: { is: /三公/, not: /控制率|出国|接待|用车/ },
  abroad: { is: /出国|出境/ },
  vehicles: { is: /(?:公务用车|公车|车辆)(?:购置(?:及|和|与)运行|运行(?:维护)?(?:及|和|与)购置|费|经费|支出|小计)|用车购置及运维/ },
  purchase: { is: /购置/, not: /运行|运维/ },
  operation: { is: /运行|运维/, not: /购置/ },
  reception: { is: /接待/ },
} satisfies Record<string, RoleSpec>;

/** Budget figures (预算数) and actual ones (决算/支出) are separate rolls of the same composition. */
const isBudget = (doc: Readonly<Doc>, f: Figure): boolean => {
  const w = wordsOf(doc, f);
  return /预算/.test(w) && !/决算|执行|实际|支出数/.test(w);
};

export default defineRule({
  id: 'three-public',
  meta: {
    severity: 'error',
    description: '“三公”经费与其构成（因公出国(境)费、公务用车购置及运行维护费、公务接待费）不符',
    messages: RELATION_MESSAGES,
  },
  check(doc) {
    const relations: Relation[] = bindDeclared(doc, 'three-public');
    const index = new FigureIndex(doc.figures);
    for (const group of figureGroups(doc, index)) {
      for (const budget of [false, true]) {
        const figs = group.filter((f) => isBudget(doc, f) === budget);
        const r = pickRoles(doc, figs, ROLES);
        if (r.purchase && !VEHICLE.test(wordsOf(doc, r.purchase)) && !r.vehicles) delete r.purchase;
        if (r.total && r.abroad && r.vehicles && r.reception) {
          relations.push({
            rule: 'three-public', kind: 'three-public', label: '“三公”经费', stated: r.total,
            expr: sum([r.abroad, r.vehicles, r.reception]), declared: false,
          });
        }
        if (r.total && r.abroad && !r.vehicles && r.purchase && r.operation && r.reception) {
          relations.push({
            rule: 'three-public', kind: 'three-public', label: '“三公”经费', stated: r.total,
            expr: sum([r.abroad, r.purchase, r.operation, r.reception]), declared: false,
          });
        }
        if (r.vehicles && r.purchase && r.operation) {
          relations.push({
            rule: 'three-public', kind: 'three-public', label: '公务用车购置及运行维护费', stated: r.vehicles,
            expr: sum([r.purchase, r.operation]), declared: false,
          });
        }
      }
    }
    return relationFindings(doc, relations);
  },
});
