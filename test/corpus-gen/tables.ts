// Real tables: 收入支出决算表, “三公”经费 预算/决算表, 绩效评价指标表. Bare numbers borrow
// the unit from the caption (单位：万元) or the column header (金额（万元）).

import type { Fig } from './builder.ts';
import { type Ctx, bare } from './context.ts';
import { renderWork } from './worktext.ts';
import type { MoneyUnit } from './figs.ts';
import type { ThreePublic } from './facts.ts';

function unitNote(c: Ctx): { note?: string; header: string; unit: MoneyUnit } {
  const unit = c.F.money.unit;
  return c.r.chance(0.6) ? { note: `单位：${unit}`, header: '金额', unit } : { header: `金额（${unit}）`, unit };
}

/** 收入支出决算总表: income side and spending side, totals and carry-overs. */
export function incomeTable(c: Ctx, title: string): void {
  const { b, r, f, F } = c;
  const u = unitNote(c);
  const cell = (yuan: number, label: string, metric?: string): Fig => F.amount(yuan, { label, metric, show: false, unit: u.unit });
  const inc: [string, number][] = [['一般公共预算财政拨款收入', f.income.fiscal], ['政府性基金预算财政拨款收入', f.income.fund]];
  if (f.income.other > 0 || r.chance(0.5)) inc.push(['其他收入', f.income.other]);
  const exp = f.expense.byClass;
  const n = Math.max(inc.length, exp.length);
  const incFigs: Fig[] = [];
  const expFigs: Fig[] = [];
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const a = inc[i];
    const e = exp[i];
    let ai = '';
    if (a) {
      const x = cell(a[1], a[0]);
      incFigs.push(x);
      ai = String(x);
    }
    let ei = '';
    if (e) {
      const x = cell(e[1], e[0]);
      expFigs.push(x);
      ei = String(x);
    }
    rows.push([a ? a[0] : '', ai, e ? (r.chance(0.3) ? bare(e[0]) : e[0]) : '', ei]);
  }
  const ti = cell(f.income.total, '本年收入合计', 'income_total');
  const te = cell(f.expense.total, '本年支出合计', 'expense_total');
  b.rel('sum', 'sum', ti, incFigs);
  b.rel('sum', 'sum', te, expFigs);
  rows.push(['本年收入合计', String(ti), '本年支出合计', String(te)]);
  const nf = cell(f.income.nonFiscalUsed, '使用非财政拨款结余');
  const da = cell(0, '结余分配');
  rows.push(['使用非财政拨款结余', String(nf), '结余分配', String(da)]);
  const ci = cell(f.income.carryIn, '年初结转和结余', 'carry_in');
  const co = cell(f.expense.carryOut, '年末结转和结余', 'carry_out');
  rows.push(['年初结转和结余', String(ci), '年末结转和结余', String(co)]);
  const gi = cell(f.income.grand, '收入总计', 'income_grand');
  const ge = cell(f.expense.grand, '支出总计', 'expense_grand');
  rows.push(['收入总计', String(gi), '支出总计', String(ge)]);
  b.rel('income_expenditure', 'sum', gi, [ti, nf, ci]);
  b.rel('income_expenditure', 'sum', ge, [te, da, co]);
  b.rel('income_expenditure', 'equal', ge, [gi]);
  b.table({
    kind: 'income_expenditure',
    caption: title,
    unitNote: u.note,
    header: [['收入', '', '支出', ''], ['项目', u.header, '项目', u.header]],
    rows,
    widths: [32, 18, 32, 18],
  });
}

