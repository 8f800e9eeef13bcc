// Pieces every kind of document shares: cover block, money statements with their relations,
// tables, filler sentences carrying non-figures (dates, articles, document numbers, idioms).

import type { Fig } from './builder.ts';
import { type Ctx, partsText } from './context.ts';
import { KIND_TITLE } from './facts.ts';

const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '黄丽', '赵磊', '周敏', '吴婷', '徐强', '孙悦', '马超', '朱琳', '胡斌', '郭蕾', '林涛', '何晓', '高峰', '罗佳'];

export function phone(c: Ctx): string {
  return c.r.chance(0.5)
    ? `0${c.r.int(751, 769)}-${c.r.int(2000000, 8999999)}`
    : `1${c.r.pick(['38', '39', '50', '58', '77', '86', '89'])}${c.r.int(10000000, 99999999)}`;
}

export function dateText(c: Ctx, year: number): string {
  return `${year}年${c.r.int(1, 4)}月${c.r.int(1, 28)}日`;
}

/** Title lines and the cover fields; none of it is a heading. */
export function coverBlock(c: Ctx, titleText = KIND_TITLE[c.f.kind]): void {
  const { b, r, f, s } = c;
  if (s.templateLeftovers) b.line(r.pick(['附件1', '附件2', '附件']));
  if (r.chance(0.5)) {
    b.title(`${f.fullName}${f.year}年度${titleText}`);
  } else {
    b.title(f.fullName);
    b.title(`${f.year}年度${titleText}`);
  }
  if (s.templateLeftovers) b.line('（参考格式）', 'center');
  if (s.cover === 'none') return;
  const filled = (always: boolean) => s.cover === 'full' || (s.cover === 'partial' && (always || r.chance(0.5)));
  b.line(`部门名称：${filled(true) ? f.fullName : ''}${r.chance(0.5) ? '（公章）' : ''}`, 'left', false, true);
  if (f.kind !== 'project' || r.chance(0.5)) {
    const n = filled(false) ? (f.subUnits === 0 ? r.pick(['无', '0个']) : `${c.F.count(f.subUnits, '个', { label: '所属下级预算单位数量', frozen: true })}`) : '';
    if (n === '0个') b.line(`所属下级预算单位数量：${c.F.count(0, '个', { label: '所属下级预算单位数量', frozen: true })}`, 'left', false, true);
    else b.line(`所属下级预算单位数量：${n}`, 'left', false, true);
  }
  b.line(`填报人：${filled(false) ? r.pick(NAMES) : ''}`, 'left', false, true);
  b.line(`联系电话：${filled(false) ? phone(c) : ''}`, 'left', false, true);
  b.line(`填报日期：${filled(false) ? dateText(c, f.year + 1) : ''}`, 'left', false, true);
}

export function signature(c: Ctx): void {
  const { b, r, f } = c;
  if (r.chance(0.3)) return;
  b.line(f.fullName, 'right');
  b.line(dateText(c, f.year + 1), 'right');
}

/** The year as written in a sentence about this year: an injectable marker. */
export function Y(c: Ctx): string {
  return String(c.F.year(c.f.year));
}

// --------------------------------------------------------------- non-figures

const FILLERS: ((c: Ctx) => string)[] = [
  (c) => `严格执行《${c.r.pick(['党政机关厉行节约反对浪费条例', '预算法实施条例', '行政事业单位内部控制规范（试行）'])}》第${c.r.pick(['三十一', '十二', '二十五', '四十八'])}条规定，`,
  (c) => `按照《关于全面实施预算绩效管理的实施意见》（${c.r.pick(['市办发', '财预', '政办发'])}〔${c.r.int(2018, c.f.year - 1)}〕${c.r.int(2, 60)}号）要求，`,
  (c) => `坚持每月${c.r.int(1, 14)}日、${c.r.int(15, 28)}日由一位领导值班接待，`,
  () => `落实“一岗双责”，`,
  (c) => `${c.r.int(1, 3)}-${c.r.int(4, 6)}月集中开展专项整治，`,
  (c) => `在全市绩效考评中位列第${c.r.int(2, 9)}位，`,
  () => `推行“一站式”服务和“一揽子”解决方案，`,
  () => `牢固树立“四个意识”、坚定“四个自信”、做到“两个维护”，`,
  () => `严格执行“三重一大”集体决策制度，`,
  (c) => `于${c.f.year}年${c.r.int(6, 12)}月${c.r.int(1, 28)}日前完成全部任务，`,
  () => `做到“三个不予受理”，`,
  () => `按照第一季度、第二季度资金拨付进度，`,
  () => `实行“一事一议”，`,
];

