// Which files a run reads: files named on the command line, and every supported file
// below a folder, each named relative to its input root.
//
// A folder collected from many offices holds more than reports: links that loop or lead
// out of the folder, pipes and devices, names written in GBK, folders that cannot be
// opened. The walk is a loop over a stack (no recursion to overflow), reads names as
// bytes (a GBK name is not valid UTF-8 and would not open again if decoded lossily), and
// never follows a link: a link to a file inside the folder is read from its real place,
// anything else a link leads to is listed with the reason it was not read.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { SUPPORTED_EXTENSIONS } from "./ingest/index.js";
/** A wrong command line: the CLI prints it with the usage and exits 1. */
export class UsageError extends Error {
}
/** The format a row names for a file: its extension. */
export const formatOf = (file) => path.extname(file.rel).slice(1).toLowerCase();
const SEP = Buffer.from(path.sep);
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * A file name as text. Names copied from Windows machines in China often arrive in GBK;
 * they are shown as the Chinese the sender saw. Bytes that are neither keep a replacement mark.
 */
export function decodeName(bytes) {
    try {
        return utf8.decode(bytes);
    }
    catch {
        const gbk = iconv.decode(bytes, 'gb18030');
        if (iconv.encode(gbk, 'gb18030').equals(bytes))
            return gbk;
        return new TextDecoder('utf-8').decode(bytes);
    }
}
const supported = (name) => SUPPORTED_EXTENSIONS.includes(path.extname(name).toLowerCase());
/** Hidden files and Word's lock files (~$报告.docx) are not submissions. */
const skipped = (name) => name.startsWith('.') || name.startsWith('~$');
const code = (e) => e.code ?? e.message;
/** Files under the inputs, each named relative to its input root, sorted by that name. */
export function collectInputs(inputs) {
    const files = [];
    for (const input of inputs) {
        let stat;
        try {
            stat = statSync(input);
        }
        catch {
            throw new UsageError(`找不到输入：${input}`);
        }
        if (stat.isDirectory())
            walk(input, files);
        // A file named explicitly is always analysed: an unsupported one gets its row saying so.
        else
            files.push({ rel: path.basename(input), path: input, size: stat.size, mtimeMs: stat.mtimeMs });
    }
    return files.sort((a, b) => compare(a.rel, b.rel) || Buffer.compare(asBytes(a.path), asBytes(b.path)));
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const asBytes = (p) => (typeof p === 'string' ? Buffer.from(p) : p);
function walk(root, files) {
    const rootReal = realpathSync(root, { encoding: 'buffer' });
    const stack = [{ bytes: Buffer.from(root), rel: '' }];
    while (stack.length) {
        const folder = stack.pop();
        let entries;
        try {
            entries = readdirSync(folder.bytes, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (e) {
            // The folder is there but cannot be opened (permissions, a name too long): say so on a row.
            files.push(refusedRow(folder.rel || '.', folder.bytes, `无法打开文件夹（${code(e)}），其中的文件未读取`));
            continue;
        }
        for (const entry of entries) {
            const name = decodeName(entry.name);
            if (skipped(name))
                continue;
            const bytes = Buffer.concat([folder.bytes, SEP, entry.name]);
            const rel = folder.rel ? `${folder.rel}/${name}` : name;
            if (entry.isDirectory())
                stack.push({ bytes, rel });
            else if (entry.isSymbolicLink()) {
                const listed = listLink(bytes, rel, rootReal);
                if (listed)
                    files.push(listed);
            }
            else if (supported(name))
                files.push(listFile(bytes, rel));
        }
    }
}
function listFile(bytes, rel) {
    let stat;
    try {
        stat = lstatSync(bytes);
    }
    catch (e) {
        return refusedRow(rel, bytes, `文件在列出时已不见（${code(e)}）`);
    }
    // Reading a named pipe waits for a writer that may never come; a device never ends.
    if (!stat.isFile())
        return refusedRow(rel, bytes, '不是普通文件（命名管道、设备或套接字），未读取');
    return { rel, path: bytes, size: stat.size, mtimeMs: stat.mtimeMs };
}
/**
 * A link below an input folder. One to a supported file inside the folder is read from the
 * file's real place. One to a folder inside is not entered: its files are listed where they
 * are, and a link back up (a loop) costs nothing. Anything else gets a row saying why not.
 */
function listLink(bytes, rel, rootReal) {
    let target;
    try {
        target = realpathSync(bytes, { encoding: 'buffer' });
    }
    catch (e) {
        const why = code(e) === 'ELOOP' ? '链接绕成了圈（循环链接），未跟随' : `链接指向的文件不存在（${code(e)}），未读取`;
        return refusedRow(rel, bytes, why);
    }
    const inside = isInside(rootReal, target);
    let stat;
    try {
        stat = statSync(target);
    }
    catch (e) {
        return refusedRow(rel, bytes, `链接指向的文件不存在（${code(e)}），未读取`);
    }
    if (!inside) {
        const what = stat.isDirectory() ? '文件夹' : '文件';
        return refusedRow(rel, bytes, `链接指向输入文件夹以外的${what}（${decodeName(target)}），未跟随`);
    }
    if (stat.isDirectory())
        return null;
    if (!supported(rel))
        return null;
    if (!stat.isFile())
        return refusedRow(rel, bytes, '链接指向的不是普通文件（命名管道、设备或套接字），未读取');
    return { rel, path: target, size: stat.size, mtimeMs: stat.mtimeMs };
}
/** Whether a real path lies in the real root folder (compared as bytes: names may not be UTF-8). */
function isInside(root, target) {
    if (target.equals(root))
        return true;
    const prefix = root.subarray(-SEP.length).equals(SEP) ? root : Buffer.concat([root, SEP]);
    return target.subarray(0, prefix.length).equals(prefix);
}
function refusedRow(rel, bytes, refused) {
    return { rel, path: bytes, size: 0, mtimeMs: 0, refused };
}
