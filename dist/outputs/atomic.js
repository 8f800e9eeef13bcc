// Whole-or-nothing file writes: the bytes go to a temporary name in the same
// folder (same file system, so rename is atomic) and only a complete file is
// renamed into place. A killed run leaves the old file or the new one, never half.
// (A run's datasets are replaced all together by commit.ts; this is for one file.)
import { mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { tempName, writeDurably } from "./commit.js";
/** Writes `data` to `file` atomically, creating the folder if needed. */
export async function writeFileAtomic(file, data) {
    await mkdir(path.dirname(file), { recursive: true });
    // Dot-prefixed so directory listings and globs over *.csv / *.jsonl skip it.
    const temp = tempName(file);
    try {
        await writeDurably(temp, data);
        await rename(temp, file);
    }
    catch (e) {
        await unlink(temp).catch(() => undefined);
        throw e;
    }
}
