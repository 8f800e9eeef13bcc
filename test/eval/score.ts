// The evaluation scorer of CONTRACT.md "How quality is scored": compares the
// pipeline's outputs with the ground truth of each corpus document. A pure
// function of its inputs; run-eval.ts does the reading, printing and writing.
//
// - Figures, per file: a truth figure matches an unused extracted figure with the
//   same kind, canonical unit and value (values compared as exact decimals).
// - Headings: the same, on heading text with white space removed.
// - Error recall: a truth error is caught when an error or warning finding of the
//   file shows its `stated` number in `actual`, `expected` or `evidence`.
// - False alarms: error findings that catch no truth error.
// Scans (`needs_ocr` truths) are scored only on the summary status, apart.
import path from 'node:path';
import { CROSS_RULES } from '../../src/batch/index.ts';
import type { Truth as SchemaTruth } from '../corpus/truth-schema.ts';

// ------------------------------------------------------------ inputs

// The part of the truth (test/corpus/truth-schema.ts) the scorer reads; kept structural
// so that unit tests build small truths. A schema Truth is one (checked below).
export interface TruthFigure {
  raw?: string;
  value: number | string;
  unit: string;
  kind: string;
}

export interface TruthError {
  kind: string;
  description?: string;
  stated: string;
  correct?: string;
  numbers?: string[];
}

export interface Truth {
  file: string;
  department?: string | null;
  year?: number | null;
  clean?: boolean;
  needs_ocr?: boolean;
  headings: string[];
  figures: TruthFigure[];
  errors: TruthError[];
}

type Assignable<T extends U, U> = T;
// Fails to compile when the schema drifts from what the scorer reads.
export type SchemaTruthIsScorable = Assignable<SchemaTruth, Truth>;

// The fields of the output rows (NAME.jsonl) the scorer reads; values come from JSON.
export interface OutSummary {
  file: string;
  status: string;
  department?: string | null;
  /** The department without its places (CONTRACT.md); older truth files name the department so. */
  department_key?: string | null;
  year?: number | null;
}

export interface OutFigure {
  file: string;
  id: string;
  kind: string;
  value: number | string;
  unit: string;
  raw?: string;
  label?: string | null;
}

export interface OutSection {
  file: string;
  heading: string;
}

export interface OutFinding {
  file: string;
  id: string;
  rule: string;
  severity: string;
  message?: string;
  expected?: string | null;
  actual?: string | null;
  evidence?: string | null;
}

export interface Outputs {
  summary: readonly OutSummary[];
  figures: readonly OutFigure[];
  sections: readonly OutSection[];
  findings: readonly OutFinding[];
}

// ------------------------------------------------------------ report

export interface Counts {
  truth: number;
  extracted: number;
  matched: number;
  /** matched / extracted, or null when nothing was extracted. */
  precision: number | null;
  /** matched / truth, or null when the truth has none. */
  recall: number | null;
}

export interface ErrorCounts {
  truth: number;
  caught: number;
  recall: number | null;
}

export interface Group {
  /** Truth files with a text layer, scored on figures, headings and errors. */
  files: number;
  /** Truth files without a summary row. */
  missedFiles: number;
  figures: Counts;
  headings: Counts;
  errors: ErrorCounts;
  /** Error findings that catch no truth error. */
  falseAlarms: number;
  cleanFiles: number;
  /** Clean truth files with at least one error finding. */
  cleanFilesWithErrorFindings: number;
  department: { truth: number; correct: number };
  year: { truth: number; correct: number };
}

export interface OcrScore {
  /** Truth files marked needs_ocr (scans). */
  files: number;
  /** Of those, how many have summary status needs_ocr. */
  detected: number;
  /** Scans whose summary status is not needs_ocr (null: no summary row). */
  undetected: { file: string; status: string | null }[];
  /** Text files reported as needs_ocr although the truth has a text layer. */
  falselyFlagged: string[];
}

export interface UnmatchedTruthFigure extends TruthFigure {
  /** Extracted figures left unmatched with the same value but another kind or unit: near misses. */
  near: { id: string; kind: string; unit: string; raw?: string }[];
}

export interface FigureBrief {
  id: string;
  kind: string;
  value: number | string;
  unit: string;
  raw?: string;
  label?: string | null;
}

export interface FindingBrief {
  id: string;
  rule: string;
  message?: string;
  expected?: string | null;
  actual?: string | null;
}

