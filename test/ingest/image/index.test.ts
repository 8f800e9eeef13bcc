import { describe, expect, it } from 'vitest';
import { runsOfBoxes, skewOf } from '../../../src/ingest/image/index.ts';
import { buildLines } from '../../../src/ingest/pdf/lines.ts';
import type { OcrBox } from '../../../src/ingest/ocr/engine.ts';

/** A box of `text` at (x, y), `w` by `h` pixels, turned by `angle` radians about the origin. */
function box(text: string, x: number, y: number, w: number, h: number, angle = 0, confidence = 0.98): OcrBox {
  const turn = ([px, py]: [number, number]): [number, number] => [px * Math.cos(angle) - py * Math.sin(angle), px * Math.sin(angle) + py * Math.cos(angle)];
  return { text, confidence, corners: [turn([x, y]), turn([x + w, y]), turn([x + w, y + h]), turn([x, y + h])] };
}

describe('the image-page reader', () => {
  it('measures a scan’s tilt from its text lines', () => {
    const angle = (0.8 * Math.PI) / 180;
    const boxes = [0, 1, 2, 3].map((i) => box('一行正文文字一行正文文字', 100, 100 + 60 * i, 900, 40, angle));
    expect(skewOf(boxes)).toBeCloseTo(angle, 4);
    expect(skewOf(boxes.slice(0, 2))).toBe(0); // too few lines to tell
  });

  it('straightens a tilted page so that the cells of one table row stay one line', () => {
    const angle = (0.9 * Math.PI) / 180;
    const rows = [0, 1, 2, 3].map((i) => [
      box('项目名称甲乙丙丁', 100, 200 + 60 * i, 400, 40, angle),
      box(`${i + 1}2.50`, 1400, 200 + 60 * i, 150, 40, angle),
    ]);
    const { runs } = runsOfBoxes(rows.flat(), 150 / 72);
    const lines = buildLines(runs, 1);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([0, 1, 2, 3].map((i) => ['项目名称甲乙丙丁', `${i + 1}2.50`]));
  });

  it('gives runs in page points and keeps each run’s confidence and the page’s mean', () => {
    const scale = 150 / 72;
    const page = runsOfBoxes([box('收入合计346.38万元', 150, 300, 600, 46, 0, 0.9), box('完成', 150, 400, 100, 46, 0, 0.6)], scale);
    expect(page.runs[0]).toMatchObject({ str: '收入合计346.38万元', x: 72 });
    expect(page.runs[0]!.size).toBeCloseTo(46 / scale / 1.15, 5);
    expect(page.confidence.get(page.runs[1]!)).toBe(0.6);
    expect(page.mean).toBeCloseTo((0.9 * 12 + 0.6 * 2) / 14, 5);
    expect(runsOfBoxes([], scale).mean).toBeNull();
  });
});
