// The batch stage's settings (patterns/batch.json) and the template's wording, validated at load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError, loadPattern, PATTERNS_DIR } from '../patterns.ts';

const positive = z.number().positive();
const count = z.number().int().positive();

const BatchSettings = z.object({
  description: z.string(),
  priorYear: z.object({ reach: count }),
  copiedFigures: z.object({ window: count, minDistinct: count, maxSharing: count }),
  copiedText: z.object({
    minChars: count,
    shingle: count,
    bands: count,
    rows: count,
    minSimilarity: z.number().gt(0).max(1),
    commonSimilarity: z.number().gt(0).max(1),
    maxDepartments: count,
    minShingles: count,
  }),
  templateFile: z.string(),
});

export type BatchSettings = z.infer<typeof BatchSettings>;

export const batchSettings = (): BatchSettings => loadPattern('batch.json', BatchSettings);

let template: string | null = null;

/** The reference template's text (patterns/<templateFile>), whose wording any report may share. */
export function templateWording(): string {
  if (template === null) {
    const file = path.join(PATTERNS_DIR, batchSettings().templateFile);
    try {
      template = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`patterns/batch.json: templateFile ${batchSettings().templateFile}: ${(e as Error).message}`);
    }
  }
  return template;
}
