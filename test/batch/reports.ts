// Small made-up reports for the batch stage's tests: a few lines of a 部门整体支出绩效自评报告 with
// the figures a test chooses, written as .txt files and run through the whole per-file pipeline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeFile } from '../../src/run.ts';
import { digestOf, type FileDigest } from '../../src/batch/digest.ts';

export interface ReportFacts {
  place?: string;
  department: string;
  year: number;
  income: string;
  lastIncome: string;
  spending: string;
  lastSpending: string;
  threePublic: string;
  lastThreePublic: string;
  fundsBudget: string;
  fundsActual: string;
  controlRate: string;
  staff: number;
  /** A paragraph of the report's own wording. */
  story?: string;
}

export const facts = (over: Partial<ReportFacts> & Pick<ReportFacts, 'department' | 'year'>): ReportFacts => ({
  place: '青禾县',
  income: '500.00',
  lastIncome: '480.00',
  spending: '490.00',
  lastSpending: '470.00',
  threePublic: '5.00',
  lastThreePublic: '6.00',
  fundsBudget: '40.00',
  fundsActual: '36.00',
  controlRate: '90.00',
  staff: 20,
  ...over,
});

export function reportText(f: ReportFacts): string {
  return [
    `${f.place}${f.department}${f.year}年度部门整体支出绩效自评报告`,
    '一、部门基本情况',
    '（一）部门职能',
    `本单位编制人数${f.staff}人，实有人数${f.staff}人。`,
    '（二）部门整体支出情况',
    `${f.year}年本部门收入决算合计${f.income}万元（上年${f.lastIncome}万元）。`,
    `${f.year}年本部门支出决算合计${f.spending}万元（上年${f.lastSpending}万元）。`,
    `“三公”经费支出${f.threePublic}万元，上年${f.lastThreePublic}万元。`,
    `公用经费预算${f.fundsBudget}万元，决算${f.fundsActual}万元，公用经费控制率${f.controlRate}%。`,
    '二、绩效自评情况',
    f.story ?? `${f.department}围绕年度重点工作开展绩效自评，各项指标按计划推进。`,
    '三、存在问题及改进措施',
    '下一步将继续加强预算绩效管理。',
  ].join('\n');
}

/** Writes each report as a .txt file in a new folder and returns their digests, in the order given. */
export async function digestsOf(reports: { name: string; text: string }[]): Promise<FileDigest[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gouji-batch-'));
  const digests: FileDigest[] = [];
  for (const r of reports) {
    const file = path.join(dir, r.name);
    writeFileSync(file, r.text);
    digests.push(digestOf(await analyzeFile(file, r.name)));
  }
  return digests;
}

export const named = (f: ReportFacts, name = `${f.year}-${f.department}-部门整体支出绩效自评报告.txt`) => ({ name, text: reportText(f) });
