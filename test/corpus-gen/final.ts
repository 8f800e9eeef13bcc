// 部门决算公开说明: 第一部分 部门概况, 第二部分 决算情况说明 (收支总体, 收入, 支出, 财政拨款,
// 基本支出, “三公”经费, 机关运行经费, 政府采购, 国有资产, 绩效管理), 名词解释, 附表.

import type { Fig } from './builder.ts';
import { changeText, coverBlock, filler, incomeParagraph, money, narrative, phone, signature, Y } from './common.ts';
import { bare, type Ctx, partsText } from './context.ts';
import { incomeTable, threeTable } from './tables.ts';
import { renderWork } from './worktext.ts';

export function writeFinal(c: Ctx): void {
  const { b, r, f } = c;
  coverBlock(c);
  b.h(1, r.pick(['部门概况', '部门概况', `${f.fullName}概况`]));
  b.h(2, r.pick(['部门主要职责', '主要职能', '部门职责']));
  b.para(`${f.fullName}${r.pick(['主要职责是', '的主要职能'])}：${f.dept.duties.join('；')}。`);
  b.h(2, r.pick(['部门决算单位构成', '机构设置', '内设机构及决算单位构成']));
  units(c);
  b.h(2, r.pick(['人员情况', '人员构成情况']));
  people(c);
  if (r.chance(0.5)) {
    b.h(2, r.pick(['年度主要工作完成情况', '重点工作完成情况']));
    r.sample(f.dept.works, 2).forEach((w) => b.para(`${Y(c)}年，${renderWork(w, c.F, r, '年度工作量')}。${c.s.long ? narrative(c) + narrative(c) : ''}`));
  }
  b.h(1, r.one([() => `${Y(c)}年度部门决算情况说明`, () => '部门决算情况说明', () => `${Y(c)}年度部门决算表及情况说明`]));
  b.h(2, '收入支出决算总体情况说明');
  overall(c);
  b.h(2, '收入决算情况说明');
  b.para(incomeParagraph(c, `${Y(c)}年度${r.pick(['本部门', '', '部门'])}`));
  b.h(2, '支出决算情况说明');
  spending(c);
  b.h(2, '财政拨款收入支出决算总体情况说明');
  fiscalTotals(c);
  b.h(2, '一般公共预算财政拨款支出决算情况说明');
  general(c);
  b.h(2, '一般公共预算财政拨款基本支出决算情况说明');
  basic(c);
  b.h(2, '“三公”经费财政拨款支出决算情况说明');
  threePublic(c);
  b.h(2, '政府性基金预算财政拨款收入支出决算情况说明');
  b.para(f.income.fund > 0 ? `${Y(c)}年度政府性基金预算财政拨款收入${money(c, f.income.fund, '政府性基金预算财政拨款收入')}，主要用于${bare(f.dept.mainClass)}相关项目。` : r.pick(['本部门无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故该表为空表。', '本年度无政府性基金预算财政拨款收支。']));
  b.h(2, '机关运行经费支出说明');
  ops(c);
  b.h(2, '政府采购支出说明');
  procurement(c);
  b.h(2, '国有资产占用情况说明');
  assets(c);
  b.h(2, '预算绩效管理情况说明');
  performance(c);
  b.h(1, '名词解释');
  glossary(c);
  if (c.s.incomeTable || c.s.threeTable) {
    b.h(1, r.pick(['附件', '部门决算报表', '附表']));
    if (c.s.long) b.pageBreak();
    if (c.s.incomeTable) incomeTable(c, r.pick(['收入支出决算总表', `${f.year}年度收入支出决算总表`]));
    if (c.s.long && c.s.incomeTable) b.pageBreak();
    if (c.s.threeTable) threeTable(c, r.pick(['财政拨款“三公”经费支出决算表', '“三公”经费支出决算表']));
  }
  if (r.chance(0.6)) {
    b.h(1, r.pick(['决算公开联系方式及信息反馈渠道', '联系方式']));
    b.para(`本单位决算公开信息反馈和联系方式：联系人${r.pick(['张科长', '李主任', '王会计'])}，联系电话${phone(c)}。`);
  }
  signature(c);
}

