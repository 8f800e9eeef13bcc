// npm run eval [-- --no-run] [--file SUBSTR] [--corpus DIR] [--out DIR]
// Runs the pipeline on the corpus, scores its outputs against corpus/truth/*.json
// (CONTRACT.md "How quality is scored"), prints a compact table and writes
// OUT/eval.json with every per-file miss for debugging.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../src/outputs/atomic.ts';
import { EvalInputError, readOutputs, readTruths } from './load.ts';
import { formatFileDiff, formatReport } from './print.ts';
import { score } from './score.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(message: string): never {
  console.error(`eval: ${message}`);
  process.exit(1);
}

function runPipeline(corpus: string, out: string): void {
  if (!existsSync(path.join(ROOT, 'src', 'cli.ts'))) {
    fail('src/cli.ts does not exist yet, so the pipeline cannot run. Use --no-run to score the outputs already in the output folder.');
  }
  const started = Date.now();
  const run = spawnSync('npx', ['tsx', 'src/cli.ts', corpus, '--out', out, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (run.error) fail(`cannot start the pipeline: ${run.error.message}`);
  // 2: some inputs could not be read; their rows are still written, and scored.
  if (run.status !== 0 && run.status !== 2) {
    fail(`the pipeline failed (exit status ${run.status ?? run.signal}); see its messages above.`);
  }
  console.log(`pipeline: ${((Date.now() - started) / 1000).toFixed(1)} s${run.status === 2 ? ' (some inputs unreadable)' : ''}`);
}

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        'no-run': { type: 'boolean', default: false },
        file: { type: 'string' },
        corpus: { type: 'string', default: 'corpus' },
        out: { type: 'string', default: 'out' },
      },
      strict: true,
    }).values;
  } catch (e) {
    fail(`${(e as Error).message}\nusage: npm run eval -- [--no-run] [--file SUBSTR] [--corpus DIR] [--out DIR]`);
  }
  const corpus = args.corpus!;
  const out = args.out!;
  if (!args['no-run']) runPipeline(corpus, out);

  const outDir = path.resolve(ROOT, out);
  let truths, outputs;
  try {
    truths = readTruths(path.resolve(ROOT, corpus, 'truth'));
    outputs = readOutputs(outDir);
  } catch (e) {
    if (e instanceof EvalInputError) fail(e.message);
    throw e;
  }
  if (truths.length === 0) fail(`no truth files in ${path.join(corpus, 'truth')}`);

  const report = score(truths, outputs);
  const scans = truths.filter((t) => t.needs_ocr === true).length;
  console.log(`\n${truths.length} truth files (${scans} scans) · ${outputs.summary.length} output files\n`);
  console.log(formatReport(report));

  if (args.file !== undefined) {
    const wanted = args.file;
    const picked = report.files.filter((f) => f.file.includes(wanted));
    if (picked.length === 0) console.log(`\nno truth file name contains "${wanted}"`);
    for (const f of picked) {
      const truth = truths.find((t) => t.file === f.file)!;
      const name = f.outputFile ?? f.file;
      console.log(
        '\n' +
          formatFileDiff(
            truth,
            f,
            outputs.figures.filter((x) => x.file === name),
            outputs.sections.filter((x) => x.file === name),
          ),
      );
    }
  }

  const target = path.join(outDir, 'eval.json');
  writeFileAtomic(target, JSON.stringify(report, null, 2) + '\n').then(
    () => console.log(`\ndetail: ${path.relative(process.cwd(), target) || target}`),
    (e: Error) => fail(`cannot write ${target}: ${e.message}`),
  );
}

main();
