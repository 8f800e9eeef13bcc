// A worker process of the pool (see worker-slot.ts): loads the dictionaries and pdf.js
// once, says it is ready, then analyses the files the parent sends, one at a time, and
// sends back their rows. It ends with its parent: a parent killed with kill -9 leaves no
// worker behind.
import { analyzeFile } from './run.ts';
import { warmUpSegmenter } from './figures/segment.ts';
import { pdfjs } from './ingest/pdf/pdfjs.ts';
import type { Job, WorkerMessage } from './worker-slot.ts';

const send = (m: WorkerMessage): void => {
  process.send!(m);
};

process.on('disconnect', () => process.exit(0));

process.on('message', (job: Job) => {
  const options = { maxBytes: job.maxBytes, listed: { size: job.size, mtimeMs: job.mtimeMs }, time: job.time };
  void analyzeFile(job.path, job.rel, options).then((rows) => send({ id: job.id, rows }));
});

// Loading costs a second or two; done before the first file's clock starts.
warmUpSegmenter();
await pdfjs();
send({ ready: true });