function units(c: Ctx): void {
  const { b, r, f, F } = c;
  const list = f.offices;
  const k = F.count(list.length, '个', { label: '内设机构数' });
  b.rel('enumeration', 'count', k, [], { items: list });
  const sub = f.subUnits;
  const lead = sub > 0
    ? `纳入本部门${Y(c)}年度部门决算编制范围的二级预算单位${F.count(sub, '个', { label: '二级预算单位数' })}。`
    : r.pick(['本部门无下属预算单位，部门决算为本级决算。', '纳入本部门决算编制范围的单位仅为本级。']);
  b.para(`${lead}${r.pick(['本级内设', '机关内设'])}${r.pick(['科室', '股室', '机构'])}${k}，${r.pick(['即', '分别为', '包括'])}${list.join('、')}。`);
}

function people(c: Ctx): void {
  const { b, r, f, F } = c;
  const st = f.staff;
  const a = F.count(st.authorized, '名', { label: '编制人数', metric: 'staff_authorized' });
  const x = F.count(st.actual, '人', { label: '实有人数', metric: 'staff_actual' });
  b.rel('staff', 'le', x, [a]);
  const ret = F.count(st.retired, '人', { label: '离退休人员' });
  b.para(r.pick([
    `截至${f.year}年12月31日，本部门编制${a}，实有在职人员${x}，离退休人员${ret}。`,
    `本部门核定编制${a}；年末实有人员${x}，另有离退休人员${ret}（不在编制内）。`,
  ]));
}

function overall(c: Ctx): void {
  const { b, r, f, F } = c;
  const shared = r.chance(0.6);
  const gi = F.amount(f.income.grand, { label: '收入总计', metric: 'income_grand', show: !shared });
  const ge = F.amount(f.expense.grand, { label: '支出总计', metric: 'expense_grand' });
  b.rel('income_expenditure', 'equal', ge, [gi]);
  const lead = shared ? `${Y(c)}年度收、支总计各为${gi}、${ge}` : `${Y(c)}年度收入总计${gi}，支出总计${ge}`;
  const prevGrand = Math.round(f.income.grand * (0.8 + 0.4 * r.next()));
  const change = changeText(c, ge, f.expense.grand, prevGrand, '收支总计');
  const reason = r.pick(['主要原因是人员经费增加及新增项目。', '主要原因是项目支出减少。', '主要是年中追加了重点工作经费。', '主要是严格压减一般性支出。']);
  b.para(`${lead}${change}。${reason}`);
}

function spending(c: Ctx): void {
  const { b, r, f, F } = c;
  const ex = f.expense;
  const total = F.amount(ex.total, { label: '本年支出合计', metric: 'expense_total' });
  const basic = F.amount(ex.basic, { label: '基本支出', metric: 'basic' });
  const proj = F.amount(ex.project, { label: '项目支出', metric: 'project_spending' });
  b.rel('sum', 'sum', total, [basic, proj]);
  const s1 = F.pct([ex.basic, ex.total, 2], { label: '基本支出占比' });
  const s2 = F.pct([ex.project, ex.total, 2], { label: '项目支出占比' });
  b.rel('share', 'ratio', s1, [basic, total]);
  b.rel('share', 'ratio', s2, [proj, total]);
  b.para(r.one([
    () => `${Y(c)}年度本年支出合计${total}，其中：基本支出${basic}，占${s1}；项目支出${proj}，占${s2}。`,
    () => `本年支出${total}。基本支出${basic}，占本年支出合计的${s1}，是指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出；项目支出${proj}，占本年支出合计的${s2}。`,
    () => `${Y(c)}年支出决算${total}（基本支出${basic}、项目支出${proj}），基本支出与项目支出分别占${s1}和${s2}。`,
  ]));
}

