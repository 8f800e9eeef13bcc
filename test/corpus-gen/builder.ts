// The document under construction: blocks of text whose figures are markers ⟦n⟧ pointing at
// figure specs. Figures keep their value apart from their printed form, so an injected error
// changes the value and the printed text follows. Resolving the markers gives the final text
// and, from the same specs, the truth figures in document order.

import { CIRCLED, chinese } from './numfmt.ts';
import type { Rng } from './prng.ts';

export type FigKind = 'amount' | 'percent' | 'count' | 'score' | 'measure';

export interface FigSpec {
  kind: FigKind | 'year';
  /** Decimal string in `unit`, sign applied ("-11.65"). */
  value: string;
  unit: string;
  approx: boolean;
  /** Counts and scores are exact; amounts, rates and measures are rounded to their decimals. */
  exact: boolean;
  /** Printed in Arabic digits (injection only touches those, so `stated` stays a number). */
  arabic: boolean;
  /** The number as printed: "4,125.49", "-11.65", "十四". */
  fmt: (value: string) => string;
  /** The whole figure span from the printed number: "(11.65)", "400余条", "346.38万元". */
  wrap: (num: string) => string;
  /** Canonical metric id: a second figure with the same metric is a repeat of the first. */
  metric?: string;
  /** What it measures, in words, for error descriptions. */
  label: string;
  /** Never altered by injection (e.g. the seed-like boilerplate 100%). */
  frozen?: boolean;
  /** The value before any injected error. */
  original: string;
}

export class Fig {
  constructor(readonly id: number, readonly spec: FigSpec) {}
  toString(): string {
    return `⟦${this.id}⟧`;
  }
  raw(): string {
    return this.spec.wrap(this.spec.fmt(this.spec.value));
  }
  printed(): string {
    return this.spec.fmt(this.spec.value);
  }
}

export type RelKind =
  | 'sum' | 'income_expenditure' | 'budget_roll' | 'rate' | 'change' | 'share'
  | 'three_public' | 'repeat' | 'enumeration' | 'score' | 'staff';

/**
 * sum: result = Σ operands − Σ minus · ratio: result = operands[0] / operands[1] × 100 ·
 * growth: result = (operands[0] − operands[1]) / operands[1] × 100 · equal: result = operands[0] ·
 * le: result ≤ operands[0] · count: result = items.length.
 * negateResult: the printed result is the size of a decrease (the sign lives in a verb).
 */
export type RelOp = 'sum' | 'ratio' | 'growth' | 'equal' | 'le' | 'count';

export interface Rel {
  kind: RelKind;
  op: RelOp;
  result: Fig;
  operands: Fig[];
  minus?: Fig[];
  negateResult?: boolean;
  items?: string[];
}

export type TableKind = 'income_expenditure' | 'three_public' | 'indicators';

export type Align = 'left' | 'center' | 'right';

export type Block =
  | { t: 'title'; text: string }
  | { t: 'line'; text: string; align?: Align; bold?: boolean; cover?: boolean }
  | { t: 'heading'; level: number; num: string; sep: string; text: string; auto: boolean }
  | { t: 'para'; text: string; indent?: boolean }
  | { t: 'table'; kind: TableKind; caption?: string; unitNote?: string; header: string[][]; rows: string[][]; widths?: number[]; mergeFirstColumn?: boolean }
  | { t: 'pagebreak' };

/** Heading numbering styles, outermost first. */
export type NumStyle = 'part' | 'cn' | 'pcn' | 'pcnHalf' | 'dot' | 'dun' | 'fdot' | 'pn' | 'pnHalf' | 'circled';

export function formatNumber(style: NumStyle, n: number): string {
  switch (style) {
    case 'part': return `第${chinese(n)}部分`;
    case 'cn': return `${chinese(n)}、`;
    case 'pcn': return `（${chinese(n)}）`;
    case 'pcnHalf': return `(${chinese(n)})`;
    case 'dot': return `${n}.`;
    case 'dun': return `${n}、`;
    case 'fdot': return `${n}．`;
    case 'pn': return `（${n}）`;
    case 'pnHalf': return `(${n})`;
    case 'circled': return CIRCLED[n - 1]!;
  }
}

/** Styles Word auto-numbering renders in this corpus (chineseCounting or decimal). */
export const AUTO_STYLES: ReadonlySet<NumStyle> = new Set(['cn', 'pcn', 'dot']);

export interface HeadingOptions {
  /** Write no number (the counter still advances, as when a number was deleted by hand). */
  unnumbered?: boolean;
}

export interface Numbering {
  /** Style for each outline depth 1…6 of the document. */
  styles: NumStyle[];
  /** Depths (1-based) numbered by Word auto-numbering in .docx. */
  autoDepths: number;
  /** Probability that a heading of depth ≥ 2 carries no number (template names left bare). */
  bare: number;
  /** Probability that a number repeats the previous one (a flaw real reports have). */
  repeat: number;
  /** Space between number and text (some typists put one). */
  sep: string;
  /** What follows 第一部分 (a space, an ideographic space, or nothing). */
  partSep: string;
}

