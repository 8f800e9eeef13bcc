// Runs the analysis of many files on several cores: one worker process per job slot,
// each slot taking the next file as soon as it is free. Every file is analysed in a
// worker, --jobs 1 included, so that the per-file limits hold alike: a file that runs
// past --timeout or grows its worker past --max-memory has its worker killed and
// replaced, and gets a row saying why. Records are handed on in input order whatever the
// timing, so outputs do not depend on --jobs; a file whose record is in the cache is not
// given to a worker at all.
import { failedRows } from './rows.ts';
import { recordOf, type FileRecord } from './record.ts';
import { formatOf, type InputFile } from './inputs.ts';
import { DEFAULT_LIMITS, sizeText, type Limits } from './limits.ts';
import pLimit from 'p-limit';
import { WorkerSlot } from './worker-slot.ts';
import type { RecordCache } from './batch/cache.ts';
import { InOrder } from './batch/in-order.ts';

export type { InputFile } from './inputs.ts';

export type Progress = (done: number, total: number, file: InputFile, record: FileRecord) => void;

/** Receives each file's record, in input order; the next is handed on once it resolves. */
export type RecordSink = (record: FileRecord, index: number) => Promise<void> | void;

/**
 * Files taken up ahead of the next one to hand on. A slow file (up to the time limit) holds
 * back the records finished after it; this bounds how many wait in memory meanwhile.
 */
const AHEAD = 64;

/** Why a file is not given to a worker at all: the listing refused it, or it is too large. */
function refusal(file: InputFile, limits: Limits): string | null {
  if (file.refused) return file.refused;
  if (file.size > limits.maxBytes) {
    return `文件大小 ${sizeText(file.size)} 超过上限 ${sizeText(limits.maxBytes)}（--max-size），未读取`;
  }
  return null;
}

export interface AnalyzeOptions {
  limits?: Limits;
  /** Records of unchanged files, and where workers store the new ones; none with --no-cache. */
  cache?: RecordCache | null;
}

/** Analyses `files` and hands each record to `sink` in input order. */
export async function analyzeEach(
  files: InputFile[],
  jobs: number,
  progress: Progress,
  sink: RecordSink,
  { limits = DEFAULT_LIMITS, cache = null }: AnalyzeOptions = {},
): Promise<void> {
  let done = 0;
  const order = new InOrder<FileRecord>(files.length, AHEAD, sink);
  const finish = (i: number, record: FileRecord): void => {
    progress(++done, files.length, files[i]!, record);
    order.put(i, record);
  };
  const slots = Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, () => new WorkerSlot(limits));
  const idle = [...slots];
  // p-limit keeps one file in flight per worker slot; each takes an idle slot and gives it back.
  const limit = pLimit(slots.length);
  const analyze = (i: number, cacheFile: string | null): Promise<FileRecord> =>
    limit(async () => {
      const slot = idle.pop()!;
      try {
        return await slot.analyze(files[i]!, cacheFile);
      } finally {
        idle.push(slot);
      }
    });
  const take = async (i: number): Promise<void> => {
    const file = files[i]!;
    const why = refusal(file, limits);
    if (why) return finish(i, recordOf(failedRows(file.rel, formatOf(file), 'failed', why, null)));
    const key = cache ? await cache.keyOf(file) : null;
    const cached = key ? await cache!.read(key) : null;
    if (cached) return finish(i, cached);
    const record = await analyze(i, key ? cache!.fileOf(key) : null);
    if (key && record.summary.status !== 'failed') cache!.keep(key);
    finish(i, record);
  };
  try {
    const taken: Promise<void>[] = [];
    for (let i = 0; i < files.length; i++) {
      await order.room(i);
      taken.push(take(i));
    }
    await Promise.all(taken);
    await order.drained();
  } finally {
    for (const slot of slots) slot.close();
  }
}

/** Every file's record, in input order (a batch small enough to hold). */
export async function analyzeAll(files: InputFile[], jobs: number, progress: Progress, limits: Limits = DEFAULT_LIMITS): Promise<FileRecord[]> {
  const records: FileRecord[] = [];
  await analyzeEach(files, jobs, progress, (r) => void records.push(r), { limits });
  return records;
}
