// Running the gouji command line from tests, as users run it, in a child process; and a
// small file system of a fixed size (tmpfs), for a full disk and a read-only folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = [ '--import', 'tsx', path.join(ROOT, 'src/cli.ts')];

export interface Run {
  status: number | null;
  stderr: string;
}

export function gouji(args: string[]): Run {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

/** Starts gouji without waiting; `done` resolves when it exits. */
export function startGouji(args: string[]): { child: ChildProcess; done: Promise<Run & { signal: string | null }> } {
  const child = spawn(process.execPath, [...CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<Run & { signal: string | null }>((resolve) =>
    child.on('exit', (status, signal) => resolve({ status, signal, stderr })));
  return { child, done };
}

export const jsonl = (dir: string, name: string): Record<string, unknown>[] =>
  readFileSync(path.join(dir, `${name}.jsonl`), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

/**
 * A tmpfs of `size` mounted on a new folder, or null where mounting is not allowed (not
 * root). `options` adds mount options (`ro`).
 */
export function smallDisk(size: string, options = ''): { dir: string; unmount: () => void } | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'gouji-disk-'));
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}${options ? `,${options}` : ''}`, 'tmpfs', dir]);
  if (r.status !== 0) return null;
  return { dir, unmount: () => void spawnSync('umount', [dir]) };
}
