// The truth agrees with the committed files: in the .docx and .txt documents every truth
// figure span and heading is found in order; non-figures (years, dates, articles, document
// numbers, ranks, phone numbers, idioms) are in the documents but never in the truth; and the
// figures cover every phrasing of DOMAIN.md.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { docxParagraphs } from '../corpus-gen/docx-text.ts';
import { type Truth, TruthSchema } from './truth-schema.ts';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');
const files = readdirSync(CORPUS).filter((f) => /\.(docx|doc|pdf|txt)$/.test(f)).sort();
const truthOf = (f: string): Truth => TruthSchema.parse(JSON.parse(readFileSync(path.join(CORPUS, 'truth', `${f}.json`), 'utf8')));
const all = files.map(truthOf);
const figures = all.flatMap((t) => t.figures);

function textOf(f: string): { text: string; lines: string[] } {
  const b = readFileSync(path.join(CORPUS, f));
  if (f.endsWith('.docx')) {
    const ps = docxParagraphs(b);
    return { text: ps.map((p) => p.text).join('\n'), lines: ps.map((p) => p.text) };
  }
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    s = iconv.decode(b, 'gbk');
  }
  return { text: s, lines: s.split(/\r?\n/) };
}

const readable = files.filter((f) => f.endsWith('.docx') || f.endsWith('.txt'));

describe.each(readable)('%s', (f) => {
  const t = truthOf(f);
  const { text, lines } = textOf(f);
  it('holds every truth figure, in order', () => {
    let at = 0;
    for (const fig of t.figures) {
      const i = text.indexOf(fig.raw, at);
      expect(i, `${fig.raw} after offset ${at}`).toBeGreaterThanOrEqual(0);
      at = i + fig.raw.length;
    }
  });
  it('holds every truth heading as a line of its own, in order (auto numbers are not in the text)', () => {
    let li = 0;
    for (const h of t.headings) {
      while (li < lines.length && !h.endsWith(lines[li]!.replace(/^\s+/, '')) ) li++;
      expect(li, h).toBeLessThan(lines.length);
      li++;
    }
  });
});

// word-extractor (untyped CommonJS) reads .doc; it gives curly quotes as ASCII ": compare with quotes unified.
const WordExtractor = createRequire(import.meta.url)('word-extractor') as new () => { extract(file: string): Promise<{ getBody(): string }> };
const unquote = (s: string) => s.replace(/[“”]/g, '"');

describe.each(files.filter((f) => f.endsWith('.doc')))('%s (word-extractor)', (f) => {
  it('holds every truth figure and heading, in order', async () => {
    const body = unquote((await new WordExtractor().extract(path.join(CORPUS, f))).getBody());
    const t = truthOf(f);
    for (const [what, spans] of [['figure', t.figures.map((x) => x.raw)], ['heading', t.headings]] as const) {
      let at = 0;
      for (const span of spans) {
        const i = body.indexOf(unquote(span), at);
        expect(i, `${what} ${span} after offset ${at}`).toBeGreaterThanOrEqual(0);
        at = i + span.length;
      }
    }
  });
});

describe('headings', () => {
  const headings = all.flatMap((t) => t.headings);
  it.each([
    ['第一部分', /^第[一二三四五六七八九十]+部分/],
    ['一、', /^[一二三四五六七八九十]+、/],
    ['（一）', /^（[一二三四五六七八九十]+）/],
    ['(一)', /^\([一二三四五六七八九十]+\)/],
    ['1.', /^\d+\.[^\d]/],
    ['1、', /^\d+、/],
    ['1．', /^\d+．/],
    ['（1）', /^（\d+）/],
    ['(1)', /^\(\d+\)/],
    ['①', /^[①②③④⑤⑥⑦⑧⑨⑩]/],
  ])('the style %s occurs', (_, re) => {
    expect(headings.some((h) => re.test(h))).toBe(true);
  });
  it('some headings are unnumbered, in several documents', () => {
    const numbered = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[①②③④⑤⑥⑦⑧⑨⑩])/;
    expect(all.filter((t) => t.headings.some((h) => !numbered.test(h))).length).toBeGreaterThanOrEqual(10);
  });
  it('no heading ends with 。', () => {
    for (const h of headings) expect(h.endsWith('。'), h).toBe(false);
  });
});