const NARRATIVE = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实上级各项决策部署，围绕中心、服务大局，推动各项工作取得新成效。',
  '进一步健全完善内部管理制度，严格执行财务管理、资产管理、合同管理等各项规章制度，规范资金使用审批流程，确保资金使用安全、规范、有效。',
  '加强干部队伍建设，组织开展业务培训和专题学习，不断提升干部职工的政治素质和业务能力，锻造了一支忠诚干净担当的干部队伍。',
  '强化工作统筹，建立健全工作台账，实行清单化管理、项目化推进，定期调度工作进展，及时研究解决工作中遇到的困难和问题。',
  '坚持问题导向和目标导向，聚焦群众急难愁盼问题，主动对接服务对象，畅通意见反馈渠道，切实提升服务的精准性和有效性。',
  '加强部门协作配合，与相关职能部门建立信息共享和联动机制，形成工作合力，推动重点难点问题有效解决。',
  '持续深化作风建设，严格落实中央八项规定及其实施细则精神，坚决反对形式主义、官僚主义，营造风清气正的良好氛围。',
  '加大宣传力度，充分利用门户网站、微信公众号等平台，及时发布工作动态和政策解读，扩大社会知晓度和群众参与度。',
  '严格落实意识形态工作责任制和安全生产责任制，定期开展风险隐患排查，确保全年未发生重大安全责任事故。',
  '注重源头治理和过程管控，完善考核评价办法，将考核结果与评先评优挂钩，充分调动干部职工干事创业的积极性。',
];

/** A long sentence of policy narrative without figures (long documents use several). */
export function narrative(c: Ctx): string {
  return c.r.pick(NARRATIVE);
}

/** A clause with non-figures (articles, document numbers, dates, idioms) to lead a sentence. */
export function filler(c: Ctx): string {
  return c.r.pick(FILLERS)(c);
}

// --------------------------------------------------------------- money statements

export function money(c: Ctx, yuan: number, label: string, metric?: string, show = true): Fig {
  return c.F.amount(yuan, { label, metric, show });
}

/** `较上年增加X万元，增长Y%` and its relations (prev printed or not). */
export function changeText(c: Ctx, cur: Fig, curYuan: number, prevYuan: number, what: string): string {
  const { r, F } = c;
  const diff = curYuan - prevYuan;
  if (diff === 0) return r.pick(['，与上年持平', `，与${c.f.year - 1}年持平`]);
  const up = diff > 0;
  const absDiff = Math.abs(diff);
  const prevFirst = r.chance(0.5);
  const prev = prevFirst ? F.amount(prevYuan, { label: `上年${what}` }) : null;
  const x = F.amount(absDiff, { label: `${what}较上年${up ? '增加' : '减少'}额` });
  const y = F.pct([absDiff, prevYuan, 2], { label: `${what}较上年${up ? '增长' : '下降'}率` });
  if (prev) {
    if (up) c.b.rel('change', 'sum', cur, [prev, x]);
    else c.b.rel('change', 'sum', x, [prev], { minus: [cur] });
  }
  const ratioRel = () => (prev ? c.b.rel('change', 'ratio', y, [x, prev]) : undefined);
  ratioRel();
  const inc = up ? r.pick(['增加', '增加', '增长']) : r.pick(['减少', '减少', '下降']);
  const rate = up ? r.pick(['增长', '增幅为', '增长了']) : r.pick(['下降', '降幅为', '下降了']);
  if (prev) {
    return r.one([
      () => `，${r.pick(['较上年', '比上年'])}的${prev}${inc}${x}，${rate}${y}`,
      () => `，上年为${prev}，${inc}${x}，${rate}${y}`,
      () => `，比${c.f.year - 1}年的${prev}${inc}${x}（${rate}${y}）`,
    ]);
  }
  return r.one([
    () => `，${r.pick(['较上年', '比上年', '与上年相比', '同比'])}${inc}${x}，${rate}${y}`,
    () => `，${r.pick(['较上年', '比上年'])}${inc}${x}，${rate}${y}`,
  ]);
}

