// 部门整体支出绩效自评报告: the template of the seed, each fact drawn from pools of phrasings.

import type { Fig } from './builder.ts';
import { changeText, coverBlock, expenseParagraph, filler, incomeParagraph, narrative, signature, totalsParagraph, Y } from './common.ts';
import type { Ctx } from './context.ts';
import { incomeTable, indicatorTable, threeTable } from './tables.ts';
import { renderWork } from './worktext.ts';
import { chinese } from './numfmt.ts';

export function writeOverall(c: Ctx): void {
  coverBlock(c);
  basics(c);
  selfEvaluation(c);
  problems(c);
  rectification(c);
  signature(c);
}

// ------------------------------------------------------------------ 一、部门基本情况

function basics(c: Ctx): void {
  const { b, r } = c;
  b.h(1, r.pick(['部门基本情况', '部门基本情况', '基本情况', '部门概况']));
  b.h(2, r.pick(['部门职能', '部门职能', '部门主要职能及机构设置']));
  b.h(3, r.pick(['主要职能', '主要职能', '部门主要职责']));
  duties(c);
  b.h(3, r.pick(['机构设置情况', '机构设置', '内设机构情况']));
  offices(c);
  b.h(3, r.pick(['人员编制情况', '人员情况', '编制及人员情况']));
  staff(c);
  b.h(2, r.pick(['年度总体工作和重点工作任务', '年度主要工作任务', '年度总体工作和重点工作任务完成情况']));
  works(c);
  b.h(2, r.pick(['部门整体支出绩效目标', '年度绩效目标', '部门整体支出绩效目标']));
  targets(c);
  b.h(2, r.pick(['部门整体支出情况（以决算数为统计口径）', '部门整体支出情况', '部门整体收支情况']));
  spending(c);
}

function duties(c: Ctx): void {
  const { b, r, f } = c;
  const items = f.dept.duties;
  const style = r.pick(['list', 'list', 'yishi', 'para'] as const);
  if (style === 'list') {
    const fmt = r.pick([(i: number) => `（${i}）`, (i: number) => `(${i})`, (i: number) => `${i}.`, (i: number) => `${'①②③④⑤⑥⑦⑧'[i - 1]}`]);
    items.forEach((d, i) => b.para(`${fmt(i + 1)}${d}${r.pick(['。', '。', '；'])}`));
  } else if (style === 'yishi') {
    b.para(`${f.fullName}${r.pick(['的主要职能是', '主要履行以下职责', '的主要职责'])}：${items.map((d, i) => `${chinese(i + 1)}是${d}`).join('；')}。`);
  } else {
    b.para(`${r.pick(['本部门', f.fullName, c.s.self])}主要职能：${items.join('；')}；完成上级交办的其他任务。`);
  }
}

function offices(c: Ctx): void {
  const { b, r, f, F } = c;
  const list = f.offices;
  const n = () => F.count(list.length, r.pick(['个', '个']), { label: '内设机构数', cn: r.chance(0.2), two: '两' });
  const mw = r.pick(['股室', '科室', '机构', '内设机构']);
  const names = list.join('、');
  const withSub = f.subUnits > 0 && r.chance(0.6);
  const sub = () => (withSub ? `下属${F.count(f.subUnits, '个', { label: '下属单位数' })}二级单位，` : '');
  const text = r.one([
    () => { const k = n(); b.rel('enumeration', 'count', k, [], { items: list }); return `${f.dept.name}设有${names}共${k}${mw}。`; },
    () => { const k = n(); b.rel('enumeration', 'count', k, [], { items: list }); return `${sub()}内设${k}${mw}：${names}。`; },
    () => { const k = n(); b.rel('enumeration', 'count', k, [], { items: list }); return `${c.s.self}${sub()}下设${names}等${k}${mw}。`; },
    () => { const k = n(); b.rel('enumeration', 'count', k, [], { items: list }); return `根据“三定”方案，${f.dept.name}内设${mw}${k}，分别是${names}。`; },
  ]);
  b.para(text);
}

