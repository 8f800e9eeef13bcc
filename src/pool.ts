// Runs the analysis of many files on several cores: one child process per job
// slot, each fed the next file as soon as it is free. With one slot the work
// runs in this process. Results come back in input order whatever the timing,
// so outputs do not depend on --jobs.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FileRows } from './rows.ts';
import { failedRows } from './rows.ts';
import { analyzeFile } from './run.ts';
import path from 'node:path';
import pLimit from 'p-limit';

export interface InputFile {
  abs: string;
  rel: string;
}

export type Progress = (done: number, total: number, file: InputFile, rows: FileRows) => void;

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

export async function analyzeAll(files: InputFile[], jobs: number, progress: Progress): Promise<FileRows[]> {
  const results: FileRows[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, rows: FileRows): void => {
    results[i] = rows;
    progress(++done, files.length, files[i]!, rows);
  };
  const slots = Math.max(1, Math.min(jobs, files.length));
  if (slots === 1) {
    for (let i = 0; i < files.length; i++) finish(i, await analyzeFile(files[i]!.abs, files[i]!.rel));
    return results;
  }
  // p-limit keeps `slots` files in flight; each takes an idle child and gives it back.
  const limit = pLimit(slots);
  const idle: ChildProcess[] = Array.from({ length: slots }, spawnWorker);
  await Promise.all(
    files.map((file, i) =>
      limit(async () => {
        const child = idle.pop()!;
        try {
          finish(i, await runIn(child, i, file));
          idle.push(child);
        } catch (e) {
          // The child died on this file (out of memory, a native crash): record it, start a fresh child.
          const why = `分析进程异常退出：${(e as Error).message}`;
          finish(i, failedRows(file.rel, path.extname(file.abs).slice(1).toLowerCase(), 'failed', why, null));
          child.kill();
          idle.push(spawnWorker());
        }
      }),
    ),
  );
  for (const child of idle) child.disconnect();
  return results;
}

/**
 * Node options of a child: this process's own, which carry the TypeScript loader
 * when gouji runs under tsx; when it was started by bin/gouji.js, which registers
 * tsx in-process only, the child is told to load tsx itself.
 */
const WORKER_EXEC_ARGV = process.execArgv.some((a) => a.includes('tsx'))
  ? process.execArgv
  : [...process.execArgv, '--import', import.meta.resolve('tsx')];

function spawnWorker(): ChildProcess {
  return fork(WORKER, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: WORKER_EXEC_ARGV });
}

/** Longest a child may spend on one file before it is stopped and the file reported. */
const FILE_TIMEOUT_MS = Number(process.env.GOUJI_FILE_TIMEOUT_MS ?? 180_000);

function runIn(child: ChildProcess, id: number, file: InputFile): Promise<FileRows> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      child.kill('SIGKILL');
      reject(new Error(`超过 ${FILE_TIMEOUT_MS / 1000} 秒仍未完成，已中止`));
    }, FILE_TIMEOUT_MS);
    const onMessage = (m: { id: number; rows: FileRows }): void => {
      if (m.id !== id) return;
      cleanup();
      resolve(m.rows);
    };
    const onExit = (code: number | null, signal: string | null): void => {
      cleanup();
      reject(new Error(signal ? `signal ${signal}` : `exit code ${code}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send({ id, abs: file.abs, rel: file.rel });
  });
}
