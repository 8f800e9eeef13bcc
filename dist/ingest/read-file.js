// Reads the bytes of one input, within the size limit and as one consistent snapshot.
// The size is judged from the file system before any byte is read; a pipe or device is
// refused before it can block; a file that changes while it is read is read again, and
// refused if it never holds still.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { UnreadableError } from "../model.js";
import { sizeText } from "../limits.js";
/** Reads a file once more when it changed under the read, this many times at most. */
const READ_ATTEMPTS = 3;
const code = (e) => e.code ?? e.message;
/** Exact: a change of a few bytes must show. */
const bytes = (n) => `${n.toLocaleString('en-US')} 字节`;
const same = (a, b) => a.size === b.size && a.mtimeMs === b.mtimeMs;
/** The file's bytes, and a warning when it is not the file the run listed. */
export async function readInputBytes(file, options = {}) {
    let handle;
    try {
        // O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer.
        const at = typeof file === 'string' ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength);
        handle = await open(at, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (e) {
        // A file the run listed and cannot find any more was taken away while the run went on.
        if (code(e) === 'ENOENT' && options.listed)
            throw new UnreadableError('文件在本次运行中被删除或移走，未能读取（ENOENT）');
        throw new UnreadableError(`无法打开文件（${code(e)}）`);
    }
    try {
        for (let attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            const before = await handle.stat();
            if (!before.isFile())
                throw new UnreadableError('不是普通文件（命名管道、设备或套接字），未读取');
            const max = options.maxBytes ?? Infinity;
            if (before.size > max) {
                throw new UnreadableError(`文件大小 ${sizeText(before.size)} 超过上限 ${sizeText(max)}（--max-size），未读取`);
            }
            const data = await readAll(handle, before);
            const after = await handle.stat();
            if (!same(before, after) || data.length !== before.size)
                continue;
            const messages = [];
            if (options.listed && !same(options.listed, before)) {
                messages.push({
                    severity: 'warning',
                    text: `文件在本次运行中被改动过（列出时 ${bytes(options.listed.size)}，读取时 ${bytes(before.size)}），按读取时的内容分析`,
                });
            }
            return { data, messages };
        }
        throw new UnreadableError('文件在读取时一直在被改写，未能读到完整的内容');
    }
    finally {
        await handle.close();
    }
}
/** Up to the size the file had when stat'ed: a file that grows meanwhile is caught by the second stat. */
async function readAll(handle, stat) {
    const buffer = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return buffer.subarray(0, filled);
}
