// The batch stage: runs after every file is analysed, on the digests only, in input order.
import type { FileDigest } from './digest.ts';
import type { FindingRow } from '../outputs/datasets.ts';

export interface BatchResult {
  /** Cross-document findings, each on the file it concerns (its `file`), in input order. */
  findings: FindingRow[];
  /** The compare dataset's rows (CONTRACT.md), one per department and year. */
  compare: Record<string, unknown>[];
}

export function crossDocument(digests: FileDigest[]): BatchResult {
  return { findings: [], compare: [] };
}
