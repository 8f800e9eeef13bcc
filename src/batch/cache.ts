// The cache of analysed files, so a re-run analyses only what is new or changed (CONTRACT.md,
// --no-cache). It lives in the output folder, DIR/.cache/VERSION/: beside the outputs it serves,
// under the same lock, gone when the folder is. An entry is a file's record (record.ts: its
// rows as written, its report page, its digest), gzipped, named by the hash of the file's name
// and content. VERSION is the hash of everything else the record depends on: gouji's own code,
// its patterns, the installed libraries (package-lock.json), the --config settings and the
// limits; a new version starts an empty folder and deletes the old ones.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzipSync, constants } from 'node:zlib';
import type { FileRecord } from '../record.ts';
import type { InputFile } from '../inputs.ts';
import type { Limits } from '../limits.ts';
import { PATTERNS_DIR } from '../patterns.ts';
import { activeConfig } from '../config.ts';

export const CACHE_DIR = '.cache';
const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The folder of the running code: src/ from the sources, dist/ compiled. */
const CODE_DIR = path.resolve(import.meta.dirname, '..');
const ENTRY = /^[0-9a-f]{64}\.json\.gz$/;

const unzip = promisify(gunzip);

/** Every file under `dir`, sorted, as [relative name, bytes]. */
function filesUnder(dir: string): [string, Buffer][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
    .map((name) => [name, readFileSync(path.join(dir, name))]);
}

/** The version of gouji a record was made by: code, patterns, libraries, settings, limits. */
export function goujiVersion(limits: Limits): string {
  const hash = createHash('sha256');
  const add = (label: string, data: string | Buffer): void => {
    hash.update(`${label}\u0000${data.length}\u0000`);
    hash.update(data);
  };
  for (const [name, data] of filesUnder(CODE_DIR)) add(`code/${name}`, data);
  for (const [name, data] of filesUnder(PATTERNS_DIR)) add(`patterns/${name}`, data);
  for (const name of ['package.json', 'package-lock.json']) {
    try {
      add(name, readFileSync(path.join(ROOT, name)));
    } catch {
      add(name, '');
    }
  }
  add('config', JSON.stringify(activeConfig()));
  add('limits', JSON.stringify(limits));
  return hash.digest('hex').slice(0, 16);
}

/** Writes a record for the next run, whole or not at all (called by the worker that made it). */
export async function storeRecord(file: string, record: FileRecord): Promise<void> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    // Level 1: most of the size gone for little time; the entries are read back far more
    // often than they are written.
    await writeFile(temp, gzipSync(JSON.stringify(record), { level: constants.Z_BEST_SPEED }));
    await rename(temp, file);
  } catch {
    // A cache that cannot be written costs the next run time, never this run its outputs.
    await unlink(temp).catch(() => undefined);
  }
}

export class RecordCache {
  /** Entries there when the run started: a file met twice in one run is analysed twice, as in a cold run. */
  private readonly found: Set<string>;
  private readonly used = new Set<string>();

  private constructor(
    readonly dir: string,
    entries: string[],
  ) {
    this.found = new Set(entries);
  }

  /** The cache of `version` in the output folder `out`, created if missing; older versions deleted. */
  static async open(out: string, version: string): Promise<RecordCache> {
    const root = path.join(out, CACHE_DIR);
    const dir = path.join(root, version);
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(root)) {
      if (name !== version) await rm(path.join(root, name), { recursive: true, force: true });
    }
    const entries = (await readdir(dir)).filter((n) => ENTRY.test(n));
    // Temporary files of workers that were killed.
    for (const name of await readdir(dir)) if (name.endsWith('.tmp')) await unlink(path.join(dir, name)).catch(() => undefined);
    return new RecordCache(dir, entries);
  }

  /**
   * The key of a file: the hash of its name (every row carries it) and its bytes; null when it
   * cannot be read now or no longer has the size it was listed with (its record would say so).
   */
  async keyOf(file: InputFile): Promise<string | null> {
    const hash = createHash('sha256');
    hash.update(`${file.rel}\u0000`);
    let size = 0;
    try {
      for await (const chunk of createReadStream(file.path) as AsyncIterable<Buffer>) {
        size += chunk.length;
        hash.update(chunk);
      }
    } catch {
      return null;
    }
    return size === file.size ? hash.digest('hex') : null;
  }

  /** Where the record of `key` is stored. */
  fileOf(key: string): string {
    return path.join(this.dir, `${key}.json.gz`);
  }

  /** The record stored under `key` by an earlier run, or null (missing or unreadable: analyse again). */
  async read(key: string): Promise<FileRecord | null> {
    const name = `${key}.json.gz`;
    if (!this.found.has(name)) return null;
    try {
      const record = JSON.parse((await unzip(await readFile(path.join(this.dir, name)))).toString('utf8')) as FileRecord;
      this.used.add(name);
      return record;
    } catch {
      return null;
    }
  }

  /** Marks an entry written in this run as part of the batch, so the prune keeps it. */
  keep(key: string): void {
    this.used.add(`${key}.json.gz`);
  }

  /** Deletes the entries of files not in this run's batch: the cache holds one batch, not every file ever seen. */
  async prune(): Promise<void> {
    for (const name of this.found) if (!this.used.has(name)) await unlink(path.join(this.dir, name)).catch(() => undefined);
  }
}
