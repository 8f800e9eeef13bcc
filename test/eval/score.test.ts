import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  canonicalUnit,
  containsNumber,
  matchFigures,
  score,
  type OutFigure,
  type OutFinding,
  type Outputs,
  type Truth,
  type TruthFigure,
} from './score.ts';

function truth(over: Partial<Truth> & { file: string }): Truth {
  return { department: null, year: null, clean: false, headings: [], figures: [], errors: [], ...over };
}

function outputs(over: Partial<Outputs> = {}): Outputs {
  return { summary: [], figures: [], sections: [], findings: [], ...over };
}

let nextId = 0;
function fig(file: string, kind: string, value: number | string, unit: string): OutFigure {
  return { file, id: `f${String(++nextId).padStart(4, '0')}`, kind, value, unit, raw: `${value}${unit}` };
}

function finding(file: string, severity: string, over: Partial<OutFinding> = {}): OutFinding {
  return { file, id: `x${++nextId}`, rule: 'sum', severity, expected: null, actual: null, evidence: '', ...over };
}

const t = (kind: string, value: number | string, unit: string): TruthFigure => ({ kind, value, unit });

describe('canonicalDecimal', () => {
  it.each([
    [346.38, '346.38'],
    ['346.380', '346.38'],
    ['1,234.50', '1234.5'],
    ['-11.65', '-11.65'],
    ['－１１．６５', '-11.65'],
    ['+3', '3'],
    ['-0.00', '0'],
    ['007', '7'],
    ['.5', '0.5'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    ['abc', null],
    ['', null],
    [Number.NaN, null],
  ])('%s → %s', (input, want) => {
    expect(canonicalDecimal(input)).toBe(want);
  });
});

describe('canonicalUnit', () => {
  it('folds width, traditional 萬 and the square-metre sign', () => {
    expect(canonicalUnit('％')).toBe('%');
    expect(canonicalUnit('萬元')).toBe('万元');
    expect(canonicalUnit('㎡')).toBe('平方米');
    expect(canonicalUnit('万元')).not.toBe(canonicalUnit('元'));
  });
});

describe('containsNumber', () => {
  it('finds the number whole, thousands separators ignored on both sides', () => {
    expect(containsNumber('决算数为4,125.49万元', '4125.49')).toBe(true);
    expect(containsNumber('决算数为4125.49万元', '4,125.49')).toBe(true);
    expect(containsNumber('控制率95.16%', '95.16')).toBe(true);
    expect(containsNumber('控制率９５．１６％', '95.16%')).toBe(true);
    expect(containsNumber('结余－11.65万元', '-11.65')).toBe(true);
    expect(containsNumber('控制率195.16%', '95.16')).toBe(false);
    expect(containsNumber('控制率95.161%', '95.16')).toBe(false);
    expect(containsNumber('得分95.5分', '95')).toBe(false);
    expect(containsNumber('增长0.5%', '5')).toBe(false);
    expect(containsNumber('分别为12，345人', '12')).toBe(true);
    expect(containsNumber(null, '12')).toBe(false);
    expect(containsNumber('12', '')).toBe(false);
  });
});

describe('matchFigures', () => {
  it('matches each extracted figure once: duplicates match once each', () => {
    const m = matchFigures(
      [t('amount', 5, '万元'), t('amount', 5, '万元'), t('amount', 5, '万元')],
      [fig('a', 'amount', 5, '万元'), fig('a', 'amount', '5.00', '万元')],
    );
    expect(m.matched).toBe(2);
    expect(m.truthToExtracted).toEqual([0, 1, -1]);
    expect(m.used).toEqual([true, true]);
  });
});

describe('score', () => {
  it('scores figures: kind, unit and exact value must agree', () => {
    const r = score(
      [truth({
        file: 'a.pdf',
        figures: [
          t('amount', 346.38, '万元'), // matched by 346.380
          t('amount', 278.36, '万元'), // extracted in 元: not matched
          t('percent', 95.16, '%'), // extracted as ％: matched
          t('count', 4, '个'), // extracted as amount: not matched
          t('count', 12, '人'), // twice in truth, once extracted
          t('count', 12, '人'),
        ],
      })],
      outputs({
        summary: [{ file: 'a.pdf', status: 'ok' }],
        figures: [
          fig('a.pdf', 'amount', '346.380', '万元'),
          fig('a.pdf', 'amount', 278.36, '元'),
          fig('a.pdf', 'percent', 95.16, '％'),
          fig('a.pdf', 'amount', 4, '个'),
          fig('a.pdf', 'count', 12, '人'),
          fig('a.pdf', 'score', 100, '分'),
        ],
      }),
    );
    expect(r.overall.figures).toEqual({ truth: 6, extracted: 6, matched: 3, precision: 0.5, recall: 0.5 });
    const f = r.files[0]!;
    expect(f.misses.truthFigures.map((x) => [x.value, x.near.map((n) => n.unit)])).toEqual([
      [278.36, ['元']], [4, ['个']], [12, []],
    ]);
    expect(f.misses.extractedFigures.map((x) => x.value)).toEqual([278.36, 4, 100]);
  });

  it('sums figure counts over files and reports them per format', () => {
    const r = score(
      [
        truth({ file: 'a.pdf', figures: [t('amount', 1, '万元')] }),
        truth({ file: 'b.docx', figures: [t('amount', 2, '万元'), t('amount', 3, '万元')] }),
      ],
      outputs({
        summary: [{ file: 'a.pdf', status: 'ok' }, { file: 'b.docx', status: 'ok' }],
        figures: [
          fig('a.pdf', 'amount', 1, '万元'),
          fig('a.pdf', 'amount', 9, '万元'),
          fig('b.docx', 'amount', 3, '万元'),
          // A figure of b in a's file does not count for b.
          fig('a.pdf', 'amount', 2, '万元'),
        ],
      }),
    );
    expect(r.overall.files).toBe(2);
    expect(r.overall.figures).toEqual({ truth: 3, extracted: 4, matched: 2, precision: 0.5, recall: 2 / 3 });
    expect(r.byFormat.pdf!.figures).toEqual({ truth: 1, extracted: 3, matched: 1, precision: 1 / 3, recall: 1 });
    expect(r.byFormat.docx!.figures).toEqual({ truth: 2, extracted: 1, matched: 1, precision: 1, recall: 0.5 });
    expect(Object.keys(r.byFormat)).toEqual(['docx', 'pdf']);
  });

  it('scores headings on their text without white space', () => {
    const r = score(
      [truth({ file: 'a.txt', headings: ['一、部门基本情况', '（一）部门职能', '1.主要职能', '1.主要职能'] })],
      outputs({
        summary: [{ file: 'a.txt', status: 'ok' }],
        sections: [
          { file: 'a.txt', heading: '一、 部门基本情况' },
          { file: 'a.txt', heading: '（一）部门\u3000职能' },
          { file: 'a.txt', heading: '1.主要职能' },
          { file: 'a.txt', heading: '(一)部门职能' },
        ],
      }),
    );
    expect(r.overall.headings).toEqual({ truth: 4, extracted: 4, matched: 3, precision: 0.75, recall: 0.75 });
    expect(r.files[0]!.misses.truthHeadings).toEqual(['1.主要职能']);
    expect(r.files[0]!.misses.extractedHeadings).toEqual(['(一)部门职能']);
  });

  it('counts a truth error caught by an error or warning finding showing its stated number', () => {
    const errors = [
      { kind: 'rate', stated: '95.16' }, // caught by a warning, in actual
      { kind: 'sum', stated: '4,125.49' }, // caught in evidence written without separator
      { kind: 'sum', stated: '346.38' }, // only an info finding shows it: not caught
      { kind: 'repeat', stated: '12' }, // caught through expected
    ];
    const r = score(
      [truth({ file: 'a.pdf', errors })],
      outputs({
        summary: [{ file: 'a.pdf', status: 'ok' }],
        findings: [
          finding('a.pdf', 'warning', { actual: '95.16%' }),
          finding('a.pdf', 'error', { evidence: '收、支总计各为4125.49、4,143.91万元' }),
          finding('a.pdf', 'info', { actual: '346.38' }),
          finding('a.pdf', 'error', { expected: '12' }),
        ],
      }),
    );
    expect(r.overall.errors).toEqual({ truth: 4, caught: 3, recall: 0.75 });
    expect(r.byErrorKind).toEqual({
      rate: { truth: 1, caught: 1, recall: 1 },
      repeat: { truth: 1, caught: 1, recall: 1 },
      sum: { truth: 2, caught: 1, recall: 0.5 },
    });
    expect(r.files[0]!.misses.errors.map((e) => e.stated)).toEqual(['346.38']);
    expect(r.overall.falseAlarms).toBe(0);
  });

  it('counts error findings that catch nothing as false alarms, warnings never', () => {
    const r = score(
      [
        truth({ file: 'clean.docx', clean: true }),
        truth({ file: 'clean2.docx', clean: true }),
        truth({ file: 'dirty.docx', errors: [{ kind: 'sum', stated: '8.72' }] }),
      ],
      outputs({
        summary: ['clean.docx', 'clean2.docx', 'dirty.docx'].map((file) => ({ file, status: 'ok' })),
        findings: [
          finding('clean.docx', 'error', { actual: '1.00' }),
          finding('clean.docx', 'error', { actual: '2.00' }),
          finding('clean2.docx', 'warning', { actual: '3.00' }),
          finding('dirty.docx', 'error', { actual: '8.72' }),
          finding('dirty.docx', 'error', { actual: '9.99' }),
          finding('dirty.docx', 'info', { actual: '9.99' }),
        ],
      }),
    );
    expect(r.overall.falseAlarms).toBe(3);
    expect(r.overall.cleanFiles).toBe(2);
    expect(r.overall.cleanFilesWithErrorFindings).toBe(1);
    expect(r.overall.errors).toEqual({ truth: 1, caught: 1, recall: 1 });
    expect(r.files.map((f) => [f.file, f.falseAlarms, f.errorFindings])).toEqual([
      ['clean.docx', 2, 2], ['clean2.docx', 0, 0], ['dirty.docx', 1, 2],
    ]);
    expect(r.files[2]!.misses.falseAlarms.map((f) => f.actual)).toEqual(['9.99']);
  });

  it('scores scans on their status only, apart from the figure and heading totals', () => {
    const scan = { needs_ocr: true, figures: [t('amount', 1, '万元')], headings: ['一、概况'], errors: [{ kind: 'sum', stated: '1' }] };
    const r = score(
      [
        truth({ file: 'scan1.pdf', ...scan }),
        truth({ file: 'scan2.pdf', ...scan }),
        truth({ file: 'scan3.pdf', ...scan }),
        truth({ file: 'text.pdf', figures: [t('amount', 2, '万元')] }),
      ],
      outputs({
        summary: [
          { file: 'scan1.pdf', status: 'needs_ocr' },
          { file: 'scan2.pdf', status: 'ok' },
          { file: 'text.pdf', status: 'needs_ocr' },
        ],
        figures: [fig('scan2.pdf', 'amount', 7, '万元')],
      }),
    );
    expect(r.ocr).toEqual({
      files: 3, detected: 1,
      undetected: [{ file: 'scan2.pdf', status: 'ok' }, { file: 'scan3.pdf', status: null }],
      falselyFlagged: ['text.pdf'],
    });
    expect(r.overall.files).toBe(1);
    expect(r.overall.figures).toEqual({ truth: 1, extracted: 0, matched: 0, precision: null, recall: 0 });
    expect(r.overall.headings.truth).toBe(0);
    expect(r.overall.errors.truth).toBe(0);
    expect(r.byErrorKind).toEqual({});
    expect(r.missedFiles).toEqual(['scan3.pdf']);
    expect(r.overall.missedFiles).toBe(1);
  });

  it('reports missed files, unscored outputs, and files found in a subfolder', () => {
    const r = score(
      [
        truth({ file: 'a.pdf', figures: [t('amount', 1, '万元')], department: '信访局', year: 2024 }),
        truth({ file: 'gone.doc', figures: [t('amount', 2, '万元')], headings: ['一、概况'] }),
      ],
      outputs({
        summary: [
          { file: '2024/a.pdf', status: 'ok', department: '信访局', year: 2023 },
          { file: 'extra.txt', status: 'ok' },
        ],
        figures: [fig('2024/a.pdf', 'amount', 1, '万元')],
      }),
    );
    expect(r.missedFiles).toEqual(['gone.doc']);
    expect(r.unscoredFiles).toEqual(['extra.txt']);
    expect(r.files[0]!.outputFile).toBe('2024/a.pdf');
    expect(r.overall.figures).toEqual({ truth: 2, extracted: 1, matched: 1, precision: 1, recall: 0.5 });
    expect(r.overall.headings).toEqual({ truth: 1, extracted: 0, matched: 0, precision: null, recall: 0 });
    expect(r.byFormat.doc!.missedFiles).toBe(1);
    expect(r.files[1]!.status).toBeNull();
    expect(r.overall.department).toEqual({ truth: 1, correct: 1 });
    expect(r.overall.year).toEqual({ truth: 1, correct: 0 });
  });

  it('is pure: the same inputs give the same report, whatever the truth order', () => {
    const truths = [truth({ file: 'b.pdf' }), truth({ file: 'a.pdf' })];
    const out = outputs({ summary: [{ file: 'a.pdf', status: 'ok' }] });
    const a = score(truths, out);
    const b = score([...truths].reverse(), out);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.files.map((f) => f.file)).toEqual(['a.pdf', 'b.pdf']);
  });
});