function staff(c: Ctx): void {
  const { b, r, f, F } = c;
  const st = f.staff;
  const cn = r.chance(0.15);
  const auth = () => F.count(st.authorized, '人', { label: '编制人数', metric: 'staff_authorized', cn });
  const act = () => F.count(st.actual, r.pick(['人', '人', '名']), { label: '实有人数', metric: 'staff_actual', cn });
  const ret = () => F.count(st.retired, '人', { label: '退休人数', cn });
  const text = r.one([
    () => {
      const a = auth(); const x = act(); b.rel('staff', 'le', x, [a]);
      return `${r.pick(['本部门无下属单位，部门预算为局本级预算。', '部门预算为本级预算。', ''])}${c.s.self}编制人数${a}；实有人数${x}，退休${ret()}。`;
    },
    () => {
      const a = auth(); const x = act(); b.rel('staff', 'le', x, [a]);
      return `核定编制${a}，${r.pick(['年末', '截至年底', '目前'])}实有在职人员${x}，另有退休人员${ret()}。`;
    },
    () => {
      const a = auth(); const x = act(); b.rel('staff', 'le', x, [a]);
      const rate = F.pct([st.actual, st.authorized, 2], { label: '在职人员控制率' });
      b.rel('rate', 'ratio', rate, [x, a]);
      return `${c.s.self}行政编制${a}，实有${x}，在职人员控制率${rate}；退休人员${ret()}。`;
    },
    () => {
      const x = act(); const a = auth(); b.rel('staff', 'le', x, [a]);
      return `年末实有人数${x}（编制${a}），离退休人员${ret()}。`;
    },
  ]);
  b.para(text);
}

const WORK_HEADS = [
  '抓好源头治理，推进重点工作落实', '强化责任落实，提升服务质效', '突出改革创新，增强发展动能',
  '加强队伍建设，提升履职能力', '聚焦民生实事，增进群众福祉', '坚持依法行政，规范权力运行',
  '深化作风建设，优化营商环境', '强化宣传引导，营造良好氛围',
];

function works(c: Ctx): void {
  const { b, r, f, F } = c;
  const ws = r.sample(f.dept.works, r.int(3, f.dept.works.length));
  const withHeads = r.chance(0.45);
  const heads = r.sample(WORK_HEADS, ws.length);
  ws.forEach((w, i) => {
    if (withHeads) b.h(4, heads[i]!);
    const body = renderWork(w, F, r, '年度工作量');
    const open = /^(全年|全市)/.test(w)
      ? r.one([() => '', () => filler(c), () => `${r.pick(['围绕', '聚焦'])}年度目标任务，`])
      : r.one([() => `${Y(c)}年，${c.s.self}`, () => '全年', () => `${r.pick(['围绕', '聚焦'])}年度目标任务，`, () => filler(c), () => '']);
    const close = r.pick(['，圆满完成年度目标任务。', '。', '，工作成效明显。', '，较好地完成了全年任务。']);
    b.para(`${open}${body}${close}`);
    if (c.s.long) b.para(Array.from({ length: r.int(2, 4) }, () => narrative(c)).join(''));
  });
  if (r.chance(0.5)) {
    // A share of a whole stated in the text (like the seed's 365个 of the villages).
    const whole = r.int(120, 600);
    const part = r.int(Math.floor(whole * 0.5), whole - 1);
    const wf = F.count(whole, '个', { label: '村（社区）总数' });
    const pf = F.count(part, '个', { label: '达标村（社区）数' });
    const sh = F.pct([part, whole, 2], { label: '达标村（社区）占比' });
    b.rel('share', 'ratio', sh, [pf, wf]);
    b.para(r.one([
      () => `全市共有村（社区）${wf}，经核准，符合创建标准的共计${pf}，占${sh}。`,
      () => `${Y(c)}年，在全市${wf}村（社区）中，${pf}达到示范标准，占比${sh}。`,
    ]));
  }
  if (r.chance(0.5)) {
    b.para(`${r.pick(['通过开展宣传活动', '大力开展“六进”活动'])}，共悬挂横幅${F.count(r.int(10, 90) * 10, '条', { label: '横幅', approxWord: '余' })}，发放宣传资料${r.chance(0.3) ? F.count(`${r.int(11, 35) / 10}`, '份', { label: '宣传资料', scale: '万', approxWord: '余' }) : F.count(r.int(5, 60) * 100, '份', { label: '宣传资料', approxWord: r.pick(['余', '多'] as const) })}，${r.pick(['做到“三个不予受理”“两个不再受理”', '推行“一站式接待、一揽子调处、一条龙服务”', '落实“党政同责、一岗双责”'])}。`);
  }
}

