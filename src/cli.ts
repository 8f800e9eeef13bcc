// The command line: arguments, progress, exit codes — nothing else.
//   gouji [INPUT ...] [--out DIR] [--jobs N] [--config FILE] [--quiet] [--no-report]
//         [--timeout S] [--max-size MB] [--max-memory MB]
import { parseArgs } from 'node:util';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { analyzeAll, type Progress } from './pool.ts';
import { collectInputs, UsageError } from './inputs.ts';
import { lockOutput, OutputError, recoverOutput, writeOutputs } from './outputs/index.ts';
import { limitsFrom } from './limits.ts';
import { ConfigError } from './patterns.ts';
import { useConfig } from './config.ts';
import { checkPatterns } from './check-patterns.ts';

const USAGE =
  'usage: gouji [INPUT ...] [--out DIR] [--jobs N] [--config FILE] [--quiet] [--no-report] [--no-ocr] [--timeout S] [--max-size MB] [--max-memory MB]';

function progressReporter(quiet: boolean): Progress {
  if (quiet) return () => undefined;
  if (process.stderr.isTTY) {
    return (done, total, file) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      const name = file.rel.length > 40 ? '…' + file.rel.slice(-39) : file.rel;
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
      if (done === total) process.stderr.write('\n');
    };
  }
  return (done, total, file, rows) => {
    const s = rows.summary;
    process.stderr.write(`[${done}/${total}] ${file.rel}: ${s.status}${s.error ? ` (${s.error})` : ''}\n`);
  };
}

export async function main(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'out' },
        jobs: { type: 'string' },
        config: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'no-report': { type: 'boolean', default: false },
        'no-ocr': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        'max-size': { type: 'string' },
        'max-memory': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = opts;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const say = (text: string): void => {
    if (!values.quiet) process.stderr.write(`${text}\n`);
  };
  let release = (): void => undefined;
  try {
    const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs 需要正整数，收到：${values.jobs}`);
    const limits = usage(() => limitsFrom(values));
    useConfig(values.config);
    checkPatterns();
    const files = collectInputs(positionals.length ? positionals : ['corpus']);
    // The output folder is checked and locked before any file is analysed.
    const lock = lockOutput(values.out);
    release = lock.release;
    releaseOnSignal(lock.release);
    if (lock.tookOver) say(`上次运行（进程 ${lock.tookOver.pid}）未正常结束，已接管 ${values.out}`);
    const recovery = await recoverOutput(values.out);
    if (recovery.finished) say(`已完成上次运行中断时未完成的结果写入`);
    if (recovery.removed) say(`已删除上次中断的运行留下的临时文件 ${recovery.removed} 个`);
    const results = await analyzeAll(files, jobs, progressReporter(values.quiet), limits);
    const rows = {
      summary: results.map((r) => r.summary),
      figures: results.flatMap((r) => r.figures),
      sections: results.flatMap((r) => r.sections),
      findings: results.flatMap((r) => r.findings),
    };
    await writeOutputs(values.out, rows);
    if (!values['no-report']) {
      // Loaded only when asked for: exceljs and the page builders cost start-up time.
      const { writeReport } = await import('./report/index.ts');
      const { writeWorkbook } = await import('./outputs/workbook.ts');
      await writeReport(values.out, results);
      await writeWorkbook(values.out, rows);
    }
    const unread = results.filter((r) => r.summary.status === 'failed');
    const ocr = results.filter((r) => r.summary.status === 'needs_ocr').length;
    say(`${files.length} 个文件，${unread.length} 个无法读取，${ocr} 个需要文字识别；结果写入 ${values.out}/`);
    if (!values['no-report']) say(`审核报告：${path.join(values.out, 'report', 'index.html')}；工作簿：${path.join(values.out, 'gouji.xlsx')}`);
    return unread.length ? 2 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof OutputError) {
      process.stderr.write(`${e.message}\n${e instanceof UsageError ? USAGE + '\n' : ''}`);
      return 1;
    }
    throw e;
  } finally {
    release();
  }
}

/** A limit's own message becomes a usage error. */
function usage<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** Ctrl-C or a kill: the lock goes with the run (workers end when their parent does). */
function releaseOnSignal(release: () => void): void {
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      release();
      process.exit(status);
    });
  }
}

process.exitCode = await main(process.argv.slice(2));
