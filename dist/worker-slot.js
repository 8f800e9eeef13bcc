// One job slot of the pool: a worker process (src/worker.ts) that analyses the files it is
// given one at a time, watched from here. pdf.js and the .doc reader run synchronously for
// long stretches on a hostile file, so only a watcher outside the process can stop them:
// past the time limit, or past the memory limit (read from /proc, which counts the
// decompressed buffers that V8's heap limit does not), the worker is killed, the file gets
// its row, and the next file gets a fresh worker.
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { failedRows } from "./rows.js";
import { recordOf } from "./record.js";
import { formatOf } from "./inputs.js";
import { secondsText, sizeText, timeoutReason } from "./limits.js";
/**
 * The worker's module beside this one: dist/worker.js when gouji runs compiled (npm start, the
 * bin), src/worker.ts when it runs from the sources (the tests, under tsx).
 */
const COMPILED = import.meta.url.endsWith('.js');
const WORKER = fileURLToPath(new URL(COMPILED ? './worker.js' : './worker.ts', import.meta.url));
/**
 * Node options of a child. Compiled, plain node: no loader, which spares each worker the
 * 30-100 MB that tsx and its source maps hold. From the sources, this process's own options,
 * which carry the TypeScript loader when gouji runs under tsx; or, when a program registered
 * tsx in-process only, the child is told to load tsx itself.
 */
const EXEC_ARGV = COMPILED
    ? process.execArgv
    : process.execArgv.some((a) => a.includes('tsx'))
        ? process.execArgv
        : [...process.execArgv, '--import', import.meta.resolve('tsx')];
/** How often a worker's memory is read. */
const MEMORY_POLL_MS = 50;
/** Longest a worker may take to load its dictionaries and pdf.js before it counts as broken. */
const START_TIMEOUT_MS = 120_000;
/** Part of the time limit the PDF reader may use, so it can stop on its own and say so. */
const READER_SHARE = 0.9;
/** Why a worker was stopped or died, in the words of a row. */
class Stopped extends Error {
}
/** Resident memory of a process in bytes, or null where /proc is not there to say. */
function residentBytes(pid) {
    try {
        const status = readFileSync(`/proc/${pid}/status`, 'latin1');
        const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
        return kb ? Number(kb[1]) * 1024 : null;
    }
    catch {
        return null;
    }
}
export class WorkerSlot {
    limits;
    child = null;
    ready = null;
    /** The last output the worker wrote on stderr, to tell a crash for memory from another. */
    stderrTail = '';
    nextId = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /**
     * The record of one file; never throws: a stopped or crashed worker gives the file a failed
     * row. `cacheFile`: where the worker stores the record, if it finishes.
     */
    async analyze(file, cacheFile = null) {
        try {
            const child = await this.start();
            return await this.run(child, file, cacheFile);
        }
        catch (e) {
            this.kill();
            const why = e instanceof Stopped ? e.message : `分析进程出错：${e.message}`;
            return recordOf(failedRows(file.rel, formatOf(file), 'failed', why, null));
        }
    }
    close() {
        this.child?.disconnect();
        this.child = null;
    }
    kill() {
        this.child?.kill('SIGKILL');
        this.child = null;
        this.ready = null;
    }
    async start() {
        if (this.child && this.ready) {
            await this.ready;
            return this.child;
        }
        const maxMb = Math.ceil(this.limits.maxMemoryBytes / (1024 * 1024));
        const child = fork(WORKER, [], {
            stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
            // Buffers (names that are not UTF-8) travel as bytes.
            serialization: 'advanced',
            // V8's own heap limit backs the /proc watch where there is no /proc.
            execArgv: [...EXEC_ARGV, `--max-old-space-size=${maxMb}`],
        });
        this.stderrTail = '';
        child.stderr.on('data', (chunk) => {
            process.stderr.write(chunk);
            this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4000);
        });
        this.child = child;
        this.ready = new Promise((resolve, reject) => {
            const timer = setTimeout(() => done(new Stopped(`分析进程 ${secondsText(START_TIMEOUT_MS)}内未能启动`)), START_TIMEOUT_MS);
            const onMessage = (m) => {
                if ('ready' in m)
                    done(null);
            };
            const onExit = (code, signal) => done(new Stopped(`分析进程未能启动（${signal ?? `exit ${code}`}）`));
            const done = (error) => {
                clearTimeout(timer);
                child.off('message', onMessage);
                child.off('exit', onExit);
                if (error)
                    reject(error);
                else
                    resolve();
            };
            child.on('message', onMessage);
            child.on('exit', onExit);
        });
        await this.ready;
        return child;
    }
    run(child, file, cacheFile) {
        const { timeoutMs, maxMemoryBytes, maxBytes } = this.limits;
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            const stop = (why) => {
                cleanup();
                reject(new Stopped(why));
            };
            let timer = setTimeout(() => stop(timeoutReason(timeoutMs)), timeoutMs);
            let deadline = Date.now() + timeoutMs;
            let memoryLimit = maxMemoryBytes;
            const memory = setInterval(() => {
                const rss = child.pid === undefined ? null : residentBytes(child.pid);
                if (rss === null)
                    clearInterval(memory);
                else if (rss > memoryLimit)
                    stop(memoryReason(memoryLimit));
            }, MEMORY_POLL_MS);
            const onMessage = (m) => {
                if (!('id' in m) || m.id !== id)
                    return;
                if ('extendMs' in m) {
                    deadline += m.extendMs;
                    memoryLimit = maxMemoryBytes + m.extendMemoryBytes;
                    clearTimeout(timer);
                    timer = setTimeout(() => stop(timeoutReason(timeoutMs)), Math.max(0, deadline - Date.now()));
                    return;
                }
                cleanup();
                resolve(m.record);
            };
            const onExit = (code, signal) => {
                const outOfMemory = /heap out of memory|Allocation failed/i.test(this.stderrTail) || signal === 'SIGABRT';
                stop(outOfMemory ? memoryReason(memoryLimit) : `分析进程异常退出（${signal ?? `exit ${code}`}），已换新进程继续`);
            };
            const cleanup = () => {
                clearTimeout(timer);
                clearInterval(memory);
                child.off('message', onMessage);
                child.off('exit', onExit);
            };
            child.on('message', onMessage);
            child.on('exit', onExit);
            const job = {
                id,
                path: file.path,
                rel: file.rel,
                size: file.size,
                mtimeMs: file.mtimeMs,
                maxBytes,
                time: { deadline: Date.now() + Math.round(timeoutMs * READER_SHARE), limitMs: timeoutMs },
                cacheFile,
                ocr: this.limits.ocr !== false,
            };
            child.send(job);
        });
    }
}
function memoryReason(max) {
    return `内存用量超过上限 ${sizeText(max)}（--max-memory），已中止（文件可能含有解压后极大的内容）`;
}
