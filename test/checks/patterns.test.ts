// patterns/rules.json tests itself: each example makes its rule report exactly the `actual` values listed.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checks/index.ts';
import { rulesFile } from '../../src/checks/settings.ts';
import { check } from './helpers.ts';

describe('patterns/rules.json', () => {
  it('lists every registered rule and nothing else', () => {
    expect(Object.keys(rulesFile().rules).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  for (const ex of rulesFile().examples) {
    it(`${ex.rule}: [${ex.actual.join(', ')}] for ${ex.text}`, () => {
      expect(check(ex.rule, ex.text).map((f) => f.actual)).toEqual(ex.actual);
    });
  }
});