function targets(c: Ctx): void {
  const { b, r, f, F } = c;
  b.para(`${Y(c)}年度，${c.s.self}${r.pick(['在财政预算内紧紧围绕', '紧紧围绕', '坚持以'])}${f.dept.duties[0]!.replace(/^负责/, '')}${r.pick(['为中心', '这一主线', ''])}，${r.pick(['主动作为，认真履职', '聚焦主责主业', '精准发力，压实责任'])}，${r.pick(['确保各项工作任务顺利完成', '切实维护群众合法权益', '推动各项事业高质量发展'])}。`);
  if (r.chance(0.6)) {
    const pct = F.pct(String(r.pick([90, 95, 98])), { label: '目标完成率', approx: true });
    b.para(`${r.pick(['具体目标为', '主要绩效目标'])}：${r.pick(['重点工作完成率', '年度任务完成率'])}达到${pct}以上，${f.dept.served}满意度${r.pick(['不低于', '达到'])}${F.pct(String(r.pick([85, 90, 95])), { label: '满意度目标' })}。`);
  }
}

function spending(c: Ctx): void {
  const { b, r, f, s } = c;
  const numbered = r.chance(0.5);
  const n = (i: number) => (numbered ? r.pick([`${i}、`, `${i}.`, `（${i}）`]) : '');
  let i = 1;
  b.para(`${n(i++)}${incomeParagraph(c, `${Y(c)}年${r.pick(['部门', '', '本部门'])}`)}`);
  b.para(`${n(i++)}${expenseParagraph(c, `${Y(c)}年${r.pick(['部门', '', '本部门'])}`, r.chance(0.5))}`);
  if (r.chance(0.5)) b.para(`${n(i++)}${totalsParagraph(c)}`);
  if (s.incomeTable && s.long) b.pageBreak();
  if (s.incomeTable) incomeTable(c, r.pick([`${f.year}年度收入支出决算总表`, '收入支出决算表', '部门收入支出决算情况表']));
  b.para(`${n(i++)}${r.pick(['认真贯彻落实中央、省、市关于厉行节约的各项要求，进一步从严控制“三公”经费开支。', '严格执行中央八项规定精神。', ''])}${threePublicSentence(c)}`);
  if (s.threeTable) threeTable(c, r.pick(['“三公”经费预算与决算情况表', `${f.year}年“三公”经费支出情况表`, '“三公”经费财政拨款支出决算表']));
  b.para(`${n(i++)}${r.pick(['本单位无政府性基金预算收支、无国有资本经营预算收支、无社会保险基金预算收支。', '本部门无国有资本经营预算收支。', '本年度无政府性基金预算财政拨款支出。'])}`);
}

/** “三公”经费决算 with its composition, and sometimes its change and its control rate. */
export function threePublicSentence(c: Ctx): string {
  const { b, r, f, F } = c;
  const t = f.three;
  const total = F.amount(t.total, { label: '“三公”经费决算', metric: 'three_public' });
  const parts: string[] = [];
  const figs: Fig[] = [];
  const detail = r.chance(0.75);
  if (detail) {
    const abroad = F.amount(t.abroad, { label: '因公出国（境）费' });
    const car = F.amount(t.carPurchase + t.carOps, { label: '公务用车购置及运行维护费' });
    const rec = F.amount(t.reception, { label: '公务接待费', metric: 'three_reception' });
    figs.push(abroad, car, rec);
    let carText = `${car}`;
    if (t.carPurchase > 0 || r.chance(0.4)) {
      const p = F.amount(t.carPurchase, { label: '公务用车购置费' });
      const o = F.amount(t.carOps, { label: '公务用车运行维护费' });
      b.rel('three_public', 'sum', car, [p, o]);
      carText = r.pick([`${car}（其中购置费${p}，运行维护费${o}）`, `${car}，其中公务用车购置费${p}、公务用车运行维护费${o}`]);
    }
    parts.push(`因公出国（境）费${abroad}`, `公务用车购置及运行维护费${carText}`, `公务接待费${rec}`);
    b.rel('three_public', 'sum', total, figs);
  }
  const lead = r.one([() => `${Y(c)}年度，“三公”经费财政拨款支出决算${total}`, () => `“三公”经费支出${total}`, () => `全年“三公”经费${r.pick(['共计', '合计', ''])}支出${total}`]);
  const body = detail ? `${r.pick(['。其中：', '，其中', '，包括'])}${parts.join(r.pick(['，', '；', '、']))}` : '';
  // The change follows the total it belongs to, before the parts.
  const change = r.chance(0.5) ? changeText(c, total, t.total, f.threePrev.total, '“三公”经费') : '';
  return `${lead}${change}${body}。`;
}

