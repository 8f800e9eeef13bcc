// Writes the datasets of CONTRACT.md into the output folder.
import { DATASETS, type CompareRow, type FigureRow, type FindingRow, type SectionRow, type SummaryRow } from './datasets.ts';
import { datasetFiles } from './write.ts';
import { commitFiles } from './commit.ts';

export { writeDataset, toCsv, toJsonl } from './write.ts';
export { writeFileAtomic } from './atomic.ts';
export { commitFiles, recoverOutput } from './commit.ts';
export { lockOutput, OutputError } from './lock.ts';
export * from './datasets.ts';

export interface OutputRows {
  summary: readonly SummaryRow[];
  figures: readonly FigureRow[];
  sections: readonly SectionRow[];
  findings: readonly FindingRow[];
  /** The comparison across departments and years (src/batch/). */
  compare: readonly CompareRow[];
}

/**
 * Writes the five datasets (csv and jsonl each) into `dir`, replacing the previous run's all
 * together; rows are written in the order given. Throws OutputError when they cannot be written.
 */
export async function writeOutputs(dir: string, rows: OutputRows): Promise<void> {
  const names = Object.keys(DATASETS) as (keyof typeof DATASETS)[];
  await commitFiles(dir, names.flatMap((name) => datasetFiles(name, DATASETS[name], rows[name])));
}
