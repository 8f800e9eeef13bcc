// The meaning of each figure, worked out once and kept on the Figure: what it is
// about (`object`), what of it is measured (`measure`), when (`period`), and for a
// rate or share what it is of (`of`). Check rules pick figures by meaning and never
// re-derive it from words (ESLint's scope analysis under its rules). The words
// come from patterns/meaning.json; the reading order is the clause's own label,
// then the reach of a 其中 / 包括 list (a part has its whole's measure), then the
// sentence's head (`“三公”经费支出决算中，…`), then what an object implies.
import { z } from 'zod';
import type { Doc, Figure, Meaning } from '../model.ts';
import { loadPattern } from '../patterns.ts';
import { cellHeaders, FigureIndex, figureText, figuresAround, fullSentenceAt, sentenceAt } from '../text.ts';
import { roleOf } from './role.ts';
import { normalizeLabel } from './metrics.ts';
import { matchNumbering } from '../sections.ts';

const nonEmpty = z.string().min(1);
const wordsList = z.array(nonEmpty).min(1);

export const meaningSchema = z.object({
  description: nonEmpty,
  objects: z.array(z.object({ id: nonEmpty, parent: nonEmpty.optional(), words: wordsList, implies: nonEmpty.optional() })).min(1),
  measures: z.array(z.object({ id: nonEmpty, words: wordsList })).min(1),
  periods: z.array(z.object({ id: nonEmpty, words: wordsList })).min(1),
  composes: z.record(nonEmpty, z.array(nonEmpty)),
  rateNumerators: z.record(nonEmpty, z.array(nonEmpty)),
  rateDenominators: z.record(nonEmpty, z.array(nonEmpty)),
  /** The measure(s) a metric's figures have (staff_actual: 实有 or 在职). */
  metricMeasures: z.record(nonEmpty, z.union([nonEmpty, z.array(nonEmpty).min(1)])).default({}),
  /** The object a metric is about (three_public → 三公经费): a figure about another object is not that metric. */
  metricObjects: z.record(nonEmpty, nonEmpty).default({}),
  examples: z
    .array(
      z.object({
        text: nonEmpty,
        figure: nonEmpty,
        object: nonEmpty.optional(),
        measure: nonEmpty.optional(),
        period: nonEmpty.optional(),
        of: nonEmpty.optional(),
      }),
    )
    .min(1),
});
export type MeaningFile = z.infer<typeof meaningSchema>;

/** The department itself: the object of a figure that names nothing narrower. */
export const DEPARTMENT = '部门';
/** A count of things named after it (`12个乡镇站所`). */
export const QUANTITY = '数量';
/** A change against another period (`较上年增加30万元`, `增长6.25%`, `3个百分点`). */
export const CHANGE = '变动';
/** A percentage measured, not computed (满意度95%, 及时率100%). */
export const INDICATOR = '指标值';
export const RATE = '率';
export const SHARE = '占比';

interface Vocabulary {
  objects: { id: string; re: RegExp; each: RegExp[]; depth: number; implies: string | null; parent: string | null }[];
  byId: Map<string, { depth: number; implies: string | null }>;
  metricMeasures: Record<string, string | string[]>;
  metricObjects: Record<string, string>;
  measures: { id: string; re: RegExp; each: RegExp[] }[];
  periods: { id: string; re: RegExp }[];
  parents: Map<string, string | null>;
  composes: Map<string, Set<string>>;
  numerators: [RegExp, Set<string>][];
  denominators: [RegExp, Set<string>][];
}

let vocabulary: Vocabulary | undefined;

const anyOf = (words: readonly string[]): RegExp => new RegExp(words.map((w) => `(?:${w})`).join('|'), 'g');
const each = (words: readonly string[]): RegExp[] => words.map((w) => new RegExp(w, 'g'));

export function meaningVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const file = loadPattern('meaning.json', meaningSchema);
  const parents = new Map(file.objects.map((o) => [o.id, o.parent ?? null]));
  const depth = (id: string): number => {
    let d = 0;
    for (let p = parents.get(id) ?? null; p; p = parents.get(p) ?? null) d++;
    return d;
  };
  const byRateWord = (m: Record<string, string[]>): [RegExp, Set<string>][] =>
    Object.entries(m).map(([word, ids]) => [new RegExp(`${word}$`), new Set(ids)]);
  const objects = file.objects.map((o) => ({ id: o.id, re: anyOf(o.words), each: each(o.words), depth: depth(o.id), implies: o.implies ?? null, parent: o.parent ?? null }));
  vocabulary = {
    objects,
    byId: new Map(objects.map((o) => [o.id, o])),
    metricMeasures: file.metricMeasures,
    metricObjects: file.metricObjects,
    measures: file.measures.map((m) => ({ id: m.id, re: anyOf(m.words), each: each(m.words) })),
    periods: file.periods.map((p) => ({ id: p.id, re: anyOf(p.words) })),
    parents,
    composes: new Map(Object.entries(file.composes).map(([k, v]) => [k, new Set(v)])),
    numerators: byRateWord(file.rateNumerators),
    denominators: byRateWord(file.rateDenominators),
  };
  return vocabulary;
}