// ------------------------------------------------------------------ 二、绩效自评情况

function selfEvaluation(c: Ctx): void {
  const { b, r, f, F, s } = c;
  b.h(1, r.pick(['绩效自评情况', '部门整体支出绩效自评情况', '绩效自评情况']));
  b.h(2, r.pick(['自评结论', '自评结论', '总体评价结论']));
  const score = F.score(f.selfScore, { label: '自评得分', metric: 'self_score' });
  const grade = Number(f.selfScore) >= 90 ? '优' : Number(f.selfScore) >= 80 ? '良' : '中';
  b.para(r.one([
    () => `根据年初的绩效考核工作计划和目标，${c.s.self}较好地完成了全年的目标工作任务。自评为${score}。${s.indicatorTable ? '详见部门整体支出绩效评价指标表。' : ''}`,
    () => `经综合评价，${c.s.self}${f.year}年度部门整体支出绩效自评得分${score}，评价等级为“${grade}”。`,
    () => `按照部门整体支出绩效评价指标体系逐项打分，自评总分${score}，等级为${grade}。`,
  ]));
  if (s.indicatorTable && s.long) b.pageBreak();
  if (s.indicatorTable) indicatorTable(c, r.pick(['部门整体支出绩效评价指标表', `${f.year}年度部门整体支出绩效自评表`, '绩效评价指标评分表']));
  b.h(2, r.pick(['部门整体支出绩效指标分析', '绩效指标分析', '部门整体支出绩效指标分析']));
  b.para(`${r.pick(['根据部门的工作职能，', '围绕年度工作目标，', ''])}${c.s.self}主要${f.dept.duties[1] ?? f.dept.duties[0]}，${r.pick(['开展工作所需的运转项目支出，包括办公费、印刷费、邮电费、会议费、维修（护）费、差旅费等支出。', '保障机构正常运转和重点工作开展。'])}`);
  b.h(3, r.pick(['预算编制情况', '预算编制情况', '预算管理情况']));
  if (r.chance(0.5)) b.h(4, '预算编制');
  budgetRoll(c);
  b.h(3, r.pick(['预算执行情况', '预算执行情况', '预算执行']));
  execution(c);
  b.h(4, '资金管理');
  b.para(`${c.s.self}已制定${r.pick(['符合国家财经法规和财务管理制度规定的', '较为完善的'])}财务管理制度；资金的拨付有完整的审批程序和手续，重大开支经集体研究，不存在截留、挤占、挪用、虚列支出等情况。`);
  b.h(4, '采购管理');
  procurement(c);
  b.h(4, '资产管理');
  assets(c);
  b.h(4, '信息公开');
  b.para(r.pick(['本单位按规定内容、时限公开了预决算信息和绩效信息。', `${c.s.self}于批复后20日内在门户网站公开了部门预决算。`.replace('20日', `${r.int(10, 20)}日`)]));
  b.h(3, r.pick(['预算使用效益', '预算使用效益', '履职效益情况']));
  b.h(4, '经济性');
  b.h(5, '“三公”经费控制情况');
  threeControl(c);
  b.h(5, '公用经费控制率');
  publicFunds(c);
  b.h(4, '效果性');
  b.h(5, r.pick(['部门整体绩效目标产出指标完成情况', '产出指标完成情况']));
  outputs(c);
  b.h(5, r.pick(['部门整体绩效目标效益指标完成情况', '效益指标完成情况']));
  b.para(`经济效益：${r.pick(['严格控制各项经费的开支。', '节约行政成本，提高资金使用效益。'])}`);
  b.para(`社会效益：${r.pick(['保障各项工作的开展，促进社会和谐稳定。', '服务群众能力进一步提升。'])}`);
  b.h(4, '公平性');
  b.h(5, r.pick(['公众或服务对象满意度', '服务对象满意度']));
  const sat = F.pct(f.satisfaction, { label: '满意度', metric: 'satisfaction', form: r.chance(0.1) && !f.satisfaction.includes('.') ? 'words' : undefined });
  b.para(`${c.s.self}${r.pick(['始终牢记以人民为中心的发展思想', '坚持问题导向'])}，${r.pick(['开展满意度调查', '通过问卷、回访等方式开展满意度测评'])}，${f.dept.served}满意度${r.pick(['可达到', '为', '达'])}${sat}。`);
}

