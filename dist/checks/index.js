import { runRules } from "./engine.js";
import { effectiveSettings } from "./settings.js";
import budgetRoll from "./budget-roll.js";
import changeConsistency from "./change-consistency.js";
import coverFields from "./cover-fields.js";
import enumerationCount from "./enumeration-count.js";
import executionScore from "./execution-score.js";
import fullScoreWithProblems from "./full-score-with-problems.js";
import headingNumbering from "./heading-numbering.js";
import incomeExpenditure from "./income-expenditure.js";
import indicatorScores from "./indicator-scores.js";
import percentRange from "./percent-range.js";
import rateConsistency from "./rate-consistency.js";
import repeatedMetric from "./repeated-metric.js";
import shareConsistency from "./share-consistency.js";
import staffOverQuota from "./staff-over-quota.js";
import tableTotals from "./table-totals.js";
import templateLeftover from "./template-leftover.js";
import templateSections from "./template-sections.js";
import threePublic from "./three-public.js";
import totalParts from "./total-parts.js";
import yearMismatch from "./year-mismatch.js";
export const RULES = [
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
let settings;
/** Runs every enabled rule on the document; findings come back sorted and without repeats. */
export function runChecks(doc) {
    settings ??= effectiveSettings(RULES);
    return runRules(doc, RULES, settings);
}
