import { describe, expect, it } from 'vitest';
import { brief, check } from './helpers.ts';

describe('enumeration-count', () => {
  it('passes counts that match their lists', () => {
    expect(check('enumeration-count', '信访局设有办公室、接访股、督查股、网络信息股共4个机构。')).toEqual([]);
    expect(check('enumeration-count', '设有4个股室：办公室、接访股、督查股、网络信息股。')).toEqual([]);
    expect(check('enumeration-count', '机关内设机构6个，包括办公室、就业促进股、社会保险股、劳动关系股、人才开发股、劳动保障监察大队。')).toEqual([]);
  });

  it('fails a count that does not match its list', () => {
    expect(brief(check('enumeration-count', '设有5个股室：办公室、接访股、督查股、网络信息股。'))).toEqual(['error:5']);
    expect(brief(check('enumeration-count', '本局下设办公室、权益部、家庭和儿童工作部共2个内设机构。'))).toEqual(['error:2']);
  });

  it('reads an item joined inside by 和/及 as two items, or as the end of a list before the counted one', () => {
    expect(check('enumeration-count', '本部门决算汇总局机关及所属社会保险服务中心、劳动人事争议仲裁院、就业服务中心共4个预算单位。')).toEqual([]);
    expect(check('enumeration-count', '内设综合科、法制科和种子肥料农药、畜牧兽医、渔业、农机4个执法中队。')).toEqual([]);
    // Neither reading makes 3 of either list.
    expect(brief(check('enumeration-count', '内设综合科、法制科和种子肥料农药、畜牧兽医、渔业、农机3个执法中队。'))).toEqual(['error:3']);
    expect(brief(check('enumeration-count', '本部门决算汇总局机关及所属社会保险服务中心、劳动人事争议仲裁院共4个预算单位。'))).toEqual(['error:4']);
  });

  it('reads Chinese numerals', () => {
    expect(brief(check('enumeration-count', '内设机构五个，分别是：规划建设股、运输管理股、公路管理站、交通运输综合执法大队。'))).toEqual(['error:五']);
  });

  it('warns of a list 等 leaves open and short or long of its count, never fails it', () => {
    expect(check('enumeration-count', '围绕登记、转送交办、受理、办理、监督追责、维护秩序等六个方面进行全方位评查。')).toEqual([]);
    expect(brief(check('enumeration-count', '本单位下设办公室、综合统计股、统计执法监督股等4个机构。'))).toEqual(['warning:4']);
    // 等 may leave out that 执法督查大队 is no 内设机构: the list names examples.
    expect(brief(check('enumeration-count', '本局下设办公室、市容环境卫生股、市政设施股、园林绿化股、执法督查大队等4个内设机构。'))).toEqual(['warning:4']);
    expect(check('enumeration-count', '全年开展了胸痛中心建设、卒中筛查等新技术项目5项。')).toEqual([]);
  });

  it('does not read a count of the last item\'s noun as the list\'s', () => {
    expect(check('enumeration-count', '新建、改扩建幼儿园4所，新增学位1,080个。')).toEqual([]);
    expect(check('enumeration-count', '建成县、乡、村三级便民服务站点86个，其中县级服务中心1个。')).toEqual([]);
    expect(check('enumeration-count', '中心内设综合科、业务科、财务科3个科室。')).toEqual([]);
    expect(brief(check('enumeration-count', '中心内设综合科、业务科、财务科4个科室。'))).toEqual(['error:4']);
  });

  it('ignores counts of events and lists with figures in them', () => {
    expect(check('enumeration-count', '全年共接待国内来访团组22批次、来宾376人次。')).toEqual([]);
  });

  it('reads digits in a name as part of it, and a 和 inside one name as no second item', () => {
    expect(brief(check('enumeration-count', '中心设有综合科、受理科、12345热线科、督办科共3个科室。'))).toEqual(['error:3']);
    expect(brief(check('enumeration-count', '本局下设办公室、救助股、慈善股、基层政权和社区建设股等5个机构。'))).toEqual(['warning:5']);
    expect(check('enumeration-count', '本局下设办公室、救助股、慈善股和社区建设股共4个机构。')).toEqual([]);
  });

  it('reads a 等 list of anything but the department\'s units as examples', () => {
    expect(check('enumeration-count', '2023年度本局对耕地保护、矿山修复等5个项目开展了绩效自评。')).toEqual([]);
  });

  it('opens a list at its first words (下属), not at a 有 inside a name (国有林场)', () => {
    const ok = '下属县林业技术推广站、马头岭国有林场、小岭国有林场、县森林病虫害防治检疫站4个二级预算单位。';
    expect(check('enumeration-count', ok)).toEqual([]);
    expect(brief(check('enumeration-count', ok.replace('4个', '5个')))).toEqual(['error:5']);
  });
});