function budgetRoll(c: Ctx): void {
  const { b, r, f, F } = c;
  const bg = f.budget;
  const init = F.amount(bg.initial, { label: '年初预算数', metric: 'budget_initial' });
  const fin = F.amount(bg.final, { label: '全年预算数', metric: 'budget_final' });
  const exe = F.amount(bg.executed, { label: '全年执行数', metric: 'execution' });
  const bal = F.amount(bg.balance, { label: '结余', metric: 'balance' });
  b.rel('budget_roll', 'sum', fin, [exe, bal]);
  let adjText: string;
  if (bg.adjust < 0 && r.chance(0.5)) {
    const adj = F.amount(-bg.adjust, { label: '调减预算数' });
    b.rel('budget_roll', 'sum', fin, [init], { minus: [adj] });
    adjText = `，年中${r.pick(['调减', '减少'])}预算${adj}`;
  } else {
    const adj = F.amount(bg.adjust, { label: '调整预算数', metric: 'budget_adjustment' });
    b.rel('budget_roll', 'sum', fin, [init, adj]);
    adjText = `，年度调整预算数${adj}`;
  }
  const withRate = r.chance(0.6);
  let rateText = '';
  if (withRate) {
    const rate = F.pct([bg.executed, bg.final, 2], { label: '预算执行率', metric: 'execution_rate' });
    b.rel('budget_roll', 'ratio', rate, [exe, fin]);
    rateText = `，预算执行率${rate}`;
  }
  b.para(r.one([
    () => `${Y(c)}年年初预算数${init}${adjText}，全年预算数${fin}，全年执行数${exe}，结余${bal}${rateText}。${c.s.self}严格按照财政要求，认真做好当年部门预算，按实际工作开展需要编制，并经审核。`,
    () => `${c.s.self}${Y(c)}年年初预算${init}${adjText}，调整后全年预算${fin}；实际执行${exe}${rateText}，年末结余${bal}。`,
    () => `${filler(c)}${c.s.self}年初预算${init}${adjText}，全年预算${fin}，执行${exe}，结余${bal}${rateText}。`,
  ]));
}

function execution(c: Ctx): void {
  const { b, r, f, F } = c;
  const bg = f.budget;
  if (r.chance(0.5)) {
    const carry = f.expense.carryOut;
    const co = F.amount(carry, { label: '年末结转结余', metric: 'carry_out' });
    const tot = F.amount(f.expense.total, { label: '本年支出合计', metric: 'expense_total' });
    const rate = F.pct([carry, f.expense.total, 2], { label: '结转结余率' });
    b.rel('rate', 'ratio', rate, [co, tot]);
    b.para(`${r.pick(['年末结转和结余', '结转结余资金'])}${co}，${r.pick(['本年支出', '全年支出'])}${tot}，结转结余率${rate}。`);
  } else {
    const rate = F.pct([bg.executed, bg.final, 2], { label: '预算执行率', metric: 'execution_rate' });
    let vsPrev = '';
    if (r.chance(0.6)) {
      // Rates compared in 个百分点: cur = prev ± points.
      const cur = Number(rate.spec.value);
      const prevV = Math.max(60, Math.min(100, cur + (r.next() * 16 - 8))).toFixed(2);
      const prev = F.pct(prevV, { label: '上年预算执行率' });
      const diff = Math.abs(Math.round((cur - Number(prevV)) * 100)) / 100;
      if (diff > 0) {
        const pts = F.points(diff.toFixed(2), { label: '预算执行率变动' });
        if (cur > Number(prevV)) b.rel('change', 'sum', rate, [prev, pts]);
        else b.rel('change', 'sum', rate, [prev], { minus: [pts] });
        vsPrev = `，较上年的${prev}${cur > Number(prevV) ? r.pick(['提高', '上升', '提高了']) : r.pick(['下降', '降低', '下降了'])}${pts}`;
      } else {
        vsPrev = `，与上年${prev}持平`;
      }
    }
    b.para(`${c.s.self}${r.pick(['加快预算执行进度', '按照序时进度支出'])}，全年预算执行率${rate}${vsPrev}${r.pick(['，预算执行较好', '', '，完成年度目标'])}。`);
  }
  b.h(4, '绩效管理');
  b.para(r.pick(['建立健全绩效管理制度，将绩效目标与预算同步编制、同步审核。', '严格落实绩效目标管理，开展绩效运行监控。', `${filler(c)}开展预算绩效运行监控。`]));
}

