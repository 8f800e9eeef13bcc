// The registry of check rules — one explicit map, sorted by id — and the
// entry point the pipeline calls. Adding a rule is one file and one line here.
import type { Doc, Finding } from '../model.ts';
import { runRules } from './engine.ts';
import { effectiveSettings, type EffectiveSetting } from './settings.ts';
import type { Rule } from './types.ts';
import budgetRoll from './budget-roll.ts';
import rateConsistency from './rate-consistency.ts';
import totalParts from './total-parts.ts';

export const RULES: readonly Rule[] = [
  budgetRoll,
  rateConsistency,
  totalParts,
];

let settings: Map<string, EffectiveSetting> | undefined;

/** Runs every enabled rule on the document; findings come back sorted and without repeats. */
export function runChecks(doc: Readonly<Doc>): Finding[] {
  settings ??= effectiveSettings(RULES);
  return runRules(doc, RULES, settings);
}
