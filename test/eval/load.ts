// Reading the inputs of the scorer from disk: truth files and the pipeline's JSONL outputs.
// Problems are thrown as EvalInputError with a message naming the file and line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Outputs, Truth } from './score.ts';

export class EvalInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvalInputError';
  }
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Checks the fields of a truth file the scorer reads; returns why not, or null. */
export function truthProblem(data: unknown): string | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'not a JSON object';
  const t = data as Record<string, unknown>;
  if (typeof t.file !== 'string' || t.file === '') return 'field file: a file name is required';
  if (!isStringArray(t.headings)) return 'field headings: an array of strings is required';
  if (!Array.isArray(t.figures)) return 'field figures: an array is required';
  for (const [i, f] of t.figures.entries()) {
    const fig = f as Record<string, unknown> | null;
    if (!fig || typeof fig !== 'object') return `field figures.${i}: an object is required`;
    if (typeof fig.value !== 'number' && typeof fig.value !== 'string') return `field figures.${i}.value: a number is required`;
    if (typeof fig.unit !== 'string') return `field figures.${i}.unit: a string is required`;
    if (typeof fig.kind !== 'string') return `field figures.${i}.kind: a string is required`;
  }
  if (!Array.isArray(t.errors)) return 'field errors: an array is required';
  for (const [i, e] of t.errors.entries()) {
    const err = e as Record<string, unknown> | null;
    if (!err || typeof err !== 'object') return `field errors.${i}: an object is required`;
    if (typeof err.kind !== 'string') return `field errors.${i}.kind: a string is required`;
    if (typeof err.stated !== 'string') return `field errors.${i}.stated: a string is required`;
  }
  if (t.needs_ocr !== undefined && typeof t.needs_ocr !== 'boolean') return 'field needs_ocr: a boolean is required';
  if (t.clean !== undefined && typeof t.clean !== 'boolean') return 'field clean: a boolean is required';
  return null;
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
