// copied-text: paragraphs of a report's own wording (the template's taken out) that are the same,
// or nearly, as paragraphs of another department's report. Candidates come from LSH buckets of the
// paragraphs' MinHash signatures and are confirmed on the whole signature; a bucket shared by many
// departments is wording the city's guidance hands everyone, not a copy.
import type { FileDigest } from './digest.ts';
import { bandKey, similarity } from './minhash.ts';
import { batchSettings } from './settings.ts';
import { crossFinding, departmentOf, nameOf, type CrossFinding } from './finding.ts';

type At = [file: number, paragraph: number];

export function copiedText(digests: readonly FileDigest[]): CrossFinding[] {
  const s = batchSettings().copiedText;
  // Pairs of paragraphs of different departments that share a bucket in some band, each pair once.
  // One band at a time, so only one band's buckets are held.
  const pairs = new Map<string, number>();
  for (let band = 0; band < s.bands; band++) {
    const buckets = new Map<string, At[]>();
    digests.forEach((d, di) =>
      d.paragraphs.forEach((p, pi) => {
        const key = bandKey(p.signature, band, s.rows);
        const bucket = buckets.get(key);
        if (bucket) bucket.push([di, pi]);
        else buckets.set(key, [[di, pi]]);
      }),
    );
    for (const bucket of buckets.values()) {
      // A bucket this full is wording everyone shares; its pairs would cost time and say nothing.
      if (bucket.length < 2 || bucket.length > s.maxDepartments * 8) continue;
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const [fa, pa] = bucket[i]!;
          const [fb, pb] = bucket[j]!;
          if (departmentOf(digests[fa]!) === departmentOf(digests[fb]!)) continue;
          const key = `${fa},${pa},${fb},${pb}`;
          if (!pairs.has(key)) pairs.set(key, similarity(digests[fa]!.paragraphs[pa]!.signature, digests[fb]!.paragraphs[pb]!.signature));
        }
      }
    }
  }
  // A paragraph found, in this or another variant (commonSimilarity), in more departments than
  // maxDepartments is common wording — a policy phrase, a standard sentence — not a copy.
  const sharers = new Map<string, Set<string>>();
  const share = (f: number, p: number, other: number): void => {
    const key = `${f},${p}`;
    const set = sharers.get(key) ?? new Set([departmentOf(digests[f]!)]);
    sharers.set(key, set.add(departmentOf(digests[other]!)));
  };
  const kept: { at: [number, number, number, number]; sim: number }[] = [];
  for (const [key, sim] of pairs) {
    if (sim < s.commonSimilarity) continue;
    const at = key.split(',').map(Number) as [number, number, number, number];
    share(at[0], at[1], at[2]);
    share(at[2], at[3], at[0]);
    if (sim >= s.minSimilarity) kept.push({ at, sim });
  }
  const common = (f: number, p: number): boolean => sharers.get(`${f},${p}`)!.size > s.maxDepartments;
  // Per ordered pair of files, the paragraphs of the first found in the second, with their similarity.
  const shared = new Map<string, Map<number, number>>();
  const note = (fa: number, pa: number, fb: number, sim: number): void => {
    const key = `${fa},${fb}`;
    let m = shared.get(key);
    if (!m) shared.set(key, (m = new Map()));
    m.set(pa, Math.max(sim, m.get(pa) ?? 0));
  };
  for (const { at: [fa, pa, fb, pb], sim } of kept) {
    if (common(fa, pa) || common(fb, pb)) continue;
    note(fa, pa, fb, sim);
    note(fb, pb, fa, sim);
  }
  const out: CrossFinding[] = [];
  for (const [key, paragraphs] of shared) {
    const [fa, fb] = key.split(',').map(Number) as [number, number];
    const d = digests[fa]!;
    const other = digests[fb]!;
    const list = [...paragraphs].sort((x, y) => x[0] - y[0]);
    const openings = list.map(([p]) => `“${d.paragraphs[p]!.opening}…”`);
    const least = Math.round(Math.min(...list.map(([, sim]) => sim)) * 100);
    out.push(
      crossFinding(d, {
        rule: 'copied-text',
        severity: 'warning',
        message:
          `${list.length}段文字与另一部门的报告${nameOf(other)}相同或几乎相同（相似度不低于${least}%，模板原文不计），` +
          `如${openings.slice(0, 3).join('、')}，请核实是否照抄`,
        evidence: openings.join(' | '),
      }),
    );
  }
  return out;
}
