import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { ConfigError } from '../src/patterns.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'gouji-config-'));
const write = (name: string, data: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

describe('loadConfig', () => {
  it('reads rule overrides', () => {
    const file = write('ok.json', JSON.stringify({ rules: { 'cover-fields': { enabled: false }, 'year-mismatch': { severity: 'info' } } }));
    expect(loadConfig(file).rules['year-mismatch']).toEqual({ severity: 'info' });
  });

  it('refuses unknown keys, bad severities and broken JSON, naming the field', () => {
    expect(() => loadConfig(write('a.json', JSON.stringify({ rule: {} })))).toThrow(ConfigError);
    expect(() => loadConfig(write('b.json', JSON.stringify({ rules: { x: { severity: 'fatal' } } })))).toThrow(/rules\.x\.severity/);
    expect(() => loadConfig(write('c.json', '{'))).toThrow(/JSON/);
  });
});