/** A signed change: `较上年增减-37.35万元，增长率-5.69%` (the sign printed, not carried by a verb). */
export function signedChangeText(c: Ctx, cur: Fig, curYuan: number, prevYuan: number, what: string): string {
  const { r, F, b } = c;
  const prev = F.amount(prevYuan, { label: `上年${what}` });
  const x = F.amount(curYuan - prevYuan, { label: `${what}增减额` });
  const y = F.pct([curYuan - prevYuan, prevYuan, 2], { label: `${what}增减率` });
  b.rel('change', 'sum', cur, [prev, x]);
  b.rel('change', 'ratio', y, [x, prev]);
  return r.pick([
    `，上年${prev}，增减额${x}，增长率${y}`,
    `（上年${prev}，增减${x}，增幅${y}）`,
  ]);
}

/** 收入: a total with its parts by source (or by function class when income equals spending). */
export function incomeParagraph(c: Ctx, lead: string): string {
  const { b, r, f } = c;
  const inc = f.income;
  const total = money(c, inc.total, '本年收入合计', 'income_total');
  const sources = [
    ['一般公共预算财政拨款收入', inc.fiscal],
    ['政府性基金预算财政拨款收入', inc.fund],
    ['其他收入', inc.other],
  ] as const;
  const nonzero = sources.filter(([, v]) => v > 0);
  let rest: string;
  if (nonzero.length === 1 && f.income.total === f.expense.total && r.chance(0.6)) {
    const parts = f.expense.byClass.map(([name, yuan]) => ({ name, make: (show: boolean) => money(c, yuan, `收入中${name}`, undefined, show) }));
    const made: Fig[] = [];
    const text = partsText(c, parts.map((p) => ({ name: p.name, make: (s: boolean) => { const x = p.make(s); made.push(x); return x; } })), false);
    b.rel('sum', 'sum', total, made);
    rest = `，${r.pick(['全部为一般公共预算财政拨款收入', '均为财政拨款收入', '全部为财政拨款'])}${text}`;
  } else if (nonzero.length === 1) {
    rest = `，${r.pick(['全部为一般公共预算财政拨款收入', '均为一般公共预算财政拨款', '全部来源于财政拨款'])}`;
  } else {
    const made: Fig[] = [];
    const withShare = r.chance(0.4);
    const items = nonzero.map(([name, yuan]) => ({
      name,
      make: (s: boolean) => {
        const x = money(c, yuan, name, undefined, s || withShare);
        made.push(x);
        return x;
      },
    }));
    if (withShare) {
      const body = items.map((it) => {
        const x = it.make(true);
        const sh = c.F.pct([Number(yuanOf(it.name, f)), inc.total, 2], { label: `${it.name}占比` });
        b.rel('share', 'ratio', sh, [x, total]);
        return `${it.name}${x}，占${r.pick(['', '本年收入的', '收入总额的'])}${sh}`;
      });
      rest = `，其中${body.join('；')}`;
    } else {
      rest = partsText(c, items, false);
    }
    b.rel('sum', 'sum', total, made);
  }
  const change = r.one([() => '', () => changeText(c, total, inc.total, f.prev.incomeTotal, '收入'), () => (inc.total < f.prev.incomeTotal ? signedChangeText(c, total, inc.total, f.prev.incomeTotal, '收入') : '')]);
  return `${lead}${r.pick(['收入', '决算收入', '收入决算'])}${r.pick(['是', '为', '', '共计', '合计'])}${total}${change}${rest}。`;
}

function yuanOf(name: string, f: Ctx['f']): number {
  if (name === '一般公共预算财政拨款收入') return f.income.fiscal;
  if (name === '政府性基金预算财政拨款收入') return f.income.fund;
  return f.income.other;
}

