// The ground truth of a corpus document (CONTRACT.md "Ground truth"), validated with zod.
// The eval scorer imports `TruthSchema`; the corpus tests validate every truth file with it.

import { z } from 'zod';

export const FIGURE_KINDS = ['amount', 'percent', 'count', 'score', 'measure'] as const;

export const ERROR_KINDS = [
  'sum', 'income_expenditure', 'budget_roll', 'rate', 'change', 'share',
  'three_public', 'repeat', 'enumeration', 'score', 'staff', 'year',
] as const;

export const DOC_KINDS = ['overall', 'final_accounts', 'project'] as const;

export const MONEY_UNITS = ['元', '千元', '万元', '亿元'] as const;
export const PERCENT_UNITS = ['%', '个百分点'] as const;
/** Measure words of counts; a scale word may precede them in the unit (万人次, 万份). */
export const COUNT_WORDS = [
  '人', '名', '个', '家', '户', '项', '件', '次', '份', '条', '场', '期', '批', '台', '辆', '套', '所', '处', '股', '室',
  '人次', '批次', '户次', '家次', '车次', '对', '宗', '座', '盏', '卷', '页', '册', '笔',
] as const;
export const MEASURE_UNITS = ['公里', '吨', '平方米', '公顷', '亩'] as const;

const countUnit = z.string().regex(new RegExp(`^(万|千)?(${COUNT_WORDS.join('|')})$`), 'a measure word (optionally after 万/千)');
const measureUnit = z.string().regex(new RegExp(`^万?(${MEASURE_UNITS.join('|')})$`), 'a measure unit (optionally after 万)');

export const TruthFigureSchema = z
  .object({
    /** The exact text span, e.g. "346.38万元", "(11.65)", "400余条", "十四人". */
    raw: z.string().min(1),
    /** Value as written in `unit`, sign applied. */
    value: z.number().finite(),
    unit: z.string().min(1),
    kind: z.enum(FIGURE_KINDS),
    /** 约/近/余/多/超过/以上. */
    approx: z.boolean().optional(),
    /** Decimal places as printed (0.00 → 2), for the rounding interval. */
    decimals: z.number().int().min(0).max(6).optional(),
  })
  .superRefine((f, ctx) => {
    const unitOk =
      f.kind === 'amount' ? (MONEY_UNITS as readonly string[]).includes(f.unit)
      : f.kind === 'percent' ? (PERCENT_UNITS as readonly string[]).includes(f.unit)
      : f.kind === 'score' ? f.unit === '分'
      : f.kind === 'count' ? countUnit.safeParse(f.unit).success
      : measureUnit.safeParse(f.unit).success;
    if (!unitOk) ctx.addIssue({ code: 'custom', message: `unit ${f.unit} is not a canonical ${f.kind} unit`, path: ['unit'] });
  });

export const TruthErrorSchema = z.object({
  kind: z.enum(ERROR_KINDS),
  description: z.string().min(1),
  /** The wrong number exactly as printed ("95.16", "4,125.49", or a year "2022"). */
  stated: z.string().regex(/^[\d,]+(\.\d+)?$/),
  correct: z.string().regex(/^[\d,]+(\.\d+)?$/),
  /** The printed numbers of the relation. */
  numbers: z.array(z.string()).min(1),
});

export const TABLE_KINDS = ['income_expenditure', 'three_public', 'indicators'] as const;

export const RELATION_OPS = ['sum', 'ratio', 'growth', 'equal', 'le', 'count'] as const;

/**
 * A relation the generator built, over figure indexes of this truth file:
 * sum: result = Σ operands − Σ minus · ratio: result = operands[0] / operands[1] × 100 ·
 * growth: result = (operands[0] − operands[1]) / operands[1] × 100 · equal: result = operands[0] ·
 * le: result ≤ operands[0] · count: result = items.length. `error`: index of the error breaking it.
 */
export const TruthRelationSchema = z.object({
  kind: z.enum(ERROR_KINDS).exclude(['year']),
  op: z.enum(RELATION_OPS),
  result: z.number().int().min(0),
  operands: z.array(z.number().int().min(0)),
  minus: z.array(z.number().int().min(0)).optional(),
  items: z.array(z.string()).optional(),
  error: z.number().int().min(0).optional(),
});

export const TruthSchema = z
  .object({
    file: z.string().min(1),
    department: z.string().min(1),
    year: z.number().int().min(2015).max(2030),
    /** overall 部门整体支出绩效自评报告 · final_accounts 部门决算公开说明 · project 项目支出绩效自评报告. */
    doc_kind: z.enum(DOC_KINDS).optional(),
    clean: z.boolean(),
    /** An image-only PDF: no text layer, the headings and figures are still the true ones. */
    needs_ocr: z.literal(true).optional(),
    /** Page count of the PDF (or of the Word file as LibreOffice lays it out). */
    pages: z.number().int().min(1).optional(),
    /** The real tables of the document, in order: 收入支出决算表, “三公”经费表, 绩效评价指标表. */
    tables: z.array(z.enum(TABLE_KINDS)).optional(),
    headings: z.array(z.string().min(1)),
    figures: z.array(TruthFigureSchema),
    errors: z.array(TruthErrorSchema),
    relations: z.array(TruthRelationSchema).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.clean !== (t.errors.length === 0)) ctx.addIssue({ code: 'custom', message: 'clean must be true exactly when errors is empty', path: ['clean'] });
    (t.relations ?? []).forEach((r, i) => {
      for (const idx of [r.result, ...r.operands, ...(r.minus ?? [])]) {
        if (idx >= t.figures.length) ctx.addIssue({ code: 'custom', message: `figure index ${idx} out of range`, path: ['relations', i] });
      }
      if (r.error !== undefined && r.error >= t.errors.length) ctx.addIssue({ code: 'custom', message: `error index ${r.error} out of range`, path: ['relations', i, 'error'] });
      if (r.op === 'count' && !r.items) ctx.addIssue({ code: 'custom', message: 'a count relation lists its items', path: ['relations', i] });
    });
  });

export type Truth = z.infer<typeof TruthSchema>;
export type TruthFigure = z.infer<typeof TruthFigureSchema>;
export type TruthError = z.infer<typeof TruthErrorSchema>;
export type TruthRelation = z.infer<typeof TruthRelationSchema>;