export interface FileScore {
  file: string;
  /** The `file` of the output rows, when it differs from the truth's (e.g. a subfolder). */
  outputFile?: string;
  format: string;
  needsOcr: boolean;
  clean: boolean;
  /** Summary status, or null for a missed file. */
  status: string | null;
  missed: boolean;
  figures: Counts;
  headings: Counts;
  errors: ErrorCounts;
  errorFindings: number;
  falseAlarms: number;
  department: { truth: string | null; output: string | null };
  year: { truth: number | null; output: number | null };
  misses: {
    truthFigures: UnmatchedTruthFigure[];
    extractedFigures: FigureBrief[];
    truthHeadings: string[];
    extractedHeadings: string[];
    errors: TruthError[];
    falseAlarms: FindingBrief[];
  };
}

export interface Report {
  overall: Group;
  byFormat: Record<string, Group>;
  byErrorKind: Record<string, ErrorCounts>;
  ocr: OcrScore;
  /** Truth files with no summary row. */
  missedFiles: string[];
  /** Output files with no truth: not scored. */
  unscoredFiles: string[];
  files: FileScore[];
}

// ------------------------------------------------------------ normalising

/**
 * A number as an exact canonical decimal string (346.380 → "346.38", "1,234" → "1234",
 * 1e-7 → "0.0000001"), or null when it is not a number. Works on the digits, never on floats.
 */
export function canonicalDecimal(value: number | string): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
  } else {
    text = value.normalize('NFKC').replace(/\s+/gu, '').replace(/,/g, '').replace(/\u2212/g, '-');
  }
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  let digits = m[2]! + (m[3] ?? '');
  let point = m[2]!.length + (m[4] ? Number(m[4]) : 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+/, '') || '0';
  const frac = digits.slice(point).replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

/** Canonical unit: width folded (％ → %), traditional 萬 → 万, the ㎡ sign as 平方米. */
export function canonicalUnit(unit: string): string {
  return unit
    .replace(/㎡|m²/g, '平方米')
    .normalize('NFKC')
    .replace(/萬/g, '万')
    .replace(/\s+/gu, '');
}

/** Heading text with all white space removed (zero-width characters included). */
export function headingKey(heading: string): string {
  return heading.replace(/[\s\u200b-\u200d\ufeff]+/gu, '');
}

/**
 * Text with full-width digits, point, minus and percent folded, and thousands separators
 * (a half-width comma before three digits) removed. The full-width comma stays: between
 * numbers in Chinese text it separates list items (`分别为12，345人`).
 */
function withoutThousands(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/[－\u2212]/g, '-')
    .replace(/％/g, '%')
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
}

/**
 * Whether `text` shows the number `stated` (thousands separators ignored on both sides).
 * The number must stand whole: `95.16` is not in `195.16` nor in `95.161`.
 */
export function containsNumber(text: string | null | undefined, stated: string): boolean {
  if (!text) return false;
  const needle = withoutThousands(stated).trim();
  if (!needle) return false;
  const hay = withoutThousands(text);
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const before = hay[at - 1];
    const after = hay[end];
    if (isDigit(needle[0]) && (isDigit(before) || (before === '.' && isDigit(hay[at - 2])))) continue;
    if (isDigit(needle[needle.length - 1]) && (isDigit(after) || (after === '.' && isDigit(hay[end + 1])))) continue;
    return true;
  }
  return false;
}

/** The format of a file, by its extension (docx, doc, pdf, txt, or the extension as is). */
export function formatOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase() || '(none)';
}

// ------------------------------------------------------------ matching

function figureKey(kind: string, unit: string, value: number | string): string {
  const decimal = canonicalDecimal(value);
  return `${kind}\u0000${canonicalUnit(unit)}\u0000${decimal ?? `?${String(value)}`}`;
}

/** How the items of a truth list matched the extracted ones. */
export interface Match {
  /** For each truth item, the index of the extracted item it matched, or -1. */
  truthToExtracted: number[];
  /** For each extracted item, whether a truth item used it. */
  used: boolean[];
  matched: number;
}
export type FigureMatch = Match;
export type HeadingMatch = Match;

/** Matches truth keys in order, each to the first unused extracted item with the same key. */
function matchByKey(truthKeys: readonly string[], extractedKeys: readonly string[]): Match {
  const pool = new Map<string, number[]>();
  extractedKeys.forEach((key, i) => {
    const list = pool.get(key);
    if (list) list.push(i);
    else pool.set(key, [i]);
  });
  const used = extractedKeys.map(() => false);
  let matched = 0;
  const truthToExtracted = truthKeys.map((key) => {
    const i = pool.get(key)?.shift();
    if (i === undefined) return -1;
    used[i] = true;
    matched++;
    return i;
  });
  return { truthToExtracted, used, matched };
}

