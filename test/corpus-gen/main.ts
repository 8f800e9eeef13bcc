// Generates the corpus (or a bench batch): documents, their truth, and the seed.
//
//   npx tsx test/corpus-gen/main.ts                         → corpus/ (committed)
//   npx tsx test/corpus-gen/main.ts --bench 500 --out bench-batch [--quick]
//
// Needs LibreOffice (soffice), poppler-utils (pdfinfo, pdftoppm), img2pdf and CJK fonts.

import { mkdirSync, readdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { TruthSchema } from '../corpus/truth-schema.ts';
import { pageCount, scan, soffice, stabilizePdf, withClock } from './convert.ts';
import { type DocPlan, type Format, type GeneratedDoc, generate, departmentsInOrder, hasWriter, PLACES } from './document.ts';
import type { DocKind } from './facts.ts';
import type { ErrorKind } from './inject.ts';
import { Rng } from './prng.ts';
import { renderDocx } from './render-docx.ts';
import { renderTxt } from './render-txt.ts';
import { seedDocx, seedTruth } from './seed.ts';
import { verifyPdf } from './verify.ts';
import './writers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Args {
  bench: number | null;
  out: string;
  seed: string;
  quick: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { bench: null, out: '', seed: 'gouji-corpus-1', quick: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--bench') a.bench = Number(argv[++i]);
    else if (k === '--out') a.out = argv[++i]!;
    else if (k === '--seed') a.seed = argv[++i]!;
    else if (k === '--quick') a.quick = true;
    else throw new Error(`unknown argument ${k}`);
  }
  if (a.bench !== null && !(a.bench > 0)) throw new Error('--bench needs a positive count');
  a.out = path.resolve(ROOT, a.out || (a.bench ? 'bench-batch' : 'corpus'));
  return a;
}

/** The format mix: per 64 documents 26 docx, 26 pdf, 2 scans, 7 doc, 3 txt (one GBK). */
const MIX: [Format, number][] = [['docx', 26], ['pdf', 26], ['scan', 2], ['doc', 7], ['txt', 2], ['txt-gbk', 1]];
const KINDS: [DocKind, number][] = [['overall', 40], ['final_accounts', 12], ['project', 12]];

