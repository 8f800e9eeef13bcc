// A worker process of the pool (see worker-slot.ts): says it is ready once its modules are
// loaded, then analyses the files the parent sends, one at a time, and sends back their
// records (record.ts): the rows already as the text of the outputs, so the parent only writes
// them. It stores a record in the cache when asked. It ends with its parent: a parent killed
// with kill -9 leaves no worker behind.
// (The segmenter's dictionary and pdf.js load on first use, inside the first file's time:
// a few seconds of the 60, and a worker that only meets unreadable files never pays them.)
import { analyzeFile } from "./run.js";
import { recordOf } from "./record.js";
import { storeRecord } from "./batch/cache.js";
import { OCR_MEMORY_BYTES } from "./ingest/ocr/settings.js";
const send = (m) => {
    process.send(m);
};
process.on('disconnect', () => process.exit(0));
async function analyze(job) {
    // Only OCR asks for more: its pages take time, and its models memory beside the analysis's.
    const time = { ...job.time, extend: (ms) => send({ id: job.id, extendMs: ms, extendMemoryBytes: OCR_MEMORY_BYTES }) };
    const options = { maxBytes: job.maxBytes, listed: { size: job.size, mtimeMs: job.mtimeMs }, time, ocr: { enabled: job.ocr } };
    const record = recordOf(await analyzeFile(job.path, job.rel, options));
    // A file that failed is read again next time: its reason may lie in this run (a time limit).
    if (job.cacheFile && record.summary.status !== 'failed')
        await storeRecord(job.cacheFile, record);
    send({ id: job.id, record });
}
process.on('message', (job) => void analyze(job));
send({ ready: true });
