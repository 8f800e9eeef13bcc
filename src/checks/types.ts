// The shape of a check rule (ESLint's {meta, create}, textlint's pure rules):
// `check` is a pure function from a frozen document to finding drafts; the
// engine renders messages, stamps rule id and severity, sorts and dedupes.
import type { z } from 'zod';
import type { Doc, Finding, Severity } from '../model.ts';

export interface RuleMeta<O = Record<string, never>> {
  /** Default severity of the rule's findings (a draft may set its own, settings override both). */
  severity: Severity;
  /** What the rule checks, in a line. */
  description: string;
  /** Message templates keyed by id; `{name}` is replaced from the draft's `data`. */
  messages: Record<string, string>;
  /** Schema of the rule's options in patterns/rules.json, with defaults. */
  options?: z.ZodType<O>;
}

/** A finding as a rule reports it: the engine adds rule, severity and message text. */
export interface FindingDraft extends Omit<Finding, 'rule' | 'severity' | 'message'> {
  messageId: string;
  data: Record<string, string | number>;
  /** Severity of this finding when it differs from the rule's default (e.g. a weaker relation). */
  severity?: Severity;
}

export interface Rule<O = any> {
  /** kebab-case, unique in the registry. */
  id: string;
  meta: RuleMeta<O>;
  check(doc: Readonly<Doc>, options: O): FindingDraft[];
}

/** A rule with its options typed by its schema. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
