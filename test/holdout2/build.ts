// Renders the hand-written sources test/holdout2/src/*.hand into the evaluation documents
// (.txt, GBK .txt, .docx, .pdf via LibreOffice) and their truth files in test/holdout2/truth/.
//
//   npx tsx test/holdout2/build.ts            # all documents
//   npx tsx test/holdout2/build.ts 03         # only sources whose name contains "03"
//
// The text of every document is written by hand in its .hand file; this script only marks up
// and renders it. Source format (see README.md):
//   @file / @department / @year / @doc_kind / @format (txt | txt-gbk | docx | pdf) / @tables / @header / @footer / @crlf
//   ---                                       end of the header
//   # heading text                            a heading, written as the reader sees it
//   #1 text  /  #2 text                       a heading numbered by Word auto-numbering (一、 / （一）), docx/pdf only
//   !t text  /  !c text  /  !r text           title line / table caption (centred) / right-aligned line (signature, date)
//   | a | b |   (|! for a header row)         table rows; consecutive rows make one table
//   @unit 万元  /  @unit -                    unit of bare numbers from here on (tables, shared units)
//   @restart                                  auto-numbered headings start again at 一、
//   ⟦raw|unit|kind~!#id⟧                     a figure: raw as printed; unit/kind only when not in raw;
//                                             ~ approx, ! not approx (else 余/多/约/近/超过/以上 decide); #id for relations
//   ===                                       end of the body
//   @rel KIND:sum r = a + b - c   @rel KIND:ratio r = a / b   @rel KIND:growth r = this ~ last
//   @rel KIND:equal r = a         @rel KIND:le r <= a        @rel KIND:count r : 甲、乙、丙
//        (append !N when error N breaks it)
//   @err KIND | description | stated | correct [| n1,n2,…]

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, Footer, Header, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import iconv from 'iconv-lite';
import { TruthSchema, type Truth, type TruthFigure, type TruthRelation } from '../corpus/truth-schema.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---------- figures ----------

const MONEY = ['亿元', '万元', '千元', '元'];
const MEASURES = ['平方米', '公里', '公顷', '吨', '亩'];
const COUNTS = [
  '人次', '批次', '户次', '家次', '车次', '人', '名', '个', '家', '户', '项', '件', '次', '份', '条', '场', '期', '批', '台', '辆',
  '套', '所', '处', '股', '室', '对', '宗', '座', '盏', '卷', '页', '册', '笔',
];
const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

