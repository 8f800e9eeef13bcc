// Canonical metrics: the synonym table of patterns/metrics.json maps a figure's
// label to a metric id, and the summary's `metrics` object takes one figure per
// summary metric (see `computeMetrics` for which).
import type { Figure, FigureKind, Metrics, Section, TemplateId } from '../model.ts';
import { loadPattern } from '../patterns.ts';
import { escapeRegex, metricsSchema, type MetricsFile } from './config.ts';

export type MetricDefinition = MetricsFile['metrics'][number];

/** The keys of the summary's `metrics`, in CONTRACT.md order. */
export const SUMMARY_METRIC_IDS = [
  'income_total', 'expenditure_total', 'budget_initial', 'budget_adjustment', 'budget_final', 'execution',
  'execution_rate', 'balance', 'three_public', 'three_public_reception', 'public_funds_budget',
  'public_funds_actual', 'public_funds_control_rate', 'staff_authorized', 'staff_actual', 'self_score',
  'satisfaction',
] as const;
export type SummaryMetricId = (typeof SUMMARY_METRIC_IDS)[number];

interface Synonym {
  regex: RegExp;
  /** Characters matched literally: the longer, the more specific. */
  weight: number;
}
interface CompiledMetric {
  def: MetricDefinition;
  kinds: Set<FigureKind>;
  synonyms: Synonym[];
  unless: string[];
}
interface CompiledMetricTable {
  file: MetricsFile;
  metrics: CompiledMetric[];
  byId: Map<string, MetricDefinition>;
  changeMarkers: string[];
  subjects: string[];
}

