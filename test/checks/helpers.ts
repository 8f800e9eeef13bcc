// Test helper: a document from real-style Chinese text (one paragraph a line,
// or tables as rows of cells) run through buildDoc and the figure extractor.
import { buildDoc } from '../../src/document.ts';
import type { Doc, Figure, FigureKind, RawBlock } from '../../src/model.ts';

type Extract = (doc: Doc) => { figures: Figure[] };
const extractorPath = '../../src/figures/index.ts';
let extract: Extract | null = null;
try {
  extract = ((await import(/* @vite-ignore */ extractorPath)) as { extractFigures: Extract }).extractFigures;
} catch {
  extract = null;
}

const UNIT = '万元|亿元|千元|元|%|个百分点|人次|人|名|个|项|分|次|件|份|条|家';
const NUMBER = new RegExp(`(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)(${UNIT})`, 'g');

function kindOf(unit: string): FigureKind {
  if (/元$/.test(unit)) return 'amount';
  if (unit === '%' || unit === '个百分点') return 'percent';
  if (unit === '分') return 'score';
  return 'count';
}

const WAN: Record<string, number> = { 元: -4, 千元: -1, 万元: 0, 亿元: 4 };
function toWan(value: string, unit: string): string {
  const shift = WAN[unit] ?? 0;
  const neg = value.startsWith('-');
  const [i, f = ''] = value.replace('-', '').split('.');
  const digits = i! + f;
  let point = i!.length + shift;
  let d = digits;
  if (point <= 0) {
    d = '0'.repeat(1 - point) + d;
    point = 1;
  }
  while (d.length < point) d += '0';
  const s = `${d.slice(0, point)}.${d.slice(point)}`.replace(/\.?0+$/, '').replace(/^0+(?=\d)/, '') || '0';
  return neg ? `-${s}` : s;
}

/** A stand-in for src/figures until it lands: numbers with a unit, bare numbers in tables. */
function crudeFigures(doc: Doc): Figure[] {
  const out: Omit<Figure, 'id'>[] = [];
  const push = (value: string, unit: string, raw: string, block: number, cell: Figure['cell'], start: number, label: string | null) => {
    const kind = kindOf(unit);
    const v = value.replace(/,/g, '');
    out.push({
      kind, value: v, unit, amountWan: kind === 'amount' ? toWan(v, unit) : null,
      decimals: v.includes('.') ? v.length - v.indexOf('.') - 1 : 0, approx: false, raw, label, metric: null,
      block, cell, start, end: start + raw.length, page: null, section: doc.blocks[block]!.section,
    });
  };
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      for (const m of b.text.text.matchAll(NUMBER)) {
        const before = b.text.text.slice(0, m.index);
        const neg = /(?:减少|下降|调减|降低)$/.test(before) && !m[1]!.startsWith('-');
        push(neg ? `-${m[1]}` : m[1]!, m[2]!, m[0], b.index, null, m.index!, null);
      }
    } else {
      b.rows.forEach((row, r) =>
        row.forEach((c, col) => {
          const t = c.text.text;
          const m = /^(-?\d[\d,]*(?:\.\d+)?)(%|分|人)?$/.exec(t);
          if (!m) return;
          const header = b.rows.slice(0, r).map((x) => x[col]?.text.text ?? '').join(' ');
          const unit = m[2] ?? (/分值|得分|分数/.test(header) ? '分' : /率|%/.test(header) ? '%' : /人数/.test(header) ? '人' : '万元');
          push(m[1]!, unit, t, b.index, { row: r, col }, 0, null);
        }),
      );
    }
  }
  return out.map((f, i) => ({ ...f, id: `f${String(i + 1).padStart(4, '0')}` }));
}

export const usingRealExtractor = (): boolean => extract !== null;

/** A document from blocks: a string is a paragraph (several lines, several paragraphs), an array of rows a table. */
export function docFrom(...parts: (string | string[][])[]): Doc {
  const blocks: RawBlock[] = [];
  for (const p of parts) {
    if (typeof p === 'string') {
      for (const line of p.split(/\r?\n/)) if (line.trim()) blocks.push({ kind: 'paragraph', text: line.trim(), page: null });
    } else blocks.push({ kind: 'table', rows: p, page: null });
  }
  const doc = buildDoc('2024-测试局-部门整体支出绩效自评报告.txt', 'txt', { blocks, pages: null, messages: [] });
  doc.figures = extract ? extract(doc).figures : crudeFigures(doc);
  return doc;
}

export const docFromText = (text: string): Doc => docFrom(text);