/** Matches truth figures in order, each to the first unused extracted figure of the same kind, unit and value. */
export function matchFigures(truth: readonly TruthFigure[], extracted: readonly OutFigure[]): FigureMatch {
  return matchByKey(
    truth.map((t) => figureKey(t.kind, t.unit, t.value)),
    extracted.map((f) => figureKey(f.kind, f.unit, f.value)),
  );
}

/** Matches truth headings to extracted headings on their text without white space. */
export function matchHeadings(truth: readonly string[], extracted: readonly string[]): HeadingMatch {
  return matchByKey(truth.map(headingKey), extracted.map(headingKey));
}

/** Whether a finding shows the stated number of a truth error. */
export function catches(finding: OutFinding, error: TruthError): boolean {
  return (
    containsNumber(finding.actual, error.stated) ||
    containsNumber(finding.expected, error.stated) ||
    containsNumber(finding.evidence, error.stated)
  );
}

// ------------------------------------------------------------ scoring

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function counts(truth: number, extracted: number, matched: number): Counts {
  return { truth, extracted, matched, precision: ratio(matched, extracted), recall: ratio(matched, truth) };
}

function errorCounts(truth: number, caught: number): ErrorCounts {
  return { truth, caught, recall: ratio(caught, truth) };
}

function emptyGroup(): Group {
  return {
    files: 0,
    missedFiles: 0,
    figures: counts(0, 0, 0),
    headings: counts(0, 0, 0),
    errors: errorCounts(0, 0),
    falseAlarms: 0,
    cleanFiles: 0,
    cleanFilesWithErrorFindings: 0,
    department: { truth: 0, correct: 0 },
    year: { truth: 0, correct: 0 },
  };
}

function addCounts(a: Counts, b: Counts): Counts {
  return counts(a.truth + b.truth, a.extracted + b.extracted, a.matched + b.matched);
}

function addToGroup(g: Group, f: FileScore): void {
  if (f.missed) g.missedFiles++;
  if (!f.needsOcr) {
    g.files++;
    g.figures = addCounts(g.figures, f.figures);
    g.headings = addCounts(g.headings, f.headings);
    g.errors = errorCounts(g.errors.truth + f.errors.truth, g.errors.caught + f.errors.caught);
  }
  g.falseAlarms += f.falseAlarms;
  if (f.clean) {
    g.cleanFiles++;
    if (f.errorFindings > 0) g.cleanFilesWithErrorFindings++;
  }
  if (f.department.truth !== null) {
    g.department.truth++;
    if (f.department.output !== null && headingKey(f.department.output) === headingKey(f.department.truth)) {
      g.department.correct++;
    }
  }
  if (f.year.truth !== null) {
    g.year.truth++;
    if (f.year.output === f.year.truth) g.year.correct++;
  }
}

function groupBy<T extends { file: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.file);
    if (list) list.push(row);
    else map.set(row.file, [row]);
  }
  return map;
}

/** The output `file` naming a truth file: the same path, else the only output file of the same base name. */
function resolveOutputFile(truthFile: string, outputFiles: ReadonlySet<string>): string | null {
  if (outputFiles.has(truthFile)) return truthFile;
  const base = path.basename(truthFile);
  const same = [...outputFiles].filter((f) => path.basename(f) === base);
  return same.length === 1 ? same[0]! : null;
}

function brief(f: OutFigure): FigureBrief {
  return { id: f.id, kind: f.kind, value: f.value, unit: f.unit, raw: f.raw, label: f.label };
}

