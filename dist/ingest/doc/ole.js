// The layout of an OLE compound file (the container of a Word 97-2003 .doc), read and
// checked before word-extractor reads the file. A compound file is a set of linked lists
// of sectors; word-extractor follows each link without remembering where it has been
// (it notices only a sector pointing at itself), so a chain that loops back two sectors
// on makes it run until memory gives out, and a directory tree that loops makes it recurse.
// (The cfb package has the same gap: its get_sector_list marks sectors seen but never
// looks.) Here every chain and the directory tree are walked once with a record of what
// was seen, and every sector number is held to the file's size.
/** A compound file that cannot be read safely; the message says why, in words for auditors. */
export class BrokenOle extends Error {
}
const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MINI_SECTOR = 64;
const HEADER_DIFAT = 109;
/** Reads and checks the layout; throws BrokenOle. */
export function readOleLayout(data) {
    const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (buf.length < 512 || !MAGIC.every((b, i) => buf[i] === b))
        throw new BrokenOle('不是 OLE 复合文档');
    const shift = buf.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12)
        throw new BrokenOle(`扇区大小不合规范（2^${shift}）`);
    const sectorSize = 1 << shift;
    const sectorCount = Math.ceil((buf.length - sectorSize) / sectorSize);
    const numFat = buf.readUInt32LE(0x2c);
    const miniCutoff = buf.readUInt32LE(0x38);
    const perSector = sectorSize / 4;
    if (numFat > sectorCount)
        throw new BrokenOle(`分配表声称有 ${numFat} 个扇区，文件只有 ${sectorCount} 个`);
    const sectorAt = (id) => (id + 1) * sectorSize;
    const inFile = (id) => id >= 0 && id < sectorCount;
    // The FAT's own sectors: 109 numbers in the header, the rest in a chain of DIFAT sectors.
    const fatSectors = [];
    for (let i = 0; i < Math.min(numFat, HEADER_DIFAT); i++)
        fatSectors.push(buf.readInt32LE(0x4c + i * 4));
    const seenDifat = new Set();
    let difat = buf.readInt32LE(0x44);
    while (fatSectors.length < numFat) {
        if (!inFile(difat))
            throw new BrokenOle('分配表的扇区链（DIFAT）指向文件以外');
        if (seenDifat.has(difat))
            throw new BrokenOle('分配表的扇区链（DIFAT）绕成了圈');
        seenDifat.add(difat);
        for (let i = 0; i < perSector - 1 && fatSectors.length < numFat; i++)
            fatSectors.push(buf.readInt32LE(sectorAt(difat) + i * 4));
        difat = buf.readInt32LE(sectorAt(difat) + sectorSize - 4);
    }
    const fat = [];
    for (const id of fatSectors) {
        if (!inFile(id))
            throw new BrokenOle('分配表的扇区指向文件以外');
        for (let i = 0; i < perSector; i++)
            fat.push(buf.readInt32LE(sectorAt(id) + i * 4));
    }
    /** A chain of sectors; negative numbers end it (end of chain, free, FAT and DIFAT marks). */
    const chain = (start, table, limit, what) => {
        const ids = [];
        const seen = new Set();
        for (let id = start; id >= 0; id = table[id]) {
            if (id >= table.length || id >= limit)
                throw new BrokenOle(`${what}的扇区链指向文件以外（第 ${id} 扇区）`);
            if (seen.has(id))
                throw new BrokenOle(`${what}的扇区链绕成了圈（第 ${id} 扇区）`);
            seen.add(id);
            ids.push(id);
        }
        return ids;
    };
    const entries = [];
    for (const id of chain(buf.readInt32LE(0x30), fat, sectorCount, '目录')) {
        for (let at = sectorAt(id); at + 128 <= sectorAt(id) + sectorSize && at + 128 <= buf.length; at += 128) {
            const nameLength = Math.min(64, Math.max(0, buf.readUInt16LE(at + 64) - 2));
            entries.push({
                name: buf.toString('utf16le', at, at + nameLength),
                type: buf[at + 66],
                left: buf.readInt32LE(at + 68),
                right: buf.readInt32LE(at + 72),
                child: buf.readInt32LE(at + 76),
                start: buf.readInt32LE(at + 116),
                size: buf.readUInt32LE(at + 120),
            });
        }
    }
    const root = entries[0];
    if (root?.type !== 5)
        throw new BrokenOle('目录中没有根条目');
    // The directory is a tree: each entry is reached once from the root, or the tree loops.
    const reached = new Set([0]);
    const pending = [root.child];
    while (pending.length) {
        const id = pending.pop();
        if (id < 0)
            continue;
        if (id >= entries.length)
            throw new BrokenOle('目录树指向不存在的条目');
        if (reached.has(id))
            throw new BrokenOle('目录树绕成了圈');
        reached.add(id);
        const entry = entries[id];
        pending.push(entry.left, entry.right);
        if (entry.type === 1)
            pending.push(entry.child);
    }
    const miniFat = [];
    for (const id of chain(buf.readInt32LE(0x3c), fat, sectorCount, '小扇区分配表')) {
        for (let i = 0; i < perSector; i++)
            miniFat.push(buf.readInt32LE(sectorAt(id) + i * 4));
    }
    const miniStream = root.start < 0 ? [] : chain(root.start, fat, sectorCount, '小扇区流');
    const miniSectors = (miniStream.length * sectorSize) / MINI_SECTOR;
    const isMini = (entry) => entry.size < miniCutoff;
    const sectorsOf = (entry) => isMini(entry) ? chain(entry.start, miniFat, miniSectors, entry.name) : chain(entry.start, fat, sectorCount, entry.name);
    // Every stream's chain, except empty ones (some writers leave their start at 0, not end of chain).
    for (const id of reached)
        if (entries[id].type === 2 && entries[id].size > 0)
            sectorsOf(entries[id]);
    const fileOffset = (entry, offset) => {
        if (!isMini(entry))
            return sectorAt(sectorsOf(entry)[Math.floor(offset / sectorSize)]) + (offset % sectorSize);
        const inMini = sectorsOf(entry)[Math.floor(offset / MINI_SECTOR)] * MINI_SECTOR + (offset % MINI_SECTOR);
        return sectorAt(miniStream[Math.floor(inMini / sectorSize)]) + (inMini % sectorSize);
    };
    return { sectorSize, fatSectors, miniCutoff, fat, miniFat, entries, miniStream, sectorsOf, fileOffset };
}
