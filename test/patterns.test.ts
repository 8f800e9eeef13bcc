// The pattern loader: a bad file stops the run with a message naming the file and the field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, loadPattern } from '../src/patterns.ts';
import { checkPatterns } from '../src/check-patterns.ts';

const Schema = z.object({ description: z.string(), words: z.array(z.string().min(1)) });

describe('loadPattern', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gouji-patterns-'));

  it('loads and validates a file', () => {
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify({ description: 'x', words: ['万元'] }));
    expect(loadPattern('ok.json', Schema, dir).words).toEqual(['万元']);
  });

  it('names the file and the field of a bad value', () => {
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ description: 'x', words: ['万元', ''] }));
    expect(() => loadPattern('bad.json', Schema, dir)).toThrow(ConfigError);
    expect(() => loadPattern('bad.json', Schema, dir)).toThrow(/patterns\/bad\.json: field words\.1/);
  });

  it('names the file that is not JSON', () => {
    writeFileSync(path.join(dir, 'broken.json'), '{ "description": ');
    expect(() => loadPattern('broken.json', Schema, dir)).toThrow(/patterns\/broken\.json: cannot read as JSON/);
  });
});

describe('checkPatterns', () => {
  it('loads every pattern file of the project without error', () => {
    expect(() => checkPatterns()).not.toThrow();
  });
});
