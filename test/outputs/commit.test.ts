// Case 6 of issue 12, the outputs themselves: a run killed with kill -9 while it writes,
// and a disk that fills up. The previous outputs stay whole; temporary files go.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, recoverOutput } from '../../src/outputs/commit.ts';
import { gouji, jsonl, smallDisk, startGouji } from '../gouji.ts';
import { SEED } from '../hostile/folder.ts';

const DATASETS = ['summary', 'figures', 'sections', 'findings', 'compare'].flatMap((n) => [`${n}.csv`, `${n}.jsonl`]);
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(DATASETS.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
const temps = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.tmp') || n === '.gouji-commit.json');

/**
 * gouji's arguments for a batch of `count` reports, each refused for its size: the rows are
 * real rows and the datasets real files, without the seconds a worker takes to start.
 */
function batchOf(count: number): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'gouji-commit-in-'));
  const report = readFileSync(SEED).subarray(0, 2048);
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}-报告.txt`), report);
  return [dir, '--max-size', '0.001', '--quiet'];
}

describe('commitFiles', () => {
  it('writes every file and leaves no temporary one', async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'gouji-commit-')), 'out');
    await commitFiles(dir, [{ name: 'a.csv', data: '甲' }, { name: 'b.jsonl', data: '{}\n' }]);
    expect(readFileSync(path.join(dir, 'a.csv'), 'utf8')).toBe('甲');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.jsonl']);
  });
});

describe('gouji killed with kill -9 while it writes', () => {
  it('leaves the previous outputs whole, and the next run removes its temporary files', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'gouji-kill-')), 'out');
    expect(gouji([...batchOf(10), '--out', out]).status).toBe(2);
    const before = snapshot(out);
    const batch = batchOf(3000);
    // The killed run must be caught writing: when it finished first, it is tried again.
    let killed = false;
    for (let attempt = 0; attempt < 3 && !killed; attempt++) {
      const run = startGouji([...batch, '--out', out]);
      const watcher = watch(out, (_, name) => {
        if (name && /^\.(summary|figures|sections|findings)\.(csv|jsonl)\..*\.tmp$/.test(name)) run.child.kill('SIGKILL');
      });
      const done = await run.done;
      watcher.close();
      killed = done.signal === 'SIGKILL';
      if (!killed) expect(gouji([...batchOf(10), '--out', out]).status).toBe(2);
    }
    expect(killed).toBe(true);
    // Killed before its commit record: the previous outputs, byte for byte.
    if (!existsSync(path.join(out, '.gouji-commit.json'))) expect(snapshot(out)).toEqual(before);
    expect(temps(out).length).toBeGreaterThan(0);
    const next = gouji([...batchOf(10), '--out', out].filter((a) => a !== '--quiet'));
    expect(next.status).toBe(2);
    expect(next.stderr).toMatch(/已删除上次中断的运行留下的临时文件 \d+ 个|已完成上次运行中断时未完成的结果写入/);
    expect(temps(out)).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('finishes the renames of a run killed after its outputs were decided', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-recover-'));
    // What a run leaves when killed between its commit record and its renames: made by
    // committing, then putting the record and a temporary file back as they were.
    await commitFiles(dir, [{ name: 'a.csv', data: '旧' }]);
    writeFileSync(path.join(dir, '.a.csv.1.0123abcd.tmp'), '新');
    writeFileSync(path.join(dir, '.gouji-commit.json'), JSON.stringify([{ temp: '.a.csv.1.0123abcd.tmp', name: 'a.csv' }]));
    writeFileSync(path.join(dir, '.b.csv.2.89abcdef.tmp'), '半');
    expect(await recoverOutput(dir)).toEqual({ finished: true, removed: 1 });
    expect(readFileSync(path.join(dir, 'a.csv'), 'utf8')).toBe('新');
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });
});

describe('gouji on a full disk', () => {
  const disk = smallDisk('160k');
  it.skipIf(disk === null)('exits 1 with a message, and the previous outputs stay whole', () => {
    try {
      const out = path.join(disk!.dir, 'out');
      mkdirSync(out);
      // The datasets alone fit on the small disk; the report and workbook would not.
      expect(gouji([...batchOf(10), '--out', out, '--no-report']).status).toBe(2);
      const before = snapshot(out);
      const r = gouji([...batchOf(1000), '--out', out]);
      expect(r).toEqual({ status: 1, stderr: `写入结果失败：磁盘空间不足（ENOSPC）；${out} 中先前的结果保持不变\n` });
      expect(snapshot(out)).toEqual(before);
      expect(temps(out)).toEqual([]);
      expect(jsonl(out, 'summary')).toHaveLength(10);
    } finally {
      disk!.unmount();
    }
  }, 60_000);
});
