// The command line: arguments, progress, exit codes — nothing else.
//   gouji [INPUT ...] [--out DIR] [--jobs N] [--config FILE] [--quiet] [--no-cache] [--no-report]
//         [--timeout S] [--max-size MB] [--max-memory MB]
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { runBatch } from "./batch/pipeline.js";
import { collectInputs, UsageError } from "./inputs.js";
import { lockOutput, OutputError, recoverOutput } from "./outputs/index.js";
import { limitsFrom } from "./limits.js";
import { ConfigError } from "./patterns.js";
import { useConfig } from "./config.js";
import { checkPatterns } from "./check-patterns.js";
import { HELP, USAGE } from "./cli-help.js";
import { runTable } from "./run-table.js";
function progressReporter(quiet) {
    if (quiet)
        return () => undefined;
    if (process.stderr.isTTY) {
        return (done, total, file) => {
            const width = 30;
            const filled = Math.round((done / total) * width);
            const name = file.rel.length > 40 ? '…' + file.rel.slice(-39) : file.rel;
            process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
            if (done === total)
                process.stderr.write('\n');
        };
    }
    return (done, total, file, record) => {
        const s = record.summary;
        process.stderr.write(`[${done}/${total}] ${file.rel}: ${s.status}${s.error ? ` (${s.error})` : ''}\n`);
    };
}
export async function main(argv) {
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
                'no-cache': { type: 'boolean', default: false },
                'no-ocr': { type: 'boolean', default: false },
                timeout: { type: 'string' },
                'max-size': { type: 'string' },
                'max-memory': { type: 'string' },
                help: { type: 'boolean', short: 'h', default: false },
            },
        });
    }
    catch (e) {
        process.stderr.write(`${e.message}\n${USAGE}\n`);
        return 1;
    }
    const { values, positionals } = opts;
    if (values.help) {
        process.stdout.write(HELP);
        return 0;
    }
    const say = (text) => {
        if (!values.quiet)
            process.stderr.write(`${text}\n`);
    };
    let release = () => undefined;
    try {
        const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
        if (!Number.isInteger(jobs) || jobs < 1)
            throw new UsageError(`--jobs 需要正整数，收到：${values.jobs}`);
        const limits = usage(() => limitsFrom(values));
        useConfig(values.config);
        checkPatterns();
        const files = collectInputs(positionals.length ? positionals : ['corpus']);
        // The output folder is checked and locked before any file is analysed.
        const lock = lockOutput(values.out);
        release = lock.release;
        releaseOnSignal(lock.release);
        if (lock.tookOver)
            say(`上次运行（进程 ${lock.tookOver.pid}）未正常结束，已接管 ${values.out}`);
        const recovery = await recoverOutput(values.out);
        if (recovery.finished)
            say(`已完成上次运行中断时未完成的结果写入`);
        if (recovery.removed)
            say(`已删除上次中断的运行留下的临时文件 ${recovery.removed} 个`);
        const { summary, findings } = await runBatch(files, {
            out: values.out,
            jobs,
            limits,
            progress: progressReporter(values.quiet),
            cache: !values['no-cache'],
            report: !values['no-report'],
        });
        const unread = summary.filter((s) => s.status === 'failed');
        const ocr = summary.filter((s) => s.status === 'needs_ocr').length;
        say(`${files.length} 个文件，${unread.length} 个无法读取，${ocr} 个需要文字识别；结果写入 ${values.out}/`);
        if (!values.quiet)
            process.stderr.write(runTable(summary, findings, { out: values.out, report: !values['no-report'] }));
        return unread.length ? 2 : 0;
    }
    catch (e) {
        if (e instanceof UsageError || e instanceof ConfigError || e instanceof OutputError) {
            process.stderr.write(`${e.message}\n${e instanceof UsageError ? USAGE + '\n' : ''}`);
            return 1;
        }
        throw e;
    }
    finally {
        release();
    }
}
/** A limit's own message becomes a usage error. */
function usage(read) {
    try {
        return read();
    }
    catch (e) {
        throw new UsageError(e.message);
    }
}
/** Ctrl-C or a kill: the lock goes with the run (workers end when their parent does). */
function releaseOnSignal(release) {
    for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
        process.once(signal, () => {
            release();
            process.exit(status);
        });
    }
}
process.exitCode = await main(process.argv.slice(2));
