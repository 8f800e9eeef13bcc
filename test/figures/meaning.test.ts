// The meaning read for each figure (src/figures/meaning.ts): every example of
// patterns/meaning.json, one for each construction issue 8 names, and the
// vocabulary's own relations (objects under objects, measures composing wholes).
import { describe, expect, it } from 'vitest';
import { loadPattern } from '../../src/patterns.ts';
import type { Figure } from '../../src/model.ts';
import { composes, mayBePartOf, meaningSchema, objectWithin, rateOperands, sameThing } from '../../src/figures/meaning.ts';
import { docFrom } from '../checks/helpers.ts';

/** A meaning's `of` as the example writes it: the raw text of the figures it names, or its words. */
function ofText(figures: readonly Figure[], of: string | null | undefined): string | null {
  if (!of) return null;
  if (!/^f\d+(?:\+f\d+)*$/.test(of)) return of;
  return of
    .split('+')
    .map((id) => figures.find((f) => f.id === id)?.raw ?? id)
    .join('+');
}

describe('patterns/meaning.json examples', () => {
  const file = loadPattern('meaning.json', meaningSchema);
  for (const ex of file.examples) {
    it(`${ex.figure} in ${ex.text}`, () => {
      const doc = docFrom(ex.text);
      const f = doc.figures.find((g) => g.raw === ex.figure);
      expect(f, `no figure ${ex.figure}`).toBeDefined();
      const m = f!.meaning!;
      const got = { object: m.object, measure: m.measure, period: m.period, of: ofText(doc.figures, m.of) };
      const want = Object.fromEntries((['object', 'measure', 'period', 'of'] as const).filter((k) => ex[k] !== undefined).map((k) => [k, ex[k]]));
      expect(got).toMatchObject(want);
    });
  }
});

