// A minimal zip writer for entries whose deflate data is made elsewhere (deflate.ts): JSZip
// compresses what it is given, so it cannot write an entry that inflates to gigabytes
// without first holding them.
import { crc32 } from 'node:zlib';
import type { Inflating } from './deflate.ts';

export interface ZipEntry {
  name: string;
  /** Stored as is when a string; deflated data with its sizes and CRC otherwise. */
  data: string | Inflating;
}

export function writeZip(entries: ZipEntry[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const stored = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : null;
    const body = stored ?? (entry.data as Inflating).raw;
    const size = stored ? stored.length : (entry.data as Inflating).size;
    const crc = stored ? crc32(stored) : (entry.data as Inflating).crc;
    const method = stored ? 0 : 8;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names in UTF-8
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(size >>> 0, 22);
    header.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    header.copy(record, 8, 6, 28); // flags … name length: the same fields as the local header
    record.writeUInt32LE(offset, 42);
    local.push(header, name, body);
    central.push(record, name);
    offset += header.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}
