// Writes the datasets of CONTRACT.md into the output folder.
import { DATASETS, type FigureRow, type FindingRow, type SectionRow, type SummaryRow } from './datasets.ts';
import { writeDataset } from './write.ts';

export { writeDataset, toCsv, toJsonl } from './write.ts';
export { writeFileAtomic } from './atomic.ts';
export * from './datasets.ts';

export interface OutputRows {
  summary: readonly SummaryRow[];
  figures: readonly FigureRow[];
  sections: readonly SectionRow[];
  findings: readonly FindingRow[];
}

/** Writes the four datasets (csv and jsonl each) into `dir`; rows are written in the order given. */
export async function writeOutputs(dir: string, rows: OutputRows): Promise<void> {
  for (const name of Object.keys(DATASETS) as (keyof typeof DATASETS)[]) {
    await writeDataset(dir, name, DATASETS[name], rows[name]);
  }
}