describe('the constructions of issue 8', () => {
  const meaningOf = (text: string, raw: string) => {
    const doc = docFrom(text);
    const f = doc.figures.find((g) => g.raw === raw)!;
    return { ...f.meaning!, of: ofText(doc.figures, f.meaning!.of) };
  };

  it('reads 执行率 as of 年初预算 + 追加 when no full-year budget is stated, and of 全年预算 when it is', () => {
    expect(meaningOf('年初预算500.00万元，年中追加36.20万元，全年执行536.20万元，执行率100%。', '100%').of).toBe('500.00万元+36.20万元');
    expect(meaningOf('年初预算500.00万元，追加预算36.20万元，调整后全年预算536.20万元，全年执行520.00万元，执行率96.97%。', '96.97%').of).toBe('536.20万元');
  });

  it('ends the reach of 其中 at a figure of another measure', () => {
    expect(meaningOf('核定编制60人，其中行政编制15人、事业编制45人，年末实有在编52人。', '45人')).toMatchObject({ object: '事业编制', measure: '编制' });
    expect(meaningOf('核定编制60人，其中行政编制15人、事业编制45人，年末实有在编52人。', '52人')).toMatchObject({ object: '部门', measure: '在职' });
    // 预算 after the list is the budget of the list's whole, not of its last part.
    expect(meaningOf('“三公”经费支出6.84万元，其中公务用车运行维护费4.96万元，公务接待费1.88万元，预算8.50万元，完成预算的80.47%。', '8.50万元')).toMatchObject({ object: '三公经费', measure: '预算' });
  });

  it('gives each “三公” item its own budget and rate', () => {
    const text = '公务用车运行维护费3.10万元，完成预算3.50万元的88.57%；公务接待费2.10万元，完成预算2.50万元的84%。';
    expect(meaningOf(text, '88.57%')).toMatchObject({ object: '公务用车运行维护费', measure: '率', of: '3.50万元' });
    expect(meaningOf(text, '84%')).toMatchObject({ object: '公务接待费', measure: '率', of: '2.50万元' });
  });

  it('reads a share whose whole is only the sentence subject, and shares of different wholes', () => {
    expect(meaningOf('“三公”经费支出决算中，公务接待费0.42万元，占65%；公务用车运行维护费1.20万元，占35%。', '35%')).toMatchObject({ object: '公务用车运行维护费', of: '三公经费' });
    const two = '本年支出占调整预算104.2%，占一般公共预算收入的47.3%。';
    expect(meaningOf(two, '104.2%').of).not.toBe(meaningOf(two, '47.3%').of);
  });

  it('reads an item named within an object (`公用经费中商品和服务支出`) as that item', () => {
    expect(meaningOf('公用经费中商品和服务支出165.92万元、资本性支出4.80万元。', '165.92万元').object).toBe('商品和服务支出');
  });

  it('reads an operand of a worked computation as measuring nothing', () => {
    expect(meaningOf('“三公”经费预算38.00万元，变动率为（38.00-42.00）÷42.00=-9.52%。', '42.00').measure).toBeNull();
  });

  it('reads staff in post (在职) apart from staff on the roll (实有), which may count retirees', () => {
    const text = '年末在职35人，其中局机关11人、服务中心24人；退休7人，实有42人。';
    expect(meaningOf(text, '35人').measure).toBe('在职');
    expect(meaningOf(text, '42人').measure).toBe('实有');
  });

  it('reads a count after 及 as the count of its own group', () => {
    expect(meaningOf('本局下设办公室、执法大队、环卫所及12个乡镇站所。', '12个')).toMatchObject({ measure: '数量' });
  });

  it('reads budget adjustments apart from changes against last year', () => {
    expect(meaningOf('年初预算2,650.00万元，年中追加预算260.80万元，核减54.46万元，全年预算2,856.34万元。', '54.46万元').measure).toBe('调整');
    expect(meaningOf('基本支出480.00万元，较上年增加30.00万元，增长6.25%。', '30.00万元')).toMatchObject({ object: '基本支出', measure: '变动' });
    expect(meaningOf('本年收入650.00万元，加上年结转40.00万元，全年可用资金690.00万元。', '40.00万元')).toMatchObject({ measure: '结转结余', period: '年初' });
  });

  it('reads a table cell from its row and column headers', () => {
    const doc = docFrom('单位：万元', [
      ['项目', '年初预算数', '全年预算数', '全年执行数'],
      ['年度资金总额', '100.00', '120.00', '110.00'],
      ['其中：本年财政拨款', '80.00', '100.00', '95.00'],
    ]);
    const cell = (raw: string) => doc.figures.find((f) => f.raw === raw)!.meaning!;
    expect(cell('120.00')).toMatchObject({ measure: '全年预算' });
    expect(cell('95.00')).toMatchObject({ object: '财政拨款', measure: '执行' });
  });

  it('reads money carried in (上年结转) as this year’s funds, and a rate cell as of its row’s full-year budget', () => {
    const doc = docFrom('单位：万元', [
      ['项目资金', '年初预算数', '全年预算数', '全年执行数', '执行率'],
      ['年度资金总额', '100.00', '130.00', '117.00', '90.00%'],
      ['其中：本年财政拨款', '100.00', '110.00', '99.00', '90.00%'],
      ['上年结转资金', '0.00', '20.00', '18.00', '90.00%'],
    ]);
    const at = (row: number, col: number) => doc.figures.find((f) => f.cell?.row === row && f.cell.col === col)!;
    expect(at(3, 2).meaning).toMatchObject({ measure: '全年预算', period: '全年' });
    expect(at(1, 4).meaning!.of).toBe(at(1, 2).id);
    expect(at(3, 4).meaning!.of).toBe(at(3, 2).id);
  });
});

describe('the vocabulary', () => {
  it('places objects under objects', () => {
    expect(objectWithin('公务接待费', '三公经费')).toBe(true);
    expect(objectWithin('公务用车运行维护费', '三公经费')).toBe(true);
    expect(objectWithin('三公经费', '公务接待费')).toBe(false);
    // Two function classes are siblings: one is never part of the other; a class may break down a fund.
    expect(mayBePartOf('社会保障和就业支出', '文化旅游体育与传媒支出')).toBe(false);
    expect(mayBePartOf('一般公共服务支出', '一般公共预算')).toBe(true);
  });

  it('says which measures compose a whole', () => {
    expect(composes('执行', '预算')).toBe(false);
    expect(composes('编制', '实有')).toBe(false);
    expect(composes('全年预算', '调整')).toBe(true);
    expect(composes('预算', '调整', '年初')).toBe(false);
    expect(composes(null, '预算')).toBe(true);
  });

  it('tells what a rate divides from its words', () => {
    expect(rateOperands('预算执行率')).toMatchObject({ num: new Set(['执行']) });
    expect(rateOperands('完成预算的')!.den.has('预算')).toBe(true);
    expect(rateOperands('满意度')).toBeNull();
  });

  it('matches an item named loosely, never two objects of the vocabulary', () => {
    expect(sameThing('县级财政', '县级')).toBe(true);
    expect(sameThing('部门', '事业编制')).toBe(false);
    expect(sameThing('公务接待费', '三公经费')).toBe(false);
  });
});
