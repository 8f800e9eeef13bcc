// A child process of the pool: analyses the files the parent sends, one at a
// time, and sends back their rows. Loads the dictionaries once for its life.
import { analyzeFile } from './run.ts';

interface Job {
  id: number;
  abs: string;
  rel: string;
}

process.on('message', (job: Job) => {
  void analyzeFile(job.abs, job.rel).then((rows) => process.send!({ id: job.id, rows }));
});
