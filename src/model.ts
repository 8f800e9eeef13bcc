// The types every stage shares. Stages pass plain objects; problems travel as
// values (`Message`) beside the result instead of exceptions (mammoth's Result).

/** The formats of the reader registry (src/ingest/readers.ts): one list, kept there. */
export type { Format } from './ingest/readers.ts';
import type { Format } from './ingest/readers.ts';
export type Status = 'ok' | 'partial' | 'failed' | 'needs_ocr';
export type Severity = 'error' | 'warning' | 'info';

/** A problem met while reading or analysing, kept beside the value it concerns. */
export interface Message {
  severity: Severity;
  text: string;
}

// ---------------------------------------------------------------- readers

/** A paragraph as a reader delivers it: text as the reader sees it (auto-numbering rebuilt). */
export interface RawParagraph {
  kind: 'paragraph';
  text: string;
  /** 1-based PDF page, or null for formats without pages. */
  page: number | null;
  /** The source marks this paragraph as a heading (Word "Heading N" style, outline level). */
  headingLevel?: number;
}

/** A table as rows of cell texts; merged cells repeat nothing (empty string). */
export interface RawTable {
  kind: 'table';
  rows: string[][];
  page: number | null;
}

export type RawBlock = RawParagraph | RawTable;

/** What a reader returns: ordered blocks with provenance, or why it could not. */
export interface ReadResult {
  blocks: RawBlock[];
  /** Page count for PDF (and for Word when known), else null. */
  pages: number | null;
  messages: Message[];
  /** Set when the document has pages but no text layer (a scan) and none was recognised. */
  needsOcr?: boolean;
  /** Set when OCR was run on the document's scanned pages (and so needsOcr means it found nothing). */
  ocrTried?: boolean;
  /** What was read by OCR, when anything was. */
  ocr?: OcrProvenance;
}

/** The pages (or pictures) read by OCR, and each recognised text box with its confidence. */
export interface OcrProvenance {
  /** PDF pages read by OCR; for Word, the pictures (counted from 1). */
  pages: number[];
  engine: string;
  /** Every block came from OCR (a Word document of pasted scans). */
  whole?: boolean;
  boxes: { page: number | null; text: string; confidence: number }[];
}

/** Thrown by a reader for a file it cannot read at all; the message is shown to auditors as is. */
export class UnreadableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableError';
  }
}

// ---------------------------------------------------------- normalised text

/**
 * Normalised text with the way back to the source: `map[i]` is the offset in
 * `source` of normalised character i, and `map[text.length] === source.length`.
 */
export interface NormText {
  text: string;
  source: string;
  map: Uint32Array;
}

export interface Cell {
  text: NormText;
}

export interface Paragraph {
  kind: 'paragraph';
  /** Position of the block in the document, 0-based. */
  index: number;
  page: number | null;
  text: NormText;
  headingLevel?: number;
  /** Id of the section the block belongs to (set by the section tree). */
  section: number | null;
}

export interface Table {
  kind: 'table';
  index: number;
  page: number | null;
  rows: Cell[][];
  section: number | null;
}

export type Block = Paragraph | Table;

// ---------------------------------------------------------------- sections

export type TemplateId =
  | 'cover' | 'basics' | 'duties' | 'organisation' | 'staffing' | 'tasks' | 'targets'
  | 'spending' | 'self_eval' | 'analysis' | 'economy' | 'effect' | 'fairness'
  | 'problems' | 'measures' | 'rectification';

export interface Section {
  id: number;
  /** 1 = outermost level present in this document. */
  level: number;
  /** Numbering level by style (0 第一部分, 1 一、, 2 （一）, 3 1., 4 （1）, 5 ①, 6 1）), or null if unnumbered. */
  numberStyle: number | null;
  /** Numbering as written, e.g. `（一）`, or '' for an unnumbered heading. */
  number: string;
  /** The integer value of the numbering (（四） → 4), or null. */
  ordinal: number | null;
  /** The heading line as written (source text), numbering included. */
  heading: string;
  /** Headings from the outermost down to this one. */
  path: string[];
  template: TemplateId | null;
  page: number | null;
  /** Index of the heading's block. */
  block: number;
  parent: number | null;
}

// ----------------------------------------------------------------- figures

export type FigureKind = 'amount' | 'percent' | 'count' | 'score' | 'measure';

/**
 * What a figure means, worked out once (src/figures/meaning.ts) and read by every rule:
 * what it is about, what of it is measured, when, and what a rate or share is of.
 */
export interface Meaning {
  /** 部门 (the department itself), a fund or scope, a spending class, a “三公” item, or an item's own name. */
  object: string;
  /** 预算, 调整, 全年预算, 可用资金, 执行, 收入, 结转结余, 编制, 实有, 分值, 得分, 率, 占比, 变动, 数量 …, or null when unread. */
  measure: string | null;
  /** 年初, 全年, 上年, 年末, or null. */
  period: string | null;
  /** For a rate or share: the id of the figure it is of (ids joined by + for a sum), or the words naming it. */
  of: string | null;
}

export interface Figure {
  /** Stable within the file: f0001, f0002 … in document order. */
  id: string;
  kind: FigureKind;
  /** Value as a decimal string, sign applied, in `unit` ("-11.65"). Never a float. */
  value: string;
  /** Canonical unit: 元 万元 亿元 千元 % 个百分点 人 个 … 分 公里 … */
  unit: string;
  /** Amounts only: value in 万元, as a decimal string. */
  amountWan: string | null;
  /** Decimal places as printed (346.38 → 2, 100 → 0): the rounding interval comes from it. */
  decimals: number;
  approx: boolean;
  /** Exact span of the normalised text. */
  raw: string;
  label: string | null;
  metric: string | null;
  /** Where: block index, table cell (if any), offsets in that block's (or cell's) normalised text. */
  block: number;
  cell: { row: number; col: number } | null;
  start: number;
  end: number;
  page: number | null;
  section: number | null;
  /** Set once figures are extracted (readMeanings). */
  meaning?: Meaning;
  /** Whether the figure was read from the text layer or by OCR (figures/source.ts). */
  source?: 'text' | 'ocr';
  /** OCR recognition confidence (0–1) of the text it was read from, or null. */
  confidence?: number | null;
}

// ---------------------------------------------------------------- findings

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  /** Ids of the figures involved. */
  figures: string[];
  /** Where the finding points: block index (and cell), for section, page and evidence. */
  block: number | null;
  cell?: { row: number; col: number } | null;
  start?: number;
  end?: number;
  /** Evidence text when it is not simply the text around the block position. */
  evidence?: string;
}

// -------------------------------------------------------------- documents

export interface CoverField {
  name: string;
  value: string;
  block: number;
}

export interface DocFacts {
  /** The department as written, places included (青禾县城市管理局). */
  department: string | null;
  /** The department without its places (城市管理局): matches it across years and places. */
  departmentKey?: string | null;
  year: number | null;
  cover: CoverField[];
}

/** A document after reading, normalising and sectioning: what figure extraction and checks see. */
export interface Doc {
  file: string;
  format: Format;
  pages: number | null;
  blocks: Block[];
  sections: Section[];
  facts: DocFacts;
  figures: Figure[];
  /** Pages (PDF) or pictures (Word) read by OCR. */
  ocrPages?: number;
}

export type Metrics = Record<string, number | null>;