/** Quotes, brackets and spaces say nothing about what a label measures. */
export function normalizeLabel(label: string): string {
  return label.replace(/[\s“”"‘’'「」《》()（）【】\[\]·]/g, '');
}

let table: CompiledMetricTable | undefined;

/** Loads (once) and compiles the metric synonym table. */
export function loadMetricTable(): CompiledMetricTable {
  if (table) return table;
  const file = loadPattern('metrics.json', metricsSchema);
  const metrics = file.metrics.map((def) => ({
    def,
    kinds: new Set(def.kinds),
    synonyms: def.synonyms.map((s) => {
      const exact = s.startsWith('=');
      const parts = normalizeLabel(exact ? s.slice(1) : s).split('*');
      const body = parts.map(escapeRegex).join('.{0,8}');
      return {
        regex: new RegExp(exact ? `^${body}$` : body),
        weight: parts.reduce((n, p) => n + p.length, 0),
      };
    }),
    unless: (def.unless ?? []).map(normalizeLabel),
  }));
  table = {
    file,
    metrics,
    byId: new Map(file.metrics.map((m) => [m.id, m])),
    changeMarkers: file.changeMarkers,
    subjects: file.subjects.map(normalizeLabel),
  };
  return table;
}

/** Every metric id known to the synonym table, in file order. */
export function metricIds(): string[] {
  return loadMetricTable().file.metrics.map((m) => m.id);
}

/** The definition of a metric id (description, kinds, synonyms), or undefined. */
export function metricDefinition(id: string): MetricDefinition | undefined {
  return loadMetricTable().byId.get(id);
}

const metricCache = new Map<string, string | null>();
const METRIC_CACHE_MAX = 50_000;

/** The metric a label names for a figure of `kind`, or null. */
export function metricForLabel(label: string | null, kind: FigureKind): string | null {
  if (!label) return null;
  const key = `${kind}\u0000${label}`;
  const cached = metricCache.get(key);
  if (cached !== undefined) return cached;
  const metric = matchMetric(label, kind);
  if (metricCache.size >= METRIC_CACHE_MAX) metricCache.clear();
  metricCache.set(key, metric);
  return metric;
}

function matchMetric(label: string, kind: FigureKind): string | null {
  const t = loadMetricTable();
  const text = normalizeLabel(label);
  let best: { id: string; weight: number; at: number; length: number } | null = null;
  for (const m of t.metrics) {
    if (!m.kinds.has(kind)) continue;
    if (m.unless.some((u) => text.includes(u))) continue;
    for (const s of m.synonyms) {
      if (best && s.weight <= best.weight) continue;
      const hit = s.regex.exec(text);
      if (hit) best = { id: m.def.id, weight: s.weight, at: hit.index, length: hit[0].length };
    }
  }
  if (!best) return null;
  // A change marker outside the synonym (收入较上年增加) names a change, not the metric;
  // inside it (年中减少预算 for budget_adjustment) it is part of the name.
  const rest = text.slice(0, best.at) + '\u0000' + text.slice(best.at + best.length);
  return t.changeMarkers.some((c) => rest.includes(c)) ? null : best.id;
}

/** The subject word (公用经费, 三公经费 …) a label starts from, if any. */
export function subjectOf(label: string | null): string | null {
  if (!label) return null;
  const text = normalizeLabel(label);
  let found: { s: string; at: number } | null = null;
  for (const s of loadMetricTable().subjects) {
    const at = text.lastIndexOf(s);
    if (at >= 0 && (!found || at > found.at)) found = { s, at };
  }
  return found?.s ?? null;
}

/**
 * The metric of a figure whose label may lean on an earlier one in its sentence:
 * `公用经费年初预算数为22.32万元，年末决算数为21.24万元` — the second label has no
 * subject, so the earlier label's subject is put before it.
 */
export function metricWithSubject(label: string | null, kind: FigureKind, subject: string | null): string | null {
  const own = metricForLabel(label, kind);
  if (own || !label || !subject || subjectOf(label)) return own;
  return metricForLabel(subject + label, kind);
}

const AMOUNT_UNITS_PERCENT = '%';

function metricValue(f: Figure & { trend?: string }, signFromTrend: boolean): number | null {
  let v: number;
  if (f.kind === 'amount') {
    if (f.amountWan === null) return null;
    v = Number(f.amountWan);
  } else {
    if (f.kind === 'percent' && f.unit !== AMOUNT_UNITS_PERCENT) return null;
    v = Number(f.value);
  }
  // 年中调减预算11.65万元: the verb carries the sign the metric needs.
  return signFromTrend && f.trend === 'decrease' && v > 0 ? -v : v;
}

/**
 * The summary's key figures, each a number (amounts in 万元) or null. For each
 * metric the figure is chosen in this order: a text statement (not a table cell)
 * in a section whose template the metric prefers (metrics.json `prefer`, e.g.
 * spending for 决算收入); then any text statement; then a table cell — each time
 * the first in document order, exact figures before approximate ones. A metric
 * marked signFromTrend takes its sign from the verb (调减11.65万元 → -11.65).
 */
export function computeMetrics(figures: readonly Figure[], sections: readonly Section[] = []): Metrics {
  const t = loadMetricTable();
  const templateOf = new Map<number, TemplateId | null>(sections.map((s) => [s.id, s.template]));
  const parentOf = new Map<number, number | null>(sections.map((s) => [s.id, s.parent]));
  const templatesOf = (section: number | null): Set<string> => {
    const out = new Set<string>();
    for (let s = section; s !== null && s !== undefined; s = parentOf.get(s) ?? null) {
      const tpl = templateOf.get(s);
      if (tpl) out.add(tpl);
    }
    return out;
  };
  const metrics: Metrics = {};
  for (const id of SUMMARY_METRIC_IDS) {
    const def = t.byId.get(id);
    const prefer = new Set(def?.prefer ?? []);
    const rank = (f: Figure): number => {
      const inText = f.cell === null;
      const preferred = inText && [...templatesOf(f.section)].some((x) => prefer.has(x));
      return (preferred ? 0 : inText ? 2 : 4) + (f.approx ? 1 : 0);
    };
    const signed = def?.signFromTrend === true;
    let best: { f: Figure; rank: number } | null = null;
    for (const f of figures) {
      if (f.metric !== id || metricValue(f, signed) === null) continue;
      const r = rank(f);
      if (!best || r < best.rank) best = { f, rank: r };
    }
    metrics[id] = best ? metricValue(best.f, signed) : null;
  }
  return metrics;
}

/** Empties the cache (benchmarks measure cold runs with it). */
export function clearMetricCache(): void {
  metricCache.clear();
}
