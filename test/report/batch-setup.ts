// Vitest global setup: runs gouji once, as users do (the command line, report and
// workbook included), on a small batch, for the browser and workbook tests to read.
// The batch: a PDF and a Word file with errors, a text file, a scan (needs_ocr: run with --no-ocr), two
// more PDFs, and a text file of hostile text (test/fixtures/report/).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Test outputs kept for people to look at (screenshots), under the git-ignored out/. */
export const ARTIFACTS = path.join(ROOT, 'out', 'test-artifacts');

const BATCH = [
  'corpus/2024-审计局-部门整体支出绩效自评报告.pdf',
  'corpus/2022-教育局-部门整体支出绩效自评报告.pdf',
  'corpus/2024-民政局-部门决算公开说明.pdf',
  'corpus/2021-住房和城乡建设局-部门整体支出绩效自评报告.docx',
  'corpus/2023-残疾人联合会-部门整体支出绩效自评报告.txt',
  'corpus/2023-妇女联合会-部门决算公开说明-扫描件.pdf',
  'test/fixtures/report/2024-青禾县信访局-部门整体支出绩效自评报告.txt',
];

declare module 'vitest' {
  export interface ProvidedContext {
    /** The output folder of gouji on the small batch. */
    reviewOut: string;
  }
}

export default function setup({ provide }: TestProject): void {
  const input = path.join(ARTIFACTS, 'batch-input');
  const out = path.join(ARTIFACTS, 'batch-out');
  rmSync(input, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(input, { recursive: true });
  for (const file of BATCH) copyFileSync(path.join(ROOT, file), path.join(input, path.basename(file)));
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), input, '--out', out, '--quiet', '--no-ocr'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`gouji on the report test batch exited ${r.status}: ${r.stderr}`);
  provide('reviewOut', out);
}

/** The rows of a dataset of the batch, as its NAME.jsonl holds them. */
export function readJsonl<T = Record<string, unknown>>(out: string, name: string): T[] {
  return readFileSync(path.join(out, `${name}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}
