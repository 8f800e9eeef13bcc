// Which files a run reads: files named on the command line, and every
// supported file below a folder, each named relative to its input root.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from './ingest/index.ts';
import type { InputFile } from './pool.ts';

/** A wrong command line: the CLI prints it with the usage and exits 1. */
export class UsageError extends Error {}

/** Files under the inputs, each named relative to its input root, sorted by that name. */
export function collectInputs(inputs: string[]): InputFile[] {
  const files: InputFile[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new UsageError(`找不到输入：${input}`);
    if (statSync(input).isDirectory()) {
      const walk = (dir: string): void => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          // Hidden files and Word's lock files (~$报告.docx) are not submissions.
          if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
          const abs = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(abs);
          else if (SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
            files.push({ abs, rel: path.relative(input, abs).split(path.sep).join('/') });
          }
        }
      };
      walk(input);
    } else {
      // A file named explicitly is always analysed: an unsupported one gets its row saying so.
      files.push({ abs: input, rel: path.basename(input) });
    }
  }
  return files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : a.abs < b.abs ? -1 : 1));
}

