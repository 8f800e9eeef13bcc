// The source of facts for one document: department, year and a budget whose figures agree
// with each other exactly (in 元). Printed values are roundings of these, so a clean
// document holds within rounding by construction.

import { COMMON_CLASSES, type Dept } from './departments.ts';
import type { Rng } from './prng.ts';

export type DocKind = 'overall' | 'final_accounts' | 'project';

export const KIND_TITLE: Record<DocKind, string> = {
  overall: '部门整体支出绩效自评报告',
  final_accounts: '部门决算公开说明',
  project: '项目支出绩效自评报告',
};

export interface ThreePublic {
  abroad: number;
  carPurchase: number;
  carOps: number;
  reception: number;
  total: number;
}

export interface IndicatorRow {
  l1: string;
  l2: string;
  l3: string;
  weight: number;
  /** Score as a decimal string (may be a half point). */
  score: string;
}

export interface Facts {
  place: string;
  dept: Dept;
  year: number;
  kind: DocKind;
  /** Name as printed: 云溪市信访局. */
  fullName: string;
  subUnits: number;
  offices: string[];
  staff: { authorized: number; actual: number; retired: number; prevActual: number };
  income: { fiscal: number; fund: number; other: number; total: number; carryIn: number; nonFiscalUsed: number; grand: number };
  expense: { personnel: number; publicFunds: number; basic: number; project: number; total: number; carryOut: number; grand: number; byClass: [string, number][] };
  prev: { incomeTotal: number; expenseTotal: number; threePublic: number; opsFunds: number; basic: number; project: number };
  budget: { initial: number; adjust: number; final: number; executed: number; balance: number };
  three: ThreePublic;
  threeBudget: ThreePublic;
  threePrev: ThreePublic;
  publicFunds: { budget: number; actual: number };
  opsFunds: number;
  procurement: { goods: number; works: number; services: number; total: number; sme: number };
  vehicles: number;
  indicators: IndicatorRow[];
  selfScore: string;
  satisfaction: string;
  timeliness: string;
  /** Project self-evaluation only. */
  project?: { name: string; index: number; budgetInitial: number; budgetFinal: number; executed: number; central: number; provincial: number; local: number };
}

const SIZE_RANGE: Record<Dept['size'], [number, number]> = {
  small: [1_800_000, 9_000_000],
  mid: [8_000_000, 60_000_000],
  large: [50_000_000, 900_000_000],
};

/** A yuan amount with random last digits, so printed parts rarely add up to the printed total exactly. */
function yuan(rng: Rng, lo: number, hi: number): number {
  return rng.int(Math.round(lo), Math.round(hi));
}

function splitThree(rng: Rng, total: number, abroadShare: number): ThreePublic {
  const abroad = abroadShare > 0 ? Math.round(total * abroadShare) : 0;
  const rest = total - abroad;
  const reception = Math.round(rest * (0.2 + 0.35 * rng.next()));
  const car = rest - reception;
  const carPurchase = rng.chance(0.2) ? Math.round(car * (0.4 + 0.3 * rng.next())) : 0;
  return { abroad, carPurchase, carOps: car - carPurchase, reception, total };
}

const INDICATOR_POOL: Record<string, [string, string][]> = {
  投入: [['预算编制', '绩效目标合理性'], ['预算编制', '绩效指标明确性'], ['预算配置', '在职人员控制率'], ['预算配置', '“三公经费”变动率'], ['预算编制', '预算编制准确率']],
  过程: [['预算执行', '预算完成率'], ['预算执行', '预算调整率'], ['预算执行', '公用经费控制率'], ['预算执行', '“三公经费”控制率'], ['预算管理', '管理制度健全性'], ['预算管理', '资金使用合规性'], ['预算管理', '预决算信息公开性'], ['资产管理', '资产管理安全性'], ['资产管理', '固定资产利用率']],
  产出: [['职责履行', '实际完成率'], ['职责履行', '完成及时率'], ['职责履行', '质量达标率'], ['职责履行', '重点工作办结率']],
  效益: [['履职效益', '社会效益'], ['履职效益', '经济效益'], ['履职效益', '可持续影响'], ['满意度', '服务对象满意度']],
};

