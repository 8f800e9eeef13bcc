// duplicate-submission: two files of the same department, year and report kind, or the same
// content (the same text) under two names. Project reports of one department and year are many by
// nature: only their content is compared.
import type { FileDigest } from './digest.ts';
import { crossFinding, nameOf, type CrossFinding } from './finding.ts';
import { comparable } from './compare.ts';

/** Other files a finding names; beyond them it gives their number. */
const NAMED = 3;

const KIND_NAMES = { whole: '部门整体支出绩效自评报告', accounts: '部门决算公开说明', other: '报告', project: '项目支出绩效自评报告' } as const;

export function duplicateSubmissions(digests: readonly FileDigest[]): CrossFinding[] {
  const groups = new Map<string, number[]>();
  const join = (key: string, i: number): void => void groups.set(key, [...(groups.get(key) ?? []), i]);
  digests.forEach((d, i) => {
    if (d.textHash) join(`text\u0000${d.textHash}`, i);
    if (comparable(d)) join(`dept\u0000${d.summary.department_key}\u0000${d.summary.year}\u0000${d.kind}`, i);
  });
  // For each file, the other files it duplicates and why, in input order.
  const why = new Map<number, Map<number, Set<'text' | 'dept'>>>();
  const others = { text: new Map<number, number>(), dept: new Map<number, number>() };
  for (const [key, members] of groups) {
    if (members.length < 2) continue;
    const reason = key.startsWith('text') ? 'text' : 'dept';
    for (const a of members) {
      others[reason].set(a, members.length - 1);
      let m = why.get(a);
      if (!m) why.set(a, (m = new Map()));
      // A file copied many times names its first few copies, not each: the findings stay linear.
      for (const b of members.filter((x) => x !== a).slice(0, NAMED + 1)) m.set(b, (m.get(b) ?? new Set()).add(reason));
    }
  }
  const out: CrossFinding[] = [];
  for (const [a, named] of why) {
    const d = digests[a]!;
    const s = d.summary;
    const sameText = [...named].filter(([, r]) => r.has('text')).map(([b]) => b).sort((x, y) => x - y);
    const sameDept = [...named].filter(([, r]) => !r.has('text')).map(([b]) => b).sort((x, y) => x - y);
    const deptText = `同为${s.department_key}${s.year}年的${KIND_NAMES[d.kind]}`;
    const listed = (files: number[], size: number): string =>
      files.slice(0, NAMED).map((b) => nameOf(digests[b]!)).join('、') + (size > NAMED ? `等${size}个文件` : '');
    const sizeOf = (reason: 'text' | 'dept'): number => others[reason].get(a) ?? 0;
    if (sameText.length) {
      const both = sameText.every((b) => named.get(b)!.has('dept'));
      out.push(
        crossFinding(d, {
          rule: 'duplicate-submission',
          severity: 'warning',
          message: `与${listed(sameText, sizeOf('text'))}重复报送：内容相同${both && comparable(d) ? `，且${deptText}` : ''}，请确认以哪一份为准`,
          evidence: sameText.slice(0, NAMED).map((b) => digests[b]!.file).join(' | '),
        }),
      );
    }
    if (sameDept.length) {
      out.push(
        crossFinding(d, {
          rule: 'duplicate-submission',
          severity: 'warning',
          message: `与${listed(sameDept, sizeOf('dept'))}重复报送：${deptText}，请确认以哪一份为准`,
          evidence: sameDept.slice(0, NAMED).map((b) => digests[b]!.file).join(' | '),
        }),
      );
    }
  }
  return out;
}