function fiscalTotals(c: Ctx): void {
  const { b, r, f, F } = c;
  const fiscal = f.income.fiscal + f.income.fund;
  const fi = F.amount(fiscal, { label: '财政拨款收入总计', metric: 'fiscal_income' });
  const prevFiscal = Math.round(fiscal * (0.8 + 0.4 * r.next()));
  const change = changeText(c, fi, fiscal, prevFiscal, '财政拨款收支总计');
  b.para(`${Y(c)}年度财政拨款收入${r.pick(['总计', '合计', ''])}${fi}${change}。${r.pick(['主要原因是人员经费调整。', '主要是项目资金变化。', ''])}`);
}

function general(c: Ctx): void {
  const { b, r, f, F } = c;
  const ex = f.expense;
  b.h(3, '总体情况');
  const total = F.amount(ex.total, { label: '一般公共预算财政拨款支出', metric: 'expense_total' });
  const share = r.chance(0.5);
  const budgetYuan = f.budget.final;
  const budget = F.amount(budgetYuan, { label: '一般公共预算财政拨款支出预算', metric: 'budget_final' });
  const rate = F.pct([ex.total, budgetYuan, 2], { label: '完成预算的比例', metric: 'execution_rate' });
  b.rel('rate', 'ratio', rate, [total, budget]);
  const whole100 = share ? `，占本年支出合计的${F.pct('100', { label: '占本年支出合计的比例', frozen: true })}` : '';
  b.para(`${Y(c)}年度一般公共预算财政拨款支出${total}${whole100}，${r.pick(['全年预算为', '调整后预算为', '预算为'])}${budget}，完成预算的${rate}。`);
  b.h(3, '结构情况');
  const whole = F.amount(ex.total, { label: '一般公共预算财政拨款支出', metric: 'expense_total' });
  const xs: Fig[] = [];
  const items = ex.byClass.map(([name, yuan]) => {
    const x = F.amount(yuan, { label: name });
    const sh = F.pct([yuan, ex.total, 2], { label: `${name}占比` });
    xs.push(x);
    b.rel('share', 'ratio', sh, [x, whole]);
    return `${bare(name)}${r.pick(['', '支出'])}${x}，占${sh}`;
  });
  b.rel('sum', 'sum', whole, xs);
  b.para(`一般公共预算财政拨款支出${whole}，${r.pick(['其中：', '主要用于：', ''])}${items.join('；')}。`);
  b.h(3, '具体情况');
  const pieces = ex.byClass.slice(0, r.int(2, ex.byClass.length)).map(([name, yuan]) => {
    const bud = Math.round(yuan / (0.85 + 0.3 * r.next()));
    const bf = F.amount(bud, { label: `${name}年初预算` });
    const af = F.amount(yuan, { label: `${name}决算` });
    const rf = F.pct([yuan, bud, 2], { label: `${name}完成预算的比例` });
    b.rel('rate', 'ratio', rf, [af, bf]);
    const why = yuan > bud ? r.pick(['决算数大于预算数的主要原因是年中追加了经费。', '主要原因是追加了人员经费。']) : r.pick(['决算数小于预算数的主要原因是厉行节约。', '主要原因是部分项目跨年实施。', '']);
    return `${bare(name)}${r.pick(['（类）', ''])}：年初预算为${bf}，支出决算为${af}，完成年初预算的${rf}。${why}`;
  });
  pieces.forEach((p, i) => b.para(`${i + 1}.${p}`));
}

function basic(c: Ctx): void {
  const { b, r, f, F } = c;
  const ex = f.expense;
  const tot = F.amount(ex.basic, { label: '基本支出', metric: 'basic' });
  const pe = F.amount(ex.personnel, { label: '人员经费', metric: 'personnel' });
  const pu = F.amount(ex.publicFunds, { label: '公用经费', metric: 'public_funds_actual' });
  b.rel('sum', 'sum', tot, [pe, pu]);
  b.para(r.one([
    () => `${Y(c)}年度一般公共预算财政拨款基本支出${tot}，其中：人员经费${pe}，主要包括基本工资、津贴补贴、奖金、社会保障缴费、住房公积金等；公用经费${pu}，主要包括办公费、印刷费、水电费、邮电费、差旅费、维修（护）费、公务接待费等。`,
    () => `基本支出${tot}，包括人员经费${pe}和公用经费${pu}。`,
  ]));
}

