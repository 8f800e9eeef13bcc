// The structure findings of the foundation issue: cover fields, template
// sections, heading numbers, template leftovers.
import { describe, expect, it } from 'vitest';
import { check } from './helpers.ts';

describe('cover-fields', () => {
  it('flags empty and placeholder cover fields', () => {
    const fs = check('cover-fields', '部门整体支出绩效自评报告\n部门名称：（公章）\n填报人：张三\n联系电话：\n一、部门基本情况\n本部门无下属单位。');
    expect(fs.map((f) => f.message)).toEqual(['封面“部门名称”只有占位内容“（公章）”', '封面“联系电话”未填写']);
    expect(fs.every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('heading-numbering', () => {
  it('flags a number used twice and headings that lack their number', () => {
    const fs = check('heading-numbering', [
      '一、部门基本情况', '（一）部门职能', '负责信访工作。', '年度总体工作和重点工作任务', '推进信访法治化。',
      '（四）部门整体支出情况', '支出346.38万元。', '二、绩效自评情况', '（1）采购管理', '制度健全。', '（2）资产管理', '管理规范。',
      '（2）信息公开', '按时公开。', '（3）绩效管理', '已建立制度。',
    ].join('\n'));
    expect(fs.map((f) => `${f.actual}→${f.expected}`)).toEqual(['年度总体工作和重点工作任务→（二）', '（四）→（三）', '（2）→（3）']);
  });

  it('flags numbers skipped', () => {
    const fs = check('heading-numbering', '一、部门基本情况\n内容。\n三、绩效自评情况\n内容。');
    expect(fs.map((f) => f.message)).toEqual(['标题编号从一、跳到三、，缺少二、']);
  });

  it('passes headings numbered in order', () => {
    expect(check('heading-numbering', '一、部门基本情况\n（一）部门职能\n内容。\n（二）年度总体工作和重点工作任务\n内容。\n二、绩效自评情况\n内容。')).toEqual([]);
  });
});

describe('template-leftover', () => {
  it('flags template text left in', () => {
    const fs = check('template-leftover', '部门整体支出绩效自评报告\n（参考格式）\nXX局2024年度工作总结。');
    expect(fs.map((f) => f.actual)).toEqual(['（参考格式）', 'XX局']);
  });

  it('passes a filled-in report', () => {
    expect(check('template-leftover', '信访局2024年度部门整体支出绩效自评报告')).toEqual([]);
  });
});

describe('template-sections', () => {
  it('flags a 整体支出 report without its required sections', () => {
    const fs = check('template-sections', '信访局部门整体支出绩效自评报告\n一、部门基本情况\n内容。\n二、绩效自评情况\n内容。');
    expect(fs.map((f) => f.expected).sort()).toEqual(['存在问题', '部门整体支出情况']);
  });

  it('leaves other report kinds alone', () => {
    expect(check('template-sections', '信访局部门决算公开说明\n一、部门基本情况\n内容。')).toEqual([]);
  });
});
