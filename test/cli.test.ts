// The command line end to end, in a child process as users run it.
import { spawnSync } from 'node:child_process';
import { ROOT, gouji, jsonl } from './gouji.ts';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const SEED = path.join(ROOT, 'test/fixtures/seed/seed.txt');

describe('gouji on a batch with bad files', () => {
  let input: string;
  let out: string;
  let result: { status: number | null; stderr: string };

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-cli-'));
    input = path.join(dir, 'in');
    out = path.join(dir, 'out');
    mkdirSync(path.join(input, 'sub'), { recursive: true });
    copyFileSync(SEED, path.join(input, 'sub', '2024-信访局-自评报告.txt'));
    writeFileSync(path.join(input, '空文件.docx'), '');
    writeFileSync(path.join(input, '损坏.docx'), 'PK\u0003\u0004 this is not a zip');
    writeFileSync(path.join(input, '假的.pdf'), '<html>not a pdf</html>');
    writeFileSync(path.join(input, '~$锁文件.docx'), 'lock');
    result = gouji([input, '--out', out, '--quiet', '--jobs', '2']);
  }, 60_000);

  it('exits 2 and still writes every dataset', () => {
    expect(result.status).toBe(2);
    for (const name of ['summary', 'figures', 'sections', 'findings']) {
      expect(existsSync(path.join(out, `${name}.csv`))).toBe(true);
      expect(existsSync(path.join(out, `${name}.jsonl`))).toBe(true);
    }
    expect(result.stderr).toBe('');
  });

  it('gives every input a summary row, sorted by file, bad ones failed with a reason', () => {
    const rows = jsonl(out, 'summary');
    // Sorted by code point, so the ASCII folder name comes first.
    expect(rows.map((r) => r.file)).toEqual(['sub/2024-信访局-自评报告.txt', '假的.pdf', '损坏.docx', '空文件.docx']);
    for (const r of rows.slice(1)) {
      expect(r.status).toBe('failed');
      expect(typeof r.error).toBe('string');
      expect((r.error as string).length).toBeGreaterThan(3);
    }
    expect(rows[0]).toMatchObject({ status: 'ok', error: null, department: '信访局', year: 2024, format: 'txt' });
    expect(rows[0]!.sections).toBe(39);
  });

  it('gives the same bytes whatever --jobs is', () => {
    const out1 = out + '-1';
    expect(gouji([input, '--out', out1, '--quiet', '--jobs', '1']).status).toBe(2);
    for (const name of ['summary.csv', 'figures.jsonl', 'sections.jsonl', 'findings.jsonl', 'gouji.xlsx', 'report/index.html', 'report/docs/d0001.html']) {
      expect(readFileSync(path.join(out1, name)).equals(readFileSync(path.join(out, name))), name).toBe(true);
    }
  });

  it('writes the review report and the workbook, a page for every input', () => {
    expect(existsSync(path.join(out, 'gouji.xlsx'))).toBe(true);
    expect(readdirSync(path.join(out, 'report', 'docs'))).toEqual(['d0001.html', 'd0002.html', 'd0003.html', 'd0004.html']);
    expect(readFileSync(path.join(out, 'report', 'docs', 'd0003.html'), 'utf8')).toContain('损坏.docx');
  });

  it('writes neither with --no-report', () => {
    const bare = out + '-bare';
    expect(gouji([SEED, '--out', bare, '--quiet', '--no-report']).status).toBe(0);
    // Beside the datasets only the cache of analysed files (DIR/.cache).
    expect(readdirSync(bare).sort()).toEqual([
      '.cache', 'compare.csv', 'compare.jsonl', 'figures.csv', 'figures.jsonl', 'findings.csv', 'findings.jsonl', 'sections.csv', 'sections.jsonl', 'summary.csv', 'summary.jsonl',
    ]);
  });
});

describe('a file that takes too long', () => {
  it('is stopped, reported with why, and the batch goes on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-slow-'));
    const docx = path.join(ROOT, 'test/fixtures/seed/seed.docx');
    const r = gouji([SEED, docx, '--out', dir, '--jobs', '2', '--quiet', '--timeout', '0.001']);
    expect(r.status).toBe(2);
    const rows = jsonl(dir, 'summary');
    expect(rows.map((row) => row.status)).toEqual(['failed', 'failed']);
    expect(rows[0]!.error).toContain('已中止');
  });
});

describe('the installed gouji command (bin/gouji.js)', () => {
  it('runs from any folder, child processes included', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-bin-'));
    const docx = path.join(ROOT, 'test/fixtures/seed/seed.docx');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/gouji.js'), SEED, docx, '--out', 'out', '--jobs', '2', '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(jsonl(path.join(dir, 'out'), 'summary').map((row) => row.status)).toEqual(['ok', 'ok']);
  });
});

describe('gouji usage and configuration errors', () => {
  it('exits 1 with a message and writes nothing on a bad --jobs', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'gouji-cli-')), 'out');
    const r = gouji([SEED, '--out', out, '--jobs', '0']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--jobs');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 naming a limit that is not a positive number, or too small a memory limit', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'gouji-cli-')), 'out');
    const timeout = gouji([SEED, '--out', out, '--timeout', '0']);
    expect([timeout.status, timeout.stderr.split('\n')[0]]).toEqual([1, '--timeout 需要正数，收到：0']);
    const memory = gouji([SEED, '--out', out, '--max-memory', '100']);
    expect([memory.status, memory.stderr.split('\n')[0]]).toEqual([1, '--max-memory 至少是 600，收到：100']);
    expect(gouji([SEED, '--out', out, '--max-size', 'abc']).stderr).toMatch(/^--max-size 需要正数，收到：abc/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on a missing input and on an unknown option', () => {
    expect(gouji(['/no/such/folder', '--quiet']).status).toBe(1);
    expect(gouji([SEED, '--bogus']).status).toBe(1);
  });

  it('exits 1 naming the field of a bad --config file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gouji-cli-'));
    const config = path.join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ rules: { 'sum-of-parts': { severity: 'fatal' } } }));
    const r = gouji([SEED, '--out', path.join(dir, 'out'), '--config', config]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('severity');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});
