// Runs the analysis of many files on several cores: one worker process per job slot,
// each slot taking the next file as soon as it is free. Every file is analysed in a
// worker, --jobs 1 included, so that the per-file limits hold alike: a file that runs
// past --timeout or grows its worker past --max-memory has its worker killed and
// replaced, and gets a row saying why. Results come back in input order whatever the
// timing, so outputs do not depend on --jobs.
import type { FileRows } from './rows.ts';
import { failedRows } from './rows.ts';
import { formatOf, type InputFile } from './inputs.ts';
import { DEFAULT_LIMITS, sizeText, type Limits } from './limits.ts';
import pLimit from 'p-limit';
import { WorkerSlot } from './worker-slot.ts';

export type { InputFile } from './inputs.ts';

export type Progress = (done: number, total: number, file: InputFile, rows: FileRows) => void;

/** Why a file is not given to a worker at all: the listing refused it, or it is too large. */
function refusal(file: InputFile, limits: Limits): string | null {
  if (file.refused) return file.refused;
  if (file.size > limits.maxBytes) {
    return `文件大小 ${sizeText(file.size)} 超过上限 ${sizeText(limits.maxBytes)}（--max-size），未读取`;
  }
  return null;
}

export async function analyzeAll(
  files: InputFile[],
  jobs: number,
  progress: Progress,
  limits: Limits = DEFAULT_LIMITS,
): Promise<FileRows[]> {
  const results: FileRows[] = new Array(files.length);
  let done = 0;
  const finish = (i: number, rows: FileRows): void => {
    results[i] = rows;
    progress(++done, files.length, files[i]!, rows);
  };
  const queue: number[] = [];
  files.forEach((file, i) => {
    const why = refusal(file, limits);
    if (why) finish(i, failedRows(file.rel, formatOf(file), 'failed', why, null));
    else queue.push(i);
  });
  // p-limit keeps one file in flight per worker slot; each takes an idle slot and gives it back.
  const idle = Array.from({ length: Math.min(jobs, queue.length) }, () => new WorkerSlot(limits));
  const all = [...idle];
  const limit = pLimit(Math.max(1, idle.length));
  try {
    await Promise.all(
      queue.map((i) =>
        limit(async () => {
          const slot = idle.pop()!;
          try {
            finish(i, await slot.analyze(files[i]!));
          } finally {
            idle.push(slot);
          }
        }),
      ),
    );
  } finally {
    for (const slot of all) slot.close();
  }
  return results;
}