/** Scores one truth file against the output rows of its file. */
function scoreFile(
  truth: Truth,
  outputFile: string | null,
  summary: OutSummary | undefined,
  figures: readonly OutFigure[],
  sections: readonly OutSection[],
  findings: readonly OutFinding[],
): FileScore {
  const needsOcr = truth.needs_ocr === true;

  const fm = matchFigures(truth.figures, figures);
  const leftover = figures.filter((_, i) => !fm.used[i]);
  const truthFigures: UnmatchedTruthFigure[] = truth.figures
    .filter((_, i) => fm.truthToExtracted[i] === -1)
    .map((t) => {
      const value = canonicalDecimal(t.value);
      const near = leftover
        .filter((f) => value !== null && canonicalDecimal(f.value) === value)
        .map((f) => ({ id: f.id, kind: f.kind, unit: f.unit, raw: f.raw }));
      return { ...t, near };
    });

  const headings = sections.map((s) => s.heading);
  const hm = matchHeadings(truth.headings, headings);

  // A truth file describes its document alone (CONTRACT.md): findings across documents (a 上年
  // figure against last year's report) are outside it, so they count as neither catch nor false alarm.
  const own = findings.filter((f) => !(f.rule in CROSS_RULES));
  const alarming = own.filter((f) => f.severity === 'error' || f.severity === 'warning');
  const missedErrors = truth.errors.filter((e) => !alarming.some((f) => catches(f, e)));
  const errorFindings = own.filter((f) => f.severity === 'error');
  const falseAlarms = errorFindings.filter((f) => !truth.errors.some((e) => catches(f, e)));

  const score: FileScore = {
    file: truth.file,
    format: formatOf(truth.file),
    needsOcr,
    clean: truth.clean === true,
    status: summary?.status ?? null,
    missed: summary === undefined,
    figures: counts(truth.figures.length, figures.length, fm.matched),
    headings: counts(truth.headings.length, headings.length, hm.matched),
    errors: errorCounts(truth.errors.length, truth.errors.length - missedErrors.length),
    errorFindings: errorFindings.length,
    falseAlarms: falseAlarms.length,
    // A truth naming the department without its places (the older sets' convention) is met by the key.
    department: {
      truth: truth.department ?? null,
      output: summary?.department_key && truth.department && headingKey(truth.department) === headingKey(summary.department_key) ? summary.department_key : summary?.department ?? null,
    },
    year: { truth: truth.year ?? null, output: summary?.year ?? null },
    misses: {
      truthFigures,
      extractedFigures: leftover.map(brief),
      truthHeadings: truth.headings.filter((_, i) => hm.truthToExtracted[i] === -1),
      extractedHeadings: headings.filter((_, i) => !hm.used[i]),
      errors: missedErrors,
      falseAlarms: falseAlarms.map((f) => ({
        id: f.id, rule: f.rule, message: f.message, expected: f.expected, actual: f.actual,
      })),
    },
  };
  if (outputFile !== null && outputFile !== truth.file) score.outputFile = outputFile;
  return score;
}

/** Scores the pipeline's outputs against the truths. Pure: same inputs, same report. */
export function score(truths: readonly Truth[], outputs: Outputs): Report {
  const summaries = new Map(outputs.summary.map((s) => [s.file, s]));
  const figures = groupBy(outputs.figures);
  const sections = groupBy(outputs.sections);
  const findings = groupBy(outputs.findings);
  const outputFiles = new Set<string>([
    ...summaries.keys(), ...figures.keys(), ...sections.keys(), ...findings.keys(),
  ]);

  const sorted = [...truths].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const scored = new Set<string>();
  const fileScores = sorted.map((truth) => {
    const out = resolveOutputFile(truth.file, outputFiles);
    if (out !== null) scored.add(out);
    const rows = <T>(m: Map<string, T[]>) => (out === null ? [] : m.get(out) ?? []);
    return scoreFile(
      truth, out, out === null ? undefined : summaries.get(out),
      rows(figures), rows(sections), rows(findings),
    );
  });

  const overall = emptyGroup();
  const byFormat: Record<string, Group> = {};
  const byErrorKind: Record<string, ErrorCounts> = {};
  const ocr: OcrScore = { files: 0, detected: 0, undetected: [], falselyFlagged: [] };

  fileScores.forEach((f, i) => {
    addToGroup(overall, f);
    addToGroup((byFormat[f.format] ??= emptyGroup()), f);
    if (f.needsOcr) {
      ocr.files++;
      if (f.status === 'needs_ocr') ocr.detected++;
      else ocr.undetected.push({ file: f.file, status: f.status });
      return;
    }
    if (f.status === 'needs_ocr') ocr.falselyFlagged.push(f.file);
    const missed = new Set(f.misses.errors);
    for (const e of sorted[i]!.errors) {
      const k = (byErrorKind[e.kind] ??= errorCounts(0, 0));
      byErrorKind[e.kind] = errorCounts(k.truth + 1, k.caught + (missed.has(e) ? 0 : 1));
    }
  });

  const files = fileScores;
  return {
    overall,
    byFormat: sortKeys(byFormat),
    byErrorKind: sortKeys(byErrorKind),
    ocr,
    missedFiles: files.filter((f) => f.missed).map((f) => f.file),
    unscoredFiles: [...summaries.keys()].filter((f) => !scored.has(f)).sort(),
    files,
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
