// What the batch stage keeps of one analysed file: small and JSON-serialisable, so a streaming run
// holds one per file (not the file's figures) and the cache can store it beside the file's rows.
import { createHash } from 'node:crypto';
import type { FileRows } from '../rows.ts';
import type { FigureRow, SummaryRow } from '../outputs/datasets.ts';
import { batchSettings } from './settings.ts';
import { paragraphSignature } from './minhash.ts';

/** Which of the three report kinds a file is: only reports about the whole department compare. */
export type ReportKind = 'whole' | 'accounts' | 'project' | 'other';

/** A figure as the batch stage needs it: its value as printed, with its unit and meaning. */
export interface StatedFigure {
  id: string;
  /** The value as printed (decimal string, sign applied, thousands separators removed), in `unit`. */
  value: string;
  unit: string;
  approx: boolean;
  raw: string;
  label: string | null;
  object: string | null;
  measure: string | null;
  /** The canonical metric: the figure's own, or for a 上年 figure the one of the figure it restates. */
  metric: string | null;
  section: string;
  page: number | null;
}

/** A paragraph of the report's own wording, as a MinHash signature. */
export interface ParagraphPrint {
  /** The paragraph's opening, to name it in a message. */
  opening: string;
  /** MinHash values, eight hex digits each (minhash.ts). */
  signature: string;
}

export interface FileDigest {
  file: string;
  summary: SummaryRow;
  kind: ReportKind;
  /** SHA-1 of the document's text with white space taken out: one content under two names. */
  textHash: string | null;
  /** Figures the report states of the previous year (上年决算数, 比上年 …), of a known metric. */
  lastYear: StatedFigure[];
  /** The first figure of this year stated for each metric: what next year's report restates. */
  thisYear: StatedFigure[];
  /** This year's amounts in document order (id and value in 万元), for blocks of copied figures. */
  amounts: [id: string, wan: string][];
  paragraphs: ParagraphPrint[];
}

const KIND_WORDS: [ReportKind, RegExp][] = [
  ['project', /项目支出/],
  ['accounts', /部门决算|单位决算|决算公开/],
  ['whole', /整体支出|部门整体/],
];

/** The report kind, named by the title (the opening lines) or else the file name. */
export function reportKind(opening: readonly string[], file: string): ReportKind {
  for (const text of [...opening, file]) for (const [kind, words] of KIND_WORDS) if (words.test(text)) return kind;
  return 'other';
}

/** The printed digits of a figure's value, trailing zeros kept (`5.20万元` → 5.20, not 5.2). */
export function printedValue(f: Pick<FigureRow, 'value' | 'raw'>): string {
  const target = Math.abs(f.value);
  for (const m of f.raw.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const digits = m[0].replace(/,/g, '');
    if (Number(digits) === target) return f.value < 0 ? `-${digits}` : digits;
  }
  return String(f.value);
}

function stated(f: FigureRow, metric: string | null): StatedFigure {
  return {
    id: f.id,
    value: printedValue(f),
    unit: f.unit,
    approx: f.approx,
    raw: f.raw,
    label: f.label,
    object: f.object,
    measure: f.measure,
    metric,
    section: f.section,
    page: f.page,
  };
}

const MONEY = new Set(['元', '万元', '亿元', '千元']);
/** A change (较上年增加X) or a rate is no restated figure. */
const NOT_RESTATED = new Set(['变动', '率', '占比']);

/** Words that say a figure is last year's: what is left of its label without them names the quantity. */
const LAST_YEAR_WORDS = /(?:比|较|同比)?(?:上年度?|上一年度?|20\d{2}年度?)(?:决算数?|同期|数)?/g;

/** What a 上年 figure's label names, without the words that say it is last year's. */
export const quantityName = (label: string | null): string =>
  (label ?? '').replace(LAST_YEAR_WORDS, '').replace(/\s+/g, ' ').trim();

export const mentionsLastYear = (label: string | null): boolean => /上年|上一年/.test(label ?? '');

/**
 * The metric a 上年 figure restates: its own, or that of the this-year figure it follows in its
 * section with the same object and measure — in a sentence the figure just before it
 * (`收入决算合计7,051.51万元（上年8,054.16万元…）`), in a table the cell whose label is its own
 * without the 上年 words (`上年决算数 公务接待费` after `决算数 公务接待费`).
 */
function restatedMetric(figures: readonly FigureRow[], i: number, reach: number): string | null {
  const f = figures[i]!;
  if (f.metric) return f.metric;
  const named = quantityName(f.label);
  for (let j = i - 1; j >= 0 && j >= i - reach * (named ? 3 : 1); j--) {
    const g = figures[j]!;
    if (g.section !== f.section) break;
    if (g.period === '上年' || g.kind !== 'amount' || mentionsLastYear(g.label)) continue;
    if (g.object !== f.object || g.measure !== f.measure) continue;
    if (!named) return g.metric;
    if ((g.label ?? '').replace(/\s+/g, ' ').trim() === named) return g.metric;
  }
  return null;
}

/** The paragraphs' and table cells' text of the document, as the report shows it. */
function documentText(rows: FileRows): { paragraphs: string[]; all: string } {
  const paragraphs: string[] = [];
  const parts: string[] = [];
  for (const b of rows.view?.blocks ?? []) {
    if (b.kind === 'paragraph') {
      paragraphs.push(b.text.text);
      parts.push(b.text.text);
    } else for (const row of b.rows) for (const cell of row) parts.push(cell.text);
  }
  return { paragraphs, all: parts.join('\n') };
}

export function digestOf(rows: FileRows): FileDigest {
  const settings = batchSettings();
  const { paragraphs, all } = documentText(rows);
  const compact = all.replace(/\s+/g, '');
  const figures = rows.figures;
  const lastYear: StatedFigure[] = [];
  const thisYear: StatedFigure[] = [];
  const seen = new Set<string>();
  const amounts: [string, string][] = [];
  figures.forEach((f, i) => {
    if (f.kind !== 'amount' || !MONEY.has(f.unit)) return;
    if (f.period === '上年') {
      if (NOT_RESTATED.has(f.measure ?? '')) return;
      const metric = restatedMetric(figures, i, settings.priorYear.reach);
      if (metric) lastYear.push(stated(f, metric));
      return;
    }
    if (f.amount_wan !== null) amounts.push([f.id, printedWan(f)]);
    if (f.metric && f.period !== '年初' && !mentionsLastYear(f.label) && !seen.has(f.metric)) {
      seen.add(f.metric);
      thisYear.push(stated(f, f.metric));
    }
  });
  const prints: ParagraphPrint[] = [];
  for (const text of paragraphs) {
    const signature = paragraphSignature(text);
    if (signature) prints.push({ opening: text.trim().slice(0, 24), signature });
  }
  return {
    file: rows.summary.file,
    summary: rows.summary,
    kind: reportKind(paragraphs.slice(0, 6).filter((p) => p.length <= 60), rows.summary.file),
    textHash: compact.length ? createHash('sha1').update(compact).digest('hex') : null,
    lastYear,
    thisYear,
    amounts,
    paragraphs: prints,
  };
}

/** An amount in 万元 as a decimal string (from the printed value, not a float product). */
function printedWan(f: FigureRow): string {
  return String(f.amount_wan);
}
