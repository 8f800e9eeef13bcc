import { describe, expect, it } from 'vitest';
import { departmentFromFileName, departmentFromTitle, departmentKey, isEmptyCoverValue, organisationIn } from '../src/facts.ts';
import { docFromText } from '../src/document.ts';

describe('department and year', () => {
  it('reads the department from a title as written, place included', () => {
    expect(departmentFromTitle('XX市信访局2024年度部门整体支出绩效自评报告')).toBe('XX市信访局');
    expect(departmentFromTitle('某县卫生健康局部门整体支出绩效自评报告')).toBe('某县卫生健康局');
    expect(departmentFromTitle('市场监督管理局2023年度部门决算公开说明')).toBe('市场监督管理局');
    expect(departmentFromTitle('部门整体支出绩效自评报告')).toBeNull();
    expect(departmentFromTitle('临河县人民医院2024年度医疗设备购置项目绩效自评报告')).toBe('临河县人民医院');
    expect(departmentFromTitle('青石镇人民政府2024年度部门整体支出绩效自评报告')).toBe('青石镇人民政府');
    // A year before the name is no part of it; schools end their names their own way.
    expect(departmentFromTitle('2024年度共青团某县委员会部门决算公开说明')).toBe('共青团某县委员会');
    expect(departmentFromTitle('某市第二中学2022年度单位决算公开说明')).toBe('某市第二中学');
    expect(departmentFromTitle('某县实验小学单位决算公开说明')).toBe('某县实验小学');
  });

  it('reads the first organisation of a cover value that lists several', () => {
    expect(organisationIn('某县卫生健康委员会及各基层医疗卫生机构')).toBe('某县卫生健康委员会');
    expect(organisationIn('某县林业局、各乡镇林业站')).toBe('某县林业局');
    expect(organisationIn('某县文化馆及相关镇（街道）')).toBe('某县文化馆');
    expect(organisationIn('某市住房和城乡建设局')).toBe('某市住房和城乡建设局');
    expect(organisationIn('（公章）')).toBeNull();
  });

  it('keys a department without its places, never cutting inside its name', () => {
    expect(departmentKey('青禾县城市管理局')).toBe('城市管理局');
    expect(departmentKey('城市管理局')).toBe('城市管理局');
    expect(departmentKey('醴陵市住房和城乡建设局')).toBe('住房和城乡建设局');
    expect(departmentKey('住房和城乡建设局')).toBe('住房和城乡建设局');
    expect(departmentKey('南宁市青秀区残疾人联合会')).toBe('残疾人联合会');
    expect(departmentKey('赣州市章贡区妇女联合会')).toBe('妇女联合会');
    expect(departmentKey('市场监督管理局')).toBe('市场监督管理局');
    expect(departmentKey('青石镇人民政府')).toBe('青石镇人民政府');
    expect(departmentKey('XX市信访局')).toBe('信访局');
  });

  it('reads the department from a file name', () => {
    expect(departmentFromFileName('corpus/2024-信访局-整体支出绩效自评报告.pdf')).toBe('信访局');
    expect(departmentFromFileName('2023_教育局_部门决算公开说明.docx')).toBe('教育局');
  });

  it('prefers the cover, then the title, then the file name', () => {
    const withCover = docFromText('某市城市管理局2023年度部门整体支出绩效自评报告\n部门名称：某市交通运输局（公章）\n一、部门基本情况', '2022-教育局.txt');
    expect(withCover.facts).toMatchObject({ department: '某市交通运输局', departmentKey: '交通运输局', year: 2023 });
    const titleOnly = docFromText('某市城市管理局2023年度部门整体支出绩效自评报告\n部门名称：（公章）\n一、部门基本情况', '2022-教育局.txt');
    expect(titleOnly.facts).toMatchObject({ department: '某市城市管理局', departmentKey: '城市管理局', year: 2023 });
    const fileOnly = docFromText('部门整体支出绩效自评报告\n一、部门基本情况', '2022-教育局-自评.txt');
    expect(fileOnly.facts).toMatchObject({ department: '教育局', year: 2022 });
  });

  it('takes the reporting unit of a project report, not its supervising department', () => {
    const doc = docFromText('全民阅读推广项目支出绩效自评报告\n主管部门：某市文化广电旅游局\n实施单位：某市图书馆\n一、项目概况', 'x.txt');
    expect(doc.facts).toMatchObject({ department: '某市图书馆', departmentKey: '图书馆' });
  });

  it("of a project's owner and doer, takes the one the file name also names", () => {
    const text = '就业补助资金项目支出绩效自评报告\n主管部门：某县人力资源和社会保障局\n实施单位：某县公共就业服务中心\n一、项目概况';
    expect(docFromText(text, '2023-某县人力资源和社会保障局-就业补助资金.txt').facts.department).toBe('某县人力资源和社会保障局');
    expect(docFromText(text, '2023-某县公共就业服务中心-就业补助资金.txt').facts.department).toBe('某县公共就业服务中心');
  });

  it('falls back to the year the text names most', () => {
    const doc = docFromText('部门整体支出绩效自评报告\n一、部门基本情况\n2024年度收入100万元，2024年支出90万元，2023年为80万元。', 'report.txt');
    expect(doc.facts.year).toBe(2024);
  });
});

describe('cover fields', () => {
  it('finds every cover field, empty ones included, also several on one line', () => {
    const doc = docFromText('部门名称：（公章）\n填报人：张三    联系电话：\n填报日期：2025年3月1日\n一、部门基本情况', 'x.txt');
    expect(doc.facts.cover.map((f) => [f.name, f.value])).toEqual([
      ['部门名称', '（公章）'],
      ['填报人', '张三'],
      ['联系电话', ''],
      ['填报日期', '2025年3月1日'],
    ]);
    expect(doc.facts.cover.filter((f) => isEmptyCoverValue(f.value)).map((f) => f.name)).toEqual(['部门名称', '联系电话']);
  });
});