export class DocBuilder {
  readonly blocks: Block[] = [];
  readonly figs: Fig[] = [];
  readonly rels: Rel[] = [];
  private readonly firstByMetric = new Map<string, Fig>();
  private readonly counters: number[] = [0, 0, 0, 0, 0, 0, 0];

  constructor(readonly rng: Rng, readonly numbering: Numbering) {}

  // ------------------------------------------------------------------ figures

  fig(spec: Omit<FigSpec, 'original'>): Fig {
    const f = new Fig(this.figs.length, { ...spec, original: spec.value });
    this.figs.push(f);
    if (spec.metric) {
      const first = this.firstByMetric.get(spec.metric);
      if (first) this.rel('repeat', 'equal', f, [first]);
      else this.firstByMetric.set(spec.metric, f);
    }
    return f;
  }

  rel(kind: RelKind, op: RelOp, result: Fig, operands: Fig[], extra: Partial<Pick<Rel, 'minus' | 'negateResult' | 'items'>> = {}): void {
    this.rels.push({ kind, op, result, operands, ...extra });
  }

  // ------------------------------------------------------------------ blocks

  title(text: string): void {
    this.blocks.push({ t: 'title', text });
  }

  line(text: string, align: Align = 'left', bold = false, cover = false): void {
    this.blocks.push({ t: 'line', text, align, bold, cover });
  }

  para(text: string, indent = true): void {
    this.blocks.push({ t: 'para', text, indent });
  }

  table(t: Omit<Extract<Block, { t: 'table' }>, 't'>): void {
    this.blocks.push({ t: 'table', ...t });
  }

  pageBreak(): void {
    this.blocks.push({ t: 'pagebreak' });
  }

  /** A heading at outline depth 1…6; its number comes from the document's numbering. */
  h(depth: number, text: string, opts: HeadingOptions = {}): void {
    const nb = this.numbering;
    const style = nb.styles[depth - 1];
    if (!style) throw new Error(`no numbering style for depth ${depth}`);
    const auto = depth <= nb.autoDepths && AUTO_STYLES.has(style);
    // Word always advances its own numbers; a typist sometimes repeats one.
    const repeatPrev = !auto && this.counters[depth]! > 0 && this.rng.chance(nb.repeat);
    if (!repeatPrev) this.counters[depth]! += 1;
    for (let d = depth + 1; d < this.counters.length; d++) this.counters[d] = 0;
    const bare = opts.unnumbered === true || (depth >= 2 && !auto && this.rng.chance(nb.bare));
    if (auto) {
      // Word numbers the paragraphs it is asked to number: a bare heading would not count.
      this.blocks.push({ t: 'heading', level: depth, num: formatNumber(style, this.counters[depth]!), sep: '', text, auto: true });
      return;
    }
    const sep = bare ? '' : style === 'part' ? nb.partSep : nb.sep;
    this.blocks.push({ t: 'heading', level: depth, num: bare ? '' : formatNumber(style, this.counters[depth]!), sep, text, auto: false });
  }

  // ------------------------------------------------------------------ resolving

  /** Replaces markers by figure text; `onFig` sees each figure in document order. */
  resolveText(text: string, onFig?: (f: Fig) => void): string {
    return text.replace(/⟦(\d+)⟧/g, (_, id: string) => {
      const f = this.figs[Number(id)];
      if (!f) throw new Error(`unknown figure marker ${id}`);
      onFig?.(f);
      return f.raw();
    });
  }
}

/** Texts of a block in reading order (caption, unit note, header cells, body cells row by row). */
export function blockTexts(b: Block): string[] {
  switch (b.t) {
    case 'title':
    case 'line':
    case 'para':
      return [b.text];
    case 'heading':
      return [b.num + b.sep + b.text];
    case 'table':
      return [...(b.caption ? [b.caption] : []), ...(b.unitNote ? [b.unitNote] : []), ...b.header.flat(), ...b.rows.flat()];
    case 'pagebreak':
      return [];
  }
}

export interface ResolvedFigure {
  fig: Fig;
  raw: string;
}

/** Walks the blocks in order: figures in reading order, and every figure rendered exactly once. */
export function collectFigures(b: DocBuilder): ResolvedFigure[] {
  const out: ResolvedFigure[] = [];
  const seen = new Set<number>();
  for (const block of b.blocks) {
    for (const t of blockTexts(block)) {
      b.resolveText(t, (f) => {
        if (seen.has(f.id)) throw new Error(`figure ${f.id} rendered twice`);
        seen.add(f.id);
        out.push({ fig: f, raw: f.raw() });
      });
    }
  }
  for (const f of b.figs) if (!seen.has(f.id)) throw new Error(`figure ${f.id} (${f.spec.label}) created but not rendered`);
  return out;
}

