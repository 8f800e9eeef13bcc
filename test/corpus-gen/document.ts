// One generated document: picks its habits (numbering, cover, tables, fonts, header and
// footer), writes its text from the facts, injects its errors, and builds its truth.

import type { Truth } from '../corpus/truth-schema.ts';
import { AUTO_STYLES, type Block, DocBuilder, type Numbering, type NumStyle } from './builder.ts';
import { narrative } from './common.ts';
import type { Ctx, DocStyle } from './context.ts';
import { DEPARTMENTS, PLACES, type Dept } from './departments.ts';
import { type DocKind, KIND_TITLE, makeFacts, type Facts } from './facts.ts';
import { Figs, type MoneyStyle } from './figs.ts';
import { type ErrorKind, type Injected, holds, injectErrors } from './inject.ts';
import { Rng } from './prng.ts';
import type { PageStyle } from './render-docx.ts';
import { buildTruth } from './truth.ts';

export type Format = 'docx' | 'pdf' | 'doc' | 'txt' | 'txt-gbk' | 'scan';

export interface DocPlan {
  index: number;
  seed: string;
  format: Format;
  kind: DocKind;
  dept: Dept;
  year: number;
  place: string;
  /** Number of errors to inject (0 = clean). */
  errors: number;
  /** Word auto-numbering of the outer headings (.docx/.pdf only). */
  auto: boolean;
  /** Tables wanted in this document. */
  tables: boolean;
  /** More narrative and tables on their own pages (8–10 pages). */
  long: boolean;
}

export interface GeneratedDoc {
  plan: DocPlan;
  file: string;
  builder: DocBuilder;
  facts: Facts;
  page: PageStyle;
  truth: Truth;
  txtRng: Rng;
}

const WRITERS: Partial<Record<DocKind, (c: Ctx) => void>> = {};

export function hasWriter(kind: DocKind): boolean {
  return WRITERS[kind] !== undefined;
}

export function registerWriter(kind: DocKind, w: (c: Ctx) => void): void {
  WRITERS[kind] = w;
}

function numbering(rng: Rng, kind: DocKind, auto: boolean): Numbering {
  const pcn: NumStyle = rng.chance(0.8) ? 'pcn' : 'pcnHalf';
  const dec: NumStyle = auto ? 'dot' : rng.pick(['dot', 'dot', 'dun', 'fdot'] as const);
  const pn: NumStyle = rng.chance(0.75) ? 'pn' : 'pnHalf';
  const base: NumStyle[] = ['cn', auto ? 'pcn' : pcn, dec, pn, 'circled', 'circled'];
  const withPart = !auto && (kind === 'final_accounts' ? rng.chance(0.85) : rng.chance(0.12));
  const styles = withPart ? (['part', ...base.slice(0, 5)] as NumStyle[]) : base;
  if (auto && !AUTO_STYLES.has(styles[0]!)) throw new Error('auto-numbering needs an auto style outermost');
  return {
    styles,
    autoDepths: auto ? rng.pick([2, 3, 3]) : 0,
    bare: rng.pick([0, 0, 0.05, 0.12, 0.25]),
    repeat: rng.pick([0, 0, 0, 0.03]),
    sep: rng.chance(0.1) ? ' ' : '',
    partSep: rng.pick([' ', '　', '', ' ']),
  };
}

function moneyStyle(rng: Rng, f: Facts): MoneyStyle {
  const unit = rng.weighted([['万元', 8], ['元', 2]] as const);
  return {
    unit,
    dec: unit === '元' ? 2 : rng.weighted([[2, 9], [3, 1]] as const),
    sep: unit === '元' || f.expense.total > 50_000_000 ? rng.chance(0.8) : rng.chance(0.15),
    neg: rng.pick(['minus', 'minus', 'full', 'fu', 'paren', 'fparen'] as const),
  };
}

const SELF: Record<string, string[]> = {
  局: ['我局', '本局', '本部门', '本单位'],
  会: ['我会', '本会', '本单位'],
  委: ['我委', '本部门'],
  馆: ['我馆', '本馆', '本单位'],
  社: ['我社', '本单位'],
};

