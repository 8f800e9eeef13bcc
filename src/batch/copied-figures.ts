// copied-figures: a block of figures (amounts in a row, in the same order) identical to one in
// another department's report, or in the same department's report of another year. Blocks are
// found by hashing every window of consecutive amounts, so the cost is linear in the figures.
import type { FileDigest } from './digest.ts';
import { batchSettings } from './settings.ts';
import { crossFinding, departmentOf, nameOf, type CrossFinding } from './finding.ts';

/** Two reports may not share figures: another department's, or the same department's of another year. */
export const foreign = (a: FileDigest, b: FileDigest): boolean =>
  departmentOf(a) !== departmentOf(b) || (a.summary.year !== null && b.summary.year !== null && a.summary.year !== b.summary.year);

export function copiedFigures(digests: readonly FileDigest[]): CrossFinding[] {
  const { window, minDistinct, maxSharing } = batchSettings().copiedFigures;
  // Window → the reports (and where in each) that hold it.
  const holders = new Map<string, Map<number, number>>();
  digests.forEach((d, di) => {
    for (let i = 0; i + window <= d.amounts.length; i++) {
      const values = d.amounts.slice(i, i + window).map(([, v]) => v);
      if (new Set(values.filter((v) => Number(v) !== 0)).size < minDistinct) continue;
      const key = values.join('|');
      let at = holders.get(key);
      if (!at) holders.set(key, (at = new Map()));
      if (!at.has(di)) at.set(di, i);
    }
  });
  // Per ordered pair of reports, the figures of the first found in the second.
  const shared = new Map<string, Set<number>>();
  for (const at of holders.values()) {
    if (at.size < 2 || at.size > maxSharing) continue;
    for (const [a, i] of at) {
      for (const [b] of at) {
        if (a === b || !foreign(digests[a]!, digests[b]!)) continue;
        const key = `${a}\u0000${b}`;
        let set = shared.get(key);
        if (!set) shared.set(key, (set = new Set()));
        for (let k = i; k < i + window; k++) set.add(k);
      }
    }
  }
  const out: CrossFinding[] = [];
  for (const [key, positions] of shared) {
    const [a, b] = key.split('\u0000').map(Number) as [number, number];
    const d = digests[a]!;
    const other = digests[b]!;
    const at = [...positions].sort((x, y) => x - y);
    const values = at.map((k) => d.amounts[k]![1]);
    const shown = values.slice(0, 8).join('、') + (values.length > 8 ? '…' : '');
    const whose = departmentOf(d) === departmentOf(other) ? `本部门${other.summary.year}年的报告` : '另一部门的报告';
    out.push(
      crossFinding(d, {
        rule: 'copied-figures',
        severity: 'warning',
        message: `${at.length}个金额依次与${whose}${nameOf(other)}中的一组完全相同（万元：${shown}），可能照抄了其中的数字，请人工核对`,
        actual: shown,
        evidence: `${other.file}：${shown}`,
        figures: at.map((k) => d.amounts[k]![0]),
      }),
    );
  }
  return out;
}
