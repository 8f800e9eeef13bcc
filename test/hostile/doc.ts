// Hostile Word 97-2003 files, made by altering a real .doc (a fixture LibreOffice wrote):
// sector chains that loop back on themselves, a directory tree that loops, and a piece
// table whose pieces point outside the file. The container is read with the same layout
// reader gouji uses (src/ingest/doc/ole.ts), on the intact file, to find what to alter.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readOleLayout, type DirEntry, type OleLayout } from '../../src/ingest/doc/ole.ts';

const BASE = path.resolve(import.meta.dirname, '../fixtures/doc/table.doc');

function base(): { data: Buffer; layout: OleLayout; stream: (name: string) => DirEntry } {
  const data = readFileSync(BASE);
  const layout = readOleLayout(data);
  const stream = (name: string): DirEntry => layout.entries.find((e) => e.name === name)!;
  return { data, layout, stream };
}

/** Where entry `index` of the FAT (or the mini FAT) lies in the file. */
function tableEntryOffset(layout: OleLayout, index: number, mini: boolean): number {
  const perSector = layout.sectorSize / 4;
  if (!mini) return (layout.fatSectors[Math.floor(index / perSector)]! + 1) * layout.sectorSize + (index % perSector) * 4;
  // The mini FAT is itself a stream of FAT sectors, starting where the header says.
  const data = readFileSync(BASE);
  let sector = data.readInt32LE(0x3c);
  for (let k = 0; k < Math.floor(index / perSector); k++) sector = layout.fat[sector]!;
  return (sector + 1) * layout.sectorSize + (index % perSector) * 4;
}

/** The WordDocument stream's sector chain (in the FAT) ends by pointing back at its first sector. */
export function loopingFatChain(): Buffer {
  const { data, layout, stream } = base();
  const sectors = layout.sectorsOf(stream('WordDocument'));
  data.writeInt32LE(sectors[0]!, tableEntryOffset(layout, sectors[sectors.length - 1]!, false));
  return data;
}

/** The table stream's chain of mini sectors (it is under 4 KB) ends by pointing back at its first. */
export function loopingMiniChain(): Buffer {
  const { data, layout, stream } = base();
  const table = stream('1Table');
  const sectors = layout.sectorsOf(table);
  data.writeInt32LE(sectors[0]!, tableEntryOffset(layout, sectors[sectors.length - 1]!, true));
  return data;
}

/** A directory entry whose right sibling is the root's first child: walking the tree never ends. */
export function loopingDirectory(): Buffer {
  const { data, layout } = base();
  const first = layout.entries[0]!.child;
  // Entry offsets: the directory chain's sectors, 128 bytes an entry.
  const dirSector = data.readInt32LE(0x30);
  const entryOffset = (id: number): number => (dirSector + 1) * layout.sectorSize + id * 128;
  let last = first;
  while (layout.entries[last]!.right >= 0) last = layout.entries[last]!.right;
  data.writeInt32LE(first, entryOffset(last) + 72);
  return data;
}

/** The first piece of the piece table starts 1 GB into a WordDocument stream of a few kilobytes. */
export function pieceOutsideFile(): Buffer {
  const { data, layout, stream } = base();
  const word = stream('WordDocument');
  const fib = (offset: number): number => layout.fileOffset(word, offset);
  const table = stream((data.readUInt16LE(fib(0x0a)) & 0x0200) !== 0 ? '1Table' : '0Table');
  const at = (offset: number): number => layout.fileOffset(table, offset);
  // The Clx: Prc entries (0x01, size, bytes) to skip, then 0x02, lcb, the PlcPcd.
  let pos = data.readUInt32LE(fib(0x01a2));
  while (data[at(pos)] === 0x01) pos += 3 + data.readUInt16LE(at(pos + 1));
  const lcb = data.readUInt32LE(at(pos + 1));
  const pieces = (lcb - 4) / 12;
  const firstPcd = pos + 5 + (pieces + 1) * 4;
  data.writeUInt32LE(0x3fffff00, at(firstPcd + 2));
  return data;
}