function procurement(c: Ctx): void {
  const { b, r, f, F } = c;
  const p = f.procurement;
  if (r.chance(0.5)) {
    b.para(`为规范政府采购行为，${c.s.self}建立健全政府采购管理制度，依据《政府采购法》等法律法规，制定了采购管理办法。`);
    return;
  }
  const tot = F.amount(p.total, { label: '政府采购支出总额', metric: 'procurement_total' });
  const items: [string, number][] = [['货物', p.goods], ['工程', p.works], ['服务', p.services]];
  const figs: Fig[] = [];
  const parts = items.map(([n, v]) => { const x = F.amount(v, { label: `政府采购${n}` }); figs.push(x); return `政府采购${n}支出${x}`; });
  b.rel('sum', 'sum', tot, figs);
  let sme = '';
  if (r.chance(0.5)) {
    const s = F.amount(p.sme, { label: '授予中小企业合同金额' });
    const sh = F.pct([p.sme, p.total, 2], { label: '授予中小企业合同金额占比' });
    b.rel('share', 'ratio', sh, [s, tot]);
    sme = `。授予中小企业合同金额${s}，占政府采购支出总额的${sh}`;
  }
  b.para(`${Y(c)}年度政府采购支出总额${tot}，其中：${parts.join('、')}${sme}。`);
}

function assets(c: Ctx): void {
  const { b, r, f, F } = c;
  const util = F.pct('100', { label: '固定资产利用率' });
  const cars = f.vehicles > 0 && r.chance(0.6) ? `截至年底，${c.s.self}共有车辆${F.count(f.vehicles, '辆', { label: '车辆' })}。` : '';
  b.para(`${c.s.self}已制定的资产管理制度能及时反映单位的资产存量和变量情况，资产保存完整、配置合理、处置规范。${cars}固定资产利用率${r.pick(['：', '为', '达'])}${util}。`);
}

function threeControl(c: Ctx): void {
  const { b, r, f, F } = c;
  const t = f.three;
  const tb = f.threeBudget;
  const style = r.pick(['rate', 'rate', 'repeat', 'saving'] as const);
  if (style === 'repeat') {
    b.para(threePublicSentence(c).replace(/。$/, `，控制率${F.pct('100', { label: '“三公”经费控制率（口径未说明）', frozen: true })}。`));
    return;
  }
  const budget = F.amount(tb.total, { label: '“三公”经费预算', metric: 'three_budget' });
  const actual = F.amount(t.total, { label: '“三公”经费决算', metric: 'three_public' });
  const rate = F.pct([t.total, tb.total, 2], { label: '“三公”经费控制率' });
  b.rel('rate', 'ratio', rate, [actual, budget]);
  if (style === 'saving') {
    const save = F.amount(tb.total - t.total, { label: '“三公”经费节约额' });
    b.rel('three_public', 'sum', budget, [actual, save]);
    b.para(`“三公”经费年初预算${budget}，实际支出${actual}，节约${save}，“三公”经费控制率${rate}。`);
    return;
  }
  b.para(r.one([
    () => `${Y(c)}年“三公”经费预算数${budget}，决算数${actual}，控制率${rate}，${r.pick(['控制在预算以内', '未超预算'])}。`,
    () => `“三公”经费实际支出${actual}，预算${budget}，“三公”经费控制率为${rate}。`,
  ]));
}

function publicFunds(c: Ctx): void {
  const { b, r, f, F } = c;
  const pf = f.publicFunds;
  const bud = F.amount(pf.budget, { label: '公用经费预算数', metric: 'public_funds_budget' });
  const act = F.amount(pf.actual, { label: '公用经费决算数', metric: 'public_funds_actual' });
  const rate = F.pct([pf.actual, pf.budget, 2], { label: '公用经费控制率', metric: 'public_funds_rate' });
  b.rel('rate', 'ratio', rate, [act, bud]);
  b.para(r.one([
    () => `公用经费年初预算数为${bud}，年末决算数为${act}，公用经费控制率${rate}。`,
    () => `${Y(c)}年公用经费决算${act}，预算${bud}，控制率${rate}。`,
    () => `公用经费控制率为${rate}（决算数${act}÷预算数${bud}）。`,
    () => `全年公用经费支出${act}，占预算${bud}的${rate}。`,
  ]));
}

