// Runs the analysis of many files on several cores: one worker process per job slot,
// each slot taking the next file as soon as it is free. Every file is analysed in a
// worker, --jobs 1 included, so that the per-file limits hold alike: a file that runs
// past --timeout or grows its worker past --max-memory has its worker killed and
// replaced, and gets a row saying why. Records are handed on in input order whatever the
// timing, so outputs do not depend on --jobs; a file whose record is in the cache is not
// given to a worker at all.
import { failedRows } from "./rows.js";
import { recordOf } from "./record.js";
import { formatOf } from "./inputs.js";
import { DEFAULT_LIMITS, sizeText } from "./limits.js";
import pLimit from 'p-limit';
import { WorkerSlot } from "./worker-slot.js";
import { InOrder } from "./batch/in-order.js";
/**
 * Files taken up ahead of the next one to hand on. A slow file (up to the time limit) holds
 * back the records finished after it; this bounds how many wait in memory meanwhile.
 */
const AHEAD = 64;
/** Why a file is not given to a worker at all: the listing refused it, or it is too large. */
function refusal(file, limits) {
    if (file.refused)
        return file.refused;
    if (file.size > limits.maxBytes) {
        return `文件大小 ${sizeText(file.size)} 超过上限 ${sizeText(limits.maxBytes)}（--max-size），未读取`;
    }
    return null;
}
/** Analyses `files` and hands each record to `sink` in input order. */
export async function analyzeEach(files, jobs, progress, sink, { limits = DEFAULT_LIMITS, cache = null } = {}) {
    let done = 0;
    const order = new InOrder(files.length, AHEAD, sink);
    const finish = (i, record) => {
        progress(++done, files.length, files[i], record);
        order.put(i, record);
    };
    const slots = Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, () => new WorkerSlot(limits));
    const idle = [...slots];
    // p-limit keeps one file in flight per worker slot; each takes an idle slot and gives it back.
    const limit = pLimit(slots.length);
    const analyze = (i, cacheFile) => limit(async () => {
        const slot = idle.pop();
        try {
            return await slot.analyze(files[i], cacheFile);
        }
        finally {
            idle.push(slot);
        }
    });
    const take = async (i) => {
        const file = files[i];
        const why = refusal(file, limits);
        if (why)
            return finish(i, recordOf(failedRows(file.rel, formatOf(file), 'failed', why, null)));
        const key = cache ? await cache.keyOf(file) : null;
        const cached = key ? await cache.read(key) : null;
        if (cached)
            return finish(i, cached);
        const record = await analyze(i, key ? cache.fileOf(key) : null);
        if (key && record.summary.status !== 'failed')
            cache.keep(key);
        finish(i, record);
    };
    try {
        const taken = [];
        for (let i = 0; i < files.length; i++) {
            await order.room(i);
            taken.push(take(i));
        }
        await Promise.all(taken);
        await order.drained();
    }
    finally {
        for (const slot of slots)
            slot.close();
    }
}
/** Every file's record, in input order (a batch small enough to hold). */
export async function analyzeAll(files, jobs, progress, limits = DEFAULT_LIMITS) {
    const records = [];
    await analyzeEach(files, jobs, progress, (r) => void records.push(r), { limits });
    return records;
}