/** Whether object `a` is `b` or lies under it in the objects tree (公务接待费 under 三公经费). */
export function objectWithin(a: string, b: string): boolean {
  if (a === b || b === DEPARTMENT) return true;
  const { parents } = meaningVocabulary();
  for (let p = parents.get(a) ?? null; p; p = parents.get(p) ?? null) if (p === b) return true;
  return false;
}

/**
 * Whether a figure's meaning agrees with a metric it was mapped to by its words: the metric's
 * measure (`metricMeasures`), or no measure read.
 */
export function measureFits(metric: string, measure: string | null): boolean {
  const want = meaningVocabulary().metricMeasures[metric];
  return !want || measure === null || (Array.isArray(want) ? want.includes(measure) : measure === want);
}

/**
 * Whether a figure about `object` may be `metric`: a metric of one object (“三公”经费控制率) is not
 * bound to a figure read as about another one (公务用车运行维护费 完成预算的97.5%); the department
 * (nothing named) may be any.
 */
export function objectFits(metric: string, object: string | null): boolean {
  const want = meaningVocabulary().metricObjects[metric];
  return !want || object === null || object === DEPARTMENT || object === want;
}

/**
 * Whether `part` may be listed under `whole`: anything under the department, and under a
 * named object anything but one of the vocabulary's objects outside it that shares a parent
 * with it (`文化旅游体育与传媒支出…，其中…；社会保障和就业支出…` — a sibling class ends the list).
 */
export function mayBePartOf(part: string, whole: string): boolean {
  if (whole === DEPARTMENT || part === whole) return true;
  const { parents } = meaningVocabulary();
  if (!parents.has(part) || !parents.has(whole)) return true;
  return objectWithin(part, whole) || parents.get(part) !== parents.get(whole) || parents.get(part) === null;
}

/** Whether an object is one the vocabulary names (a fund, a spending class, a “三公” item), not an item's own name. */
/** The vocabulary's object that words name (`城乡社区支出` → 城乡社区支出, `本年支出` → null). */
export function namedObject(words: string): string | null {
  return objectIn(tidy(words)).id;
}

export function isVocabularyObject(object: string): boolean {
  return meaningVocabulary().parents.has(object);
}

/** Whether a whole of measure `whole` may have a part of measure `part` (`composes`). */
export function composes(whole: string | null, part: string | null, period: string | null = null): boolean {
  if (whole === null || part === null) return true;
  const v = meaningVocabulary();
  const allowed = v.composes.get(`${whole}@${period}`) ?? v.composes.get(whole);
  return allowed ? allowed.has(part) : whole === part;
}

/** A rate's words without the figures inside them (`占预算31,699,390.00元的` → 占预算的). */
export function rateWords(before: string): string {
  return tidy(before).replace(/[-\d,.，]+(?:万元|亿元|千元|元|人|名|个|项)?/g, '');
}

/**
 * The words that name rate `f`: in running text its clause before it, in a table its column header
 * (the project form's 执行率 beside 全年预算数 and 全年执行数). One reading for every rule and for `of`.
 */
export function rateWordsOf(doc: Readonly<Doc>, f: Figure): string {
  if (!f.cell) return rateWords(roleOf(doc, f).before);
  const h = cellHeaders(doc, f);
  return rateWords(tidy(h.column || h.columnAll));
}

