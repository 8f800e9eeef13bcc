import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseOrdinal, headingOf, matchNumbering, sectionPatterns, templateOf } from '../src/sections.ts';
import { docFromText } from '../src/document.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/seed/${name}`, import.meta.url), 'utf8');

describe('numbering', () => {
  it('reads each numbering level of the template, outermost first', () => {
    const cases: [string, number, string, number][] = [
      ['第二部分 绩效自评', 0, '第二部分', 2],
      ['三、上年度绩效自评问题整改情况', 1, '三、', 3],
      ['（十二）其他', 2, '（十二）', 12],
      ['(四)部门整体支出情况', 2, '(四)', 4],
      ['1.主要职能', 3, '1.', 1],
      ['2、机构设置情况', 3, '2、', 2],
      ['3．人员编制情况', 3, '3．', 3],
      ['（4）采购管理', 4, '（4）', 4],
      ['(5)信息公开', 4, '(5)', 5],
      ['②公用经费控制率', 5, '②', 2],
    ];
    for (const [text, rank, number, ordinal] of cases) {
      expect(matchNumbering(text), text).toMatchObject({ rank, number, ordinal });
    }
  });

  it('reads Chinese ordinals', () => {
    expect([chineseOrdinal('一'), chineseOrdinal('十'), chineseOrdinal('十四'), chineseOrdinal('二十'), chineseOrdinal('九十九')]).toEqual([1, 10, 14, 20, 99]);
    expect(chineseOrdinal('百')).toBeNull();
  });
});

describe('headingOf', () => {
  it('runs every example of patterns/sections.json', () => {
    const patterns = sectionPatterns();
    expect(patterns.examples.length).toBeGreaterThan(5);
    for (const ex of patterns.examples) {
      expect(headingOf(ex.text, undefined, patterns) !== null, ex.text).toBe(ex.heading);
      if (ex.heading && ex.template !== undefined) expect(templateOf(ex.text, patterns), ex.text).toBe(ex.template);
    }
  });

  it('keeps amounts and sentences out', () => {
    for (const t of ['1.5万元以上', '2.03万元', '1、2024年部门决算收入是346.38万元。', '（1）负责处理群众信件。', '3.5%']) {
      expect(headingOf(t, undefined), t).toBeNull();
    }
  });

  it('takes a Word heading style as a heading even when unnumbered and unknown', () => {
    expect(headingOf('关于专项资金的说明', 2)).toMatchObject({ rank: 2, number: '', by: 'style' });
    expect(headingOf('关于专项资金的说明', undefined)).toMatchObject({ by: 'plain' });
  });
});

describe('unnumbered headings by their shape and neighbours', () => {
  const headings = (text: string): string[] => docFromText(text).sections.map((s) => s.heading);

  it('takes a table’s title as a caption, its year in brackets too, not as a heading', () => {
    const text = '四、自评结论\n项目支出绩效自评表（2023年度）\n本项目自评得分96分。';
    expect(headings(text)).toEqual(['四、自评结论']);
  });

  it('takes a short line that introduces body text, under the last numbered heading', () => {
    const doc = docFromText('一、部门概况\n加强队伍建设，提升履职能力\n全年组织培训12次，参训120人次。\n收入决算情况说明\n本年收入合计346.38万元。');
    expect(doc.sections.map((s) => s.heading)).toEqual(['一、部门概况', '加强队伍建设，提升履职能力', '收入决算情况说明']);
    expect(doc.sections[1]!.path).toEqual(['一、部门概况', '加强队伍建设，提升履职能力']);
  });

  it('leaves out title lines, lists, captions, signatures, table rows and cut sentences', () => {
    expect(headings('某市信访局\n部门整体支出绩效自评报告\n一、部门概况\n本局设有以下科室：\n办公室\n接访股\n督查股\n收支决算表\n单位：万元')).toEqual(['一、部门概况']);
    expect(headings('一、部门概况\n收入\t\t支出\n本年收入346.38万元。\n按照《关于全面实施预算绩效管理的\n实施意见》要求，开展自评。')).toEqual(['一、部门概况']);
    expect(headings('一、部门概况\n本局全年工作顺利完成。\n某市信访局\n2025年3月15日')).toEqual(['一、部门概况']);
  });
});

describe('buildSections on the reference report', () => {
  const doc = docFromText(fixture('seed.txt'), 'seed.txt');

  it('yields exactly its heading tree', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(JSON.parse(fixture('headings.json')));
  });

  it('nests unnumbered headings where their numbered twins would be', () => {
    const byHeading = new Map(doc.sections.map((s) => [s.heading, s]));
    expect(byHeading.get('年度总体工作和重点工作任务')!.path).toEqual(['一、部门基本情况', '年度总体工作和重点工作任务']);
    expect(byHeading.get('（1）抓好源头治理，推进预防法治化')!.path[1]).toBe('年度总体工作和重点工作任务');
    expect(byHeading.get('②公用经费控制率')!.path).toEqual([
      '二、绩效自评情况', '部门整体支出绩效指标分析', '3.预算使用效益', '（1）经济性', '②公用经费控制率',
    ]);
    expect(byHeading.get('三、上年度绩效自评问题整改情况')!.level).toBe(1);
  });

  it('maps headings to template sections', () => {
    const templates = new Map(doc.sections.map((s) => [s.heading, s.template]));
    expect(templates.get('（四）部门整体支出情况（以决算数为统计口径）')).toBe('spending');
    expect(templates.get('3.人员编制情况')).toBe('staffing');
    expect(templates.get('（1）经济性')).toBe('economy');
    expect(templates.get('1.存在问题')).toBe('problems');
    expect(templates.get('2.改进措施')).toBe('measures');
  });

  it('stamps every block after the first heading with its section', () => {
    const first = doc.sections[0]!.block;
    for (const b of doc.blocks) {
      if (b.index < first) expect(b.section).toBeNull();
      else expect(b.section).not.toBeNull();
    }
  });
});

describe('tables of contents', () => {
  it('leaves out a typed table of contents, whose entries come back as the real headings', () => {
    const text = '某区部门决算公开说明\n目  录\n第一部分 部门概况……1\n第二部分 2022年度部门决算情况说明……3\n第一部分 部门概况\n一、主要职能\n负责全区城市管理。\n第二部分 2022年度部门决算情况说明\n收入合计100万元。';
    expect(docFromText(text).sections.map((s) => s.heading)).toEqual(['第一部分 部门概况', '一、主要职能', '第二部分 2022年度部门决算情况说明']);
  });
});
