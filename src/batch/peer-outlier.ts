// peer-outlier: a department whose ratio (执行率, 公用经费控制率, per-head spending, score,
// satisfaction) lies far outside its peers of the same year, judged as the report's charts judge
// it: modified z-score from the median absolute deviation (src/report/charts.ts).
import { COMPARE_METRIC_HEADERS } from '../outputs/datasets.ts';
import { exactMedian, outlierFlags } from '../report/charts.ts';
import { compareMetrics, median, PEER_METRICS, representatives, type CompareMetric } from './compare.ts';
import type { FileDigest } from './digest.ts';
import { crossFinding, nameOf, type CrossFinding } from './finding.ts';

export const metricHeader = (m: CompareMetric): string => COMPARE_METRIC_HEADERS[m].replace(/\(.*\)$/, '');

export function peerOutliers(digests: readonly FileDigest[]): CrossFinding[] {
  const reps = representatives(digests);
  const metrics = reps.map(compareMetrics);
  const out: CrossFinding[] = [];
  for (const year of [...new Set(reps.map((d) => d.summary.year!))]) {
    for (const metric of PEER_METRICS) {
      const members = reps.map((_, i) => i).filter((i) => reps[i]!.summary.year === year && metrics[i]![metric] !== null);
      const values = members.map((i) => metrics[i]![metric]!);
      const flags = outlierFlags(values);
      if (!flags.includes(true)) continue;
      const med = median(values);
      const spread = median(values.map((v) => Math.abs(v - med)));
      // The peer nearest the median, named as the usual case to hold it against.
      const usual = members.reduce((best, i) =>
        Math.abs(metrics[i]![metric]! - med) < Math.abs(metrics[best]![metric]! - med) ? i : best,
      );
      members.forEach((i, k) => {
        if (!flags[k]) return;
        const v = values[k]!;
        const header = metricHeader(metric);
        const unit = /\((.*)\)$/.exec(COMPARE_METRIC_HEADERS[metric])?.[1] ?? '';
        const distance = spread > 0 ? `，偏离${Math.round((Math.abs(v - med) / spread) * 10) / 10}个绝对中位差` : '';
        out.push(
          crossFinding(reps[i]!, {
            rule: 'peer-outlier',
            severity: 'info',
            message:
              `${header}为${v}${unit}，远离${year}年${values.length}个部门的中位数${exactMedian(values)}${unit}${distance}` +
              `（接近中位数的如${nameOf(reps[usual]!)}为${metrics[usual]![metric]}${unit}），可与同年其他部门对照核实`,
            expected: exactMedian(values),
            actual: String(v),
          }),
        );
      });
    }
  }
  return out;
}
