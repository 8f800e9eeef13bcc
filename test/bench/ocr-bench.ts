// OCR engines side by side on the same scanned pages: seconds per page, peak memory, and how
// many of the document's figures come out digit for digit. Each engine runs in a child process
// of its own, so its peak memory is its own.
//
//   npx tsx test/bench/ocr-bench.ts [--files N] [--engines paddle,tesseract]
//   (npm run bench runs it after the batch runs; --ocr-files 0 there skips it)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCANS = path.join(ROOT, 'test', 'scans');

interface EngineMeasure {
  engine: string;
  pages: number;
  secondsPerPage: number;
  loadSeconds: number;
  peakRssMb: number;
  figures: number;
  figuresFound: number;
}

/** The figures' numbers as printed, found in the OCR text with separators and spaces ignored. */
function figuresFound(text: string, raws: string[]): number {
  const flat = text.replace(/[\s,，]/g, '');
  return raws.filter((r) => flat.includes(r.replace(/[\s,，]/g, '').replace(/^[^\d-]+/, '').replace(/[^\d.%-]+$/, ''))).length;
}

/** In the child: render and recognise every page of the files with one engine. */
async function measure(engine: string, files: string[]): Promise<EngineMeasure> {
  const { ocrEngine } = await import('../../src/ingest/ocr/engine.ts');
  const { renderPages } = await import('../../src/ingest/pdf/render.ts');
  const loadStart = performance.now();
  const ocr = await ocrEngine(engine as 'paddle' | 'tesseract');
  const loadSeconds = (performance.now() - loadStart) / 1000;
  let [pages, seconds, figures, found] = [0, 0, 0, 0];
  for (const file of files) {
    const data = new Uint8Array(readFileSync(path.join(SCANS, file)));
    const truth = JSON.parse(readFileSync(path.join(SCANS, 'truth', `${file}.json`), 'utf8')) as { figures: { raw: string }[] };
    const n = Number(/\/Count (\d+)/.exec(Buffer.from(data).toString('latin1'))?.[1] ?? 1);
    let text = '';
    for await (const image of renderPages(data, Array.from({ length: n }, (_, i) => i + 1))) {
      const t = performance.now();
      const boxes = await ocr.recognise(image.png);
      seconds += (performance.now() - t) / 1000;
      pages++;
      text += boxes.map((b) => b.text).join('');
    }
    figures += truth.figures.length;
    found += figuresFound(text, truth.figures.map((f) => f.raw));
  }
  return {
    engine: ocr.name, pages, secondsPerPage: seconds / pages, loadSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024, figures, figuresFound: found,
  };
}

export function ocrBench(fileCount: number, engines: string[]): void {
  const files = readdirSync(SCANS).filter((f) => f.endsWith('-扫描件.pdf')).sort().slice(0, fileCount);
  console.log(`\nOCR on ${files.length} scanned documents of test/scans (150 dpi, tilted, noisy), one core per engine:`);
  const rows = [['engine', 'pages', 's/page', 'load s', 'peak RSS MB', 'figures read exactly']];
  for (const engine of engines) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', engine, ...files], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 << 20,
    });
    const line = r.stdout.trim().split('\n').at(-1) ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      rows.push([engine, `failed: ${(r.stderr.trim().split('\n').at(-1) ?? '').slice(0, 80)}`, '', '', '', '']);
      continue;
    }
    const m = JSON.parse(line) as EngineMeasure;
    rows.push([m.engine, String(m.pages), m.secondsPerPage.toFixed(1), m.loadSeconds.toFixed(1), m.peakRssMb.toFixed(0),
      `${m.figuresFound}/${m.figures} (${((100 * m.figuresFound) / m.figures).toFixed(1)} %)`]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { child: { type: 'string' }, files: { type: 'string', default: '3' }, engines: { type: 'string', default: 'paddle,tesseract' } },
  });
  if (values.child) console.log(JSON.stringify(await measure(values.child, positionals)));
  else ocrBench(Number(values.files), values.engines.split(','));
}
