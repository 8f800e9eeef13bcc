// duplicate-submission: two files of the same department, year and report kind, or the same
// content (the same text) under two names. Project reports of one department and year are many by
// nature: only their content is compared.
import type { FileDigest } from './digest.ts';
import { crossFinding, nameOf, type CrossFinding } from './finding.ts';
import { comparable } from './compare.ts';

const KIND_NAMES = { whole: '部门整体支出绩效自评报告', accounts: '部门决算公开说明', other: '报告', project: '项目支出绩效自评报告' } as const;

export function duplicateSubmissions(digests: readonly FileDigest[]): CrossFinding[] {
  const groups = new Map<string, number[]>();
  const join = (key: string, i: number): void => void groups.set(key, [...(groups.get(key) ?? []), i]);
  digests.forEach((d, i) => {
    if (d.textHash) join(`text\u0000${d.textHash}`, i);
    if (comparable(d)) join(`dept\u0000${d.summary.department_key}\u0000${d.summary.year}\u0000${d.kind}`, i);
  });
  // For each file, the other files it duplicates and why.
  const why = new Map<number, Map<number, Set<'text' | 'dept'>>>();
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const reason = key.startsWith('text') ? 'text' : 'dept';
    for (const a of members) {
      for (const b of members) {
        if (a === b) continue;
        let m = why.get(a);
        if (!m) why.set(a, (m = new Map()));
        m.set(b, (m.get(b) ?? new Set()).add(reason));
      }
    }
  }
  const out: CrossFinding[] = [];
  for (const [a, others] of why) {
    const d = digests[a]!;
    for (const [b, reasons] of others) {
      const other = digests[b]!;
      const s = d.summary;
      const reasonText = reasons.has('text')
        ? `内容相同${reasons.has('dept') ? `，且同为${s.department_key}${s.year}年的${KIND_NAMES[d.kind]}` : ''}`
        : `同为${s.department_key}${s.year}年的${KIND_NAMES[d.kind]}`;
      out.push(
        crossFinding(d, {
          rule: 'duplicate-submission',
          severity: 'warning',
          message: `与${nameOf(other)}重复报送：${reasonText}，请确认以哪一份为准`,
          evidence: other.file,
        }),
      );
    }
  }
  return out;
}
