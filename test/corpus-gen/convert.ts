// LibreOffice and poppler steps, batched: one soffice call converts many files.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
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
  execFileSync('img2pdf', ['--output', `${out}.tmp`, ...pages]);
  renameSync(`${out}.tmp`, out);
  rmSync(dir, { recursive: true, force: true });
}
