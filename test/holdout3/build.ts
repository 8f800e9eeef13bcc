// Builds the documents and truth files of test/holdout3 from the hand-written sources in src/*.hand.
//
//   npx tsx test/holdout3/build.ts [--dir SET] [NN ...]
//     (all sources, or those whose name starts with NN; SET defaults to test/holdout3 — other
//      hand-written sets such as test/realstyle use this same builder and source format)
//
// Source format (one .hand file per document):
//
//   @file NAME · @department X · @year N · @kind overall|final_accounts|project
//   @format txt | txt-gbk | docx | pdf        @crlf (txt only: CRLF line ends)
//   @header TEXT (running page header, docx/pdf) · @footer cn|dash (page number footer, docx/pdf)
//   @tables income_expenditure,three_public,indicators
//   @err KIND | STATED | CORRECT | N1,N2,… | description          (errors, numbered from 0 in order)
//   @rel KIND OP RESULT = A + B - C [!E]   (op sum)        @rel KIND ratio R = A / B [!E]
//   @rel KIND growth R = A / B [!E]   (R = (A − B) / B)     @rel KIND equal R = A [!E]
//   @rel KIND le R = A [!E]   (R ≤ A)                       @rel KIND count R = item、item、… [!E]
//
//   Body: `# text` a heading as written · `#1 text` / `#2 text` a heading numbered by Word
//   auto-numbering (一、 / （一）; docx only) · `! text` a title line (centred, bold, not a heading) ·
//   `> text` a right-aligned line (signature, date) · `[[ unit=万元 cols=,,,分,分` … `]]` a table whose
//   rows are `| a | b |` (`^` continues the cell above: a vertical merge; the first row repeats on
//   each page) · any other line a paragraph; empty lines are kept in .txt only.
//
//   A figure is marked `{raw}` in the text: `{346.38万元}`, `{400余条}`, `{十四人}`, `{(11.65)|万元}`,
//   `{95|分}`. After the raw: `|unit` (for a bare number) and `|kind`, `=label` (for relations),
//   `~` approximate / `!~` not approximate (otherwise 约/近/超过/逾 before it, 余/多 inside it and 以上
//   after it make it approximate). In a table a bare number takes the column's unit (`cols=`) or
//   the table's (`unit=`). Only the raw reaches the document.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import iconv from 'iconv-lite';
import { TruthSchema, type Truth, type TruthFigure, type TruthRelation } from '../corpus/truth-schema.ts';

const dirFlag = process.argv.indexOf('--dir');
const HERE = dirFlag >= 0 ? path.resolve(process.argv[dirFlag + 1]!) : path.dirname(fileURLToPath(import.meta.url));

// ---------- figures ----------

const MONEY = ['亿元', '万元', '千元', '元'];
const COUNT_WORDS = [
  '人次', '批次', '户次', '家次', '车次',
  '人', '名', '个', '家', '户', '项', '件', '次', '份', '条', '场', '期', '批', '台', '辆', '套', '所', '处', '股', '室',
  '对', '宗', '座', '盏', '卷', '页', '册', '笔',
];
const MEASURES: Record<string, string> = { 公里: '公里', 吨: '吨', 平方米: '平方米', '㎡': '平方米', 公顷: '公顷', 亩: '亩' };
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

function cnInt(s: string): number {
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in CN_DIGIT) cur = CN_DIGIT[ch]!;
    else if (ch in CN_UNIT) {
      total += (cur || 1) * CN_UNIT[ch]!;
      cur = 0;
    } else throw new Error(`bad Chinese numeral ${s}`);
  }
  return total + cur;
}
function cnNumber(s: string): { value: number; decimals: number } {
  const [i, f] = s.split('点');
  if (f === undefined) return { value: cnInt(i!), decimals: 0 };
  const frac = [...f].map((c) => CN_DIGIT[c]).join('');
  return { value: Number(`${cnInt(i!)}.${frac}`), decimals: frac.length };
}

interface Fig extends TruthFigure {
  label?: string;
}

