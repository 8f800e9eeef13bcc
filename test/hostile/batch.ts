// The whole hostile batch in one folder: every generated file of issue 12 beside two good
// reports, with the row each should get under the default limits.
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { circularXref, inflatingContent, manyPages, selfReferencingPageTree, tinyTextItems } from './pdf.ts';
import { billionLaughs, externalEntity, inflatingDocument } from './docx.ts';
import { loopingDirectory, loopingFatChain, loopingMiniChain, pieceOutsideFile } from './doc.ts';
import { GBK_NAME, SEED } from './folder.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What a row must say: its status and its reason (a pattern where a number varies). */
export type Expected = [status: string, error: string | RegExp | null];

export async function hostileBatch(root: string): Promise<Record<string, Expected>> {
  mkdirSync(root, { recursive: true });
  const put = (name: string, data: Buffer | string): void => writeFileSync(path.join(root, name), data);
  copyFileSync(SEED, path.join(root, '好-报告.txt'));
  copyFileSync(path.join(ROOT, 'test/fixtures/seed/seed.docx'), path.join(root, '好-报告.docx'));
  put('pdf-自指页树.pdf', selfReferencingPageTree());
  put('pdf-循环xref.pdf', circularXref());
  put('pdf-解压4GB.pdf', inflatingContent(4096));
  put('pdf-3000页.pdf', manyPages(3000));
  put('pdf-10万文字.pdf', tinyTextItems(100_000));
  put('docx-实体膨胀-document.docx', await billionLaughs('document'));
  put('docx-实体膨胀-numbering.docx', await billionLaughs('numbering'));
  put('docx-实体膨胀-styles.docx', await billionLaughs('styles'));
  put('docx-外部实体.docx', await externalEntity('document', 'file:///etc/passwd'));
  put('docx-解压2GB.docx', inflatingDocument(2048));
  put('doc-扇区链循环.doc', loopingFatChain());
  put('doc-小扇区链循环.doc', loopingMiniChain());
  put('doc-目录循环.doc', loopingDirectory());
  put('doc-片段表越界.doc', pieceOutsideFile());
  const seed = readFileSync(SEED);
  put('txt-60MB.txt', Buffer.concat(Array<Buffer>(Math.ceil((60 << 20) / seed.length)).fill(seed)));
  const huge = openSync(path.join(root, 'pdf-150MB.pdf'), 'w');
  ftruncateSync(huge, 150 << 20);
  closeSync(huge);
  writeFileSync(Buffer.concat([Buffer.from(root + path.sep), GBK_NAME]), iconv.encode('一、部门基本情况\n部门决算收入346.38万元。\n', 'gbk'));
  symlinkSync('链接-乙.pdf', path.join(root, '链接-甲.pdf'));
  symlinkSync('链接-甲.pdf', path.join(root, '链接-乙.pdf'));
  symlinkSync('/etc/passwd', path.join(root, '链接-外部.txt'));
  const dtd = (part: string): Expected => ['failed', `Word 文档的 word/${part}.xml 含有 DTD 或实体声明（Word 不会写出这样的文件，可能是“实体膨胀”或外部实体攻击），未读取`];
  const loop = '链接绕成了圈（循环链接），未跟随';
  return {
    'doc-小扇区链循环.doc': ['failed', /1Table的扇区链绕成了圈/],
    'doc-扇区链循环.doc': ['failed', /WordDocument的扇区链绕成了圈/],
    'doc-片段表越界.doc': ['failed', /文本片段表（piece table）指向文件以外/],
    'doc-目录循环.doc': ['failed', /目录树绕成了圈/],
    'docx-外部实体.docx': dtd('document'),
    'docx-实体膨胀-document.docx': dtd('document'),
    'docx-实体膨胀-numbering.docx': dtd('numbering'),
    'docx-实体膨胀-styles.docx': dtd('styles'),
    'docx-解压2GB.docx': ['failed', 'Word 文档中的 XML 解压后超过 64.0 MB（在 word/document.xml），可能是“压缩炸弹”，未读取'],
    'pdf-10万文字.pdf': ['failed', 'PDF 没有一页能读出：第1页的文字片段超过 20000 个（正常页面不到 5000 个），未读取'],
    'pdf-150MB.pdf': ['failed', '文件大小 150.0 MB 超过上限 100.0 MB（--max-size），未读取'],
    'pdf-3000页.pdf': ['failed', '处理超过时限 60 秒（--timeout），已中止'],
    'pdf-自指页树.pdf': ['failed', 'PDF 文件已损坏，没有一页能读出'],
    'pdf-解压4GB.pdf': ['failed', '内存用量超过上限 1536.0 MB（--max-memory），已中止（文件可能含有解压后极大的内容）'],
    'pdf-循环xref.pdf': ['ok', null],
    'txt-60MB.txt': ['failed', /^正文约 \d+ 万字，超过分析上限 100 万字/],
    '好-报告.docx': ['ok', null],
    '好-报告.txt': ['ok', null],
    '报告.txt': ['ok', null],
    '链接-乙.pdf': ['failed', loop],
    '链接-甲.pdf': ['failed', loop],
    '链接-外部.txt': ['failed', '链接指向输入文件夹以外的文件（/etc/passwd），未跟随'],
  };
}
