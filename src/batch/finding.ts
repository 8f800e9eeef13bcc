// A cross-document finding before it has its id: the batch stage numbers a file's findings after
// those the file's own analysis gave it.
import type { FindingRow } from '../outputs/datasets.ts';
import type { FileDigest } from './digest.ts';

export type CrossFinding = Omit<FindingRow, 'id'>;

/** How a message names another file: its department and year when known, and its name. */
export function nameOf(d: FileDigest): string {
  const s = d.summary;
  const who = [s.year === null ? null : `${s.year}年`, s.department].filter(Boolean).join('');
  return who ? `${who}（${d.file}）` : d.file;
}

/** Same department (by key; a file whose department is unknown is a department of its own). */
export const departmentOf = (d: FileDigest): string => d.summary.department_key ?? `\u0000${d.file}`;

export function crossFinding(d: FileDigest, fields: Partial<CrossFinding> & Pick<CrossFinding, 'rule' | 'severity' | 'message'>): CrossFinding {
  return {
    file: d.file,
    expected: null,
    actual: null,
    difference: null,
    section: '',
    page: null,
    evidence: '',
    figures: [],
    ...fields,
  } as CrossFinding;
}
