// The key metrics across departments, as data for the overview's charts, with
// outliers marked. Only these few numbers per document reach the overview; the
// figures stay on the document pages.
import { METRIC_HEADERS } from "../outputs/datasets.js";
import { documentTitle } from "./document-page.js";
import { add, div, formatExact, parseDecimal, ratio } from "../tolerance.js";
/** The metrics auditors compare across departments, in the order the overview shows them. */
export const CHART_METRICS = [
    'execution_rate',
    'public_funds_control_rate',
    'three_public',
    'self_score',
    'satisfaction',
];
/** Fewer values than this say nothing about what is usual. */
const MIN_POINTS = 5;
/** Iglewicz and Hoaglin's cut-off for the modified z-score. */
const CUTOFF = 3.5;
/**
 * Rates cluster tightly (most 执行率 lie within a point of 100%), so a robust spread can be tiny
 * and 96% would stand out; an outlier must also lie this share of the median away from it.
 */
const MIN_RELATIVE_GAP = 0.1;
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/**
 * Which values are outliers: modified z-score 0.6745·|x − median| / MAD above 3.5, and at least
 * a tenth of the median away. When more than half the values are equal the MAD is 0, and the
 * mean absolute deviation (scaled by 1.2533) stands in for it. A robust measure, so one wild
 * value cannot hide another.
 */
export function outlierFlags(values) {
    if (values.length < MIN_POINTS)
        return values.map(() => false);
    const med = median(values);
    const deviations = values.map((v) => Math.abs(v - med));
    const mad = median(deviations);
    const spread = mad > 0 ? mad / 0.6745 : (1.253314 * deviations.reduce((a, b) => a + b, 0)) / values.length;
    if (spread === 0)
        return values.map(() => false);
    return deviations.map((d) => d / spread > CUTOFF && d > MIN_RELATIVE_GAP * Math.abs(med));
}
/** The median written exactly, from the values' decimal forms. */
export function exactMedian(values) {
    const s = [...values].sort((a, b) => a - b);
    const m = s.length >> 1;
    if (s.length % 2)
        return String(s[m]);
    try {
        return formatExact(div(add(parseDecimal(String(s[m - 1])), parseDecimal(String(s[m]))), ratio(2n)), 12);
    }
    catch {
        // A value JSON writes with an exponent (1e-7): no decimal form to keep.
        return String((s[m - 1] + s[m]) / 2);
    }
}
/** One chart per key metric that at least one document states. */
export function metricCharts(summary, pages) {
    const charts = [];
    for (const metric of CHART_METRICS) {
        const rows = summary.filter((s) => s.metrics[metric] !== null);
        if (!rows.length)
            continue;
        const values = rows.map((s) => s.metrics[metric]);
        const flags = outlierFlags(values);
        const points = rows.map((s, i) => ({ file: s.file, name: documentTitle(s), value: values[i], page: pages.get(s.file), outlier: flags[i] }));
        points.sort((a, b) => b.value - a.value || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
        charts.push({ metric, title: METRIC_HEADERS[metric], median: exactMedian(values), points });
    }
    return charts;
}
