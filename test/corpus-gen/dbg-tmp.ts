import { generate, departmentsInOrder } from './document.ts';
import './writers.ts';
import { Rng } from './prng.ts';
import { evaluate } from './relations.ts';
const used = new Map();
const depts = departmentsInOrder(new Rng('x'));
let nf = 0;
const kinds = ['overall', 'final_accounts', 'project'] as const;
const show = process.argv[2];
for (let i = 0; i < 300; i++) {
  const kind = kinds[i % 3]!;
  const d = generate({ long: i % 7 === 0, index: i, seed: 's' + i, format: 'docx', kind, dept: depts[i % depts.length]!, year: 2021 + i % 5, place: '云溪市', errors: (i >> 1) % 2 ? 1 + i % 3 : 0, auto: i % 4 === 0, tables: i % 5 < 3 }, used);
  nf += d.truth.figures.length;
  for (const r of d.truth.relations!) { const v = evaluate(r as any, d.truth.figures); if (v.holds === (r.error !== undefined)) throw new Error('mismatch ' + JSON.stringify(r)); }
  if (show && String(i) === show) { console.log(d.truth.headings.join('\n')); for (const bl of d.builder.blocks) { if (bl.t === 'para' || bl.t === 'line' || bl.t==='title') console.log(d.builder.resolveText(bl.text)); if (bl.t === 'table') for (const row of [...bl.header, ...bl.rows]) console.log(row.map(x => d.builder.resolveText(x)).join(' | ')); } console.log(JSON.stringify(d.truth.errors, null, 1)); }
}
console.log('figs', nf, [...used.entries()]);
