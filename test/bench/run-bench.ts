// npm run bench: throughput and peak memory of the whole pipeline on a large
// generated batch, side by side with a baseline in the same run (one process,
// --jobs 1) so the numbers compare on the same machine and moment.
//
//   npm run bench [-- --batch DIR] [--size N] [--jobs N] [--runs N] [--ocr-files N]
//
// The batch (default bench-batch/, git-ignored) is made by the corpus generator
// when missing; that needs LibreOffice and CJK fonts (see test/corpus-gen/README.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ocrBench } from './ocr-bench.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const { values } = parseArgs({
  options: {
    batch: { type: 'string', default: path.join(ROOT, 'bench-batch') },
    size: { type: 'string', default: '500' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    runs: { type: 'string', default: '1' },
    'ocr-files': { type: 'string', default: '3' },
  },
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(docx|doc|pdf|txt)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

function ensureBatch(dir: string, size: number): string[] {
  const have = existsSync(dir) ? filesUnder(dir) : [];
  if (have.length >= size) return have;
  process.stderr.write(`making a bench batch of ${size} documents in ${dir} …\n`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test/corpus-gen/main.ts'), '--bench', String(size), '--out', dir],
    { stdio: 'inherit', cwd: ROOT },
  );
  if (r.status !== 0) throw new Error('the corpus generator could not make the bench batch (LibreOffice installed?)');
  return filesUnder(dir);
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) total += Number(m[1]) * 1024;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

interface Measure {
  seconds: number;
  peakRss: number;
  status: number | null;
}

function runOnce(batch: string, jobs: number, extra: string[]): Promise<Measure> {
  const out = mkdtempSync(path.join(tmpdir(), 'gouji-bench-'));
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), batch, '--out', out, '--jobs', String(jobs), '--quiet', ...extra],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  let peakRss = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(child.pid!));
  }, 50);
  return new Promise((resolve) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRss, status });
    });
  });
}

const files = ensureBatch(values.batch, Number(values.size));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const byFormat = new Map<string, number>();
for (const f of files) byFormat.set(path.extname(f).slice(1), (byFormat.get(path.extname(f).slice(1)) ?? 0) + 1);
console.log(`batch: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (${[...byFormat].map(([k, n]) => `${k} ${n}`).join(', ')})`);

// The same run without the report and workbook gives what writing them costs.
const configs = [
  { name: 'baseline (--jobs 1)', jobs: 1, extra: [] as string[] },
  { name: `gouji (--jobs ${values.jobs})`, jobs: Number(values.jobs), extra: [] as string[] },
  { name: `gouji (--jobs ${values.jobs} --no-report)`, jobs: Number(values.jobs), extra: ['--no-report'] },
];
const rows: string[][] = [['run', 'seconds', 'files/s', 'MB/s', 'peak RSS MB', 'exit']];
const best = new Map<string, number>();
for (const c of configs) {
  for (let i = 0; i < Number(values.runs); i++) {
    const m = await runOnce(values.batch, c.jobs, c.extra);
    best.set(c.name, Math.min(best.get(c.name) ?? Infinity, m.seconds));
    rows.push([
      c.name,
      m.seconds.toFixed(1),
      (files.length / m.seconds).toFixed(2),
      (bytes / 1e6 / m.seconds).toFixed(2),
      (m.peakRss / 2 ** 20).toFixed(0),
      String(m.status),
    ]);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
const withReport = best.get(configs[1]!.name)!;
const withoutReport = best.get(configs[2]!.name)!;
console.log(
  `report and workbook: ${(withReport - withoutReport).toFixed(1)} s, ${((100 * (withReport - withoutReport)) / withoutReport).toFixed(1)} % of the run without them (best of ${values.runs})`,
);

// OCR seconds per page and peak memory, both candidate engines on the same scanned pages.
if (Number(values['ocr-files']) > 0) ocrBench(Number(values['ocr-files']), ['paddle', 'tesseract']);