function threePublic(c: Ctx): void {
  const { b, r, f, F } = c;
  const t = f.three;
  const tb = f.threeBudget;
  const budget = F.amount(tb.total, { label: '“三公”经费预算', metric: 'three_budget' });
  const actual = F.amount(t.total, { label: '“三公”经费决算', metric: 'three_public' });
  const rate = F.pct([t.total, tb.total, 2], { label: '“三公”经费完成预算的比例' });
  b.rel('rate', 'ratio', rate, [actual, budget]);
  b.para(`${Y(c)}年度“三公”经费财政拨款支出预算为${budget}，支出决算为${actual}，完成预算的${rate}。${r.pick(['决算数小于预算数的主要原因是厉行节约，严控“三公”经费支出。', '主要原因是严格执行中央八项规定精神。'])}`);
  const ab = F.amount(t.abroad, { label: '因公出国（境）费' });
  const car = F.amount(t.carPurchase + t.carOps, { label: '公务用车购置及运行维护费' });
  const rec = F.amount(t.reception, { label: '公务接待费', metric: 'three_reception' });
  const a2 = F.amount(t.total, { label: '“三公”经费决算', metric: 'three_public' });
  b.rel('three_public', 'sum', a2, [ab, car, rec]);
  const sh = (x: Fig, yuan: number, what: string) => {
    if (t.total === 0) return '';
    const p = F.pct([yuan, t.total, 2], { label: `${what}占“三公”经费的比例` });
    b.rel('share', 'ratio', p, [x, a2]);
    return `，占${p}`;
  };
  const withShares = r.chance(0.5);
  const abText = `因公出国（境）费支出决算${ab}${withShares ? sh(ab, t.abroad, '因公出国（境）费') : ''}${t.abroad === 0 ? `，${r.pick(['全年未安排出国（境）团组', '无因公出国（境）'])}` : `，全年安排因公出国（境）团组${F.count(r.int(1, 3), '个', { label: '出国团组' })}，累计${F.count(r.int(2, 8), '人次', { label: '出国人次' })}`}`;
  const p = F.amount(t.carPurchase, { label: '公务用车购置费' });
  const o = F.amount(t.carOps, { label: '公务用车运行维护费' });
  b.rel('three_public', 'sum', car, [p, o]);
  const carText = `公务用车购置及运行维护费支出决算${car}${withShares ? sh(car, t.carPurchase + t.carOps, '公务用车购置及运行维护费') : ''}。其中：公务用车购置费${p}${t.carPurchase === 0 ? '，本年未购置公务用车' : `，购置车辆${F.count(1, '辆', { label: '购置车辆' })}`}；公务用车运行维护费${o}，主要用于${r.pick(['开展执法检查、调研', '机要通信、应急保障'])}等工作所需的公务用车燃料费、维修费、过路过桥费、保险费等支出`;
  const recText = `公务接待费支出决算${rec}${withShares ? sh(rec, t.reception, '公务接待费') : ''}，${t.reception > 0 ? `全年共接待国内来访团组${F.count(r.int(5, 60), '批次', { label: '接待批次' })}、来宾${F.count(r.int(40, 600), '人次', { label: '接待人次' })}` : '全年未发生公务接待'}`;
  b.para(`${Y(c)}年度“三公”经费支出决算${a2}，具体情况如下：`);
  const num = r.pick([(i: number) => `${i}.`, (i: number) => `（${i}）`, (i: number) => `${i}、`]);
  [abText, carText, recText].forEach((t, i) => b.para(`${num(i + 1)}${t}。`));
  if (r.chance(0.5)) {
    const again = F.amount(t.total, { label: '“三公”经费决算', metric: 'three_public' });
    b.para(`“三公”经费支出${again}${changeText(c, again, t.total, f.threePrev.total, '“三公”经费')}。`);
  }
}