describe('non-figures', () => {
  const NOT_FIGURES = [/^\d{4}年?$/, /日$/, /月$/, /^第.+[条位项]$/, /号$/, /^一站式|一揽子|一岗双责|三个不予受理|两个维护$/, /^\d{3,4}-\d{7,8}$/, /^1\d{10}$/];
  it('none is a truth figure', () => {
    for (const fig of figures) for (const re of NOT_FIGURES) expect(re.test(fig.raw), fig.raw).toBe(false);
  });
  it('the documents contain each kind of non-figure', () => {
    const corpus = readable.map((f) => textOf(f).text).join('\n');
    for (const re of [/\d{4}年/, /\d{1,2}日/, /\d-\d月/, /第[一二三四五六七八九十百]+条/, /〔20\d\d〕\d+号/, /第\d位/, /联系电话：(0\d{3}-\d{7}|1\d{10})/, /一站式/, /一揽子/, /一岗双责/, /三个不予受理/, /两个维护/]) {
      expect(corpus, String(re)).toMatch(re);
    }
  });
});

describe('phrasings of figures (DOMAIN.md "Figures")', () => {
  const some = (pred: (f: Truth['figures'][number]) => boolean, what: string) => expect(figures.some(pred), what).toBe(true);
  it('units 元, 万元, 亿元 and thousands separators', () => {
    for (const u of ['元', '万元', '亿元']) some((f) => f.kind === 'amount' && f.unit === u, u);
    some((f) => /\d,\d{3}/.test(f.raw), 'separators');
  });
  it('negatives written five ways', () => {
    some((f) => f.value < 0 && f.raw.startsWith('-'), '-');
    some((f) => f.value < 0 && f.raw.startsWith('－'), '－');
    some((f) => f.value < 0 && f.raw.startsWith('负'), '负');
    some((f) => f.value < 0 && f.raw.startsWith('('), '()');
    some((f) => f.value < 0 && f.raw.startsWith('（'), '（）');
  });
  it('%, ％, 百分之…, 个百分点', () => {
    some((f) => f.raw.endsWith('%'), '%');
    some((f) => f.raw.endsWith('％') && f.unit === '%', '％');
    some((f) => f.raw.startsWith('百分之') && f.unit === '%', '百分之');
    some((f) => f.unit === '个百分点' && f.kind === 'percent', '个百分点');
  });
  it('Chinese-numeral counts, approximations, scale words in units, measures, scores', () => {
    some((f) => f.kind === 'count' && /^[一二两三四五六七八九十百]+/.test(f.raw), 'Chinese numerals');
    some((f) => f.approx === true && /余/.test(f.raw), '余');
    some((f) => f.approx === true && /多/.test(f.raw), '多');
    some((f) => f.approx === true && !/[余多]/.test(f.raw), '约/以上 outside the span');
    some((f) => f.unit === '万人次', '万人次');
    some((f) => f.unit === '万份' && f.approx === true, '1.5万余份');
    for (const u of ['公里', '吨', '平方米', '亩']) some((f) => f.kind === 'measure' && f.unit.endsWith(u), u);
    some((f) => f.kind === 'measure' && f.raw.endsWith('㎡') && f.unit === '平方米', '㎡');
    some((f) => f.kind === 'score' && f.raw.endsWith('分'), '95分');
    some((f) => f.kind === 'score' && !f.raw.endsWith('分'), 'bare score cell');
  });
  it('bare numbers borrowing a unit (table cells, lists with one unit)', () => {
    some((f) => f.kind === 'amount' && /^[\d,.]+$/.test(f.raw), 'bare amount');
  });
});
