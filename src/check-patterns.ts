// Loads every pattern file once at the start of a run, so a bad file stops the
// run (exit 1, no outputs) instead of failing each document later.
import { sectionPatterns } from './sections.ts';

export function checkPatterns(): void {
  sectionPatterns();
}