/** “三公”经费 table, in one of two layouts: items down the side, or 预算数/决算数 rows. */
export function threeTable(c: Ctx, title: string): void {
  const { b, r, f, F } = c;
  const u = unitNote(c);
  const cell = (yuan: number, label: string, metric?: string) => F.amount(yuan, { label, metric, show: false, unit: u.unit });
  const cols: [string, ThreePublic, string][] = [['预算数', f.threeBudget, 'three_budget'], ['决算数', f.three, 'three_public']];
  const withPrev = r.chance(0.4);
  if (withPrev) cols.push(['上年决算数', f.threePrev, 'three_prev']);
  const figsOf = cols.map(([name, t, m]) => {
    const total = cell(t.total, `“三公”经费${name}合计`, m);
    const abroad = cell(t.abroad, `因公出国（境）费${name}`);
    const car = cell(t.carPurchase + t.carOps, `公务用车购置及运行维护费${name}`);
    const purchase = cell(t.carPurchase, `公务用车购置费${name}`);
    const ops = cell(t.carOps, `公务用车运行维护费${name}`);
    const rec = cell(t.reception, `公务接待费${name}`, m === 'three_public' ? 'three_reception' : undefined);
    b.rel('three_public', 'sum', total, [abroad, car, rec]);
    b.rel('three_public', 'sum', car, [purchase, ops]);
    return [total, abroad, car, purchase, ops, rec];
  });
  const names = cols.map(([n]) => n);
  if (withPrev && r.chance(0.6)) {
    // 增减 column: 决算数 − 上年决算数, negative when spending fell.
    const items = (t: ThreePublic) => [t.total, t.abroad, t.carPurchase + t.carOps, t.carPurchase, t.carOps, t.reception];
    const prevYuan = items(f.threePrev);
    const diffs = items(f.three).map((v, i) => cell(v - prevYuan[i]!, `“三公”经费增减（第${i + 1}项）`));
    diffs.forEach((x, i) => b.rel('change', 'sum', x, [figsOf[1]![i]!], { minus: [figsOf[2]![i]!] }));
    figsOf.push(diffs);
    names.push('增减');
  }
  const labels = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '其中：公务用车购置费', '公务用车运行维护费', '公务接待费'];
  if (r.chance(0.5)) {
    b.table({
      kind: 'three_public', caption: title, unitNote: u.note,
      header: [['项目', ...names.map((n) => (u.note ? n : `${n}（${u.unit}）`))]],
      rows: labels.map((l, i) => [l, ...figsOf.map((fs) => String(fs[i]))]),
      widths: [40, ...names.map(() => 60 / names.length)],
    });
  } else {
    b.table({
      kind: 'three_public', caption: title, unitNote: u.note ?? `单位：${u.unit}`,
      header: [['项目', '合计', '因公出国（境）费', '公务用车购置及运行维护费', '', '', '公务接待费'], ['', '', '', '小计', '购置费', '运行维护费', '']],
      rows: names.map((n, j) => [n, ...[0, 1, 2, 3, 4, 5].map((i) => String(figsOf[j]![i]))]),
      widths: [16, 14, 14, 14, 14, 14, 14],
    });
  }
}

/** 绩效评价指标表: 一级/二级/三级指标, 分值, 得分, and a 合计 row. */
export function indicatorTable(c: Ctx, title: string): Fig {
  const { b, r, f, F } = c;
  const withValues = r.chance(0.4);
  const wFigs: Fig[] = [];
  const sFigs: Fig[] = [];
  const rows = f.indicators.map((row, i) => {
    const prevL1 = i > 0 ? f.indicators[i - 1]!.l1 : '';
    const w = F.score(String(row.weight), { label: `${row.l3}分值`, show: false });
    const s = F.score(row.score, { label: `${row.l3}得分`, show: false });
    wFigs.push(w);
    sFigs.push(s);
    b.rel('score', 'le', s, [w]);
    const value = withValues ? [indicatorValue(c, row.l3)] : [];
    return [row.l1 === prevL1 && r.chance(0.7) ? '' : row.l1, row.l2, row.l3, ...value, String(w), String(s)];
  });
  const wTotal = F.score('100', { label: '分值合计', show: false });
  const sTotal = F.score(f.selfScore, { label: '自评得分', show: false, metric: 'self_score' });
  b.rel('score', 'sum', wTotal, wFigs);
  b.rel('score', 'sum', sTotal, sFigs);
  const blanks = withValues ? ['', '', ''] : ['', ''];
  rows.push(['合计', ...blanks, String(wTotal), String(sTotal)]);
  b.table({
    kind: 'indicators',
    caption: title,
    header: [['一级指标', '二级指标', '三级指标', ...(withValues ? ['实际完成值'] : []), '分值', '得分']],
    rows,
    widths: withValues ? [14, 18, 28, 16, 12, 12] : [16, 22, 34, 14, 14],
    mergeFirstColumn: true,
  });
  return sTotal;
}

function indicatorValue(c: Ctx, l3: string): string {
  const { r, F } = c;
  if (/率$/.test(l3)) return String(F.pct(r.chance(0.5) ? '100' : `${r.int(92, 99)}.${r.int(10, 99)}`, { label: l3 }));
  if (/效益|影响|性$/.test(l3)) return r.pick(['良好', '显著', '达到预期', '较好']);
  return renderWork('{p:95-100}', F, r, l3);
}
