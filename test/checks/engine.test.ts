import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { compareFindings, dedupeFindings, deepFreeze, runRules } from '../../src/checks/engine.ts';
import { effectiveSettings } from '../../src/checks/settings.ts';
import { RULES, runChecks } from '../../src/checks/index.ts';
import { defineRule, type Rule } from '../../src/checks/types.ts';
import { ConfigSchema } from '../../src/config.ts';
import { ConfigError } from '../../src/patterns.ts';
import type { Finding } from '../../src/model.ts';
import { docFrom } from './helpers.ts';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'r', severity: 'error', message: 'm', expected: null, actual: null, difference: null, figures: [], block: 0, ...over,
});

const noConfig = ConfigSchema.parse({});
const rulesFile = (rules: Record<string, unknown> = {}) => ({ description: '', rules: rules as never, examples: [] });

describe('registry', () => {
  it('is sorted by id, kebab-case, without repeats', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every rule a description and the messages its drafts use', () => {
    for (const r of RULES) {
      expect(r.meta.description.length).toBeGreaterThan(4);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    }
  });
});

describe('engine', () => {
  const echo: Rule = defineRule({
    id: 'echo',
    meta: { severity: 'warning', description: 'test rule', messages: { said: '说了{what}' } },
    check: (doc) => [{ messageId: 'said', data: { what: String(doc.blocks.length) }, expected: null, actual: null, difference: null, figures: [], block: 0 }],
  });

  it('renders messages and stamps rule id and severity', () => {
    const fs = runRules(docFrom('一段话。'), [echo], effectiveSettings([echo], rulesFile(), noConfig));
    expect(fs).toEqual([finding({ rule: 'echo', severity: 'warning', message: '说了1' })]);
  });

  it('lets settings turn a rule off or change its severity', () => {
    const off = effectiveSettings([echo], rulesFile({ echo: { enabled: false } }), noConfig);
    expect(runRules(docFrom('一段话。'), [echo], off)).toEqual([]);
    const user = effectiveSettings([echo], rulesFile(), ConfigSchema.parse({ rules: { echo: { severity: 'info' } } }));
    expect(runRules(docFrom('一段话。'), [echo], user)[0]!.severity).toBe('info');
  });

  it('hands rules a frozen document they cannot change', () => {
    const mutator = defineRule({
      id: 'mutator',
      meta: { severity: 'error', description: 'changes its input', messages: { x: 'x' } },
      check: (doc) => {
        (doc.figures as unknown[]).push({});
        return [];
      },
    });
    const doc = docFrom('收入346.38万元。');
    const fs = runRules(doc, [mutator], effectiveSettings([mutator], rulesFile(), noConfig));
    expect(fs[0]!.severity).toBe('info');
    expect(fs[0]!.message).toMatch(/未能完成/);
    expect(doc.figures).toHaveLength(1);
  });

  it('rejects unknown rules and bad options as configuration errors', () => {
    expect(() => effectiveSettings([echo], rulesFile({ nosuch: {} }), noConfig)).toThrow(ConfigError);
    const withOptions = defineRule({ ...echo, id: 'opts', meta: { ...echo.meta, options: z.object({ n: z.number().default(1) }) } });
    expect(() => effectiveSettings([withOptions], rulesFile({ opts: { options: { n: 'x' } } }), noConfig)).toThrow(ConfigError);
    expect(effectiveSettings([withOptions], rulesFile(), noConfig).get('opts')!.options).toEqual({ n: 1 });
  });

  it('freezes deeply but leaves source maps alone', () => {
    const o = deepFreeze({ a: { b: [1] }, map: new Uint32Array([1, 2]) });
    expect(Object.isFrozen(o.a.b)).toBe(true);
    expect(Object.isFrozen(o.map)).toBe(false);
  });

  it('sorts by place and drops repeats of one relation found twice', () => {
    const a = finding({ rule: 'a', block: 2, figures: ['f1', 'f2'], expected: '1', actual: '2' });
    const b = finding({ rule: 'b', block: 2, figures: ['f2', 'f1'], expected: '1', actual: '2', severity: 'warning' });
    const c = finding({ rule: 'c', block: 1 });
    expect(dedupeFindings([b, a, c]).sort(compareFindings)).toEqual([c, a]);
  });
});

describe('runChecks on the seed', () => {
  const text = readFileSync(new URL('../fixtures/seed/seed.txt', import.meta.url), 'utf8');
  const fs = runChecks(docFrom(text));

  it('finds no arithmetic error: its arithmetic holds', () => {
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('finds its real flaws', () => {
    const msgs = fs.map((f) => `${f.rule}: ${f.message}`);
    expect(msgs).toContain('heading-numbering: 标题编号（4）重复使用（上一个同级标题也是（4）），应为（5）');
    expect(msgs).toContain('heading-numbering: 标题“年度总体工作和重点工作任务”缺少编号，按同级顺序应为（二）');
    expect(msgs).toContain('heading-numbering: 标题“部门整体支出绩效目标”缺少编号，按同级顺序应为（三）');
    expect(msgs).toContain('cover-fields: 封面“填报人”未填写');
    expect(msgs).toContain('template-leftover: 残留模板文字“（参考格式）”');
    expect(msgs.some((m) => m.startsWith('full-score-with-problems: 自评得分100分'))).toBe(true);
  });
});
