// LibreOffice and poppler steps, batched: one soffice call converts many files.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PROFILE = `file:///tmp/gouji-corpus-lo-${process.pid}`;

/** Converts `files` to `to` (pdf, doc) into `outDir`, in batches of `batch` files per soffice call. */
export function soffice(files: string[], to: 'pdf' | 'doc', outDir: string, batch = 40): void {
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < files.length; i += batch) {
    const chunk = files.slice(i, i + batch);
    execFileSync('soffice', [`-env:UserInstallation=${PROFILE}`, '--headless', '--convert-to', to === 'doc' ? 'doc:MS Word 97' : 'pdf', '--outdir', outDir, ...chunk], { stdio: 'pipe', timeout: 20 * 60_000 });
  }
}

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(info);
  if (!m) throw new Error(`no page count for ${pdf}`);
  return Number(m[1]);
}

/** An image-only PDF: pages rendered at 100 dpi in grey (JPEG), wrapped with img2pdf (no text layer). */
export function scan(pdf: string, out: string, workDir: string): void {
  const dir = path.join(workDir, `scan-${path.basename(pdf, '.pdf')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // pdftocairo writes one-channel JPEG for -gray (pdftoppm writes three).
  execFileSync('pdftocairo', ['-r', '100', '-gray', '-jpeg', '-jpegopt', 'quality=50', pdf, path.join(dir, 'p')]);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort().map((f) => path.join(dir, f));
  execFileSync('img2pdf', ['--creationdate', FIXED_DATE, '--moddate', FIXED_DATE, '--output', `${out}.tmp`, ...pages]);
  renameSync(`${out}.tmp`, out);
  rmSync(dir, { recursive: true, force: true });
}

const FIXED_DATE = '2025-03-01T09:00:00';

/**
 * Makes a LibreOffice PDF byte-stable between runs: its creation date, /DocChecksum and /ID
 * change every time. They are rewritten in place with strings of the same length, so offsets
 * stay valid.
 */
export function stabilizePdf(file: string): void {
  let s = readFileSync(file).toString('latin1');
  s = s.replace(/\/CreationDate\(D:(\d{14})([^)]*)\)/g, (m, d: string, tz: string) => m.replace(d + tz, '20250301090000' + 'Z'.padEnd(tz.length, "'").slice(0, tz.length)));
  const id = createHash('md5').update(s.replace(/\/ID\s*\[[^\]]*\]/g, '').replace(/\/DocChecksum\s*\/[0-9A-Fa-f]+/g, '')).digest('hex').toUpperCase();
  s = s.replace(/(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/g, (_, k: string, v: string) => k + id.slice(0, v.length).padEnd(v.length, '0'));
  s = s.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a: string, b: string) => m.replace(a, id.slice(0, a.length).padEnd(a.length, '0')).replace(b, id.slice(0, b.length).padEnd(b.length, '0')));
  writeFileSync(file, Buffer.from(s, 'latin1'));
}

/** Runs `f` with the clock stopped at `ms` (the docx packer stamps files and zip entries with now). */
export async function withClock<T>(ms: number, f: () => Promise<T>): Promise<T> {
  const Real = Date;
  class Fixed extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(ms);
      else super(...(args as [number]));
    }
    static override now(): number {
      return ms;
    }
  }
  globalThis.Date = Fixed as DateConstructor;
  try {
    return await f();
  } finally {
    globalThis.Date = Real;
  }
}