export function fileName(p: DocPlan, project?: string): string {
  const ext = p.format === 'txt-gbk' ? 'txt' : p.format === 'scan' ? 'pdf' : p.format;
  const title = p.kind === 'project' ? `${project}-${KIND_TITLE.project}` : KIND_TITLE[p.kind];
  return `${p.year}-${p.dept.name}-${title}${p.format === 'scan' ? '-扫描件' : ''}.${ext}`;
}

/** Error kinds this document could carry, least used in the corpus so far first. */
function errorKindsFor(b: DocBuilder, used: Map<ErrorKind, number>, rng: Rng): ErrorKind[] {
  const present = new Set<ErrorKind>(b.rels.filter((r) => holds(r)).map((r) => r.kind as ErrorKind));
  if (b.figs.some((f) => f.spec.kind === 'year' && !f.spec.frozen)) present.add('year');
  return rng.shuffle([...present]).sort((x, y) => (used.get(x) ?? 0) - (used.get(y) ?? 0));
}

export function generate(p: DocPlan, used: Map<ErrorKind, number>): GeneratedDoc {
  const rng = new Rng(p.seed);
  const facts = makeFacts(rng.fork('facts'), p.dept, p.place, p.year, p.kind);
  const text = rng.fork('text');
  const b = new DocBuilder(text, numbering(rng.fork('numbering'), p.kind, p.auto));
  const F = new Figs(b, moneyStyle(rng, facts), rng.chance(0.15) ? '％' : '%');
  const suffix = p.dept.name.slice(-1);
  const style: DocStyle = {
    incomeTable: p.tables && rng.chance(0.8),
    threeTable: p.tables && rng.chance(0.6),
    indicatorTable: p.tables && rng.chance(0.8),
    cover: rng.weighted([['full', 3], ['partial', 2], ['empty', 1], ['none', 2]] as const),
    templateLeftovers: rng.chance(0.1),
    self: rng.pick(SELF[suffix] ?? ['本部门', '本单位']),
    long: p.long,
  };
  if (p.tables && !style.incomeTable && !style.threeTable && !style.indicatorTable) style.indicatorTable = true;
  const writer = WRITERS[p.kind];
  if (!writer) throw new Error(`no writer for ${p.kind}`);
  const ctx: Ctx = { b, F, r: text, f: facts, s: style };
  writer(ctx);
  if (p.long) lengthen(ctx);

  let errors: Injected[] = [];
  if (p.errors > 0) {
    const injRng = rng.fork('inject');
    errors = injectErrors(b, injRng, errorKindsFor(b, used, injRng), p.year, p.errors);
    for (const e of errors) used.set(e.kind, (used.get(e.kind) ?? 0) + 1);
  }
  const project = facts.project?.name;
  const file = fileName(p, project);
  const truth = buildTruth(b, { file, department: p.dept.name, year: p.year, docKind: p.kind }, errors);
  if (p.format === 'scan') truth.needs_ocr = true;
  const page: PageStyle = {
    header: rng.chance(0.6) ? rng.pick([`${facts.fullName}${p.year}年度${KIND_TITLE[p.kind]}`, facts.fullName, KIND_TITLE[p.kind]]) : null,
    footer: rng.pick(['dash', 'dash', 'of', 'of', 'plain', 'di'] as const),
    bodyFont: rng.pick(['Noto Serif CJK SC', 'Noto Serif CJK SC', 'Noto Sans CJK SC']),
    headFont: rng.pick(['Noto Sans CJK SC', 'WenQuanYi Zen Hei']),
    size: rng.pick([28, 30, 32]),
    headingStyles: rng.chance(0.25),
  };
  return { plan: p, file, builder: b, facts, page, truth, txtRng: rng.fork('txt') };
}

/** Long documents: policy narrative (no figures) after most headings, as real reports pad them. */
function lengthen(c: Ctx): void {
  const out: Block[] = [];
  for (const bl of c.b.blocks) {
    out.push(bl);
    if (bl.t === 'heading' && bl.level >= 2 && c.r.chance(0.5)) {
      for (let i = c.r.int(1, 2); i > 0; i--) out.push({ t: 'para', text: narrative(c) + narrative(c), indent: true });
    }
  }
  c.b.blocks.splice(0, c.b.blocks.length, ...out);
}

export function departmentsInOrder(rng: Rng): Dept[] {
  return rng.shuffle(DEPARTMENTS);
}

export { PLACES };
