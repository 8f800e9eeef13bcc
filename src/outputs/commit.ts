// The outputs of a run replace the previous run's together or not at all. Every file is
// first written whole under a temporary name (and flushed to disk); only then is a
// commit record written, and the files renamed into place. A run killed before the record
// leaves the previous outputs untouched and some temporary files, which the next run
// deletes; a run killed after it has its renames finished by the next run. A write that
// fails (a full disk) deletes this run's temporary files and leaves the previous outputs.
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { LOCK_NAME, OutputError } from './lock.ts';

export const COMMIT_NAME = '.gouji-commit.json';

/** Temporary names this module (and atomic.ts) writes: `.NAME.PID.HEX.tmp`. */
const TEMP = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

export const tempName = (file: string): string =>
  path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

export interface OutputFile {
  /** Name inside the output folder. */
  name: string;
  data: string | Uint8Array;
}

const code = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Writes a file and flushes it to disk before returning. */
export async function writeDurably(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (the renames in it) to disk; not every system lets a folder be opened. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

/** The error of a write that failed, in the words of the command line. */
export function writeFailure(dir: string, e: unknown): OutputError {
  if (e instanceof OutputError) return e;
  const why = code(e) === 'ENOSPC' ? '磁盘空间不足（ENOSPC）' : code(e) === 'EDQUOT' ? '超出磁盘配额（EDQUOT）' : `（${code(e)}）`;
  return new OutputError(`写入结果失败：${why}；${dir} 中先前的结果保持不变`);
}

/** A file written whole (and flushed) under its temporary name in the output folder, waiting for the commit. */
export interface WrittenFile {
  temp: string;
  name: string;
}

/**
 * Writes `files` into `dir`, replacing the previous ones all together with the files in `written`
 * (streamed there beforehand, see stream.ts). Throws OutputError; the temporary files are gone then.
 */
export async function commitFiles(dir: string, files: readonly OutputFile[], written: readonly WrittenFile[] = []): Promise<void> {
  const moves: WrittenFile[] = [...written];
  try {
    await mkdir(dir, { recursive: true });
    for (const file of files) {
      const temp = path.basename(tempName(path.join(dir, file.name)));
      moves.push({ temp, name: file.name });
      await writeDurably(path.join(dir, temp), file.data);
    }
    await syncFolder(dir);
    const record = path.join(dir, COMMIT_NAME);
    const recordTemp = tempName(record);
    await writeDurably(recordTemp, JSON.stringify(moves));
    await rename(recordTemp, record);
    await syncFolder(dir);
  } catch (e) {
    await Promise.all(moves.map((m) => unlink(path.join(dir, m.temp)).catch(() => undefined)));
    throw writeFailure(dir, e);
  }
  // From here the new outputs are decided: a failure is finished by the next run.
  await finishCommit(dir, moves);
}

async function finishCommit(dir: string, moves: { temp: string; name: string }[]): Promise<void> {
  for (const m of moves) {
    await rename(path.join(dir, m.temp), path.join(dir, m.name)).catch((e: unknown) => {
      // Renamed already, by a run that was killed after this one.
      if (code(e) !== 'ENOENT') throw e;
    });
  }
  await syncFolder(dir);
  await unlink(path.join(dir, COMMIT_NAME)).catch(() => undefined);
}

export interface Recovery {
  /** A killed run had decided its outputs; its renames were finished. */
  finished: boolean;
  /** Temporary files of killed runs deleted. */
  removed: number;
}

/**
 * Cleans up after a run that was killed: finishes a decided commit, deletes temporary files.
 * Called by the run that holds the folder's lock, so no live run's files are touched.
 */
export async function recoverOutput(dir: string): Promise<Recovery> {
  let finished = false;
  const record = await readFile(path.join(dir, COMMIT_NAME), 'utf8').catch(() => null);
  if (record !== null) {
    let moves: { temp: string; name: string }[] | null = null;
    try {
      moves = (JSON.parse(record) as { temp: string; name: string }[]).filter(
        (m) => TEMP.test(m.temp) && !m.name.includes('/') && !m.name.includes(path.sep),
      );
    } catch {
      moves = null;
    }
    if (moves) {
      await finishCommit(dir, moves);
      finished = true;
    } else await unlink(path.join(dir, COMMIT_NAME)).catch(() => undefined);
  }
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!TEMP.test(name) || name.startsWith(LOCK_NAME)) continue;
    await unlink(path.join(dir, name)).then(() => removed++, () => undefined);
  }
  return { finished, removed };
}
