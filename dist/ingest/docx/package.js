import { UnreadableError } from "../../model.js";
import { sizeText } from "../../limits.js";
/**
 * Most bytes of XML inflated from one package. A report's document.xml is some 100 KB for
 * ten pages; 64 MB is hundreds of times a long report, and about what mammoth can take in
 * the default memory limit.
 */
export const MAX_XML_BYTES = 64 * 1024 * 1024;
/** A DTD or an entity declaration: how entity expansion and external entities are set up. */
const DTD = /<!DOCTYPE|<!ENTITY/i;
const isXmlPart = (name) => /\.(xml|rels)$/i.test(name);
class TooLarge extends Error {
}
/** Inflates one entry, stopping as soon as the bytes pass `budget`. */
function inflateCapped(file, budget) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let total = 0;
        const stream = file.nodeStream('nodebuffer');
        stream.on('data', (chunk) => {
            total += chunk.length;
            if (total > budget) {
                stream.pause();
                stream.removeAllListeners('data');
                reject(new TooLarge());
                return;
            }
            chunks.push(chunk);
        });
        stream.on('error', reject);
        stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}
/**
 * Every XML part of the package, as text, by name. Throws UnreadableError for a part that
 * declares a DTD, and for XML that inflates past MAX_XML_BYTES in all.
 */
export async function readXmlParts(zip) {
    const parts = new Map();
    let left = MAX_XML_BYTES;
    for (const file of Object.values(zip.files)) {
        if (file.dir || !isXmlPart(file.name))
            continue;
        let bytes;
        try {
            bytes = await inflateCapped(file, left);
        }
        catch (e) {
            if (e instanceof TooLarge) {
                throw new UnreadableError(`Word 文档中的 XML 解压后超过 ${sizeText(MAX_XML_BYTES)}（在 ${file.name}），可能是“压缩炸弹”，未读取`);
            }
            throw new UnreadableError('不是有效的 Word 文档（.docx 压缩包损坏）');
        }
        left -= bytes.length;
        const text = new TextDecoder('utf-8').decode(bytes);
        if (DTD.test(text)) {
            throw new UnreadableError(`Word 文档的 ${file.name} 含有 DTD 或实体声明（Word 不会写出这样的文件，可能是“实体膨胀”或外部实体攻击），未读取`);
        }
        parts.set(file.name, text);
    }
    return parts;
}