/** Splits `total` integer points over `n` rows (each ≥ 2). */
function weights(rng: Rng, total: number, n: number): number[] {
  const w = Array.from({ length: n }, () => 2);
  for (let left = total - 2 * n; left > 0; left--) w[rng.int(0, n - 1)]! += 1;
  return w;
}

export function makeIndicators(rng: Rng, perfect: boolean): IndicatorRow[] {
  const split = rng.pick([[20, 30, 30, 20], [15, 35, 30, 20], [20, 20, 40, 20], [10, 30, 40, 20]]);
  const rows: IndicatorRow[] = [];
  Object.entries(INDICATOR_POOL).forEach(([l1, pool], i) => {
    const chosen = rng.sample(pool, rng.int(2, Math.min(4, pool.length)));
    const w = weights(rng, split[i]!, chosen.length);
    chosen.forEach(([l2, l3], j) => {
      let score = String(w[j]);
      if (!perfect && rng.chance(0.3)) {
        const off = rng.pick([0.5, 1, 1, 1.5, 2]);
        score = String(Math.max(0, w[j]! - off));
      }
      rows.push({ l1, l2, l3, weight: w[j]!, score });
    });
  });
  return rows;
}

export function sumScores(rows: IndicatorRow[]): string {
  const halves = rows.reduce((s, r) => s + Math.round(Number(r.score) * 2), 0);
  return halves % 2 === 0 ? String(halves / 2) : `${(halves - 1) / 2}.5`;
}

