// Loads every pattern file and the user's rule settings once at the start of a
// run, so a bad file stops the run (exit 1, no outputs) instead of failing each
// document later.
import { sectionPatterns } from './sections.ts';
import { loadFigurePatterns } from './figures/index.ts';
import { RULES } from './checks/index.ts';
import { effectiveSettings } from './checks/settings.ts';
import { relationsFile } from './checks/relations/declared.ts';
import { batchSettings, templateWording } from './batch/settings.ts';

export function checkPatterns(): void {
  sectionPatterns();
  loadFigurePatterns();
  relationsFile();
  effectiveSettings(RULES);
  batchSettings();
  templateWording();
}
