// Debian's tesseract-ocr with its chi_sim data, run as a command: the candidate PaddleOCR was
// measured against (README, "OCR"). Its TSV output gives a box and a confidence per word;
// each word is a box, as PaddleOCR's lines are.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { OcrBox, OcrEngine } from './engine.ts';

const run = promisify(execFile);

export async function tesseractEngine(): Promise<OcrEngine> {
  await run('tesseract', ['--version']).catch(() => {
    throw new Error('没有安装 tesseract-ocr（apt-get install tesseract-ocr tesseract-ocr-chi-sim）');
  });
  return {
    name: 'tesseract（chi_sim）',
    async recognise(png) {
      const dir = await mkdtemp(path.join(tmpdir(), 'gouji-ocr-'));
      try {
        const image = path.join(dir, 'page.png');
        await writeFile(image, png);
        const { stdout } = await run('tesseract', [image, 'stdout', '-l', 'chi_sim', '--psm', '6', 'tsv'], {
          maxBuffer: 64 << 20, env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        return linesOfTsv(stdout);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Words of tesseract's TSV (level 5), each a box: the PDF reader's line builder joins them
 * into lines and cells the way it joins pdf.js runs, gaps and all.
 */
export function linesOfTsv(tsv: string): OcrBox[] {
  const boxes: OcrBox[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5' || !f[11]!.trim()) continue;
    const [left, top, width, height, conf] = [6, 7, 8, 9, 10].map((i) => Number(f[i]));
    boxes.push({
      text: f[11]!.trim(),
      confidence: Math.max(0, conf!) / 100,
      corners: [[left!, top!], [left! + width!, top!], [left! + width!, top! + height!], [left!, top! + height!]],
    });
  }
  return boxes;
}
