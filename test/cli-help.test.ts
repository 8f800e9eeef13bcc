// `gouji --help` explains every option of the command line and every output, in Chinese.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../src/cli-help.ts';
import { DATASETS } from '../src/outputs/datasets.ts';
import { CROSS_RULES } from '../src/batch/index.ts';

describe('the help text', () => {
  it('names every option main() accepts', () => {
    const cli = readFileSync(path.resolve(import.meta.dirname, '../src/cli.ts'), 'utf8');
    const options = [...cli.matchAll(/^\s+'?([a-z-]+)'?: \{ type: '(?:string|boolean)'/gm)].map((m) => m[1]!);
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) expect(HELP, option).toContain(`--${option}`);
  });

  it('names every dataset, the report, the workbook and the cross-document rules', () => {
    for (const name of Object.keys(DATASETS)) expect(HELP).toContain(name);
    for (const rule of Object.keys(CROSS_RULES)) expect(HELP).toContain(rule);
    expect(HELP).toContain('report/index.html');
    expect(HELP).toContain('gouji.xlsx');
    expect(HELP).toMatch(/退出码/);
  });
});
