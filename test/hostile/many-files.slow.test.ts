// Case 5 of issue 12 at full size: 20,000 small reports, every one with its row.
// Slow (a few minutes): `npm run test:hostile`. Prints the time and peak memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, jsonl } from '../gouji.ts';
import { manySmallFiles } from './folder.ts';
import { peakMemory } from './memory.ts';

describe('gouji on 20,000 small files', () => {
  it('gives every file one row, in order', async () => {
    const root = manySmallFiles(20_000);
    const out = mkdtempSync(path.join(tmpdir(), 'gouji-many-out-'));
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), root, '--out', out, '--jobs', '2', '--quiet'], { cwd: ROOT, stdio: 'ignore' });
    const watch = peakMemory(child.pid!);
    const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const peak = watch.stop();
    expect(status).toBe(0);
    const rows = jsonl(out, 'summary');
    expect(rows).toHaveLength(20_000);
    expect(rows.every((r) => r.status === 'ok')).toBe(true);
    expect(rows[12_345]!.file).toBe('第12批/12345.txt');
    console.log(`20,000 small files, --jobs 2: ${((Date.now() - started) / 1000).toFixed(1)} s, peak memory ${peak.treeMb} MB (process tree), ${peak.processMb} MB (largest process)`);
    rmSync(root, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }, 900_000);
});
