// Loads every pattern file and the user's rule settings once at the start of a
// run, so a bad file stops the run (exit 1, no outputs) instead of failing each
// document later.
import { sectionPatterns } from "./sections.js";
import { loadFigurePatterns } from "./figures/index.js";
import { RULES } from "./checks/index.js";
import { effectiveSettings } from "./checks/settings.js";
import { relationsFile } from "./checks/relations/declared.js";
import { batchSettings, templateWording } from "./batch/settings.js";
export function checkPatterns() {
    sectionPatterns();
    loadFigurePatterns();
    relationsFile();
    effectiveSettings(RULES);
    batchSettings();
    templateWording();
}