/** The measures a rate word divides: `执行率` → numerators 执行, denominators 全年预算 / 可用资金. */
export function rateOperands(rateWords: string): { num: Set<string>; den: Set<string> } | null {
  const v = meaningVocabulary();
  const w = rateWords.replace(/[\s“”"为是达约]+$/, '');
  const num = v.numerators.find(([re]) => re.test(w))?.[1];
  const den = v.denominators.find(([re]) => re.test(w))?.[1];
  return num && den ? { num, den } : null;
}

/** Label words without quotes, brackets and spaces, as metric mapping reads them. */
const tidy = normalizeLabel;

interface Hit {
  id: string;
  start: number;
  end: number;
}

/** Every match of each word of each entry in `words`, as spans (words apart, so overlapping matches all count). */
function hits(entries: readonly { id: string; each: RegExp[] }[], words: string): Hit[] {
  const out: Hit[] = [];
  for (const e of entries) {
    for (const re of e.each) for (const m of words.matchAll(re)) if (m[0]) out.push({ id: e.id, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** Readings of label words, kept: labels repeat across a document and a batch. */
const objectCache = new Map<string, { id: string | null; rest: string }>();
const measureCache = new Map<string, string | null>();
const CACHE_LIMIT = 50_000;

/** Empties the kept readings (benchmarks measure cold runs). */
export function clearMeaningCache(): void {
  objectCache.clear();
  measureCache.clear();
}

function remember<V>(cache: Map<string, V>, key: string, read: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined || cache.has(key)) return hit as V;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const v = read();
  cache.set(key, v);
  return v;
}

/** The object words name: the longest match, then the deepest in the tree; and the words without it. */
function objectIn(words: string): { id: string | null; rest: string } {
  return remember(objectCache, words, () => readObject(words));
}

function readObject(words: string): { id: string | null; rest: string } {
  const v = meaningVocabulary();
  // `公用经费中商品和服务支出`: what follows 中 is an item within the object named before it, and the figure's.
  const within = /^(.+?)(?:之中|当中|中)([\u4e00-\u9fa5“”]{2,})$/.exec(words);
  if (within && hits(v.objects, within[1]!).length) return readObject(within[2]!);
  const found = hits(v.objects, words);
  if (!found.length) return { id: null, rest: words };
  const depthOf = (id: string) => v.byId.get(id)!.depth;
  // Of overlapping matches the longest stands (公务用车购置及运行维护费, not its 运行维护费); of those
  // left, the deepest names the object (“三公”经费财政拨款支出 is about 三公经费, a part of 财政拨款).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || depthOf(b.id) - depthOf(a.id) || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of found) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  kept.sort((a, b) => depthOf(b.id) - depthOf(a.id) || b.end - a.end);
  let rest = words;
  // Every object word goes (一般公共预算财政拨款支出 names funds, not a 预算).
  for (const h of [...found].sort((a, b) => b.start - a.start)) rest = rest.slice(0, h.start) + '＿'.repeat(h.end - h.start) + rest.slice(h.end);
  return { id: kept[0]!.id, rest };
}

/** The measure whose words end nearest the end of `words` (the head of the phrase). */
function measureIn(words: string, kinds: 'money' | 'rate'): string | null {
  return remember(measureCache, `${kinds}|${words}`, () => readMeasure(words, kinds));
}

function readMeasure(words: string, kinds: 'money' | 'rate'): string | null {
  const v = meaningVocabulary();
  const found = hits(
    v.measures.filter((m) => (kinds === 'rate') === (m.id === RATE)),
    words,
  );
  if (!found.length) return null;
  found.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
  return found[0]!.id;
}

function periodIn(words: string): string | null {
  for (const p of meaningVocabulary().periods) {
    p.re.lastIndex = 0;
    if (p.re.test(words)) return p.id;
  }
  return null;
}

/** Filler that names no object: dates, the reporting unit, verbs, generic heads. */
const FILLER =
  /\d+年度?|\d+月|\d+日|截至|截止|本年度|本年|当年|年内|年中|较|比|增加|减少|增长|下降|提高|降低|完成|实现|达到|其中|包括|主要|分别|合计|共计|累计|总计|总额|总数|金额|资金|经费|数额|人数|人员|本部门|本单位|部门|单位|本级|全局|[本该]?项目|[我本该](?:局|委|院|馆|中心|镇|乡|办|站|所|队|会|社|厅)|[、，,：:；;＿]|全部/g;
/** Particles that name nothing at a name's edges (`的`, `为`, `共`), kept inside one (公共, 和就业). */
const EDGE = /^[的为是达共约仅已均和及与各占数额项]+|[的为是达共约仅已均和及与各占数额项]+$/g;

/** The longest residue read as an item's own name (社会保障和就业 is 7). */
const MAX_ITEM_NAME = 8;
/** Units under a department have longer names (妇幼保健计划生育服务中心). */
const MAX_UNIT_NAME = 14;

/** How the name of an organisation ends: such a name before a figure is the reporting unit's. */
const ORGANISATION = /^[\u4e00-\u9fa5]{0,10}(?:局|委员会|委|办公室|办|中心|院|馆|厅|联合会|联社|政府|街道|队|站|所|学校|中学|小学|幼儿园)$/;

/** How a department's own name ends (信访局, 卫健委): such a name is the reporting department, however abbreviated. */
const DEPARTMENT_KIND = /(?:局|委员会|委|办公室|办|厅|政府|街道|联合会|联社)$/;

/** Whether an item's name is a unit's under the department (疾控中心, 执法队, 局本级), not a residue of words. */
export function isUnitName(name: string): boolean {
  return isOrganisation(name) && !DEPARTMENT_KIND.test(name);
}

/** An organisation's name, or an organisation's own level (局本级). */
const isOrganisation = (name: string): boolean => ORGANISATION.test(name) || /本级$/.test(name);

/** What is left of a label once measure and period words and filler are gone: an item's own name. */
function itemName(rest: string, self: readonly string[]): string | null {
  let t = rest;
  for (const name of self) t = t.split(name).join('');
  const v = meaningVocabulary();
  for (const m of [...v.measures, ...v.periods]) t = t.replace(m.re, '');
  t = t.replace(FILLER, '').replace(/[^\u4e00-\u9fa5A-Za-z]/g, '').replace(EDGE, '');
  // An organisation's name is the reporting unit speaking of itself when it says so (本局, 我馆) or is the
  // end of its own name (卫生健康局 in 临猗县卫生健康局); another one (疾控中心, 局本级) is a unit under it, an item.
  if (isOrganisation(t)) {
    if (/^(?:本|我|该|全)/.test(t) || self.some((name) => name.endsWith(t)) || DEPARTMENT_KIND.test(t)) return null;
    return t.length >= 2 && t.length <= MAX_UNIT_NAME ? t : null;
  }
  // A longer residue is a clause (`根据上级转移支付下达情况`), not the name of an item.
  return t.length >= 2 && t.length <= MAX_ITEM_NAME ? t : null;
}

const LIST_MARKER = /其中|包括|包含|用于/g;
/** A label that only says the figure adds up what was listed. */
const TOTAL_WORD = /^(?:以上)?(?:合计|共计|总计|小计|累计|总共|共)$/;
/** Differences within the year, read before a verb makes them a change: adjustments and savings. */
const WITHIN_YEAR = new Set(['调整', '节约', '超支']);
/** Words that compare with another period or quantity (较上年, 比年初预算多). */
const COMPARED = /较|比|同比|环比|相比/;
const SHARE_OF = /占(.*?)(?:的)?(?:比重|比例)?(?:为|是|达)?$/;

interface Context {
  doc: Readonly<Doc>;
  self: string[];
  done: Map<string, Meaning>;
  index: FigureIndex;
  /** Figures listed as parts of another (其中, 包括, parentheses), by id. */
  parts: Set<string>;
  /** What the rates and shares read so far are of (figure ids and words). */
  ofs: Set<string | null>;
}

/**
 * What a figure's section is about, when its heading (or the nearest heading above naming anything) names an object
 * of the vocabulary: under `一般公共预算财政拨款支出决算情况说明`, `年初预算为271.32万元` is that fund's budget.
 */
function sectionObject(ctx: Context, f: Figure): string | null {
  const section = ctx.doc.sections.find((x) => x.id === f.section);
  if (!section) return null;
  for (const heading of [...section.path].reverse()) {
    const named = objectIn(tidy(matchNumbering(heading)?.rest ?? heading)).id;
    if (named) return named;
  }
  return null;
}

/** The figures of `f`'s own paragraph or cell, in text order. */
const place = (ctx: Context, f: Figure): Figure[] => ctx.index.at(f.block, f.cell);

/** Reads every figure's meaning, in document order (a part reads its whole's), and keeps it on the figure. */
export function readMeanings(doc: Doc): void {
  const self = doc.facts.department ? [doc.facts.department] : [];
  const ctx: Context = { doc, self, done: new Map(), index: new FigureIndex(doc.figures), parts: new Set(), ofs: new Set() };
  for (const f of doc.figures) {
    const m = f.cell ? cellMeaning(ctx, f) : textMeaning(ctx, f);
    ctx.done.set(f.id, m);
    ctx.ofs.add(m.of);
    f.meaning = m;
  }
  for (const f of doc.figures) if (f.meaning && (f.meaning.measure === RATE || f.meaning.measure === SHARE) && f.meaning.of === null) f.meaning.of = rateOf(ctx, f);
}

/** A table cell: the row label says what, the column headers say which figure of it and when. */
function cellMeaning(ctx: Context, f: Figure): Meaning {
  const h = cellHeaders(ctx.doc, f);
  const row = tidy(h.row);
  const cols = tidy(h.columnAll);
  const obj = objectIn(row);
  const role = roleOf(ctx.doc, f);
  const measure =
    f.unit === '个百分点' || role.change
      ? CHANGE
      : f.kind === 'percent'
        ? role.share ? SHARE : measureIn(cols, 'rate') || measureIn(row, 'rate') ? RATE : INDICATOR
        : f.kind === 'score'
          ? measureIn(cols, 'money') ?? measureIn(obj.rest, 'money')
          : measureIn(tidy(h.column), 'money') ?? measureIn(cols, 'money') ?? measureIn(obj.rest, 'money') ?? implied(obj.id);
  const period = role.lastYear ? '上年' : periodIn(cols) ?? periodIn(row);
  const object = obj.id ?? itemName(obj.rest, ctx.self) ?? (TOTAL_WORD.test(row) ? captionObject(ctx.doc, f.block) : null) ?? DEPARTMENT;
  return { object, measure, period, of: null };
}

/**
 * What a table is about, as the paragraph just before it says (`项目支出执行情况如下（单位：万元）：`): its
 * 合计 row totals that, not the department's all.
 */
function captionObject(doc: Readonly<Doc>, block: number): string | null {
  const before = doc.blocks[block - 1];
  return before?.kind === 'paragraph' && before.text.text.length <= 60 ? objectIn(tidy(before.text.text)).id : null;
}

function implied(object: string | null): string | null {
  return object ? meaningVocabulary().byId.get(object)?.implies ?? null : null;
}

/** A verb of budget adjustment ending a figure's words, when 为/至/到 joins it to the figure: the figure is the result. */
const ADJUSTED_TO = /(?:调整|调增|调减|追加|核增|核减)(?:后)?$/;

/** Words that restate the figure before in another unit or rounding (即, 折合, 约合). */
const RESTATED = /^[，,（(]?\s*(?:即|折合(?:为)?|约合|合人民币)\s*$/;

/** A figure in running text. */
function textMeaning(ctx: Context, f: Figure): Meaning {
  const doc = ctx.doc;
  const text = figureText(doc, f);
  const role = roleOf(doc, f);
  // A count or measure followed by its noun (`12个乡镇站所`) is a number of those things.
  const counted = (f.kind === 'count' || f.kind === 'measure') && /^[\u4e00-\u9fa5]/.test(text.slice(f.end)) && f.label ? tidy(f.label) : null;
  const words = tidy(counted ? role.before : f.label ?? role.before);
  // `全年预算调整为232.95万元`, `年中调增至536万元`: a budget adjusted to a figure is the adjusted budget, not the adjustment.
  const adjustedTo = f.kind === 'amount' && ADJUSTED_TO.test(words) && /(?:为|至|到)\s*$/.test(text.slice(Math.max(0, f.start - 3), f.start));
  const own = adjustedTo ? words.replace(ADJUSTED_TO, '') : words;
  // What follows 占 names a share's whole, not what it is a share of (`公务用车运行维护费30万元，占“三公”经费的75%`).
  const obj = objectIn(f.kind === 'percent' ? own.replace(/占.*$/, '') : own);
  const sentence = sentenceAt(text, f.start);
  const head = headOf(ctx, f, text, sentence.start).words;
  const whole = listWhole(ctx, f, text, fullSentenceAt(text, f.start).start);

  // `全年支出6,813,412.56元，即681.34万元`: the same figure again, in another unit.
  const restated = place(ctx, f).filter((g) => g.end <= f.start && ctx.done.has(g.id)).pop();
  if (restated && RESTATED.test(text.slice(restated.end, f.start))) return { ...ctx.done.get(restated.id)! };
  let measure: string | null;
  // An operand of a worked computation restates a figure: it measures nothing of its own.
  if (role.operand) return { object: obj.id ?? DEPARTMENT, measure: null, period: null, of: null };
  // A budget adjustment (追加, 调减, 核减) or a saving against the budget (节约, 超支) is a difference of its
  // own year, not a change against last year.
  const said = measureIn(obj.rest, 'money');
  if (f.kind === 'amount' && said !== null && WITHIN_YEAR.has(said) && !COMPARED.test(role.before)) measure = said;
  else if (f.unit === '个百分点' || role.change || role.compared) measure = CHANGE;
  else if (f.kind === 'percent') measure = role.share || /占/.test(own) ? SHARE : measureIn(own, 'rate') ? RATE : INDICATOR;
  else if (f.kind === 'score') measure = measureIn(obj.rest, 'money') ?? '得分';
  else {
    measure = measureIn(obj.rest, 'money');
    if (measure === null && counted) measure = QUANTITY;
    // A part takes its whole's measure only when the whole is sure; a guessed whole leaves it unread.
    if (measure === null && whole && !whole.guessed) measure = whole.measure;
    if (measure === null) measure = implied(obj.id) ?? measureIn(objectIn(head).rest, 'money') ?? implied(objectIn(head).id);
  }
  if (adjustedTo && (measure === null || measure === '预算' || measure === '调整')) measure = '全年预算';
  // A total after its parts (`A 900万元、B 250万元，合计1,150万元`) measures what they measure.
  const prevInSentence = place(ctx, f).filter((g) => g.end <= f.start && g.start >= sentence.start && g.kind === f.kind && ctx.done.has(g.id)).pop();
  if (measure === null && TOTAL_WORD.test(own) && prevInSentence) measure = ctx.done.get(prevInSentence.id)!.measure;

  // A figure whose own words name nothing is about what the figure before it in its sentence is about
  // (`基本支出480万元，较上年增加30万元，增长6.25%`, `公务接待费0.42万元，占65%`, `公务接待费支出0.86万元，完成预算1.50万元的57.33%`).
  // A figure after a 其中 list but of another measure is no part: it is about the list's whole, not its last part
  // (`“三公”经费支出6.84万元，其中…，公务接待费1.88万元，预算8.50万元`).
  // Figures inside parentheses that close before this one annotate another figure: none is its subject.
  const prev = place(ctx, f)
    .filter((g) => g.end <= f.start && g.start >= sentence.start && ctx.done.has(g.id) && !closedBetween(text, g.end, f.start))
    .pop();
  // What a rate right after it is of (`公务接待费支出0.86万元，完成预算1.50万元的57.33%`) qualifies the figure before it.
  const complement = /^\s*的\s*[\d.]+\s*[%％]/.test(text.slice(f.end));
  // After a list, such a complement qualifies the last part only when the parts before it have theirs
  // (`其中A…，完成预算…的…%；B…，完成预算…的…%`); otherwise it closes the list and qualifies its whole
  // (`“三公”经费支出9.64万元，其中A7.80万元、B1.84万元，完成预算11.50万元的83.83%`).
  const wholeAt = whole ? place(ctx, f).find((g) => g.id === whole.id) : undefined;
  const full = fullSentenceAt(text, f.start);
  const parallel = !!wholeAt && (text.slice(wholeAt.end, full.end).match(/的\s*[\d.]+\s*[%％]/g) ?? []).length >= 2;
  const afterList = whole && (!complement || !parallel) && measure !== null && !composes(whole.measure, measure, whole.period) ? whole.object : null;
  // A figure naming its own measure but nothing it is about opens a statement of its own
  // (`…上年结转的茶园改造资金64万元纳入本项目，全年预算920万元`): it takes the sentence's subject.
  const ownMeasure = (f.kind === 'amount' || f.kind === 'count') && !counted && measureIn(obj.rest, 'money') !== null;
  const follows = prev && (!ownMeasure || complement) ? ctx.done.get(prev.id)!.object : null;
  // A share whose clause names a part (`人员支出占40%`, `上述支出占20%`) is of that part, whatever stands before it.
  const namedPart = f.kind === 'percent' && /占/.test(own) ? own.replace(/占.*$/, '').replace(/^(?:其中|分别|各自)/, '') : '';
  // Its sentence's (or ；-clause's) first figure says what the statement is about when it names something
  // (`…；动物疫病防控全年预算612.40万元，执行588.17万元`): before a head named for the whole full sentence.
  // Only while the figures between are about it too: `年初县级预算38万元，上级下达26.5万元，全年预算64.5万元` adds
  // the sources up and is about none of them.
  const between = place(ctx, f).filter((g) => g.start >= sentence.start && g.start < f.start && ctx.done.has(g.id));
  const firstObject = between.length ? ctx.done.get(between[0]!.id)!.object : null;
  const subject = firstObject && ownMeasure && !complement && between.every((g) => ctx.done.get(g.id)!.object === firstObject) ? firstObject : null;
  const object =
    obj.id ?? counted ?? itemName(obj.rest, ctx.self) ?? afterList ?? (namedPart.length >= 2 ? namedPart : follows) ??
    (subject !== DEPARTMENT ? subject : null) ?? objectIn(head).id ?? sectionObject(ctx, f) ?? DEPARTMENT;

  const period = /上年结转|上年结余|年初/.test(own) ? '年初' : role.lastYear ? '上年' : periodIn(own) ?? whole?.period ?? null;

  // A part is what the list goes on with: of a measure its whole composes, about something under it.
  if (whole && composes(whole.measure, measure, whole.period) && mayBePartOf(object, whole.object)) ctx.parts.add(f.id);
  const of = measure === SHARE || measure === RATE ? explicitWhole(ctx, f, text, role.before) : null;
  return { object, measure, period, of };
}

/**
 * The words opening a figure's sentence before its first figure, or the 中-phrase that
 * names the whole a sentence breaks down (`“三公”经费支出决算中，公务接待费…；公务用车…`,
 * read on across ；).
 */
function headOf(ctx: Context, f: Figure, text: string, start: number): { words: string; named: boolean } {
  const figs = place(ctx, f);
  const first = figs.find((g) => g.start >= start);
  const named = /^([^，,。；;：:]{2,24}?)(?:中|之中|当中)[，,：:]/;
  const own = tidy(text.slice(start, first && first.start < f.start ? first.start : f.start));
  if (named.test(text.slice(start))) return { words: tidy(named.exec(text.slice(start))![1]!), named: true };
  // A sentence after ； goes on with the subject its full sentence opened with.
  let s = start;
  while (s > 0 && /[；;]/.test(text[s - 1]!)) {
    let p = s - 1;
    while (p > 0 && !/[。！？!?；;\n]/.test(text[p - 1]!)) p--;
    const m = named.exec(text.slice(p));
    if (m) return { words: tidy(m[1]!), named: true };
    s = p;
  }
  return { words: own, named: false };
}

/**
 * The whole of the 其中 / 包括 list a figure is a part of: the last figure before the
 * marker in its sentence, with its meaning. A list that opens its sentence (`…。其中…`)
 * takes the last figure of the sentence before.
 */
function listWhole(ctx: Context, f: Figure, text: string, start: number): (Meaning & { id: string; guessed?: boolean }) | null {
  // Parts in parentheses right after a figure (`实有在编43人（行政11人、事业32人）`) are parts of that figure.
  const open = openParen(text, start, f.start);
  if (open >= 0) {
    const owner = place(ctx, f).filter((g) => g.end <= open && /^\s*$/.test(text.slice(g.end, open)) && ctx.done.has(g.id)).pop();
    if (owner) return { ...ctx.done.get(owner.id)!, id: owner.id };
  }
  const span = text.slice(start, f.start);
  let at = -1;
  for (const m of span.matchAll(LIST_MARKER)) at = start + m.index!;
  if (at < 0) return null;
  // A list opened inside parentheses ends where they close (`在职246人（其中行政19人…）；离退休53人`).
  let depth = 0;
  for (const c of text.slice(at, f.start)) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && --depth < 0) return null;
  }
  const figs = place(ctx, f);
  // The whole is a level of this year: not the change or last year's value stated beside it (`支出89,055元，比上年增加20,570元，其中…`).
  // Nor is it what a rate beside it is of (`…17.82万元，完成预算19.00万元的93.79%，其中…`).
  const level = (g: Figure) => {
    const m = ctx.done.get(g.id);
    return m !== undefined && m.measure !== CHANGE && m.period !== '上年' && !ctx.ofs.has(g.id);
  };
  // Nor a figure in parentheses that close before the list (`完成预算83.70%（预算10.00万元）。其中：…`): an annotation.
  const before = figs.filter((g) => g.end <= at && g.kind === f.kind && (g.start >= start || at === start) && level(g) && !closedBetween(text, g.end, at));
  const total = before[before.length - 1];
  // A list opening its own sentence after a sentence of several figures may break down any of them.
  const guessed = at === start && before.length > 1;
  return total ? { ...ctx.done.get(total.id)!, id: total.id, guessed } : null;
}

/** Whether the parenthesis `from` stands in closes before `to`. */
function closedBetween(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** The offset of the innermost parenthesis still open at `to` (scanning from `from`), or -1. */
function openParen(text: string, from: number, to: number): number {
  const stack: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '（' || c === '(') stack.push(i);
    else if ((c === '）' || c === ')') && stack.length) stack.pop();
  }
  return stack.length ? stack[stack.length - 1]! : -1;
}

/**
 * The whole a share or rate names itself: `占本年支出的` → 本年支出, `完成预算3.50万元的88.57%` → that
 * figure, `占预算22.32万元的95.16%` → that figure.
 */
function explicitWhole(ctx: Context, f: Figure, text: string, before: string): string | null {
  const figs = place(ctx, f);
  const prev = figs.filter((g) => g.end <= f.start).pop();
  if (prev && /^\s*的?\s*$/.test(text.slice(prev.end, f.start)) && /(?:占|完成|达到|为)[^，,。；;]*$/.test(text.slice(0, prev.start))) return prev.id;
  const m = SHARE_OF.exec(tidy(before));
  if (m && tidy(m[1]!).length >= 2) return tidy(m[1]!).replace(/的$/, '');
  return null;
}

/**
 * What a rate or share without a named whole is of. A share: the whole its sentence
 * names (`…中，`) or the total of its 其中 list. A rate (执行率, 控制率): the nearest
 * figure of a denominator measure (`rateDenominators`) about the same object, in its
 * sentence, then its paragraph, then the paragraph before; a 年初预算 with the year's
 * adjustments beside it is of their sum (`年初预算500万元，追加36.2万元…，执行率100%`).
 */
function rateOf(ctx: Context, f: Figure): string | null {
  if (f.cell) return rowRateOf(ctx, f);
  const doc = ctx.doc;
  const m = f.meaning!;
  const text = figureText(doc, f);
  if (m.measure === SHARE) {
    const whole = listWhole(ctx, f, text, fullSentenceAt(text, f.start).start);
    if (whole && whole.object !== m.object) return whole.id;
    const head = headOf(ctx, f, text, sentenceAt(text, f.start).start);
    const named = head.named ? objectIn(head.words).id : null;
    if (named && named !== m.object) return named;
    return null;
  }
  const ops = rateOperands(rateWordsOf(doc, f));
  if (!ops) return null;
  // About exactly the rate's object, then about what an item's loose name may mean (sameThing): a
  // full-year figure, else 年初预算 with the year's adjustments, which stand for the full-year budget;
  // else another denominator measure. A part of a list (`全年预算38.38万元，其中…本级财政资金
  // 24.26万元`) is never a loose match.
  const scopes = figuresAround(doc, ctx.index, f, RATE_LOOK_BACK).map((scope) => scope.filter((g) => g.kind === 'amount' || g.kind === 'count'));
  const strict = scopes.map((scope) => scope.filter((g) => g.meaning!.object === m.object));
  const loose = scopes.map((scope) => scope.filter((g) => sameObject(g.meaning!, m) && !ctx.parts.has(g.id)));
  const usable = (g: Figure, measures: Set<string>) => g.meaning!.measure !== null && measures.has(g.meaning!.measure) && g.meaning!.period !== '上年';
  const nearest = (xs: Figure[]) => xs.sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
  const FULL = new Set(['全年预算', '可用资金']);
  const budgets = ops.den.has('预算') || ops.den.has('全年预算') ? new Set(['预算']) : new Set<string>();
  const fullOf = (pool: Figure[]) => pool.filter((g) => usable(g, FULL) && ops.den.has(g.meaning!.measure!));
  for (let k = 0; k < scopes.length; k++) {
    const initialOf = (pool: Figure[]) => {
      const initial = pool.filter((g) => usable(g, budgets));
      if (!initial.length) return [];
      return [nearest(initial)!, ...loose[k]!.filter((g) => usable(g, new Set(['调整'])))];
    };
    // The department's rate takes a full-year figure however loosely named before a 年初预算; an item's
    // rate (`县级财政资金执行率`) its own 年初预算 and adjustments before the department's full year.
    // An item's rate takes another item's loose name (县级安排 for 县级) before the department's own figures.
    const items = loose[k]!.filter((g) => g.meaning!.object !== DEPARTMENT);
    const readings =
      m.object === DEPARTMENT
        ? [fullOf(strict[k]!), fullOf(loose[k]!), initialOf(strict[k]!), initialOf(loose[k]!)]
        : [fullOf(strict[k]!), initialOf(strict[k]!), fullOf(items), initialOf(items), fullOf(loose[k]!), initialOf(loose[k]!)];
    for (const r of readings) {
      if (!r.length) continue;
      return FULL.has(r[0]!.meaning!.measure!) ? nearest(r)!.id : r.map((g) => g.id).join('+');
    }
    const others = [...strict[k]!, ...loose[k]!].filter((g) => usable(g, ops.den) && !FULL.has(g.meaning!.measure!) && g.meaning!.measure !== '预算');
    if (others.length) return nearest(others)!.id;
  }
  return null;
}

/**
 * A rate in a table divides a figure of its own row, the one in the column its rate word names
 * (执行率 → 全年预算数, else a lone 预算数; 控制率 → 预算数). A row with 年初预算 and an 调整 column
 * but no full-year one says no single denominator (调整预算数 is the adjusted budget in some
 * tables, the adjustment in others): none is read.
 */
function rowRateOf(ctx: Context, f: Figure): string | null {
  const ops = rateOperands(rateWordsOf(ctx.doc, f));
  if (!ops) return null;
  const row = ctx.index.inBlock(f.block).filter((g) => g.cell?.row === f.cell!.row && g.id !== f.id && g.kind === 'amount' && g.meaning?.measure);
  const inColumn = (measures: readonly string[]) => row.filter((g) => measures.includes(g.meaning!.measure!));
  const one = (xs: Figure[]) => (xs.length === 1 ? xs[0]!.id : null);
  const full = inColumn(['全年预算', '可用资金'].filter((m) => ops.den.has(m)));
  if (full.length) return one(full);
  if ((ops.den.has('预算') || ops.den.has('全年预算')) && inColumn(['预算']).length) return inColumn(['调整']).length ? null : one(inColumn(['预算']));
  return one(inColumn([...ops.den].filter((m) => m !== '预算' && m !== '全年预算')));
}

/**
 * Operand `a` of rate `b`: about the same object. A rate of the department's (预算执行率)
 * divides the department's figures, not a part's (事业编制 is no 编制 of the department).
 */
function sameObject(a: Meaning, b: Meaning): boolean {
  return sameThing(a.object, b.object);
}

/**
 * Whether two objects are one. The vocabulary's objects are read for sure and must be equal;
 * an item's own name (what is left of a label, `县级财政`, `项目`) is weaker: it is the
 * department's own or the same item when one name holds the other.
 */
export function sameThing(a: string, b: string): boolean {
  if (a === b) return true;
  if (isVocabularyObject(a) || isVocabularyObject(b)) return false;
  return a === DEPARTMENT || b === DEPARTMENT || a.includes(b) || b.includes(a);
}

/** Paragraphs with figures a rate may look back over for its denominator; a heading ends the look. */
const RATE_LOOK_BACK = 2;