function outputs(c: Ctx): void {
  const { b, r, f, F } = c;
  const fmt = r.pick([(i: number) => `${i}）`, (i: number) => `（${i}）`, (i: number) => `${i}.`]);
  b.para(`${fmt(1)}时效方面：各项工作完成及时率${F.pct(f.timeliness, { label: '完成及时率', metric: 'timeliness' })}。`);
  b.para(`${fmt(2)}质量方面：${r.pick(['各项工作质量达标', '认真履职', '严格按标准办理'])}，${r.pick(['质量达标率', '及时受理率', '办结率'])}达${F.pct(r.pick(['100', '99.5', '98']), { label: '质量达标率' })}。`);
  if (r.chance(0.5)) b.para(`${fmt(3)}数量方面：${renderWork(r.pick(f.dept.works), F, r, '产出数量')}。`);
}

// ------------------------------------------------------------------ 三、问题, 四、整改

const PROBLEMS = [
  '预算绩效管理缺乏专职专业管理人员，绩效管理专业知识相对不足',
  '内控制度还有待加强，虽已制定相关内控制度，但执行力度还不够',
  '预算编制的精准度有待提高，年中调整预算的情况仍然存在',
  '绩效目标设置不够细化量化，部分指标难以衡量',
  '项目支出进度不均衡，下半年支出较为集中',
  '绩效评价结果应用不够充分',
];

const MEASURES = [
  '实现预算财务分析常态化，定期做好支出预算财务分析，及时向局领导汇报预算支出情况',
  '完善内控制度，特别是完善项目资金管理办法，坚持“先定办法，后分资金”',
  '加大宣传、指导和培训力度，营造全过程预算绩效管理的良好氛围',
  '科学设置绩效目标，细化量化绩效指标',
  '加快预算执行进度，提高资金使用效益',
  '强化绩效评价结果应用，将评价结果作为安排预算的重要依据',
];

function problems(c: Ctx): void {
  const { b, r } = c;
  b.h(1, r.pick(['存在问题及改进措施', '部门整体支出绩效管理存在问题及改进措施', '存在的问题及改进措施']));
  b.h(2, r.pick(['存在问题', '存在的主要问题', '存在问题']));
  const ps = r.sample(PROBLEMS, r.int(2, 3));
  const [open, close] = r.pick([['（', '）'], ['(', ')']]);
  if (r.chance(0.5)) ps.forEach((p, i) => b.para(`${open}${i + 1}${close}${p}。`));
  else b.para(`${ps.map((p, i) => `${chinese(i + 1)}是${p}`).join('；')}。`);
  b.h(2, r.pick(['改进措施', '下一步改进措施', '改进措施']));
  r.sample(MEASURES, r.int(2, 4)).forEach((m, i) => b.para(`（${i + 1}）${m}。`));
}

function rectification(c: Ctx): void {
  const { b, r } = c;
  b.h(1, r.pick(['上年度绩效自评问题整改情况', '上年度问题整改情况', '上年度绩效自评问题整改情况']));
  b.para(r.one([
    () => '自评工作完成后，针对绩效评价过程中发现的问题，认真梳理，逐一核实，根据绩效评价结果改进管理措施，完善管理办法，调整和优化预算支出结构。',
    () => `针对上年度自评发现的问题，${c.s.self}制定整改方案，明确责任人和整改时限，已全部整改到位。`,
    () => `${c.s.self}对上年度绩效自评中发现的${c.F.count(c.r.int(2, 5), '个', { label: '上年度问题数' })}问题逐项整改，整改完成率${c.F.pct('100', { label: '整改完成率' })}。`,
  ]));
  if (r.chance(0.3)) {
    b.h(1, '绩效自评结果应用情况');
    b.para(`${c.s.self}将绩效自评结果作为${c.f.year + 1}年预算编制的重要依据，并按要求在门户网站公开。`);
  }
}
