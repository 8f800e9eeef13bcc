// What the batch stage keeps of one analysed file: small and JSON-serialisable, so a streaming run
// holds one per file (not the file's figures) and the cache can store it beside the file's rows.
import type { FileRows } from '../rows.ts';
import type { SummaryRow } from '../outputs/datasets.ts';

export interface FileDigest {
  file: string;
  summary: SummaryRow;
}

export function digestOf(rows: FileRows): FileDigest {
  return { file: rows.summary.file, summary: rows.summary };
}
