import { describe, expect, it } from 'vitest';
import { READERS } from '../../src/ingest/readers.ts';
import type { Reader } from '../../src/ingest/reader.ts';
import { SUPPORTED_EXTENSIONS, sniff } from '../../src/ingest/index.ts';

describe('the reader registry', () => {
  const readers = Object.values(READERS) as Reader[];

  it('is the only list of formats: the supported extensions are those its readers own', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(readers.flatMap((r) => r.extensions));
  });

  it('has exactly one reader without magic, last, to take what no other claims', () => {
    const fallback = readers.filter((r) => !r.magic);
    expect(fallback).toHaveLength(1);
    expect(readers.at(-1)).toBe(fallback[0]);
  });

  it('gives every owner of an extension the words to refuse a file under it', () => {
    for (const r of readers.filter((r) => r.extensions.length)) {
      expect(r.notValid, r.label).toBeTruthy();
      expect(r.notValidKind, r.label).toBeTruthy();
    }
  });

  it('sends each magic to its reader', () => {
    const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
    expect(sniff(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(sniff(bytes('garbage then %PDF-1.4'))).toBe('pdf');
    expect(sniff(bytes('PK\x03\x04rest'))).toBe('zip');
    expect(sniff(bytes('\xef\xbb\xbf{\\rtf1'))).toBe('rtf');
    expect(sniff(bytes('一、部门基本情况'))).toBe('other');
  });
});
