import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('year-mismatch', () => {
  it('passes years named for comparison, history and plans', () => {
    expect(check('year-mismatch', [
      '2024年部门决算收入是346.38万元，较2023年增加20万元。',
      '2024年“三公”经费与2023年持平。',
      '本局于2019年成立，2024年全面完成各项任务。',
      '2025年将继续加强预算管理。',
    ].join('\n'))).toEqual([]);
  });

  it('warns of a statement of another year', () => {
    const fs = check('year-mismatch', '2024年部门决算收入是346.38万元。\n2024年部门决算支出是346.38万元。\n2023年度“三公”经费财政拨款支出决算2.2万元。');
    expect(brief(fs)).toEqual(['warning:2023']);
    expect(fs[0]!.expected).toBe('2024');
  });

  it('leaves the rectification of last year alone', () => {
    expect(check('year-mismatch', '2024年部门决算收入是346.38万元。\n2024年部门决算支出是346.38万元。\n三、上年度绩效自评问题整改情况\n针对2023年度自评发现的问题，逐一整改。')).toEqual([]);
  });

  it('warns of a year-end date of another year, not of one compared with', () => {
    const base = '2024年部门决算收入是346.38万元。\n2024年部门决算支出是346.38万元。\n';
    expect(brief(check('year-mismatch', `${base}截至2023年12月31日，我局固定资产原值186.45万元。`))).toEqual(['warning:2023']);
    expect(check('year-mismatch', `${base}截至2024年12月31日，我局固定资产原值186.45万元。`)).toEqual([]);
    expect(check('year-mismatch', `${base}固定资产原值较截至2023年12月31日增加12.30万元。`)).toEqual([]);
  });

  it('reads a year after a heading’s numbering (七、2022年度…) as a year stated, not one of a list', () => {
    expect(brief(check('year-mismatch', '2023年度部门决算公开说明', '七、2022年度政府采购支出情况说明')).length).toBe(1);
  });
});
