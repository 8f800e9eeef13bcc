// The datasets that grow with the batch (figures, sections, findings), written as the files
// finish instead of held until the end: each goes to its temporary name in the output folder
// (header first), a file's lines are appended in input order, and the commit of commit.ts
// renames them into place with the rest, all together. Until then the previous run's outputs
// stand; a run that fails or is killed leaves only temporary files, which the next run deletes.
import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { commitFiles, tempName, writeFailure, type OutputFile, type WrittenFile } from './commit.ts';
import { csvHead } from './write.ts';
import { DATASETS } from './datasets.ts';

export const STREAMED = ['figures', 'sections', 'findings'] as const;
export type StreamedDataset = (typeof STREAMED)[number];

/** Text of one file's rows of a dataset, ready to append. */
export interface DatasetText {
  csv: string;
  jsonl: string;
}

/** Bytes gathered before a write: a few large writes rather than one per file and dataset. */
const FLUSH_CHARS = 1 << 20;

class TempFile {
  private pending: string[] = [];
  private chars = 0;

  private constructor(
    readonly name: string,
    readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(dir: string, name: string): Promise<TempFile> {
    const temp = tempName(path.join(dir, name));
    return new TempFile(name, path.basename(temp), await open(temp, 'w'));
  }

  async append(text: string): Promise<void> {
    if (!text) return;
    this.pending.push(text);
    this.chars += text.length;
    if (this.chars >= FLUSH_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.pending.length) return;
    const text = this.pending.join('');
    this.pending = [];
    this.chars = 0;
    await this.handle.write(text);
  }

  /** Flushed to disk and closed: ready to be renamed by the commit. */
  async finish(): Promise<void> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
  }

  async discard(dir: string): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(path.join(dir, this.temp)).catch(() => undefined);
  }
}

export class DatasetStream {
  private constructor(
    private readonly dir: string,
    private readonly files: Map<string, TempFile>,
  ) {}

  /** Opens the temporary files of the streamed datasets, each with its header. Throws OutputError. */
  static async open(dir: string): Promise<DatasetStream> {
    const files = new Map<string, TempFile>();
    try {
      await mkdir(dir, { recursive: true });
      for (const name of STREAMED) {
        const csv = await TempFile.open(dir, `${name}.csv`);
        files.set(csv.name, csv);
        await csv.append(csvHead(DATASETS[name]));
        const jsonl = await TempFile.open(dir, `${name}.jsonl`);
        files.set(jsonl.name, jsonl);
      }
    } catch (e) {
      await Promise.all([...files.values()].map((f) => f.discard(dir)));
      throw writeFailure(dir, e);
    }
    return new DatasetStream(dir, files);
  }

  /** Appends a file's rows of `dataset`. Throws OutputError (the temporary files are gone then). */
  async append(dataset: StreamedDataset, text: DatasetText): Promise<void> {
    try {
      await this.files.get(`${dataset}.csv`)!.append(text.csv);
      await this.files.get(`${dataset}.jsonl`)!.append(text.jsonl);
    } catch (e) {
      await this.discard();
      throw writeFailure(this.dir, e);
    }
  }

  /** Puts the streamed datasets and `others` (written now) in place, all together. Throws OutputError. */
  async commit(others: readonly OutputFile[]): Promise<void> {
    const written: WrittenFile[] = [];
    try {
      for (const f of this.files.values()) {
        await f.finish();
        written.push({ temp: f.temp, name: f.name });
      }
    } catch (e) {
      await this.discard();
      throw writeFailure(this.dir, e);
    }
    await commitFiles(this.dir, others, written);
  }

  /** Deletes the temporary files: the run ends without outputs. */
  async discard(): Promise<void> {
    await Promise.all([...this.files.values()].map((f) => f.discard(this.dir)));
  }
}