function cnInt(s: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch]!;
    else if (ch in CN_UNIT) {
      total += (digit === 0 ? 1 : digit) * CN_UNIT[ch]!;
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${s}`);
  }
  return total + digit;
}

function cnNumber(s: string): { value: number; decimals: number } {
  const [i, f] = s.split('点');
  if (f === undefined) return { value: cnInt(i!), decimals: 0 };
  const frac = [...f].map((c) => CN_DIGIT[c]!).join('');
  return { value: Number(`${cnInt(i!)}.${frac}`), decimals: frac.length };
}

function unitOf(suffix: string): { unit: string; kind: TruthFigure['kind'] } | null {
  if (suffix === '%' || suffix === '％') return { unit: '%', kind: 'percent' };
  if (suffix === '个百分点') return { unit: '个百分点', kind: 'percent' };
  if (suffix === '分') return { unit: '分', kind: 'score' };
  if (MONEY.includes(suffix)) return { unit: suffix, kind: 'amount' };
  const m = /^(万|千)?(.+)$/.exec(suffix)!;
  const scale = m[1] ?? '';
  const base = m[2] === '㎡' ? '平方米' : m[2]!;
  if (MEASURES.includes(base)) return { unit: scale + base, kind: 'measure' };
  if (COUNTS.includes(base)) return { unit: scale + base, kind: 'count' };
  return null;
}

interface Parsed extends TruthFigure {
  id?: string;
}

function parseFigure(spec: string, defaultUnit: string | null, before: string, after: string): Parsed {
  let s = spec;
  let id: string | undefined;
  const idm = /#([A-Za-z0-9_]+)$/.exec(s);
  if (idm) {
    id = idm[1];
    s = s.slice(0, idm.index);
  }
  let force: boolean | undefined;
  if (s.endsWith('~')) (force = true), (s = s.slice(0, -1));
  else if (s.endsWith('!')) (force = false), (s = s.slice(0, -1));
  const [raw, unitArg, kindArg] = s.split('|') as [string, string?, string?];
  const m = /^(负|-|－|\(|（)?(百分之)?([0-9][0-9,]*(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千点]+)(.*?)([)）])?$/.exec(raw);
  if (!m) throw new Error(`cannot read figure ${raw}`);
  const [, sign, pct, num, rest0, close] = m;
  let value: number;
  let decimals: number;
  if (/^[0-9]/.test(num!)) {
    const plain = num!.replace(/,/g, '');
    value = Number(plain);
    decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
  } else ({ value, decimals } = cnNumber(num!));
  if (sign) value = -value;
  if ((sign === '(' || sign === '（') !== Boolean(close)) throw new Error(`unbalanced parentheses in ${raw}`);
  let rest = rest0!;
  let approx = false;
  const am = /^(万|千)?(余|多)(.*)$/.exec(rest);
  if (am) {
    approx = true;
    rest = (am[1] ?? '') + am[3];
  }
  let unit: string;
  let kind: TruthFigure['kind'];
  if (pct) {
    if (rest) throw new Error(`text after 百分之 in ${raw}`);
    unit = '%';
    kind = 'percent';
  } else if (rest) {
    const u = unitOf(rest);
    if (!u) throw new Error(`unknown unit "${rest}" in ${raw}`);
    ({ unit, kind } = u);
  } else {
    const u = unitArg ?? defaultUnit;
    if (!u) throw new Error(`bare number ${raw} without a unit`);
    const k = unitOf(u);
    if (!k) throw new Error(`unknown unit ${u} for ${raw}`);
    ({ unit, kind } = k);
  }
  if (kindArg) kind = kindArg as TruthFigure['kind'];
  if (/(约|近|超过)$/.test(before) || /^以上/.test(after)) approx = true;
  if (force !== undefined) approx = force;
  const fig: Parsed = { raw, value, unit, kind };
  if (approx) fig.approx = true;
  if (/[0-9]/.test(num!) || pct) fig.decimals = decimals;
  if (id) fig.id = id;
  return fig;
}

// ---------- source ----------

type Block =
  | { type: 'p'; text: string; style: 'body' | 'title' | 'caption' | 'right' }
  | { type: 'h'; text: string; auto?: 1 | 2; instance?: number; shown: string }
  | { type: 'table'; rows: { header: boolean; cells: string[] }[] };

interface Source {
  meta: Record<string, string>;
  blocks: Block[];
  figures: Parsed[];
  headings: string[];
  rels: string[];
  errs: string[];
}

const FIG = /⟦([^⟧]*)⟧/g;
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function readSource(file: string): Source {
  const lines = readFileSync(file, 'utf8').replace(/\r/g, '').split('\n');
  const meta: Record<string, string> = {};
  let i = 0;
  for (; lines[i] !== '---'; i++) {
    const m = /^@(\w+)\s*(.*)$/.exec(lines[i]!);
    if (m) meta[m[1]!] = m[2]!;
    else if (lines[i]!.trim()) throw new Error(`${file}: header line ${lines[i]}`);
  }
  i++;
  const blocks: Block[] = [];
  const figures: Parsed[] = [];
  const headings: string[] = [];
  let unit: string | null = null;
  const auto = [0, 0];
  let instance = 0;
  const render = (text: string): string => {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(FIG)) {
      out += text.slice(last, m.index);
      const spec = m[1]!;
      const after = text.slice(m.index! + m[0].length).replace(FIG, (_a, b: string) => b.split('|')[0]!.replace(/[~!]?(#\w+)?$/, ''));
      const fig = parseFigure(spec, unit, out, after);
      figures.push(fig);
      out += fig.raw;
      last = m.index! + m[0].length;
    }
    return out + text.slice(last);
  };
  for (; lines[i] !== '==='; i++) {
    if (i >= lines.length) throw new Error(`${file}: no === line`);
    const line = lines[i]!;
    if (line === '@restart') {
      instance++;
      auto[0] = 0;
      auto[1] = 0;
      continue;
    }
    if (line.startsWith('@unit')) {
      const u = line.slice(5).trim();
      unit = u === '-' ? null : u;
      continue;
    }
    if (line.startsWith('|')) {
      const header = line.startsWith('|!');
      const cells = line.slice(header ? 2 : 1).replace(/\|\s*$/, '').split('|').map((c) => render(c.trim()));
      const prev = blocks[blocks.length - 1];
      if (prev?.type === 'table') prev.rows.push({ header, cells });
      else blocks.push({ type: 'table', rows: [{ header, cells }] });
      continue;
    }
    const hm = /^#([12])? (.*)$/.exec(line);
    if (hm) {
      const text = render(hm[2]!);
      if (hm[1]) {
        const lvl = Number(hm[1]) as 1 | 2;
        if (lvl === 1) (auto[0]!++, (auto[1] = 0));
        else auto[1]!++;
        const shown = lvl === 1 ? `${CN[auto[0]!]}、${text}` : `（${CN[auto[1]!]}）${text}`;
        blocks.push({ type: 'h', text, auto: lvl, instance, shown });
        headings.push(shown);
      } else {
        blocks.push({ type: 'h', text, shown: text });
        headings.push(text);
      }
      continue;
    }
    if (line.startsWith('!t ')) blocks.push({ type: 'p', text: render(line.slice(3)), style: 'title' });
    else if (line.startsWith('!c ')) blocks.push({ type: 'p', text: render(line.slice(3)), style: 'caption' });
    else if (line.startsWith('!r ')) blocks.push({ type: 'p', text: render(line.slice(3)), style: 'right' });
    else blocks.push({ type: 'p', text: render(line), style: 'body' });
  }
  const rels: string[] = [];
  const errs: string[] = [];
  for (i++; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (l.startsWith('@rel ')) rels.push(l.slice(5));
    else if (l.startsWith('@err ')) errs.push(l.slice(5));
    else if (l) throw new Error(`${file}: trailer line ${l}`);
  }
  return { meta, blocks, figures, headings, rels, errs };
}

// ---------- relations and errors ----------

function buildRelations(src: Source): TruthRelation[] {
  const index = new Map<string, number>();
  src.figures.forEach((f, k) => {
    if (f.id) {
      if (index.has(f.id)) throw new Error(`duplicate figure id ${f.id}`);
      index.set(f.id, k);
    }
  });
  const ref = (id: string): number => {
    const k = index.get(id.trim());
    if (k === undefined) throw new Error(`unknown figure id ${id}`);
    return k;
  };
  return src.rels.map((line) => {
    let body = line;
    let error: number | undefined;
    const em = /\s!(\d+)$/.exec(body);
    if (em) {
      error = Number(em[1]);
      body = body.slice(0, em.index);
    }
    const m = /^(\w+):(\w+)\s+(\w+)\s*(<=|=|:)\s*(.*)$/.exec(body);
    if (!m) throw new Error(`cannot read relation ${line}`);
    const [, kind, op, res, , rhs] = m;
    const r: TruthRelation = { kind: kind as TruthRelation['kind'], op: op as TruthRelation['op'], result: ref(res!), operands: [] };
    if (op === 'sum') {
      const terms = rhs!.match(/[+-]?\s*\w+/g)!;
      for (const t of terms) {
        const minus = t.trim().startsWith('-');
        const k = ref(t.replace(/[+-]/, ''));
        if (minus) (r.minus ??= []).push(k);
        else r.operands.push(k);
      }
    } else if (op === 'ratio') r.operands = rhs!.split('/').map(ref);
    else if (op === 'growth') r.operands = rhs!.split('~').map(ref);
    else if (op === 'equal' || op === 'le') r.operands = [ref(rhs!)];
    else if (op === 'count') r.items = rhs!.split('、').map((x) => x.trim());
    else throw new Error(`unknown op ${op}`);
    if (error !== undefined) r.error = error;
    return r;
  });
}

function numberText(raw: string): string {
  return /[0-9][0-9,]*(\.[0-9]+)?/.exec(raw)?.[0] ?? raw;
}

function buildErrors(src: Source, rels: TruthRelation[]): Truth['errors'] {
  return src.errs.map((line, e) => {
    const [kind, description, stated, correct, numbers] = line.split('|').map((x) => x.trim());
    let nums: string[];
    if (numbers) nums = numbers.split(',').map((x) => x.trim());
    else {
      const seen = new Set<number>();
      for (const r of rels.filter((x) => x.error === e)) {
        for (const k of [r.result, ...r.operands, ...(r.minus ?? [])]) seen.add(k);
      }
      nums = [...seen].map((k) => numberText(src.figures[k]!.raw));
      if (nums.length === 0) nums = [stated!];
    }
    return { kind: kind as Truth['errors'][number]['kind'], description: description!, stated: stated!, correct: correct!, numbers: nums };
  });
}

// ---------- rendering ----------

function plainText(src: Source, crlf: boolean): string {
  const out: string[] = [];
  for (const b of src.blocks) {
    if (b.type === 'table') for (const r of b.rows) out.push(r.cells.join('\t'));
    else out.push(b.type === 'h' ? b.shown : b.text);
  }
  return out.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
}

const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋', hAnsi: 'Times New Roman' };

function docxDocument(src: Source): Document {
  const children: (Paragraph | Table)[] = [];
  for (const b of src.blocks) {
    if (b.type === 'table') {
      const cols = Math.max(...b.rows.map((r) => r.cells.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                tableHeader: r.header,
                children: r.cells.map(
                  (c, k) =>
                    new TableCell({
                      columnSpan: k === r.cells.length - 1 && r.cells.length < cols ? cols - r.cells.length + 1 : undefined,
                      children: [
                        new Paragraph({
                          alignment: AlignmentType.CENTER,
                          children: [new TextRun({ text: c, bold: r.header, size: 20, font: FONT })],
                        }),
                      ],
                    }),
                ),
              }),
          ),
        }),
      );
      continue;
    }
    if (b.type === 'h') {
      children.push(
        new Paragraph({
          numbering: b.auto ? { reference: 'cn-heading', level: b.auto - 1, instance: b.instance } : undefined,
          indent: b.auto ? undefined : { firstLine: 640 },
          spacing: { before: 120, after: 60 },
          children: [new TextRun({ text: b.text, bold: true, size: 32, font: { ...FONT, eastAsia: b.auto === 1 || /^[一二三四五六七八九十]+、/.test(b.text) ? '黑体' : '楷体' } })],
        }),
      );
      continue;
    }
    if (b.style === 'title') {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.text, bold: true, size: 40, font: { ...FONT, eastAsia: '方正小标宋简体' } })] }));
    } else if (b.style === 'caption') {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [new TextRun({ text: b.text, bold: true, size: 28, font: { ...FONT, eastAsia: '黑体' } })] }));
    } else if (b.style === 'right') {
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: b.text, size: 32, font: FONT })] }));
    } else {
      children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 360 }, children: [new TextRun({ text: b.text, size: 32, font: FONT })] }));
    }
  }
  const header = src.meta.header
    ? new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
            children: [new TextRun({ text: src.meta.header, size: 18, font: FONT })],
          }),
        ],
      })
    : undefined;
  const footerStyle = src.meta.footer ?? 'dash';
  const footerRuns =
    footerStyle === 'of'
      ? [new TextRun({ text: '第 ', size: 18 }), new TextRun({ children: [PageNumber.CURRENT], size: 18 }), new TextRun({ text: ' 页，共 ', size: 18 }), new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }), new TextRun({ text: ' 页', size: 18 })]
      : [new TextRun({ text: '- ', size: 18 }), new TextRun({ children: [PageNumber.CURRENT], size: 18 }), new TextRun({ text: ' -', size: 18 })];
  return new Document({
    creator: src.meta.department,
    numbering: {
      config: [
        {
          reference: 'cn-heading',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { firstLine: 640 } } } },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { firstLine: 640 } } } },
          ],
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } },
        headers: header ? { default: header } : undefined,
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerRuns })] }) },
        children,
      },
    ],
  });
}

/** One key per line, one array element (figure, heading, relation, error) per line. */
function formatTruth(t: Truth): string {
  const lines = Object.entries(t).map(([k, v]) => {
    if (Array.isArray(v) && v.length > 0) return `  ${JSON.stringify(k)}: [\n${v.map((x) => `    ${JSON.stringify(x)}`).join(',\n')}\n  ]`;
    return `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

// ---------- main ----------

async function main(): Promise<void> {
  const filter = process.argv[2];
  const srcDir = path.join(HERE, 'src');
  const truthDir = path.join(HERE, 'truth');
  mkdirSync(truthDir, { recursive: true });
  const names = readdirSync(srcDir).filter((n) => n.endsWith('.hand') && (!filter || n.includes(filter))).sort();
  for (const name of names) {
    const src = readSource(path.join(srcDir, name));
    const file = src.meta.file!;
    const format = src.meta.format!;
    const rels = buildRelations(src);
    const errors = buildErrors(src, rels);
    const out = path.join(HERE, file);
    if (format === 'txt' || format === 'txt-gbk') {
      const text = plainText(src, 'crlf' in src.meta);
      writeFileSync(out, format === 'txt-gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
      if (format === 'txt-gbk' && iconv.decode(iconv.encode(text, 'gbk'), 'gbk') !== text) throw new Error(`${file}: text not representable in GBK`);
    } else {
      const buf = await Packer.toBuffer(docxDocument(src));
      if (format === 'docx') writeFileSync(out, buf);
      else {
        const tmp = mkdtempSync(path.join(os.tmpdir(), 'holdout2-'));
        const docx = path.join(tmp, file.replace(/\.pdf$/, '.docx'));
        writeFileSync(docx, buf);
        execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'ignore' });
        copyFileSync(docx.replace(/\.docx$/, '.pdf'), out);
        rmSync(tmp, { recursive: true, force: true });
      }
    }
    const truth: Truth = {
      file,
      department: src.meta.department!,
      year: Number(src.meta.year),
      doc_kind: src.meta.doc_kind as Truth['doc_kind'],
      clean: errors.length === 0,
      ...(format === 'pdf' ? { pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1]) } : {}),
      ...(src.meta.tables ? { tables: src.meta.tables.split(',').map((x) => x.trim()) as Truth['tables'] } : {}),
      headings: src.headings,
      figures: src.figures.map(({ id: _id, ...f }) => f),
      errors,
      relations: rels,
    };
    const parsed = TruthSchema.safeParse(truth);
    if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(parsed.error.issues)}`);
    writeFileSync(path.join(truthDir, `${file}.json`), formatTruth(truth));
    console.log(`${file}: ${src.headings.length} headings, ${src.figures.length} figures, ${errors.length} errors, ${rels.length} relations`);
  }
}

await main();
