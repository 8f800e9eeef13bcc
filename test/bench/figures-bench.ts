// Micro-benchmark of figure extraction: normalised text per second on one core.
// Usage: npx tsx test/bench/figures-bench.ts [MB]          the seed, repeated to about MB (default 4)
//        npx tsx test/bench/figures-bench.ts --corpus DIR  every readable document of DIR (read first, not timed)
// The jieba dictionary and pattern files are loaded before timing (once per process); the
// caches of labels, metrics and cell scans are emptied before each run.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Doc } from '../../src/model.ts';
import { normalizeText } from '../../src/normalize.ts';
import { buildDoc, docFromText } from '../../src/document.ts';
import { readDocument } from '../../src/ingest/index.ts';
import { clearFigureCaches, extractFigures, loadFigurePatterns } from '../../src/figures/index.ts';
import { warmUpSegmenter } from '../../src/figures/segment.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(path.resolve(here, '../fixtures/seed/seed.txt'), 'utf8');

const blockBytes = (b: Block): number =>
  b.kind === 'paragraph' ? Buffer.byteLength(b.text.text) : b.rows.flat().reduce((n, c) => n + Buffer.byteLength(c.text.text), 0);

/** The seed with a budget table, repeated to about `mb` MB, as one document. */
function seedDocs(mb: number): Doc[] {
  const base = docFromText(seed, 'bench.txt');
  const table: Block = {
    kind: 'table',
    index: 0,
    page: null,
    section: null,
    rows: [
      ['项目', '年初预算数', '调整预算数', '全年预算数', '执行数', '执行率'],
      ['合计', '358.03', '(11.65)', '346.38', '346.38', '100%'],
      ['基本支出', '300.00', '-5.00', '295.00', '295.00', '100%'],
      ['项目支出', '58.03', '-6.65', '51.38', '51.38', '100%'],
    ].map((r) => r.map((c) => ({ text: normalizeText(c) }))),
  };
  const blocks: Block[] = [];
  let bytes = 0;
  while (bytes < mb * 1024 * 1024) {
    for (const b of [...base.blocks, table]) {
      blocks.push({ ...b, index: blocks.length } as Block);
      bytes += blockBytes(b);
    }
  }
  return [{ ...base, blocks }];
}

async function corpusDocs(dir: string): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const name of readdirSync(dir).filter((f) => /\.(docx|doc|pdf|txt)$/.test(f)).sort()) {
    try {
      const read = await readDocument(path.join(dir, name));
      if (!read.result.needsOcr) docs.push(buildDoc(name, read.format, read.result));
    } catch {
      // unreadable inputs are not part of this measurement
    }
  }
  return docs;
}

const args = process.argv.slice(2);
const docs = args[0] === '--corpus' ? await corpusDocs(args[1] ?? 'corpus') : seedDocs(Number(args[0] ?? 4));
const bytes = docs.reduce((n, d) => n + d.blocks.reduce((k, b) => k + blockBytes(b), 0), 0);

loadFigurePatterns();
warmUpSegmenter();
extractFigures(docFromText(seed)); // warm the JIT

const runs: number[] = [];
let figures = 0;
for (let i = 0; i < 5; i++) {
  clearFigureCaches(); // every run cold: no label, metric or cell scan carried over
  const t0 = process.hrtime.bigint();
  figures = docs.reduce((n, d) => n + extractFigures(d).figures.length, 0);
  runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
const best = Math.min(...runs);
const median = [...runs].sort((a, b) => a - b)[2]!;
const mb = bytes / 1024 / 1024;
console.log(`figure extraction: ${docs.length} document(s), ${mb.toFixed(2)} MB normalised text (UTF-8), ${figures} figures`);
console.log(`best of ${runs.length}: ${best.toFixed(3)} s → ${(mb / best).toFixed(2)} MB/s; median ${(mb / median).toFixed(2)} MB/s`);
