import { describe, expect, it } from 'vitest';
import { bindDeclared, metricsOf, parseFormula, relationsFile, RelationsFileSchema } from '../../../src/checks/relations/declared.ts';
import { evaluate } from '../../../src/checks/relations/evaluate.ts';
import { docFrom } from '../helpers.ts';

describe('formulas', () => {
  it('parses sums, differences and ratios with parentheses', () => {
    const f = parseFormula('execution_rate = execution / (budget_initial + budget_adjustment)');
    expect(f.target).toBe('execution_rate');
    expect(metricsOf(f.expr)).toEqual(['execution', 'budget_initial', 'budget_adjustment']);
    expect(parseFormula('a = b + c - d').expr).toEqual({
      op: 'sum',
      terms: [{ sign: 1, e: { op: 'metric', id: 'b' } }, { sign: 1, e: { op: 'metric', id: 'c' } }, { sign: -1, e: { op: 'metric', id: 'd' } }],
    });
  });

  it('rejects malformed formulas', () => {
    expect(() => parseFormula('a = b +')).toThrow();
    expect(() => parseFormula('= b')).toThrow();
    expect(() => parseFormula('a = b ; c')).toThrow();
  });

  it('rejects a relations file with a duplicate id or a variant of another target', () => {
    const base = { description: '', examples: [] };
    const r = { id: 'x', rule: 'budget-roll', label: 'x', formula: 'a = b + c' };
    expect(RelationsFileSchema.safeParse({ ...base, relations: [r, r] }).success).toBe(false);
    expect(RelationsFileSchema.safeParse({ ...base, relations: [{ ...r, variants: [{ name: 'v', formula: 'z = b' }] }] }).success).toBe(false);
    expect(RelationsFileSchema.safeParse({ ...base, relations: [r] }).success).toBe(true);
  });
});

describe('declared relations bound to figures', () => {
  it('binds the nearest figure of each metric', () => {
    const doc = docFrom('公用经费年初预算数为22.32万元，年末决算数为21.24万元，公用经费控制率96.02%。');
    const rels = bindDeclared(doc, 'rate-consistency').filter((r) => r.kind === 'public_funds_control_rate');
    expect(rels).toHaveLength(1);
    expect(evaluate(rels[0]!)!.holds).toBe(false);
    expect(evaluate(rels[0]!)!.expected).toBe('95.16');
  });

  it('states findings in the preferred variant and accepts the other', () => {
    const doc = docFrom('年末结转和结余资金421,265.00元，全年预算数7,772,212.00元，本年支出7,350,947.00元，结转结余率5.73%。');
    const [rel] = bindDeclared(doc, 'rate-consistency', { preferredVariants: { balance_rate: '以支出预算为分母' } }).filter((r) => r.kind === 'balance_rate');
    expect(rel!.variant).toBe('以支出预算为分母');
    expect(evaluate(rel!)!.holds).toBe(true); // 421,265 ÷ 7,350,947 = 5.73%: the other variant holds
    const [strict] = bindDeclared(doc, 'rate-consistency', { preferredVariants: { balance_rate: '以支出预算为分母' }, strictVariants: true }).filter((r) => r.kind === 'balance_rate');
    expect(evaluate(strict!)!.holds).toBe(false);
  });

  describe('patterns/relations.json examples', () => {
    for (const ex of relationsFile().examples) {
      it(`${ex.relation} ${ex.holds ? 'holds' : 'fails'}: ${ex.text}`, () => {
        const d = relationsFile().relations.find((r) => r.id === ex.relation)!;
        const rels = bindDeclared(docFrom(ex.text), d.rule).filter((r) => r.kind === ex.relation);
        expect(rels.length).toBeGreaterThan(0);
        expect(rels.every((r) => evaluate(r)?.holds === ex.holds)).toBe(true);
      });
    }
  });
});
