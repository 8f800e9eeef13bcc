// npm run bench: the figures of issue 9, in one run, on the same machine and moment —
//   - times and peak memory for a 600-document batch and a 6,000-document one made by copying it
//     (flat memory: the whole run's peak, and the largest worker's);
//   - --jobs 1 against --jobs 2;
//   - a re-run from the cache after 3 files changed, against the cold run;
//   - the ratio of gouji's time to a text-extraction baseline at the same parallelism
//     (pdftotext for .pdf, pandoc for .docx, catdoc for .doc, cat for .txt): lower is better.
//
//   npm run bench [-- --base N] [--copies N] [--big N] [--jobs N] [--skip-big] [--ocr-files N]
//
// The batch: N documents (default 30) made by the corpus generator in bench-batch/base (needs
// LibreOffice, img2pdf and CJK fonts, see test/corpus-gen/README.md), copied --copies times (default
// 20: 600 documents) and --big times (default 200: 6,000) as hard links in subfolders. gouji runs
// compiled (dist/, `npm run build`), as `npm start` and the bin run it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ocrBench } from './ocr-bench.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BENCH = path.join(ROOT, 'bench-batch');

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '30' },
    copies: { type: 'string', default: '20' },
    big: { type: 'string', default: '200' },
    jobs: { type: 'string', default: '2' },
    'skip-big': { type: 'boolean', default: false },
    'ocr-files': { type: 'string', default: '3' },
  },
});
const JOBS = Number(values.jobs);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(docx|doc|pdf|txt)$/i.test(e.name) && !e.parentPath.includes(`${path.sep}.`))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function ensureBase(size: number): string[] {
  const dir = path.join(BENCH, 'base');
  const have = existsSync(dir) ? filesUnder(dir) : [];
  if (have.length >= size) return have.slice(0, size);
  process.stderr.write(`making ${size} documents in ${dir} with the corpus generator …\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test/corpus-gen/main.ts'), '--bench', String(size), '--out', dir], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  if (r.status !== 0) throw new Error('the corpus generator could not make the bench batch (LibreOffice, img2pdf installed?)');
  return filesUnder(dir).slice(0, size);
}

/** `copies` copies of the base documents as hard links, in subfolders c001…, made once. */
function copiesOf(base: string[], copies: number, name: string): string {
  const dir = path.join(BENCH, name);
  if (existsSync(dir) && filesUnder(dir).length === base.length * copies) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (let c = 1; c <= copies; c++) {
    const sub = path.join(dir, `c${String(c).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (const file of base) linkSync(file, path.join(sub, path.basename(file)));
  }
  return dir;
}

/** Resident memory of a process tree (Linux /proc): the total, and its largest child. */
function treeRss(pid: number): { total: number; child: number } {
  let total = 0;
  let child = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      const rss = m ? Number(m[1]) * 1024 : 0;
      total += rss;
      if (p !== pid) child = Math.max(child, rss);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads.
    }
  }
  return { total, child };
}

interface Measure {
  seconds: number;
  peak: number;
  worker: number;
  status: number | null;
}

function measure(command: string, args: string[]): Promise<Measure> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  let peak = 0;
  let worker = 0;
  const timer = setInterval(() => {
    const m = treeRss(child.pid!);
    peak = Math.max(peak, m.total);
    worker = Math.max(worker, m.child);
  }, 100);
  return new Promise((resolve) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peak, worker, status });
    });
  });
}

const gouji = (batch: string, out: string, jobs: number, extra: string[] = []): Promise<Measure> =>
  measure(process.execPath, [path.join(ROOT, 'dist/cli.js'), batch, '--out', out, '--jobs', String(jobs), '--quiet', ...extra]);

/** The text-extraction baseline: each file through its format's usual command-line tool, `jobs` at a time. */
function baselineScript(files: string[], jobs: number): string {
  const list = path.join(mkdtempSync(path.join(tmpdir(), 'gouji-bench-')), 'files');
  writeFileSync(list, files.join('\0'));
  const script = path.join(path.dirname(list), 'extract.sh');
  writeFileSync(
    script,
    `#!/bin/sh
case "$1" in
  *.pdf) pdftotext -q "$1" - ;;
  *.docx) pandoc -t plain "$1" ;;
  *.doc) catdoc "$1" ;;
  *) cat "$1" ;;
esac > /dev/null 2>&1
exit 0
`,
    { mode: 0o755 },
  );
  return `xargs -0 -P ${jobs} -n 1 ${script} < ${list}`;
}

function needTools(): void {
  const missing = ['pdftotext', 'pandoc', 'catdoc'].filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
  if (!missing.length) return;
  process.stderr.write(`installing ${missing.join(', ')} from Debian for the baseline …\n`);
  const pkgs = missing.map((t) => (t === 'pdftotext' ? 'poppler-utils' : t));
  const r = spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${pkgs.join(' ')}`], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the baseline needs ${missing.join(', ')} (apt-get install ${pkgs.join(' ')})`);
}

