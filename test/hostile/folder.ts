// Hostile input folders: links that loop or lead outside, a name in GBK bytes, a named
// pipe, and a folder of 20,000 small files.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';

export const SEED = path.resolve(import.meta.dirname, '../fixtures/seed/seed.txt');

/** 报告.txt in GBK bytes: not valid UTF-8. */
export const GBK_NAME = iconv.encode('报告.txt', 'gbk');

export interface HostileFolder {
  /** The input root. */
  root: string;
  /** A folder beside the root, where the links lead out to. */
  outside: string;
}

/**
 * A root holding: a real report; two links pointing at each other (a loop) and one at
 * the folder itself; links to a file and a folder outside; a link to the report inside; a
 * broken link; a named pipe with a report's name; and a report whose name is GBK bytes.
 */
export function hostileFolder(): HostileFolder {
  const base = mkdtempSync(path.join(tmpdir(), 'gouji-folder-'));
  const root = path.join(base, 'in');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  copyFileSync(SEED, path.join(root, 'sub', '报告.txt'));
  writeFileSync(path.join(outside, 'secret.txt'), '不应被读取的文件');
  symlinkSync('b.pdf', path.join(root, 'a.pdf'));
  symlinkSync('a.pdf', path.join(root, 'b.pdf'));
  symlinkSync('..', path.join(root, 'sub', 'up'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'outside.txt'));
  symlinkSync(outside, path.join(root, 'outside-folder'));
  symlinkSync(path.join('sub', '报告.txt'), path.join(root, 'link.txt'));
  symlinkSync('missing.docx', path.join(root, 'broken.docx'));
  execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
  writeFileSync(Buffer.concat([Buffer.from(root + path.sep), GBK_NAME]), iconv.encode('一、部门基本情况\n部门决算收入346.38万元。\n', 'gbk'));
  return { root, outside };
}

/** A root holding `count` small text reports in folders of 1,000. */
export function manySmallFiles(count: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'gouji-many-'));
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `第${String(Math.floor(i / 1000)).padStart(2, '0')}批`);
    if (i % 1000 === 0) mkdirSync(folder);
    writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), `一、部门基本情况\n第${i}号单位部门决算收入${i}.38万元。\n`);
  }
  return root;
}
