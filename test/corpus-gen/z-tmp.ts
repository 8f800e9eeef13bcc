import { readFileSync } from 'node:fs';
import { docxParagraphs } from './docx-text.ts';
console.log(docxParagraphs(readFileSync(process.argv[2]!)).map(p => (p.numbered ? '#' : '') + p.text).join('\n'));
