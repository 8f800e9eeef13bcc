// A worker process of the pool (see worker-slot.ts): loads the segmenter's dictionary
// once, says it is ready, then analyses the files the parent sends, one at a time, and
// sends back their rows. It ends with its parent: a parent killed with kill -9 leaves no
// worker behind.
import { analyzeFile } from './run.ts';
import { warmUpSegmenter } from './figures/segment.ts';
import type { Job, WorkerMessage } from './worker-slot.ts';

const send = (m: WorkerMessage): void => {
  process.send!(m);
};

process.on('disconnect', () => process.exit(0));

process.on('message', (job: Job) => {
  const options = { maxBytes: job.maxBytes, listed: { size: job.size, mtimeMs: job.mtimeMs }, time: job.time };
  void analyzeFile(job.path, job.rel, options).then((rows) => send({ id: job.id, rows }));
});

// The dictionary costs a few seconds and some 250 MB, and every file with text needs it: it
// is loaded before the first file's clock starts. (pdf.js, a second, waits for a PDF.)
warmUpSegmenter();
send({ ready: true });
