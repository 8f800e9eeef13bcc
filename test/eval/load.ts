// Reading the inputs of the scorer from disk: truth files (validated with TruthSchema)
// and the pipeline's JSONL outputs.
// Problems are thrown as EvalInputError with a message naming the file and line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TruthSchema, type Truth } from '../corpus/truth-schema.ts';
import type { Outputs } from './score.ts';

export class EvalInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalInputError';
  }
}

/** Validates a truth file against TruthSchema; returns why it is wrong (naming the field), or null. */
export function truthProblem(data: unknown): string | null {
  const parsed = TruthSchema.safeParse(data);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return `field ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`;
}

/** Reads every `*.json` of the truth folder, sorted by name. */
export function readTruths(dir: string): Truth[] {
  if (!existsSync(dir)) throw new EvalInputError(`${dir}: no truth folder`);
  const names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  return names.map((name) => {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new EvalInputError(`${file}: cannot read as JSON: ${(e as Error).message}`);
    }
    const problem = truthProblem(data);
    if (problem) throw new EvalInputError(`${file}: ${problem}`);
    return data as Truth;
  });
}

/** Reads one JSONL file into objects. */
export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) throw new EvalInputError(`${file}: not found (run the pipeline first, or drop --no-run)`);
  const rows: T[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      rows.push(JSON.parse(line) as T);
    } catch (e) {
      throw new EvalInputError(`${file}:${i + 1}: not JSON: ${(e as Error).message}`);
    }
  });
  return rows;
}

/** Reads the four datasets the scorer needs from the output folder. */
export function readOutputs(dir: string): Outputs {
  return {
    summary: readJsonl(path.join(dir, 'summary.jsonl')),
    figures: readJsonl(path.join(dir, 'figures.jsonl')),
    sections: readJsonl(path.join(dir, 'sections.jsonl')),
    findings: readJsonl(path.join(dir, 'findings.jsonl')),
  };
}
