import { failedRows } from "./rows.js";
import { formatOf } from "./inputs.js";
import { DEFAULT_LIMITS, sizeText } from "./limits.js";
import pLimit from 'p-limit';
import { WorkerSlot } from "./worker-slot.js";
/** Why a file is not given to a worker at all: the listing refused it, or it is too large. */
function refusal(file, limits) {
    if (file.refused)
        return file.refused;
    if (file.size > limits.maxBytes) {
        return `文件大小 ${sizeText(file.size)} 超过上限 ${sizeText(limits.maxBytes)}（--max-size），未读取`;
    }
    return null;
}
export async function analyzeAll(files, jobs, progress, limits = DEFAULT_LIMITS) {
    const results = new Array(files.length);
    let done = 0;
    const finish = (i, rows) => {
        results[i] = rows;
        progress(++done, files.length, files[i], rows);
    };
    const queue = [];
    files.forEach((file, i) => {
        const why = refusal(file, limits);
        if (why)
            finish(i, failedRows(file.rel, formatOf(file), 'failed', why, null));
        else
            queue.push(i);
    });
    // p-limit keeps one file in flight per worker slot; each takes an idle slot and gives it back.
    const idle = Array.from({ length: Math.min(jobs, queue.length) }, () => new WorkerSlot(limits));
    const all = [...idle];
    const limit = pLimit(Math.max(1, idle.length));
    try {
        await Promise.all(queue.map((i) => limit(async () => {
            const slot = idle.pop();
            try {
                finish(i, await slot.analyze(files[i]));
            }
            finally {
                idle.push(slot);
            }
        })));
    }
    finally {
        for (const slot of all)
            slot.close();
    }
    return results;
}
