// Writes the truth of a generated document from the same figure specs the text was made from.

import type { Truth, TruthRelation } from '../corpus/truth-schema.ts';
import { collectFigures, DocBuilder, type Fig } from './builder.ts';
import type { DocKind } from './facts.ts';
import type { Injected } from './inject.ts';
import { attribute } from './inject.ts';
import { decimalsOf } from './numfmt.ts';

export function headingsOf(b: DocBuilder): string[] {
  return b.blocks.flatMap((bl) => (bl.t === 'heading' ? [b.resolveText(bl.num + bl.sep + bl.text)] : []));
}

export function buildTruth(b: DocBuilder, meta: { file: string; department: string; year: number; docKind: DocKind }, errors: Injected[]): Truth {
  const resolved = collectFigures(b).filter((r) => r.fig.spec.kind !== 'year');
  const index = new Map<Fig, number>();
  const figures = resolved.map(({ fig, raw }, i) => {
    index.set(fig, i);
    const s = fig.spec;
    return {
      raw,
      value: Number(s.value),
      unit: s.unit,
      kind: s.kind as Exclude<typeof s.kind, 'year'>,
      ...(s.approx ? { approx: true } : {}),
      decimals: decimalsOf(s.value),
    };
  });
  const owner = attribute(b, errors);
  const at = (f: Fig) => {
    const i = index.get(f);
    if (i === undefined) throw new Error(`relation figure ${f.spec.label} is not in the document`);
    return i;
  };
  const relations: TruthRelation[] = b.rels.map((r, k) => ({
    kind: r.kind,
    op: r.op,
    result: at(r.result),
    operands: r.operands.map(at),
    ...(r.minus && r.minus.length ? { minus: r.minus.map(at) } : {}),
    ...(r.items ? { items: r.items } : {}),
    ...(owner[k] !== null ? { error: owner[k]! } : {}),
  }));
  return {
    file: meta.file,
    department: meta.department,
    year: meta.year,
    doc_kind: meta.docKind,
    clean: errors.length === 0,
    tables: b.blocks.flatMap((bl) => (bl.t === 'table' ? [bl.kind] : [])),
    headings: headingsOf(b),
    figures,
    errors: errors.map((e) => ({ kind: e.kind, description: e.description, stated: e.stated, correct: e.correct, numbers: e.numbers })),
    relations,
  };
}
