// The compare dataset: one row per department and year, the summary's metrics and the ratios
// auditors compare, each with its rank among the year's departments, its distance from their
// median in median absolute deviations (robust: one wild report cannot hide another), and the
// same department's previous year when that year is in the batch.
import { COMPARE_METRIC_KEYS, type CompareMetricKey, type CompareRow } from '../outputs/datasets.ts';
import { div, formatExact, HUNDRED, isZero, mul, parseDecimal, sub, type Rat } from '../tolerance.ts';
import type { FileDigest, ReportKind } from './digest.ts';

type CompareMetric = CompareMetricKey;
export type { CompareMetric };

/**
 * Metrics that say how a department works whatever its size: peers are compared on these (a
 * 教育局 spends a hundred times a 档案馆, and that is no finding).
 */
export const PEER_METRICS: readonly CompareMetric[] = [
  'execution_rate',
  'public_funds_control_rate',
  'three_public_per_staff',
  'public_funds_per_staff',
  'self_score',
  'satisfaction',
];

/** Decimals kept of a derived ratio. */
const RATIO_DECIMALS = 4;

const decimal = (v: number): Rat | null => {
  const text = String(v);
  return /e/i.test(text) ? null : parseDecimal(text);
};

/** a / b × scale, exactly, as a number with RATIO_DECIMALS places; null when b is 0 or missing. */
function ratioOf(a: number | null, b: number | null, scale: Rat | null = null): number | null {
  if (a === null || b === null) return null;
  const x = decimal(a);
  const y = decimal(b);
  if (!x || !y || isZero(y)) return null;
  const q = div(x, y);
  return Number(formatExact(scale ? mul(q, scale) : q, RATIO_DECIMALS));
}

/** The metrics of a report, with the ratios it does not state worked out from those it does. */
export function compareMetrics(d: FileDigest): Record<CompareMetric, number | null> {
  const m = d.summary.metrics;
  const staff = m.staff_actual ?? null;
  return {
    ...m,
    execution_rate: m.execution_rate ?? ratioOf(m.execution, m.budget_final, HUNDRED),
    public_funds_control_rate: m.public_funds_control_rate ?? ratioOf(m.public_funds_actual, m.public_funds_budget, HUNDRED),
    three_public_per_staff: ratioOf(m.three_public, staff),
    public_funds_per_staff: ratioOf(m.public_funds_actual, staff),
  };
}

/** Reports that speak for the whole department, best first: the self-evaluation, then the accounts. */
const KIND_ORDER: Record<ReportKind, number> = { whole: 0, accounts: 1, other: 2, project: 3 };

/** Can this report stand for its department and year? */
export const comparable = (d: FileDigest): boolean =>
  d.kind !== 'project' &&
  (d.summary.status === 'ok' || d.summary.status === 'partial') &&
  d.summary.department_key !== null &&
  d.summary.year !== null;

/** The report standing for each department and year: the first of the best kind, in input order. */
export function representatives(digests: readonly FileDigest[]): FileDigest[] {
  const best = new Map<string, FileDigest>();
  for (const d of digests) {
    if (!comparable(d)) continue;
    const key = `${d.summary.department_key}\u0000${d.summary.year}`;
    const held = best.get(key);
    if (!held || KIND_ORDER[d.kind] < KIND_ORDER[held.kind]) best.set(key, d);
  }
  return digests.filter((d) => {
    const key = `${d.summary.department_key}\u0000${d.summary.year}`;
    return best.get(key) === d;
  });
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Fewer peers than this say nothing about what is usual. */
const MIN_PEERS = 3;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Rank (1 = highest; equal values share a rank) and signed distance from the median in units of
 * the median absolute deviation, for each value; the distance is null when the MAD is 0 or there
 * are too few peers.
 */
export function robustPlaces(values: readonly number[]): { rank: number; mad: number | null }[] {
  const med = median(values);
  const spread = median(values.map((v) => Math.abs(v - med)));
  return values.map((v) => ({
    rank: 1 + values.filter((w) => w > v).length,
    mad: values.length >= MIN_PEERS && spread > 0 ? round2((v - med) / spread) : null,
  }));
}

/** this − last, exactly (a rate's change is in percentage points). */
function change(now: number | null, before: number | null): number | null {
  if (now === null || before === null) return null;
  const a = decimal(now);
  const b = decimal(before);
  return a && b ? Number(formatExact(sub(a, b), 6)) : null;
}

/** The compare rows, in input order of the reports they stand for. */
export function compareRows(digests: readonly FileDigest[]): CompareRow[] {
  const reps = representatives(digests);
  const metrics = reps.map(compareMetrics);
  const byKeyYear = new Map(reps.map((d, i) => [`${d.summary.department_key}\u0000${d.summary.year}`, i]));
  const rows: CompareRow[] = reps.map((d) => ({
    department_key: d.summary.department_key!,
    year: d.summary.year!,
    file: d.file,
    department: d.summary.department,
  }));
  const years = [...new Set(reps.map((d) => d.summary.year!))];
  for (const metric of COMPARE_METRIC_KEYS) {
    for (const year of years) {
      const members = reps.map((d, i) => i).filter((i) => reps[i]!.summary.year === year && metrics[i]![metric] !== null);
      const places = robustPlaces(members.map((i) => metrics[i]![metric]!));
      members.forEach((i, k) => {
        rows[i]![`${metric}_rank`] = places[k]!.rank;
        rows[i]![`${metric}_mad`] = places[k]!.mad;
      });
    }
    reps.forEach((d, i) => {
      const prev = byKeyYear.get(`${d.summary.department_key}\u0000${d.summary.year! - 1}`);
      const before = prev === undefined ? null : metrics[prev]![metric];
      const row = rows[i]!;
      row[metric] = metrics[i]![metric];
      row[`${metric}_rank`] ??= null;
      row[`${metric}_mad`] ??= null;
      row[`${metric}_prev`] = before;
      row[`${metric}_change`] = change(metrics[i]![metric], before);
    });
  }
  return rows;
}