function plans(n: number, seed: string, bench: boolean): DocPlan[] {
  const rng = new Rng(`${seed}:plan`);
  const formats: Format[] = [];
  const total = MIX.reduce((s, [, k]) => s + k, 0);
  for (const [f, k] of MIX) for (let i = 0; i < Math.round((k * n) / total); i++) formats.push(f);
  while (formats.length < n) formats.push('docx');
  formats.length = n;
  const kinds: DocKind[] = [];
  const kindMix = KINDS.filter(([kd]) => hasWriter(kd));
  const ktotal = kindMix.reduce((s, [, k]) => s + k, 0);
  for (const [kd, k] of kindMix) for (let i = 0; i < Math.round((k * n) / ktotal); i++) kinds.push(kd);
  while (kinds.length < n) kinds.push('overall');
  kinds.length = n;
  const fs = rng.shuffle(formats);
  const ks = rng.shuffle(kinds);
  const depts = departmentsInOrder(rng);
  const out: DocPlan[] = [];
  let autoCount = 0;
  for (let i = 0; i < n; i++) {
    const format = fs[i]!;
    const wordBased = format === 'docx' || format === 'pdf' || format === 'scan';
    // Auto-numbering only where a reader sees it rendered: .docx (rebuilt) and .pdf.
    const auto = wordBased && format !== 'scan' && (format === 'docx' ? autoCount++ < Math.max(8, n / 8) || rng.chance(0.2) : rng.chance(0.2));
    out.push({
      index: i,
      seed: `${seed}:${i}`,
      format,
      kind: ks[i]!,
      dept: depts[i % depts.length]!,
      year: 2021 + (i % 5),
      place: bench ? PLACES[Math.floor(i / depts.length) % PLACES.length]! : rng.pick(PLACES),
      errors: i % 2 === 0 ? 0 : 1 + (i % 3),
      auto,
      tables: rng.chance(0.55),
      long: rng.chance(0.15),
    });
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const bench = args.bench !== null;
  const n = args.bench ?? 64;
  const out = args.out;
  const work = path.join(out, '.work');
  mkdirSync(out, { recursive: true });
  // Only generated files live here: clear the previous run.
  for (const f of readdirSync(out)) if (/\.(docx|doc|pdf|txt)$/.test(f)) rmSync(path.join(out, f));
  rmSync(path.join(out, 'truth'), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(path.join(out, 'truth'), { recursive: true });
  mkdirSync(work, { recursive: true });

  const used = new Map<ErrorKind, number>();
  const docs: GeneratedDoc[] = [];
  // Names must differ without their extension too: every Word-based file passes through <stem>.docx.
  const stems = new Set<string>();
  const stemOf = (f: string) => f.replace(/\.[a-z]+$/, '');
  for (const p of plans(n, args.seed, bench)) {
    const d = generate(p, used);
    let file = d.file;
    for (let k = 1; stems.has(stemOf(file)); k++) file = d.file.replace(/(\.[a-z]+)$/, `-${d.facts.place}${k > 1 ? `-${k}` : ''}$1`);
    d.file = file;
    d.truth.file = file;
    stems.add(stemOf(file));
    docs.push(d);
  }

  // Word files first: every document but the .txt ones starts as .docx.
  const wordDocs = docs.filter((d) => !d.plan.format.startsWith('txt'));
  const stem = (d: GeneratedDoc) => d.file.replace(/\.[a-z]+$/, '');
  for (const d of wordDocs) {
    const buf = await withClock(Date.UTC(d.plan.year + 1, 2, 1, 9), () => renderDocx(d.builder, d.page));
    writeFileSync(path.join(work, `${stem(d)}.docx`), buf);
  }
  for (const d of docs.filter((x) => x.plan.format.startsWith('txt'))) {
    const text = renderTxt(d.builder, d.txtRng, d.txtRng.chance(0.5));
    const bytes = d.plan.format === 'txt-gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8');
    if (d.plan.format === 'txt-gbk' && iconv.decode(bytes, 'gbk') !== text) throw new Error(`${d.file}: text not representable in GBK`);
    writeFileSync(path.join(out, d.file), bytes);
  }

  // PDFs for .pdf and scans, and (unless --quick) for page counts of .docx/.doc.
  const needPdf = wordDocs.filter((d) => d.plan.format === 'pdf' || d.plan.format === 'scan' || !args.quick);
  const pdfDir = path.join(work, 'pdf');
  console.log(`converting ${needPdf.length} files to PDF…`);
  soffice(needPdf.map((d) => path.join(work, `${stem(d)}.docx`)), 'pdf', pdfDir);
  const docDocs = wordDocs.filter((d) => d.plan.format === 'doc');
  console.log(`converting ${docDocs.length} files to .doc…`);
  soffice(docDocs.map((d) => path.join(work, `${stem(d)}.docx`)), 'doc', path.join(work, 'doc'));

  let misses = 0;
  for (const d of wordDocs) {
    const pdf = path.join(pdfDir, `${stem(d)}.pdf`);
    if (existsSync(pdf)) {
      d.truth.pages = pageCount(pdf);
      const v = verifyPdf(pdf, d.truth);
      if (v.headingsMissing.length || v.figuresMissing.length) {
        misses++;
        console.warn(`${d.file}: not found in order in the PDF text: headings ${JSON.stringify(v.headingsMissing)}, figures ${JSON.stringify(v.figuresMissing)}`);
      }
    }
    const target = path.join(out, d.file);
    switch (d.plan.format) {
      case 'docx': copyFileSync(path.join(work, `${stem(d)}.docx`), target); break;
      case 'pdf': copyFileSync(pdf, target); stabilizePdf(target); break;
      case 'doc': copyFileSync(path.join(work, 'doc', `${stem(d)}.doc`), target); break;
      case 'scan': scan(pdf, target, work); stabilizePdf(target); break;
      default: throw new Error(`unexpected format ${d.plan.format}`);
    }
  }

  for (const d of docs) writeFileSync(path.join(out, 'truth', `${d.file}.json`), `${JSON.stringify(TruthSchema.parse(d.truth), null, 1)}\n`);

  if (!bench) {
    const docx = await withClock(Date.UTC(2025, 2, 1, 9), () => seedDocx());
    const seedStem = 'seed-信访局-参考格式';
    writeFileSync(path.join(out, `${seedStem}.docx`), docx);
    soffice([path.join(out, `${seedStem}.docx`)], 'pdf', out);
    stabilizePdf(path.join(out, `${seedStem}.pdf`));
    for (const ext of ['docx', 'pdf']) {
      const t = seedTruth(`${seedStem}.${ext}`);
      if (ext === 'pdf') t.pages = pageCount(path.join(out, `${seedStem}.pdf`));
      writeFileSync(path.join(out, 'truth', `${seedStem}.${ext}.json`), `${JSON.stringify(t, null, 1)}\n`);
    }
  }
  rmSync(work, { recursive: true, force: true });

  if (misses) console.warn(`${misses} documents with spans not found in their PDF text (see above)`);
  const pages = docs.map((d) => d.truth.pages).filter((p): p is number => p !== undefined);
  console.log(`${docs.length} documents in ${path.relative(ROOT, out) || '.'}; pages ${Math.min(...pages)}–${Math.max(...pages)}`);
  console.log(`errors by kind: ${[...used.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
}

await main();