export function makeFacts(rng: Rng, dept: Dept, place: string, year: number, kind: DocKind): Facts {
  const [lo, hi] = SIZE_RANGE[dept.size];
  const total = yuan(rng, lo, hi);
  const personnel = Math.round(total * (0.35 + 0.3 * rng.next()));
  const publicFunds = Math.round(total * (0.04 + 0.06 * rng.next()));
  const basic = personnel + publicFunds;
  const project = total - basic;

  // Function classes: the main class takes most, the common classes a little each.
  const classes = dept.mainClass === '一般公共服务支出' ? ['一般公共服务支出', ...COMMON_CLASSES] : ['一般公共服务支出', dept.mainClass, ...COMMON_CLASSES].filter((c, i, a) => a.indexOf(c) === i);
  const mainIdx = classes.indexOf(dept.mainClass);
  const classWeights = classes.map((_, i) => (i === mainIdx ? 80 : i === 0 ? 4 : 4 + 4 * rng.next()));
  const usedClasses = classes.filter((_, i) => i === mainIdx || rng.chance(0.85));
  const parts = rng.split(total, usedClasses.map((c) => classWeights[classes.indexOf(c)]!));
  const byClass: [string, number][] = usedClasses.map((c, i) => [c, parts[i]!]);

  // Income: carried-over money explains any gap between this year's income and spending.
  const carryIn = rng.chance(0.5) ? 0 : Math.round(total * 0.08 * rng.next());
  const carryOut = rng.chance(0.5) ? 0 : Math.round(total * 0.06 * rng.next());
  const incomeTotal = total + carryOut - carryIn;
  const other = rng.chance(0.7) ? 0 : Math.round(incomeTotal * 0.05 * rng.next());
  const fund = rng.chance(0.8) ? 0 : Math.round(incomeTotal * 0.1 * rng.next());
  const fiscal = incomeTotal - other - fund;

  const balance = rng.chance(0.45) ? 0 : Math.round(total * 0.05 * rng.next());
  const final = total + balance;
  const adjust = rng.chance(0.15) ? 0 : Math.round(final * (rng.next() * 0.25 - 0.1));
  const initial = final - adjust;

  const threeTotal = Math.max(6000, Math.round(Math.min(total * 0.01, 400_000 + 300_000 * rng.next()) * (0.3 + rng.next())));
  const abroadShare = rng.chance(0.15) ? 0.1 + 0.3 * rng.next() : 0;
  const three = splitThree(rng, threeTotal, abroadShare);
  const threeBudget = splitThree(rng, Math.round(threeTotal / (0.7 + 0.3 * rng.next())), abroadShare > 0 ? 0.25 : 0);
  if (threeBudget.total < three.total) throw new Error('three public budget below actual');
  const threePrev = splitThree(rng, Math.round(threeTotal * (0.75 + 0.5 * rng.next())), abroadShare > 0 ? 0.2 : 0);

  const publicBudget = Math.round(publicFunds / (0.85 + 0.15 * rng.next()));
  const authorized = dept.size === 'small' ? rng.int(8, 40) : dept.size === 'mid' ? rng.int(25, 120) : rng.int(60, 260);
  const actual = authorized - rng.int(0, Math.max(1, Math.floor(authorized / 8)));
  const retired = rng.int(1, Math.max(2, Math.floor(authorized / 3)));

  const goods = rng.chance(0.9) ? Math.round(total * 0.02 * rng.next()) + 10000 : 0;
  const works = rng.chance(0.4) ? Math.round(total * 0.05 * rng.next()) : 0;
  const services = Math.round(total * 0.03 * rng.next()) + 5000;
  const procTotal = goods + works + services;

  const perfect = rng.chance(0.4);
  const indicators = makeIndicators(rng, perfect);

  const facts: Facts = {
    place, dept, year, kind,
    fullName: place + dept.name,
    subUnits: rng.chance(0.6) ? 0 : rng.int(1, 6),
    offices: rng.sample(dept.offices, rng.int(Math.min(3, dept.offices.length), dept.offices.length)),
    staff: { authorized, actual, retired, prevActual: actual + rng.int(-2, 2) },
    income: { fiscal, fund, other, total: incomeTotal, carryIn, nonFiscalUsed: 0, grand: incomeTotal + carryIn },
    expense: { personnel, publicFunds, basic, project, total, carryOut, grand: total + carryOut, byClass },
    prev: {
      incomeTotal: Math.round(incomeTotal * (0.8 + 0.4 * rng.next())),
      expenseTotal: Math.round(total * (0.8 + 0.4 * rng.next())),
      threePublic: threePrev.total,
      opsFunds: Math.round(publicFunds * (0.8 + 0.4 * rng.next())),
      basic: Math.round(basic * (0.85 + 0.3 * rng.next())),
      project: Math.round(project * (0.7 + 0.6 * rng.next())),
    },
    budget: { initial, adjust, final, executed: total, balance },
    three, threeBudget, threePrev,
    publicFunds: { budget: publicBudget, actual: publicFunds },
    opsFunds: publicFunds,
    procurement: { goods, works, services, total: procTotal, sme: Math.round(procTotal * (0.6 + 0.4 * rng.next())) },
    vehicles: rng.int(0, dept.size === 'large' ? 12 : 5),
    indicators,
    selfScore: sumScores(indicators),
    satisfaction: rng.chance(0.5) ? String(rng.int(90, 99)) : `${rng.int(90, 98)}.${rng.int(0, 9)}${rng.int(1, 9)}`,
    timeliness: rng.chance(0.6) ? '100' : `${rng.int(95, 99)}.${rng.int(10, 99)}`,
  };
  if (kind === 'project') {
    const p = rng.int(0, dept.projects.length - 1);
    const pFinal = Math.round(project * (0.1 + 0.5 * rng.next()));
    const pAdjust = rng.chance(0.3) ? 0 : Math.round(pFinal * (rng.next() * 0.3 - 0.1));
    const executed = pFinal - (rng.chance(0.4) ? 0 : Math.round(pFinal * 0.08 * rng.next()));
    const central = rng.chance(0.5) ? Math.round(pFinal * 0.5 * rng.next()) : 0;
    const provincial = rng.chance(0.5) ? Math.round(pFinal * 0.3 * rng.next()) : 0;
    facts.project = { name: dept.projects[p]!.name, index: p, budgetInitial: pFinal - pAdjust, budgetFinal: pFinal, executed, central, provincial, local: pFinal - central - provincial };
  }
  return facts;
}
