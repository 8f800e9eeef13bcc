// The registry of check rules — one explicit map, sorted by id — and the
// entry point the pipeline calls. Adding a rule is one file and one line here.
import type { Doc, Finding } from '../model.ts';
import { runRules } from './engine.ts';
import { effectiveSettings, type EffectiveSetting } from './settings.ts';
import type { Rule } from './types.ts';
import budgetRoll from './budget-roll.ts';
import changeConsistency from './change-consistency.ts';
import coverFields from './cover-fields.ts';
import enumerationCount from './enumeration-count.ts';
import executionScore from './execution-score.ts';
import fullScoreWithProblems from './full-score-with-problems.ts';
import headingNumbering from './heading-numbering.ts';
import incomeExpenditure from './income-expenditure.ts';
import indicatorScores from './indicator-scores.ts';
import percentRange from './percent-range.ts';
import rateConsistency from './rate-consistency.ts';
import repeatedMetric from './repeated-metric.ts';
import shareConsistency from './share-consistency.ts';
import staffOverQuota from './staff-over-quota.ts';
import tableTotals from './table-totals.ts';
import templateLeftover from './template-leftover.ts';
import templateSections from './template-sections.ts';
import threePublic from './three-public.ts';
import totalParts from './total-parts.ts';
import yearMismatch from './year-mismatch.ts';

export const RULES: readonly Rule[] = [
  budgetRoll,
  changeConsistency,
  coverFields,
  enumerationCount,
  executionScore,
  fullScoreWithProblems,
  headingNumbering,
  incomeExpenditure,
  indicatorScores,
  percentRange,
  rateConsistency,
  repeatedMetric,
  shareConsistency,
  staffOverQuota,
  tableTotals,
  templateLeftover,
  templateSections,
  threePublic,
  totalParts,
  yearMismatch,
];

let settings: Map<string, EffectiveSetting> | undefined;

/** Runs every enabled rule on the document; findings come back sorted and without repeats. */
export function runChecks(doc: Readonly<Doc>): Finding[] {
  settings ??= effectiveSettings(RULES);
  return runRules(doc, RULES, settings);
}
