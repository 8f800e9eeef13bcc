// 项目支出绩效自评报告: one project's money (budget roll, sources), its indicator table with
// 年度指标值 / 实际完成值 / 分值 / 得分, and the analysis of each indicator.

import type { Fig } from './builder.ts';
import { coverBlock, filler, narrative, signature, Y } from './common.ts';
import type { Ctx } from './context.ts';
import { sumScores, type IndicatorRow } from './facts.ts';
import { renderWork } from './worktext.ts';

export function writeProject(c: Ctx): void {
  const { b, r, f } = c;
  const p = f.project!;
  const proj = f.dept.projects[p.index]!;
  coverBlock(c, `${p.name}项目支出绩效自评报告`);
  b.h(1, r.pick(['项目基本情况', '基本情况']));
  b.h(2, r.pick(['项目概况', '项目背景及主要内容']));
  b.para(`${p.name}项目由${f.fullName}${r.pick(['组织实施', '负责实施'])}，${r.pick(['旨在', '主要用于'])}${f.dept.duties[r.int(0, f.dept.duties.length - 1)]!.replace(/^负责/, '')}。${filler(c)}项目${r.pick(['按计划有序推进', '于年内实施完毕'])}。`);
  b.h(2, r.pick(['项目资金情况', '资金投入和使用情况', '项目资金投入情况']));
  money(c);
  b.h(2, r.pick(['项目绩效目标', '年度绩效目标']));
  b.para(`${r.pick(['总体目标', '项目总体目标'])}：通过项目实施，${r.pick(['提升公共服务水平', '改善群众生产生活条件', '保障重点工作顺利开展'])}。年度目标：${proj.outputs.map((o) => renderWork(o, c.F, r, '年度目标值')).join('，')}。`);
  // Without its table a project report would fit on one page; real ones explain more.
  if (c.s.long || !c.s.indicatorTable) b.para(narrative(c) + narrative(c));
  b.h(1, r.pick(['绩效评价工作开展情况', '自评工作开展情况']));
  b.para(`${r.pick(['本次自评', '评价'])}采用${r.pick(['比较法、因素分析法', '目标比较法和公众评判法', '成本效益分析法'])}，对照年初设定的绩效目标逐项核实，于${f.year + 1}年${r.int(1, 3)}月${r.int(1, 28)}日完成自评。`);
  b.h(1, r.pick(['综合评价情况及评价结论', '评价结论']));
  const rows = projectRows(c);
  const total = sumScores(rows);
  b.para(`${r.pick(['经自评', '综合评价'])}，${p.name}项目${r.pick(['自评得分', '得分'])}${c.F.score(total, { label: '项目自评得分', metric: 'self_score' })}，${r.pick(['评价等级为“优”', '绩效良好', '较好地完成了年度绩效目标'])}。`);
  if (c.s.indicatorTable) table(c, rows, total);
  b.h(1, r.pick(['绩效目标实现情况分析', '绩效指标完成情况分析']));
  b.h(2, '产出指标完成情况');
  proj.outputs.forEach((o, i) => b.para(`${i + 1}.${r.pick(['全年', '项目实施后', ''])}${renderWork(o, c.F, r, '实际完成值')}${r.pick(['，完成年度目标。', '，超额完成目标。', '。'])}`));
  b.h(2, '效益指标完成情况');
  b.para(`${r.pick(['社会效益', '项目效益'])}：${r.pick(['群众获得感明显增强', '公共服务能力显著提升', '有效保障了重点工作开展'])}。${f.dept.served}满意度${c.F.pct(f.satisfaction, { label: '满意度', metric: 'satisfaction' })}。`);
  b.h(1, r.pick(['存在的问题及原因分析', '偏差及原因分析', '主要问题及原因']));
  b.para(r.pick(['项目资金到位较晚，影响了实施进度。', '绩效指标设置不够细化，部分指标难以量化考核。', '项目前期论证不够充分，年中进行了预算调整。']));
  b.h(1, r.pick(['下一步改进措施', '有关建议', '改进措施']));
  b.para(r.pick(['加强项目前期论证，科学设置绩效目标。', '加快资金拨付和项目实施进度，强化绩效运行监控。', '强化自评结果应用，将评价结果作为下年度预算安排的重要依据。']));
  signature(c);
}

function money(c: Ctx): void {
  const { b, r, f, F } = c;
  const p = f.project!;
  const init = F.amount(p.budgetInitial, { label: '项目年初预算' });
  const fin = F.amount(p.budgetFinal, { label: '项目全年预算', metric: 'budget_final' });
  const exe = F.amount(p.executed, { label: '项目实际支出', metric: 'execution' });
  const adjust = p.budgetFinal - p.budgetInitial;
  let adj = '';
  if (adjust !== 0) {
    const a = F.amount(adjust, { label: '项目预算调整数' });
    b.rel('budget_roll', 'sum', fin, [init, a]);
    adj = `，${r.pick(['年中调整', '调整预算'])}${a}`;
  }
  const sources: [string, number][] = [['中央资金', p.central], ['省级资金', p.provincial], ['本级财政资金', p.local]];
  const shown = sources.filter(([, v]) => v > 0);
  let src = '';
  if (shown.length > 1) {
    const figs: Fig[] = [];
    const parts = shown.map(([n, v]) => { const x = F.amount(v, { label: n }); figs.push(x); return `${n}${x}`; });
    b.rel('sum', 'sum', fin, figs);
    src = `，${r.pick(['其中', '其中：', '包括'])}${parts.join('、')}`;
  }
  const rate = F.pct([p.executed, p.budgetFinal, 2], { label: '预算执行率', metric: 'execution_rate' });
  b.rel('budget_roll', 'ratio', rate, [exe, fin]);
  let balance = '';
  if (p.executed < p.budgetFinal && r.chance(0.7)) {
    const bal = F.amount(p.budgetFinal - p.executed, { label: '项目结余' });
    b.rel('budget_roll', 'sum', fin, [exe, bal]);
    balance = `，结余${bal}`;
  }
  b.para(r.one([
    () => `${Y(c)}年${p.name}项目年初预算${init}${adj}，全年预算${fin}${src}。截至12月31日，实际支出${exe}${balance}，预算执行率${rate}。`,
    () => `项目全年预算${fin}（年初预算${init}${adj}）${src}；全年实际支出${exe}，执行率${rate}${balance}。`,
  ]));
}

