// The compact text of an evaluation report, and the per-figure diff of one file.
import {
  matchFigures,
  matchHeadings,
  type Counts,
  type ErrorCounts,
  type FileScore,
  type Group,
  type OutFigure,
  type OutSection,
  type Report,
  type Truth,
} from './score.ts';

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell + ' '.repeat(widths[c]! - width(cell)) : ' '.repeat(widths[c]! - width(cell)) + cell))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function pct(x: number | null): string {
  return x === null ? '—' : `${(x * 100).toFixed(1)}%`;
}

const countsCells = (c: Counts) => [pct(c.precision), pct(c.recall), `${c.matched}/${c.extracted}/${c.truth}`];
const errorCells = (e: ErrorCounts) => [pct(e.recall), `${e.caught}/${e.truth}`];

function groupRow(label: string, g: Group): string[] {
  return [
    label,
    String(g.files),
    String(g.missedFiles),
    ...countsCells(g.figures),
    ...countsCells(g.headings),
    ...errorCells(g.errors),
    String(g.falseAlarms),
    `${g.cleanFilesWithErrorFindings}/${g.cleanFiles}`,
  ];
}

/** The report as a few compact tables for a terminal. */
export function formatReport(r: Report): string {
  const out: string[] = [];
  const header = [
    '', 'files', 'missed',
    'fig P', 'fig R', 'fig m/x/t',
    'head P', 'head R', 'head m/x/t',
    'err R', 'caught/t', 'false alarms', 'clean w/ error',
  ];
  out.push(table([
    header,
    groupRow('overall', r.overall),
    ...Object.entries(r.byFormat).map(([f, g]) => groupRow(f, g)),
  ]));
  out.push('(m/x/t: matched / extracted / truth; files: with a text layer; clean w/ error: clean files with an error finding)');

  const kinds = Object.entries(r.byErrorKind);
  if (kinds.length) {
    out.push('', table([['error kind', 'recall', 'caught/truth'], ...kinds.map(([k, e]) => [k, ...errorCells(e)])]));
  }

  out.push(
    '',
    // Since OCR (issue 11) a scan in the corpus is read (ok or partial) unless run with --no-ocr.
    `scans (truth needs_ocr): ${r.ocr.files} · left needs_ocr ${r.ocr.detected} · read ${r.ocr.undetected.filter((u) => u.status === 'ok' || u.status === 'partial').length}` +
      r.ocr.undetected.map((u) => `\n  ${u.file}: status ${u.status ?? 'no row'}`).join('') +
      r.ocr.falselyFlagged.map((f) => `\n  flagged needs_ocr but has text: ${f}`).join(''),
  );
  const d = r.overall.department;
  const y = r.overall.year;
  out.push(`department ${d.correct}/${d.truth} · year ${y.correct}/${y.truth}`);
  if (r.missedFiles.length) out.push(`missed files (no summary row): ${r.missedFiles.join(', ')}`);
  if (r.unscoredFiles.length) out.push(`outputs without truth (not scored): ${r.unscoredFiles.join(', ')}`);
  return out.join('\n');
}

function valueText(value: number | string, unit: string): string {
  return `${value}${unit}`;
}

/** Per-figure, per-heading and per-error diff of one file, for debugging. */
export function formatFileDiff(
  truth: Truth,
  score: FileScore,
  figures: readonly OutFigure[],
  sections: readonly OutSection[],
): string {
  const out: string[] = [];
  const name = score.outputFile ? `${score.file} (output ${score.outputFile})` : score.file;
  out.push(`== ${name} [${score.format}] status ${score.status ?? 'no summary row'}${score.needsOcr ? ', scan' : ''}`);
  out.push(
    `figures P ${pct(score.figures.precision)} R ${pct(score.figures.recall)} · headings P ${pct(score.headings.precision)} R ${pct(score.headings.recall)} · errors ${score.errors.caught}/${score.errors.truth} · false alarms ${score.falseAlarms}`,
  );

  out.push('-- figures (= matched, - missing from output, + extra in output)');
  const fm = matchFigures(truth.figures, figures);
  truth.figures.forEach((t, i) => {
    const j = fm.truthToExtracted[i]!;
    const what = `${t.kind} ${valueText(t.value, t.unit)}${t.raw ? ` 「${t.raw}」` : ''}`;
    if (j >= 0) {
      out.push(`  = ${what}  ← ${figures[j]!.id}`);
    } else {
      const near = score.misses.truthFigures.find((m) => m.kind === t.kind && m.value === t.value && m.unit === t.unit)?.near ?? [];
      const hint = near.length ? `  near: ${near.map((n) => `${n.id} ${n.kind} ${n.unit}`).join(', ')}` : '';
      out.push(`  - ${what}${hint}`);
    }
  });
  figures.forEach((f, i) => {
    if (!fm.used[i]) out.push(`  + ${f.id} ${f.kind} ${valueText(f.value, f.unit)} 「${f.raw ?? ''}」${f.label ? ` ${f.label}` : ''}`);
  });

  out.push('-- headings');
  const hm = matchHeadings(truth.headings, sections.map((s) => s.heading));
  truth.headings.forEach((h, i) => out.push(`  ${hm.truthToExtracted[i]! >= 0 ? '=' : '-'} ${h}`));
  sections.forEach((s, i) => {
    if (!hm.used[i]) out.push(`  + ${s.heading}`);
  });

  out.push('-- errors');
  const missed = new Set(score.misses.errors);
  for (const e of truth.errors) {
    out.push(`  ${missed.has(e) ? '- missed' : '= caught'} [${e.kind}] ${e.stated}${e.description ? ` ${e.description}` : ''}`);
  }
  for (const f of score.misses.falseAlarms) {
    out.push(`  + false alarm ${f.id} ${f.rule}: ${f.message ?? ''} (actual ${f.actual ?? '—'}, expected ${f.expected ?? '—'})`);
  }
  return out.join('\n');
}