/** 支出: total with parts by function class, or by nature (基本/项目, with shares). */
export function expenseParagraph(c: Ctx, lead: string, byNature: boolean): string {
  const { b, r, f } = c;
  const ex = f.expense;
  const total = money(c, ex.total, '本年支出合计', 'expense_total');
  let rest: string;
  if (!byNature) {
    const made: Fig[] = [];
    rest = partsText(c, ex.byClass.map(([name, yuan]) => ({ name, make: (s: boolean) => { const x = money(c, yuan, name, undefined, s); made.push(x); return x; } })));
    b.rel('sum', 'sum', total, made);
  } else {
    const basic = money(c, ex.basic, '基本支出', 'basic');
    const proj = money(c, ex.project, '项目支出', 'project_spending');
    b.rel('sum', 'sum', total, [basic, proj]);
    const shares = r.chance(0.6);
    const sh = (x: Fig, yuan: number, what: string) => {
      if (!shares) return '';
      const p = c.F.pct([yuan, ex.total, 2], { label: `${what}占比` });
      b.rel('share', 'ratio', p, [x, total]);
      return r.pick([`，占${p}`, `，占本年支出的${p}`, `（占${p}）`]);
    };
    const detail = r.chance(0.5)
      ? (() => {
          const pe = money(c, ex.personnel, '人员经费', 'personnel');
          const pu = money(c, ex.publicFunds, '公用经费', 'public_funds_actual');
          b.rel('sum', 'sum', basic, [pe, pu]);
          return r.pick([`（人员经费${pe}，公用经费${pu}）`, `，含人员经费${pe}、公用经费${pu}`]);
        })()
      : '';
    const basicText = `基本支出${basic}${sh(basic, ex.basic, '基本支出')}${detail}`;
    const projText = `项目支出${proj}${sh(proj, ex.project, '项目支出')}`;
    rest = r.chance(0.8) ? `，其中${basicText}；${projText}` : `。按经济性质分，${basicText}，${projText}`;
  }
  const change = r.one([() => '', () => changeText(c, total, ex.total, f.prev.expenseTotal, '支出'), () => (ex.total < f.prev.expenseTotal ? signedChangeText(c, total, ex.total, f.prev.expenseTotal, '支出') : '')]);
  return `${lead}${r.pick(['支出', '决算支出', '支出决算'])}${r.pick(['是', '为', '', '共计', '合计'])}${total}${change}${rest}。`;
}

/** 收入总计 = 本年收入合计 + 年初结转和结余 = 支出总计 = 本年支出合计 + 年末结转和结余. */
export function totalsParagraph(c: Ctx): string {
  const { b, r, f } = c;
  const grand = (shared: boolean) => {
    const gi = money(c, f.income.grand, '收入总计', 'income_grand', !shared);
    const ge = money(c, f.expense.grand, '支出总计', 'expense_grand');
    b.rel('income_expenditure', 'equal', ge, [gi]);
    return [gi, ge] as const;
  };
  const parts = () => {
    const ti = money(c, f.income.total, '本年收入合计', 'income_total');
    const ci = money(c, f.income.carryIn, '年初结转和结余', 'carry_in');
    const te = money(c, f.expense.total, '本年支出合计', 'expense_total');
    const co = money(c, f.expense.carryOut, '年末结转和结余', 'carry_out');
    return [ti, ci, te, co] as const;
  };
  const relParts = (gi: Fig, ge: Fig, [ti, ci, te, co]: readonly Fig[]) => {
    b.rel('income_expenditure', 'sum', gi, [ti!, ci!]);
    b.rel('income_expenditure', 'sum', ge, [te!, co!]);
  };
  return r.one([
    () => {
      const [gi, ge] = grand(true);
      return `${Y(c)}年度${r.pick(['收、支总计各为', '收入总计、支出总计分别为', '收支总计各为'])}${gi}、${ge}${r.pick(['，收支平衡', ''])}。`;
    },
    () => {
      const [gi, ge] = grand(false);
      const p = parts();
      relParts(gi, ge, p);
      return `${Y(c)}年度收入总计${gi}，支出总计${ge}。其中本年收入合计${p[0]}，年初结转和结余${p[1]}；本年支出合计${p[2]}，年末结转和结余${p[3]}。`;
    },
    () => {
      const p = parts();
      const [gi, ge] = grand(false);
      relParts(gi, ge, p);
      return `本年收入合计${p[0]}，加上年初结转和结余${p[1]}，收入总计${gi}；本年支出合计${p[2]}，年末结转和结余${p[3]}，支出总计${ge}。`;
    },
    () => {
      const [gi, ge] = grand(false);
      const p = parts();
      relParts(gi, ge, p);
      return `收入总计${gi}（本年收入${p[0]}、年初结转和结余${p[1]}），支出总计${ge}（本年支出${p[2]}、年末结转和结余${p[3]}）。`;
    },
  ]);
}
