// Deflate streams that inflate to far more than they weigh, built without ever holding
// the inflated bytes: a block compressing a megabyte of one byte value is written once
// and repeated, since a block that starts a compressor afresh refers to nothing before it.
import { constants, crc32, deflateRawSync } from 'node:zlib';

const MB = 1 << 20;

export interface Inflating {
  /** Raw deflate data (no zlib or gzip wrapper). */
  raw: Buffer;
  /** Bytes it inflates to. */
  size: number;
  /** CRC-32 of the inflated bytes (zip), and Adler-32 (zlib). */
  crc: number;
  adler: number;
}

/** Adler-32 of `data` continued from `adler`. */
function adler32(data: Buffer, adler = 1): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 continued over `n` bytes all equal to `fill`, in closed form. */
function adler32Repeat(adler: number, fill: number, n: number): number {
  const m = 65521n;
  const a = BigInt(adler & 0xffff);
  const b = BigInt(adler >>> 16);
  const N = BigInt(n);
  const c = BigInt(fill);
  // After k more bytes a_k = a + k·c, and b gains a_1 + … + a_n = n·a + c·n(n+1)/2.
  const a2 = (a + N * c) % m;
  const b2 = (b + N * a + (c * N * (N + 1n)) / 2n) % m;
  return Number((b2 << 16n) | a2);
}

/** `head`, then `megabytes` MB of `fill` bytes, then `tail`, as raw deflate. */
export function inflating(head: string, megabytes: number, tail: string, fill = 0x20): Inflating {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH };
  const headBytes = Buffer.from(head, 'utf8');
  const tailBytes = Buffer.from(tail, 'utf8');
  const chunk = Buffer.alloc(MB, fill);
  const block = deflateRawSync(chunk, { ...sync, level: 9 });
  let crc = crc32(headBytes);
  let adler = adler32(headBytes);
  // CRC-32 continued once per repeated megabyte; Adler-32 has a closed form.
  for (let i = 0; i < megabytes; i++) crc = crc32(chunk, crc);
  adler = adler32Repeat(adler, fill, megabytes * MB);
  crc = crc32(tailBytes, crc);
  adler = adler32(tailBytes, adler);
  const raw = Buffer.concat([
    deflateRawSync(headBytes, sync),
    ...Array<Buffer>(megabytes).fill(block),
    deflateRawSync(tailBytes),
  ]);
  return { raw, size: headBytes.length + megabytes * MB + tailBytes.length, crc, adler };
}

/** The same in a zlib wrapper (as PDF's FlateDecode wants). */
export function zlibWrapped(data: Inflating): Buffer {
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(data.adler);
  return Buffer.concat([Buffer.from([0x78, 0xda]), data.raw, adler]);
}
