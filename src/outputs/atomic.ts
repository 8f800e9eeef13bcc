// Whole-or-nothing file writes: the bytes go to a temporary name in the same
// folder (same file system, so rename is atomic) and only a complete file is
// renamed into place. A killed run leaves the old file or the new one, never half.
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** Writes `data` to `file` atomically, creating the folder if needed. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  // Dot-prefixed so directory listings and globs over *.csv / *.jsonl skip it.
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
