// prior-year-mismatch: this year's report states a figure of last year (上年决算数, 比上年…, an 上年
// column) that differs beyond rounding from what last year's report of the same department states
// for its own year. A 勾稽 across years: each value is the interval it rounds from (tolerance.ts).
import { METRIC_HEADERS } from '../outputs/datasets.ts';
import { decimalsOf, formatExact, formatInterval, iscale, mul, overlaps, parseDecimal, printed, ratAbs, ratio, sub, type Interval, type Rat } from '../tolerance.ts';
import { comparable } from './compare.ts';
import { quantityName, type FileDigest, type StatedFigure } from './digest.ts';
import { crossFinding, nameOf, type CrossFinding } from './finding.ts';

/** 万元 per unit. */
const TO_WAN: Record<string, Rat> = { 元: ratio(1n, 10000n), 千元: ratio(1n, 10n), 万元: ratio(1n), 亿元: ratio(10000n) };

/** The interval a printed amount stands for, in 万元. */
export function wanInterval(f: Pick<StatedFigure, 'value' | 'unit'>): Interval | null {
  const k = TO_WAN[f.unit];
  return k ? iscale(printed(f.value, decimalsOf(f.value)), k) : null;
}

/** The printed value in 万元, exactly. */
const valueWan = (f: StatedFigure): Rat => mul(parseDecimal(f.value), TO_WAN[f.unit]!);

const metricName = (metric: string, f: StatedFigure): string =>
  (METRIC_HEADERS as Record<string, string>)[metric]?.replace(/\(.*\)$/, '') ?? (quantityName(f.label) || metric);

/**
 * Both values read with certainty: the same object and measure, neither approximate. The 上年
 * figure's period was read (it is why it is here) and its metric is its own or the one of the
 * this-year figure it follows, of the same object and measure.
 */
const certain = (last: StatedFigure, before: StatedFigure): boolean =>
  !last.approx && !before.approx && last.object !== null && last.measure !== null &&
  last.object === before.object && last.measure === before.measure;

const asPrinted = (f: StatedFigure): string => `${f.raw}`;

export function priorYearMismatch(digests: readonly FileDigest[]): CrossFinding[] {
  const out: CrossFinding[] = [];
  const byKeyYear = new Map<string, FileDigest[]>();
  for (const d of digests) {
    if (!comparable(d)) continue;
    const key = `${d.summary.department_key}\u0000${d.summary.year}`;
    byKeyYear.set(key, [...(byKeyYear.get(key) ?? []), d]);
  }
  for (const d of digests) {
    if (!comparable(d) || !d.lastYear.length) continue;
    // Last year's reports of the department, those of the same kind first.
    const before = [...(byKeyYear.get(`${d.summary.department_key}\u0000${d.summary.year! - 1}`) ?? [])].sort(
      (a, b) => Number(a.kind !== d.kind) - Number(b.kind !== d.kind),
    );
    if (!before.length) continue;
    for (const last of d.lastYear) {
      const mine = wanInterval(last);
      if (!mine) continue;
      const stated = before
        .map((p) => ({ p, f: p.thisYear.find((t) => t.metric === last.metric) }))
        .filter((x): x is { p: FileDigest; f: StatedFigure } => x.f !== undefined && wanInterval(x.f) !== null);
      // Agreeing with any of last year's reports is enough: they may state it in other scopes.
      if (!stated.length || stated.some((x) => overlaps(mine, wanInterval(x.f)!))) continue;
      const { p, f } = stated[0]!;
      const theirs = wanInterval(f)!;
      const difference = formatExact(ratAbs(sub(valueWan(last), valueWan(f))), 6);
      const name = metricName(last.metric!, last);
      const sure = certain(last, f);
      const assumption = sure
        ? ''
        : `；按“${last.label ?? last.raw}”与同句或同表前一数字同指${name}推断，请人工核对`;
      out.push(
        crossFinding(d, {
          rule: 'prior-year-mismatch',
          severity: sure ? 'error' : 'warning',
          message:
            `本报告所列上年${name}${asPrinted(last)}，与${nameOf(p)}所列${p.summary.year}年${name}${asPrinted(f)}不符，` +
            `相差${difference}万元，区间${formatInterval(mine, 6)}与${formatInterval(theirs, 6)}（万元）不相交${assumption}`,
          expected: f.raw,
          actual: last.raw,
          difference,
          section: last.section,
          page: last.page,
          evidence: `上年${name}：本报告${last.raw}；${p.file}：${f.raw}`,
          figures: [last.id],
        }),
      );
    }
  }
  return out;
}

