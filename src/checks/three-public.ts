// “三公”经费 = 因公出国(境)费 + 公务用车购置及运行维护费 + 公务接待费, and
// 公务用车购置及运行维护费 = 购置费 + 运行维护费. Declared over metrics, and found in
// one paragraph or table row from the figures' meanings: the objects of the “三公”
// tree (patterns/meaning.json), of one measure and period — a 预算 and an actual
// figure never meet in one sum.
import type { Doc, Figure } from '../model.ts';
import { defineRule } from './types.ts';
import { FigureIndex } from '../text.ts';
import { bindDeclared } from './relations/declared.ts';
import { figureGroups, isLevel } from './relations/context.ts';
import { sum, type Relation } from './relations/model.ts';
import { RELATION_MESSAGES, relationFindings } from './relations/report.ts';

const TOTAL = '三公经费';
const ABROAD = '因公出国（境）费';
const VEHICLES = '公务用车购置及运行维护费';
const PURCHASE = '公务用车购置费';
const OPERATION = '公务用车运行维护费';
const RECEPTION = '公务接待费';

/** The first figure of the group about each “三公” object, for each measure and period the group states. */
function byMeaning(doc: Readonly<Doc>, group: readonly Figure[]): Map<string, Map<string, Figure>> {
  const out = new Map<string, Map<string, Figure>>();
  for (const f of group) {
    const m = f.meaning;
    if (f.kind !== 'amount' || !m || m.measure === null || !isLevel(doc, f)) continue;
    const key = `${m.measure}|${m.period ?? ''}`;
    const objects = out.get(key) ?? out.set(key, new Map()).get(key)!;
    if (!objects.has(m.object)) objects.set(m.object, f);
  }
  return out;
}

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
      for (const r of byMeaning(doc, group).values()) {
        const [total, abroad, vehicles, purchase, operation, reception] = [TOTAL, ABROAD, VEHICLES, PURCHASE, OPERATION, RECEPTION].map((o) => r.get(o));
        const rel = (label: string, stated: Figure, parts: Figure[]) =>
          relations.push({ rule: 'three-public', kind: 'three-public', label, stated, expr: sum(parts), declared: false });
        if (total && abroad && vehicles && reception) rel('“三公”经费', total, [abroad, vehicles, reception]);
        if (total && abroad && !vehicles && purchase && operation && reception) rel('“三公”经费', total, [abroad, purchase, operation, reception]);
        if (vehicles && purchase && operation) rel('公务用车购置及运行维护费', vehicles, [purchase, operation]);
      }
    }
    return relationFindings(doc, relations);
  },
});
