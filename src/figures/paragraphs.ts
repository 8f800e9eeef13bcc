// Figures of running text: scan a paragraph, label each figure from its clause
// (or a list's names), and map labels to metrics with the sentence's subject.
import type { Finding, Paragraph } from '../model.ts';
import { compiledLabels } from './config.ts';
import { unreadableFinding, type Draft } from './draft.ts';
import { scanText, type UnitHit } from './grammar.ts';
import { clauseStart, labelBefore, listLabels, nounAfter } from './labels.ts';
import { metricWithSubject, subjectOf } from './metrics.ts';

const SENTENCE_END = new Set(['。', '；', ';', '！', '？', '!', '?']);

/** The label of a figure in running text: its clause, or a count's noun after it. */
function textLabel(text: string, hit: UnitHit, floor: number): string | null {
  if (hit.kind === 'count' || hit.kind === 'measure') {
    const noun = nounAfter(text, hit.end);
    if (noun) return noun;
  }
  const from = clauseStart(text, hit.start, floor);
  const own = labelBefore(text.slice(from, hit.start));
  if (own) return own;
  // 固定资产利用率：100% — the label sits before the colon.
  const mark = text[from - 1];
  if ((mark === '：' || mark === ':') && from - 1 > floor) {
    const prev = clauseStart(text, from - 1, floor);
    return labelBefore(text.slice(prev, from - 1));
  }
  return null;
}

/**
 * Drafts of a paragraph's figures. `lead` is the unfinished sentence of the
 * paragraph before, when a reader broke a sentence in two (年度调整预算数 /
 * （15.04）万元，…): labels and subjects read on across the break.
 */
export function paragraphDrafts(p: Paragraph, findings: Finding[], lead = ''): Draft[] {
  const text = p.text.text;
  const scan = scanText(text);
  for (const u of scan.unreadable) findings.push(unreadableFinding(p, text, u, null));
  for (const b of scan.bare) {
    if (b.decimals > 0) findings.push(unreadableFinding(p, text, { start: b.start, end: b.end, reason: '没有可识别的单位' }, null));
  }
  // Labels are read in the lead and the paragraph together; positions shift by the lead.
  const context = lead + text;
  const shifted = scan.figures.map((h) => ({ ...h, start: h.start + lead.length, end: h.end + lead.length }));
  const labels = paragraphLabels(context, shifted);
  const drafts: Draft[] = [];
  let subject: string | null = null;
  let sentenceStart = 0;
  scan.figures.forEach((hit, k) => {
    const sentence = lastSentenceStart(context, shifted[k]!.start);
    if (sentence !== sentenceStart) {
      sentenceStart = sentence;
      subject = null;
    }
    const label = labels[k] ?? null;
    const metric = metricWithSubject(label, hit.kind, subject);
    subject = subjectOf(label) ?? subject;
    drafts.push({ hit, unit: hit.unit, kind: hit.kind, toWan: hit.toWan, label, metric, cell: null, raw: text.slice(hit.start, hit.end) });
  });
  return drafts;
}

/** The unfinished last sentence of a paragraph, or '' when it ends a sentence. */
export function unfinishedSentence(text: string): string {
  if (!text || /[。；;！？!?：:]\s*$/.test(text)) return '';
  return text.slice(lastSentenceStart(text, text.length));
}

/**
 * Labels of a paragraph's figures. Figures joined only by 、/和 form a list: its
 * names before 分别为 label it one by one, or its members share the first label.
 */
function paragraphLabels(text: string, hits: readonly UnitHit[]): (string | null)[] {
  const { listGap } = compiledLabels();
  const out: (string | null)[] = [];
  let k = 0;
  while (k < hits.length) {
    let e = k + 1;
    while (e < hits.length && listGap.test(text.slice(hits[e - 1]!.end, hits[e]!.start))) e++;
    const sentence = lastSentenceStart(text, hits[k]!.start);
    const group = hits.slice(k, e);
    const byName = group.length > 1 ? listLabels(text, group.map((h) => h.start), sentence) : null;
    group.forEach((hit, g) => {
      if (byName) {
        out.push(byName[g]!);
        return;
      }
      const own = textLabel(text, hit, g === 0 ? floorOf(hits, k, sentence) : group[g - 1]!.end);
      out.push(own ?? (g > 0 ? out[k] ?? null : clauseWithoutFigures(text, hits, k + g, sentence)));
    });
    k = e;
  }
  return out;
}

/** The clause of figure k starts after the previous figure when that sits in the same sentence. */
function floorOf(hits: readonly UnitHit[], k: number, sentence: number): number {
  return k > 0 ? Math.max(hits[k - 1]!.end, sentence) : sentence;
}

/**
 * When the words before a figure were all cut off by the previous figure
 * (占预算22.32万元的95.16%), its label is its whole clause with the figures left out: 占预算的.
 */
function clauseWithoutFigures(text: string, hits: readonly UnitHit[], k: number, sentence: number): string | null {
  const hit = hits[k]!;
  const from = clauseStart(text, hit.start, sentence);
  let clause = '';
  let at = from;
  for (let j = 0; j < k; j++) {
    const h = hits[j]!;
    if (h.end <= from || h.start < from) continue;
    clause += text.slice(at, h.start);
    at = h.end;
  }
  clause += text.slice(at, hit.start);
  return labelBefore(clause);
}

function lastSentenceStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (SENTENCE_END.has(text[i]!)) return i + 1;
  return 0;
}

