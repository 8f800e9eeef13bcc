// One run at a time in an output folder. A run takes DIR/.gouji.lock before it analyses
// anything, and a second run into the same folder refuses with a message naming the first,
// so two runs never interleave their files. The lock names its process; a lock whose
// process is gone (a run killed with kill -9) is stale and taken over at once.
//
// Why not proper-lockfile: it judges staleness by a modification time refreshed on a
// timer, so after a kill -9 the folder stays blocked for the stale period, and a busy event
// loop can lose a live lock. A process id (with its start time, against reuse) says at once.
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
/** A problem with the output folder: printed, and the run exits 1. */
export class OutputError extends Error {
}
export const LOCK_NAME = '.gouji.lock';
const code = (e) => e.code ?? e.message;
/** Field 22 of /proc/PID/stat: when the process started; null where there is no /proc. */
function processStart(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
    }
    catch {
        return null;
    }
}
function isAlive(holder) {
    // Another machine's process cannot be asked: taken as alive, and the message names the machine.
    if (holder.host !== hostname())
        return true;
    try {
        process.kill(holder.pid, 0);
    }
    catch (e) {
        if (code(e) !== 'EPERM')
            return false;
    }
    const start = processStart(holder.pid);
    return holder.start === null || start === null || start === holder.start;
}
const localTime = (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('zh-CN', { hour12: false });
};
function readHolder(file) {
    try {
        const holder = JSON.parse(readFileSync(file, 'utf8'));
        return Number.isInteger(holder.pid) ? holder : null;
    }
    catch {
        return null;
    }
}
/**
 * Makes `dir` if needed and locks it for this run. Throws OutputError, with the message to
 * print, when `dir` is a file, cannot be made or written, or another run holds it.
 */
export function lockOutput(dir) {
    let existing;
    try {
        existing = statSync(dir, { throwIfNoEntry: false });
    }
    catch {
        existing = undefined; // a file on the way (ENOTDIR): mkdir says so below
    }
    if (existing && !existing.isDirectory())
        throw new OutputError(`--out 指向的 ${dir} 是一个文件，不是文件夹`);
    try {
        mkdirSync(dir, { recursive: true });
    }
    catch (e) {
        throw new OutputError(`无法创建输出文件夹 ${dir}（${code(e)}）`);
    }
    const lock = path.join(dir, LOCK_NAME);
    const me = { pid: process.pid, host: hostname(), start: processStart(process.pid), since: new Date().toISOString() };
    let tookOver = null;
    // Two tries: the second after a stale lock was removed.
    for (let attempt = 0; attempt < 2; attempt++) {
        if (place(lock, me))
            return { tookOver, release: () => release(lock, me) };
        const holder = readHolder(lock);
        if (holder && isAlive(holder)) {
            const where = holder.host === me.host ? `进程 ${holder.pid}` : `${holder.host} 上的进程 ${holder.pid}`;
            throw new OutputError(`输出文件夹 ${dir} 正被另一次 gouji 运行使用（${where}，开始于 ${localTime(holder.since)}）；等它结束后再运行，或换一个 --out`);
        }
        tookOver = holder;
        try {
            unlinkSync(lock);
        }
        catch (e) {
            if (code(e) !== 'ENOENT')
                throw new OutputError(`输出文件夹 ${dir} 不可写（${code(e)}）`);
        }
    }
    throw new OutputError(`输出文件夹 ${dir} 正被另一次 gouji 运行使用；等它结束后再运行，或换一个 --out`);
}
/**
 * Creates the lock with its content in one step (written aside, then hard-linked into place,
 * which fails if the name exists), so no run ever sees a lock without its holder.
 * False when another lock is there; throws OutputError when the folder cannot be written.
 */
function place(lock, me) {
    const temp = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
        writeFileSync(temp, JSON.stringify(me));
        linkSync(temp, lock);
        return true;
    }
    catch (e) {
        if (code(e) === 'EEXIST')
            return false;
        throw new OutputError(`输出文件夹 ${path.dirname(lock)} 不可写（${code(e)}）`);
    }
    finally {
        try {
            unlinkSync(temp);
        }
        catch {
            // never made
        }
    }
}
function release(lock, me) {
    const holder = readHolder(lock);
    if (holder?.pid !== me.pid || holder.start !== me.start)
        return;
    try {
        unlinkSync(lock);
    }
    catch {
        // already gone
    }
}