function parseFigure(raw: string, unitOver: string | undefined, kindOver: string | undefined): Fig {
  let s = raw;
  let sign = 1;
  const paren = /^[(（](.*)[)）]$/.exec(s);
  if (paren) (s = paren[1]!), (sign = -1);
  const neg = /^(-|－|负)/.exec(s);
  if (neg) (s = s.slice(neg[0].length)), (sign = -sign);
  let value: number;
  let decimals: number;
  let rest: string;
  let m: RegExpExecArray | null;
  if ((m = /^百分之([零〇一二两三四五六七八九十百点]+)$/.exec(s))) {
    ({ value, decimals } = cnNumber(m[1]!));
    rest = '%';
  } else if ((m = /^([\d,]+)(?:\.(\d+))?(.*)$/.exec(s))) {
    value = Number(`${m[1]!.replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
    decimals = m[2]?.length ?? 0;
    rest = m[3]!;
  } else if ((m = /^([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(.*)$/.exec(s))) {
    ({ value, decimals } = cnNumber(m[1]!));
    rest = m[2]!;
  } else throw new Error(`cannot read figure ${raw}`);
  let approx = false;
  const am = /^(万|千)?(余|多)/.exec(rest);
  if (am) (approx = true), (rest = (am[1] ?? '') + rest.slice(am[0].length));
  if (rest === '' && unitOver) rest = unitOver;
  let unit: string;
  let kind: TruthFigure['kind'];
  const sc = /^(万|千)?(.*)$/.exec(rest)!;
  if (MONEY.includes(rest)) (unit = rest), (kind = 'amount');
  else if (rest === '%' || rest === '％') (unit = '%'), (kind = 'percent');
  else if (rest === '个百分点') (unit = '个百分点'), (kind = 'percent');
  else if (rest === '分') (unit = '分'), (kind = 'score');
  else if (MEASURES[rest]) (unit = MEASURES[rest]!), (kind = 'measure');
  else if (sc[1] === '万' && MEASURES[sc[2]!]) (unit = `万${MEASURES[sc[2]!]}`), (kind = 'measure');
  else if (COUNT_WORDS.includes(sc[2]!)) (unit = rest), (kind = 'count');
  else throw new Error(`unknown unit "${rest}" in ${raw}`);
  if (kindOver) kind = kindOver as TruthFigure['kind'];
  return { raw, value: sign * value, unit, kind, approx, decimals };
}

// ---------- source ----------

type Block =
  | { t: 'p'; text: string; figs: Fig[] }
  | { t: 'h'; text: string; auto?: 1 | 2 }
  | { t: 'title'; text: string }
  | { t: 'right'; text: string }
  | { t: 'blank' }
  | { t: 'table'; rows: (string | null)[][] };

interface Source {
  name: string;
  file: string;
  department: string;
  year: number;
  kind: 'overall' | 'final_accounts' | 'project';
  format: 'txt' | 'txt-gbk' | 'docx' | 'pdf';
  crlf: boolean;
  header?: string;
  footer?: 'cn' | 'dash';
  tables?: string[];
  errs: string[];
  rels: string[];
  blocks: Block[];
  figs: Fig[];
  headings: string[];
}

const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function readSource(file: string): Source {
  const src: Source = {
    name: path.basename(file), file: '', department: '', year: 0, kind: 'overall', format: 'txt', crlf: false,
    errs: [], rels: [], blocks: [], figs: [], headings: [],
  };
  const lines = readFileSync(file, 'utf8').replace(/\r/g, '').split('\n');
  let table: { rows: (string | null)[][]; unit?: string; cols: string[] } | null = null;
  const auto = [0, 0];
  // replaces the figure marks of one piece of text, recording the figures in order
  const mark = (text: string, unitFor: (k: number) => string | undefined): string => {
    let out = '';
    let last = 0;
    let k = 0;
    for (const m of text.matchAll(/\{([^{}]+)\}/g)) {
      out += text.slice(last, m.index);
      let body = m[1]!;
      let label: string | undefined;
      let approxOver: boolean | undefined;
      if (body.endsWith('!~')) (approxOver = false), (body = body.slice(0, -2));
      else if (body.endsWith('~')) (approxOver = true), (body = body.slice(0, -1));
      const lm = /=([A-Za-z_]\w*)(?=\||$)/.exec(body);
      if (lm) (label = lm[1]), (body = body.slice(0, lm.index) + body.slice(lm.index + lm[0].length));
      const [raw, unit, kind] = body.split('|');
      const f = parseFigure(raw!, unit || unitFor(k), kind);
      const before = out;
      const after = text.slice(m.index! + m[0].length);
      if (/((?<![节合签预制规公缔])约|近|(?<!不)超过|逾)$/.test(before) || /^以上/.test(after)) f.approx = true;
      if (approxOver !== undefined) f.approx = approxOver;
      if (label) {
        if (src.figs.some((g) => g.label === label)) throw new Error(`${file}: label ${label} twice`);
        f.label = label;
      }
      src.figs.push(f);
      out += raw;
      last = m.index! + m[0].length;
      k++;
    }
    return out + text.slice(last);
  };
  for (const line of lines) {
    if (table) {
      if (line.trim() === ']]') {
        src.blocks.push({ t: 'table', rows: table.rows });
        table = null;
      } else if (line.trim().startsWith('|')) {
        const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
        const t = table;
        table.rows.push(cells.map((c, ci) => (c === '^' ? null : mark(c, () => t.cols[ci] || t.unit))));
      } else if (line.trim()) throw new Error(`${file}: bad table line ${line}`);
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = /^@(\w+)\s*(.*)$/.exec(line))) {
      const [, key, val] = m as unknown as [string, string, string];
      if (key === 'file') src.file = val;
      else if (key === 'department') src.department = val;
      else if (key === 'year') src.year = Number(val);
      else if (key === 'kind') src.kind = val as Source['kind'];
      else if (key === 'format') src.format = val as Source['format'];
      else if (key === 'crlf') src.crlf = true;
      else if (key === 'header') src.header = val;
      else if (key === 'footer') src.footer = val as 'cn' | 'dash';
      else if (key === 'tables') src.tables = val.split(',');
      else if (key === 'err') src.errs.push(val);
      else if (key === 'rel') src.rels.push(val);
      else throw new Error(`${file}: unknown directive ${key}`);
    } else if ((m = /^\[\[(.*)$/.exec(line))) {
      const opts = Object.fromEntries([...m[1]!.matchAll(/(\w+)=(\S*)/g)].map((x) => [x[1], x[2]]));
      table = { rows: [], unit: opts.unit, cols: (opts.cols ?? '').split(',') };
    } else if ((m = /^#([12])? (.*)$/.exec(line))) {
      const text = mark(m[2]!, () => undefined);
      if (m[1]) {
        const lv = Number(m[1]) as 1 | 2;
        if (lv === 1) (auto[0]++, (auto[1] = 0));
        else auto[1]++;
        const num = lv === 1 ? `${CN_NUM[auto[0]! - 1]}、` : `（${CN_NUM[auto[1]! - 1]}）`;
        src.headings.push(num + text);
        src.blocks.push({ t: 'h', text, auto: lv });
      } else {
        src.headings.push(text);
        src.blocks.push({ t: 'h', text });
      }
    } else if (line.startsWith('! ')) src.blocks.push({ t: 'title', text: mark(line.slice(2), () => undefined) });
    else if (line.startsWith('> ')) src.blocks.push({ t: 'right', text: mark(line.slice(2), () => undefined) });
    else if (line.trim() === '') src.blocks.push({ t: 'blank' });
    else src.blocks.push({ t: 'p', text: mark(line, () => undefined), figs: [] });
  }
  if (table) throw new Error(`${file}: table not closed`);
  return src;
}

// ---------- relations and errors ----------

function buildRelations(src: Source): { relations: TruthRelation[]; errors: Truth['errors'] } {
  const idx = (label: string): number => {
    const i = src.figs.findIndex((f) => f.label === label);
    if (i < 0) throw new Error(`${src.name}: no figure labelled ${label}`);
    return i;
  };
  const errors = src.errs.map((e) => {
    const [kind, stated, correct, numbers, description] = e.split('|').map((x) => x.trim());
    return { kind: kind as Truth['errors'][number]['kind'], stated: stated!, correct: correct!, numbers: numbers!.split(','), description: description! };
  });
  const relations = src.rels.map((r): TruthRelation => {
    const m = /^(\w+)\s+(\w+)\s+(\w+)\s*=\s*(.*?)\s*(?:!(\d+))?$/.exec(r);
    if (!m) throw new Error(`${src.name}: bad relation ${r}`);
    const [, kind, op, result, expr, err] = m as unknown as [string, string, string, string, string, string?];
    const rel: TruthRelation = { kind: kind as TruthRelation['kind'], op: op as TruthRelation['op'], result: idx(result), operands: [] };
    if (op === 'sum') {
      const terms = expr.split(/\s*(?=[+-])/).map((t) => t.trim());
      for (const t of terms) {
        const tm = /^([+-])?\s*(\w+)$/.exec(t);
        if (!tm) throw new Error(`${src.name}: bad term ${t} in ${r}`);
        if (tm[1] === '-') (rel.minus ??= []).push(idx(tm[2]!));
        else rel.operands.push(idx(tm[2]!));
      }
    } else if (op === 'ratio' || op === 'growth') {
      const [a, b] = expr.split('/').map((x) => x.trim());
      rel.operands = [idx(a!), idx(b!)];
    } else if (op === 'equal' || op === 'le') rel.operands = [idx(expr)];
    else if (op === 'count') rel.items = expr.split(/[、,，]/).map((x) => x.trim());
    else throw new Error(`${src.name}: bad op ${op}`);
    if (err !== undefined) rel.error = Number(err);
    return rel;
  });
  return { relations, errors };
}

// ---------- rendering ----------

function renderTxt(src: Source): Buffer {
  const out: string[] = [];
  for (const b of src.blocks) {
    if (b.t === 'blank') out.push('');
    else if (b.t === 'table') for (const row of b.rows) out.push(row.map((c) => c ?? '').join('\t'));
    else if (b.t === 'h' && b.auto) throw new Error(`${src.name}: auto-numbered heading in a txt`);
    else out.push(b.text);
  }
  const text = out.join(src.crlf ? '\r\n' : '\n') + (src.crlf ? '\r\n' : '\n');
  if (src.format === 'txt-gbk') {
    const buf = iconv.encode(text, 'gbk');
    if (iconv.decode(buf, 'gbk') !== text) throw new Error(`${src.name}: text does not survive GBK`);
    return buf;
  }
  return Buffer.from(text, 'utf8');
}

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const run = (text: string, opts: { bold?: boolean; size?: number; font?: typeof FONT } = {}): TextRun =>
  new TextRun({ text, bold: opts.bold, size: opts.size ?? 28, font: opts.font ?? FONT });

function renderDocx(src: Source): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  for (const b of src.blocks) {
    if (b.t === 'blank') continue;
    if (b.t === 'title') children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(b.text, { bold: true, size: 36, font: { ...FONT, eastAsia: '方正小标宋简体' } })] }));
    else if (b.t === 'right') children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.text)] }));
    else if (b.t === 'h')
      children.push(
        new Paragraph({
          numbering: b.auto ? { reference: 'cn-heading', level: b.auto - 1 } : undefined,
          spacing: { before: 120, after: 60 },
          indent: b.auto ? undefined : { firstLine: 560 },
          children: [run(b.text, { bold: true, font: { ...FONT, eastAsia: b.auto === 1 || /^[一二三四五六七八九十]+、|^第.部分/.test(b.text) ? '黑体' : '楷体_GB2312' } })],
        }),
      );
    else if (b.t === 'p') children.push(new Paragraph({ indent: { firstLine: 560 }, spacing: { line: 360 }, children: [run(b.text)] }));
    else {
      const ncol = Math.max(...b.rows.map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (row, ri) =>
              new TableRow({
                tableHeader: ri === 0,
                cantSplit: true,
                children: Array.from({ length: ncol }, (_, ci) => {
                  const c = row[ci];
                  const below = b.rows[ri + 1]?.[ci];
                  const vMerge = c === null ? VerticalMergeType.CONTINUE : below === null ? VerticalMergeType.RESTART : undefined;
                  return new TableCell({
                    verticalMerge: vMerge,
                    borders: { top: border, bottom: border, left: border, right: border },
                    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: c ? [run(c, { size: 21, bold: ri === 0, font: { ...FONT, eastAsia: '宋体' } })] : [] })],
                  });
                }),
              }),
          ),
        }),
      );
    }
  }
  const footer =
    src.footer === 'cn'
      ? new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'], size: 18 })] })] })
      : src.footer === 'dash'
        ? new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 24 })] })] })
        : undefined;
  const header = src.header ? new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: src.header, size: 18 })] })] }) : undefined;
  const doc = new Document({
    creator: src.department,
    title: src.file.replace(/\.\w+$/, ''),
    numbering: {
      config: [
        {
          reference: 'cn-heading',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 0, firstLine: 560 } } } },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 0, firstLine: 560 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1587, right: 1474 } } },
        headers: header ? { default: header } : undefined,
        footers: footer ? { default: footer } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function writeDocument(src: Source): Promise<number | undefined> {
  const dest = path.join(HERE, src.file);
  if (src.format === 'txt' || src.format === 'txt-gbk') {
    writeFileSync(dest, renderTxt(src));
    return undefined;
  }
  const docx = await renderDocx(src);
  if (src.format === 'docx') {
    writeFileSync(dest, docx);
    return undefined;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'holdout3-'));
  try {
    const base = src.file.replace(/\.pdf$/, '');
    writeFileSync(path.join(dir, `${base}.docx`), docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, `${base}.docx`)], { stdio: 'ignore' });
    renameSync(path.join(dir, `${base}.pdf`), dest);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const info = execFileSync('pdfinfo', [dest], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

// ---------- main ----------

async function main(): Promise<void> {
  const only = process.argv.slice(2).filter((a, i, all) => a !== '--dir' && all[i - 1] !== '--dir');
  const srcDir = path.join(HERE, 'src');
  mkdirSync(path.join(HERE, 'truth'), { recursive: true });
  for (const name of readdirSync(srcDir).filter((n) => n.endsWith('.hand')).sort()) {
    if (only.length && !only.some((o) => name.startsWith(o))) continue;
    const src = readSource(path.join(srcDir, name));
    const { relations, errors } = buildRelations(src);
    const pages = await writeDocument(src);
    const truth: Truth = {
      file: src.file,
      department: src.department,
      year: src.year,
      doc_kind: src.kind,
      clean: errors.length === 0,
      ...(pages ? { pages } : {}),
      ...(src.tables ? { tables: src.tables as Truth['tables'] } : {}),
      headings: src.headings,
      figures: src.figs.map(({ label: _l, approx, ...f }) => ({ ...f, ...(approx ? { approx } : {}) })),
      errors,
      relations,
    };
    const parsed = TruthSchema.safeParse(truth);
    if (!parsed.success) throw new Error(`${name}: ${JSON.stringify(parsed.error.issues)}`);
    writeFileSync(path.join(HERE, 'truth', `${src.file}.json`), `${JSON.stringify(truth, null, 1)}\n`);
    const approx = src.figs.filter((f) => f.approx).map((f) => f.raw);
    console.log(`${src.file}: ${src.headings.length} headings, ${src.figs.length} figures, ${relations.length} relations, ${errors.length} errors${pages ? `, ${pages} pages` : ''}; approx: ${approx.join(' ') || '-'}`);
  }
}

await main();