/** Project indicator rows: 产出 (数量/质量/时效), 效益, 满意度, and 预算执行率 (10 points). */
function projectRows(c: Ctx): IndicatorRow[] {
  const { r, f } = c;
  const proj = f.dept.projects[f.project!.index]!;
  const rows: IndicatorRow[] = [{ l1: '预算执行', l2: '预算执行率', l3: '预算执行率', weight: 10, score: String(f.project!.executed === f.project!.budgetFinal ? 10 : 9) }];
  const outW = r.pick([[20, 15, 15], [15, 15, 20], [20, 10, 20]]);
  proj.indicators.forEach(([l2, l3], i) => rows.push({ l1: l2 === '效益指标' ? '效益指标' : l2 === '满意度指标' ? '满意度指标' : '产出指标', l2, l3, weight: outW[i] ?? 10, score: String((outW[i] ?? 10) - (r.chance(0.25) ? r.pick([0.5, 1, 2]) : 0)) }));
  const used = rows.reduce((s, x) => s + x.weight, 0);
  const left = 100 - used;
  const eff = Math.round(left * 0.6);
  rows.push({ l1: '效益指标', l2: '社会效益指标', l3: r.pick(['服务水平提升', '群众获得感', '社会稳定']), weight: eff, score: String(eff - (r.chance(0.3) ? 1 : 0)) });
  rows.push({ l1: '满意度指标', l2: '服务对象满意度指标', l3: `${f.dept.served}满意度`, weight: left - eff, score: String(left - eff) });
  const order = ['预算执行', '产出指标', '效益指标', '满意度指标'];
  return rows.sort((x, y) => order.indexOf(x.l1) - order.indexOf(y.l1));
}

function table(c: Ctx, rows: IndicatorRow[], total: string): void {
  const { b, r, f, F } = c;
  const proj = f.dept.projects[f.project!.index]!;
  const wFigs: Fig[] = [];
  const sFigs: Fig[] = [];
  const targetOf = (l3: string) => proj.indicators.find(([, x]) => x === l3)?.[2];
  const body = rows.map((row, i) => {
    const w = F.score(String(row.weight), { label: `${row.l3}分值`, show: false });
    const s = F.score(row.score, { label: `${row.l3}得分`, show: false });
    wFigs.push(w);
    sFigs.push(s);
    b.rel('score', 'le', s, [w]);
    const tpl = row.l3 === '预算执行率' ? '{p:100-100}' : targetOf(row.l3) ?? r.pick(['明显提升', '逐步改善', '≥{p:90-90}']);
    const target = renderWork(tpl, F, r, `${row.l3}指标值`);
    const actual = row.l3 === '预算执行率'
      ? String(F.pct([f.project!.executed, f.project!.budgetFinal, 2], { label: '预算执行率', metric: 'execution_rate' }))
      : /\{/.test(tpl) ? renderWork(achieved(tpl), F, r, `${row.l3}实际完成值`) : r.pick(['达到预期', '明显提升', '良好']);
    const prev = i > 0 ? rows[i - 1]!.l1 : '';
    return [row.l1 === prev ? '' : row.l1, row.l2, row.l3, target, actual, String(w), String(s), Number(row.score) < row.weight ? r.pick(['部分指标未完全达标', '资金到位较晚', '进度略有滞后']) : ''];
  });
  const wt = F.score('100', { label: '分值合计', show: false });
  const st = F.score(total, { label: '自评得分', show: false, metric: 'self_score' });
  b.rel('score', 'sum', wt, wFigs);
  b.rel('score', 'sum', st, sFigs);
  body.push(['总分', '', '', '', '', String(wt), String(st), '']);
  b.table({
    kind: 'indicators',
    caption: r.pick([`${f.year}年度项目支出绩效自评表`, '项目支出绩效自评表', `${f.dept.name}项目绩效评价指标表`]),
    header: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']],
    rows: body,
    widths: [10, 12, 16, 12, 12, 8, 8, 22],
    mergeFirstColumn: true,
  });
}

/** The placeholder of an achieved value: at or above the target (at most 100 for a rate). */
function achieved(target: string): string {
  return target.replace(/^[≥≤]/, '').replace(/\{([^{}:]+)((?::[^{}:]+)?):([\d.]+)-([\d.]+)\}/, (_, code: string, unit: string, lo: string) => {
    const v = Number(lo);
    const hi = code === 'p' ? Math.max(v, 100) : Math.round(v * 1.3 * 10) / 10;
    return `{${code}${unit}:${lo}-${hi}}`;
  });
}