/** Makes 3 files of `dir` new files with other content (a comment line a reader skips), not links to the base. */
function changeThree(dir: string): string[] {
  const picked = filesUnder(dir).filter((f) => /\.(pdf|txt)$/.test(f)).slice(0, 3);
  for (const file of picked) {
    const data = readFileSync(file);
    unlinkSync(file);
    writeFileSync(file, Buffer.concat([data, Buffer.from(file.endsWith('.pdf') ? '\n%gouji-bench changed\n' : '\n（复核后补充。）\n')]));
  }
  return picked;
}

const MB = (n: number): string => (n / 2 ** 20).toFixed(0);
const table: string[][] = [['run', 'documents', 'seconds', 'documents/s', 'peak MB (all)', 'largest worker MB', 'exit']];
/** A row of the table, also printed at once: the whole bench takes long, and each figure stands alone. */
const row = (name: string, docs: number, m: Measure): void => {
  const r = [name, String(docs), m.seconds.toFixed(1), (docs / m.seconds).toFixed(1), MB(m.peak), m.worker ? MB(m.worker) : '', String(m.status)];
  table.push(r);
  process.stderr.write(`${r.join(' | ')}\n`);
};

if (!existsSync(path.join(ROOT, 'dist/cli.js')) || spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) {
  throw new Error('dist/ could not be built (npm run build)');
}
needTools();
const base = ensureBase(Number(values.base));
const small = copiesOf(base, Number(values.copies), `x${values.copies}`);
const smallCount = base.length * Number(values.copies);
const scratch = mkdtempSync(path.join(tmpdir(), 'gouji-bench-out-'));
const out = (name: string): string => path.join(scratch, name);
console.log(`base: ${base.length} generated documents; batches of ${smallCount} and ${base.length * Number(values.big)} by copying; ${JOBS} jobs`);

const one = await gouji(small, out('j1'), 1, ['--no-cache']);
row('gouji --jobs 1 --no-cache', smallCount, one);
const two = await gouji(small, out('j2'), JOBS, ['--no-cache']);
row(`gouji --jobs ${JOBS} --no-cache`, smallCount, two);

// The cache: a cold run that fills it, 3 files changed, the re-run.
const rerunBatch = copiesOf(base, Number(values.copies), `x${values.copies}-changed`);
const coldCached = await gouji(rerunBatch, out('cache'), JOBS);
row(`gouji --jobs ${JOBS}, cold, filling the cache`, smallCount, coldCached);
changeThree(rerunBatch);
const warm = await gouji(rerunBatch, out('cache'), JOBS);
row(`gouji --jobs ${JOBS}, re-run, 3 files changed`, smallCount, warm);
rmSync(rerunBatch, { recursive: true, force: true });

const files = filesUnder(small);
const baseline = await measure('sh', ['-c', baselineScript(files, JOBS)]);
row(`baseline: pdftotext/pandoc/catdoc, ${JOBS} at a time`, smallCount, baseline);

let big: Measure | null = null;
const bigCount = base.length * Number(values.big);
if (!values['skip-big']) {
  const bigBatch = copiesOf(base, Number(values.big), `x${values.big}`);
  big = await gouji(bigBatch, out('big'), JOBS, ['--no-cache']);
  row(`gouji --jobs ${JOBS} --no-cache`, bigCount, big);
}
rmSync(scratch, { recursive: true, force: true });

const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
for (const r of table) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log(`--jobs ${JOBS} against --jobs 1: ${(one.seconds / two.seconds).toFixed(2)}× as fast (goal ≥ 1.8×)`);
console.log(`cached re-run after changing 3 files: ${(coldCached.seconds / warm.seconds).toFixed(1)}× as fast as the cold run (goal ≥ 10×)`);
console.log(`ratio to the text-extraction baseline (gouji seconds / baseline seconds, ${JOBS} jobs each): ${(two.seconds / baseline.seconds).toFixed(2)} (goal ≤ 0.6)`);
if (big) {
  console.log(`peak memory, ${bigCount} against ${smallCount} documents: ${MB(big.peak)} / ${MB(two.peak)} MB = ${((100 * big.peak) / two.peak - 100).toFixed(1)} % (goal within 15 %)`);
}
console.log(`largest worker: ${MB(Math.max(one.worker, two.worker, big?.worker ?? 0))} MB (goal ≤ 350 MB)`);

// OCR seconds per page and peak memory, both candidate engines on the same scanned pages.
if (Number(values['ocr-files']) > 0) ocrBench(Number(values['ocr-files']), ['paddle', 'tesseract']);
