// The dataset writers: NAME.csv for people and NAME.jsonl for programs, both
// built from the same column list, both written atomically. Output depends only
// on the columns and the rows given (in the order given), so the same rows give
// byte-identical files.
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { csvCell, readKey } from './cells.ts';
import type { Column } from './datasets.ts';
import { writeFileAtomic } from './atomic.ts';
import type { OutputFile } from './commit.ts';

const BOM = '\uFEFF';

/** CSV text: BOM, one header line of Chinese headers, one line per row, nested fields spread. */
export function toCsv(columns: readonly Column[], rows: readonly object[]): string {
  return csvHead(columns) + csvLines(columns, rows);
}

/** The start of a CSV file: BOM and the header line. */
export function csvHead(columns: readonly Column[]): string {
  return BOM + stringify([columns.map((c) => csvCell(c.header))]);
}

/**
 * The CSV lines of some rows, each ending in its newline, so the lines of a file's rows can be
 * written as the file finishes and the whole is the same text as one `toCsv` of every row.
 */
export function csvLines(columns: readonly Column[], rows: readonly object[]): string {
  // Default record delimiter (\n), and any field holding \r or \n is quoted.
  return rows.length ? stringify(rows.map((row) => columns.map((c) => csvCell(readKey(row, c.key))))) : '';
}

/** The JSONL object of a row: exactly the column keys in column order, dotted keys nested, missing as null. */
export function toJsonObject(columns: readonly Column[], row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key } of columns) {
    const parts = key.split('.');
    let target = out;
    for (const part of parts.slice(0, -1)) {
      const next = target[part];
      if (next === null || typeof next !== 'object' || Array.isArray(next)) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    const value = readKey(row, key);
    target[parts[parts.length - 1]!] = value === undefined ? null : value;
  }
  return out;
}

/** JSONL text: one JSON object per line, each line ending in a newline. */
export function toJsonl(columns: readonly Column[], rows: readonly object[]): string {
  return rows.map((row) => JSON.stringify(toJsonObject(columns, row)) + '\n').join('');
}

/** The two files of a dataset: `NAME.csv` and `NAME.jsonl`. */
export function datasetFiles(name: string, columns: readonly Column[], rows: readonly object[]): OutputFile[] {
  return [
    { name: `${name}.csv`, data: toCsv(columns, rows) },
    { name: `${name}.jsonl`, data: toJsonl(columns, rows) },
  ];
}

/** Writes `dir/NAME.csv` and `dir/NAME.jsonl`, each whole or not at all. */
export async function writeDataset(
  dir: string,
  name: string,
  columns: readonly Column[],
  rows: readonly object[],
): Promise<void> {
  await writeFileAtomic(path.join(dir, `${name}.csv`), toCsv(columns, rows));
  await writeFileAtomic(path.join(dir, `${name}.jsonl`), toJsonl(columns, rows));
}