function ops(c: Ctx): void {
  const { b, r, f, F } = c;
  const x = F.amount(f.opsFunds, { label: '机关运行经费', metric: 'ops_funds' });
  const change = changeText(c, x, f.opsFunds, f.prev.opsFunds, '机关运行经费');
  b.para(`${Y(c)}年度${r.pick(['本部门', '部门'])}机关运行经费支出${x}${change}。${r.pick(['主要原因是办公费、差旅费减少。', '主要原因是人员增加相应公用经费增加。', ''])}`);
}

function procurement(c: Ctx): void {
  const { b, r, f, F } = c;
  const p = f.procurement;
  const tot = F.amount(p.total, { label: '政府采购支出总额', metric: 'procurement_total' });
  const items = [['货物', p.goods], ['工程', p.works], ['服务', p.services]] as const;
  const figs: Fig[] = [];
  const text = partsText(c, items.map(([n, v]) => ({ name: `政府采购${n}支出`, make: (s: boolean) => { const x = F.amount(v, { label: `政府采购${n}支出`, show: s }); figs.push(x); return x; } })));
  b.rel('sum', 'sum', tot, figs);
  const s = F.amount(p.sme, { label: '授予中小企业合同金额' });
  const sh = F.pct([p.sme, p.total, 2], { label: '授予中小企业合同金额占比' });
  b.rel('share', 'ratio', sh, [s, tot]);
  b.para(`${Y(c)}年度政府采购支出总额${tot}${text}。授予中小企业合同金额${s}，占政府采购支出总额的${sh}${r.one([() => '', () => `，其中授予小微企业合同金额${money(c, Math.round(p.sme * 0.6), '授予小微企业合同金额')}`])}。`);
}

function assets(c: Ctx): void {
  const { b, r, f, F } = c;
  const n = f.vehicles;
  const groups: [string, number][] = [['主要领导干部用车', 0], ['机要通信用车', 0], ['应急保障用车', 0], ['执法执勤用车', 0], ['其他用车', 0]];
  for (let i = 0; i < n; i++) groups[r.int(1, 4)]![1] += 1;
  const tot = F.count(n, '辆', { label: '车辆总数' });
  const shown = groups.filter(([, k]) => k > 0 || r.chance(0.3));
  const figs = shown.map(([name, k]) => [name, F.count(k, '辆', { label: name })] as const);
  if (figs.length) b.rel('sum', 'sum', tot, figs.map(([, x]) => x));
  const list = figs.length ? `，其中：${figs.map(([name, x]) => `${name}${x}`).join('，')}` : '';
  b.para(`截至${f.year}年12月31日，${r.pick(['本部门', '本单位'])}共有车辆${tot}${list}；单价${F.amount(500000, { label: '单价门槛', unit: '万元', dec: 0, approx: true })}以上通用设备${F.count(r.int(0, 3), '台', { label: '大型设备' })}，单价${F.amount(1000000, { label: '单价门槛', unit: '万元', dec: 0, approx: true })}以上专用设备${F.count(0, '台', { label: '专用设备' })}。`);
}

function performance(c: Ctx): void {
  const { b, r, f, F } = c;
  const n = r.int(2, 12);
  const amt = Math.round(f.expense.project * (0.5 + 0.5 * r.next()));
  b.para(`${filler(c)}${r.pick(['本部门', '我单位'])}组织对${Y(c)}年度一般公共预算项目支出全面开展绩效自评，共涉及项目${F.count(n, '个', { label: '自评项目数' })}，资金${F.amount(amt, { label: '自评项目资金' })}，占一般公共预算项目支出总额的${F.pct([amt, f.expense.project, 2], { label: '自评覆盖率' })}。部门整体支出绩效自评得分${F.score(f.selfScore, { label: '自评得分', metric: 'self_score' })}。`);
}

function glossary(c: Ctx): void {
  const { b, r } = c;
  const defs = [
    '财政拨款收入：指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款和政府性基金预算财政拨款。',
    '年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。',
    '基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
    '项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
    '“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
    '机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项公用经费。',
  ];
  const numbered = r.chance(0.6);
  r.sample(defs, r.int(4, 6)).forEach((d, i) => b.para(numbered ? `${r.pick([`${i + 1}.`, `${i + 1}、`])}${d}` : d));
}
