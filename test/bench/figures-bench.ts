// Micro-benchmark of figure extraction: normalised text per second on one core.
// Usage: npx tsx test/bench/figures-bench.ts [MB]   (default: about 4 MB of text)
// The jieba dictionary and pattern files are loaded before timing (once per process).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block } from '../../src/model.ts';
import { normalizeText } from '../../src/normalize.ts';
import { docFromText } from '../../src/document.ts';
import { extractFigures, loadFigurePatterns } from '../../src/figures/index.ts';
import { warmUpSegmenter } from '../../src/figures/segment.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(path.resolve(here, '../fixtures/seed/seed.txt'), 'utf8');
const wantMb = Number(process.argv[2] ?? 4);

const base = docFromText(seed, 'bench.txt');
const table = (index: number): Block => ({
  kind: 'table',
  index,
  page: null,
  section: null,
  rows: [
    ['项目', '年初预算数', '调整预算数', '全年预算数', '执行数', '执行率'],
    ['合计', '358.03', '(11.65)', '346.38', '346.38', '100%'],
    ['基本支出', '300.00', '-5.00', '295.00', '295.00', '100%'],
    ['项目支出', '58.03', '-6.65', '51.38', '51.38', '100%'],
  ].map((r) => r.map((c) => ({ text: normalizeText(c) }))),
});
const unit: Block[] = [...base.blocks];
const blocks: Block[] = [];
let bytes = 0;
while (bytes < wantMb * 1024 * 1024) {
  for (const b of [...unit, table(0)]) {
    const copy = { ...b, index: blocks.length } as Block;
    blocks.push(copy);
    bytes += b.kind === 'paragraph' ? Buffer.byteLength(b.text.text) : b.rows.flat().reduce((n, c) => n + Buffer.byteLength(c.text.text), 0);
  }
}
const doc = { ...base, blocks };
const chars = blocks.reduce((n, b) => n + (b.kind === 'paragraph' ? b.text.text.length : b.rows.flat().reduce((k, c) => k + c.text.text.length, 0)), 0);

loadFigurePatterns();
warmUpSegmenter();
extractFigures(docFromText(seed)); // warm the JIT

const runs: number[] = [];
let figures = 0;
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  figures = extractFigures(doc).figures.length;
  runs.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
const best = Math.min(...runs);
const mb = bytes / 1024 / 1024;
console.log(
  `figure extraction: ${mb.toFixed(2)} MB normalised text (UTF-8; ${(chars / 1e6).toFixed(2)} M chars), ${blocks.length} blocks, ${figures} figures`,
);
console.log(`best of ${runs.length}: ${best.toFixed(3)} s → ${(mb / best).toFixed(2)} MB/s (${(chars / best / 1e6).toFixed(2)} M chars/s)`);
