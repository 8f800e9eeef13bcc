// The batch stage: runs after every file is analysed, on the digests only, in input order.
import type { FileDigest } from './digest.ts';
import type { CompareRow, FindingRow, SummaryRow } from '../outputs/datasets.ts';
import { compareRows } from './compare.ts';
import { copiedFigures } from './copied-figures.ts';
import { copiedText } from './copied-text.ts';
import { duplicateSubmissions } from './duplicates.ts';
import { peerOutliers } from './peer-outlier.ts';
import { priorYearMismatch } from './prior-year.ts';
import type { CrossFinding } from './finding.ts';

export interface BatchResult {
  /** Cross-document findings, each on the file it concerns (its `file`), in input order. */
  findings: FindingRow[];
  /** The compare dataset's rows (CONTRACT.md), one per department and year. */
  compare: CompareRow[];
}

/** The cross-document rules, sorted by id. */
export const CROSS_RULES = {
  'copied-figures': copiedFigures,
  'copied-text': copiedText,
  'duplicate-submission': duplicateSubmissions,
  'peer-outlier': peerOutliers,
  'prior-year-mismatch': priorYearMismatch,
} as const;

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

const findingCount = (s: SummaryRow): number => s.findings.error + s.findings.warning + s.findings.info;

export function crossDocument(digests: FileDigest[]): BatchResult {
  const found: CrossFinding[] = Object.values(CROSS_RULES).flatMap((rule) => rule(digests));
  const byFile = new Map<string, CrossFinding[]>();
  for (const f of found) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const findings: FindingRow[] = [];
  for (const d of digests) {
    const mine = byFile.get(d.file);
    if (!mine) continue;
    byFile.delete(d.file);
    // Errors first, then by rule and message: the same batch gives the same ids.
    mine.sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
    );
    // Numbered after the file's own findings.
    const first = findingCount(d.summary);
    mine.forEach((f, i) => findings.push({ ...f, id: `c${String(first + i + 1).padStart(4, '0')}` }));
  }
  return { findings, compare: compareRows(digests) };
}

/** The summary rows with the cross-document findings on their files counted in. */
export function withCrossFindings(summary: readonly SummaryRow[], findings: readonly FindingRow[]): SummaryRow[] {
  const extra = new Map<string, SummaryRow['findings']>();
  for (const f of findings) {
    const counts = extra.get(f.file) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity]++;
    extra.set(f.file, counts);
  }
  return summary.map((s) => {
    const more = extra.get(s.file);
    if (!more) return s;
    const f = s.findings;
    return { ...s, findings: { error: f.error + more.error, warning: f.warning + more.warning, info: f.info + more.info } };
  });
}
