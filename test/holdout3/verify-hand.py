#!/usr/bin/env python3
"""Checks the arithmetic of the .hand sources of this set before they are built.

    python3 test/holdout3/verify-hand.py SET [NN ...]     (SET: a hand-written set, e.g. test/realstyle2)

Reads every figure mark `{raw|unit|kind=label~}` the way test/holdout3/build.ts does, takes each
printed value as the interval it rounds from (counts and scores exact), and evaluates every @rel
with exact fractions: a relation without `!E` must hold, one with `!E` must fail, every @err but
`year` must break a relation and its stated number must be printed in one of that relation's
figures. Exit status 1 when anything is wrong.
"""
import re
import sys
from fractions import Fraction as F
from pathlib import Path

MONEY = {'元': 1, '千元': 1000, '万元': 10000, '亿元': 100000000}
COUNT = ['人次', '批次', '户次', '家次', '车次', '人', '名', '个', '家', '户', '项', '件', '次', '份', '条', '场',
         '期', '批', '台', '辆', '套', '所', '处', '股', '室', '对', '宗', '座', '盏', '卷', '页', '册', '笔']
MEAS = {'公里': '公里', '吨': '吨', '平方米': '平方米', '㎡': '平方米', '公顷': '公顷', '亩': '亩'}
CD = dict(zip('零〇一二两三四五六七八九', [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9]))
CU = {'十': 10, '百': 100, '千': 1000}


def cn_int(s):
    total = cur = 0
    for ch in s:
        if ch in CD:
            cur = CD[ch]
        else:
            total += (cur or 1) * CU[ch]
            cur = 0
    return total + cur


def parse(raw, unit_over, kind_over):
    s, sign = raw, 1
    m = re.fullmatch(r'[(（](.*)[)）]', s)
    if m:
        s, sign = m.group(1), -1
    m = re.match(r'(-|－|负)', s)
    if m:
        s, sign = s[len(m.group(0)):], -sign
    if (m := re.fullmatch(r'百分之([零〇一二两三四五六七八九十百点]+)', s)):
        i, _, f = m.group(1).partition('点')
        value, dec, rest = F(f'{cn_int(i)}.{"".join(str(CD[c]) for c in f)}' if f else cn_int(i)), len(f), '%'
    elif (m := re.fullmatch(r'([\d,]+)(?:\.(\d+))?(.*)', s)):
        value = F(m.group(1).replace(',', '') + ('.' + m.group(2) if m.group(2) else ''))
        dec, rest = len(m.group(2) or ''), m.group(3)
    elif (m := re.fullmatch(r'([零〇一二两三四五六七八九十百千]+)(.*)', s)):
        value, dec, rest = F(cn_int(m.group(1))), 0, m.group(2)
    else:
        raise ValueError(f'cannot read {raw}')
    am = re.match(r'(万|千)?(余|多)', rest)
    if am:
        rest = (am.group(1) or '') + rest[len(am.group(0)):]
    if rest == '' and unit_over:
        rest = unit_over
    sc = re.fullmatch(r'(万|千)?(.*)', rest)
    if rest in MONEY:
        kind = 'amount'
    elif rest in ('%', '％', '个百分点'):
        kind = 'percent'
    elif rest == '分':
        kind = 'score'
    elif rest in MEAS or (sc.group(1) == '万' and sc.group(2) in MEAS):
        kind = 'measure'
    elif sc.group(2) in COUNT:
        kind = 'count'
    else:
        raise ValueError(f'unknown unit "{rest}" in {raw}')
    if kind_over:
        kind = kind_over
    return dict(raw=raw, value=sign * value, dec=dec, unit=rest, kind=kind)


def interval(f):
    half = F(0) if f['kind'] in ('count', 'score') else F(1, 2 * 10 ** f['dec'])
    fac = MONEY.get(f['unit'], 1) if f['kind'] == 'amount' else 1
    return ((f['value'] - half) * fac, (f['value'] + half) * fac)


def check(path):
    figs, labels, rels, errs, problems = [], {}, [], [], []
    table = None
    for line in path.read_text(encoding='utf8').split('\n'):
        if table is not None:
            if line.strip() == ']]':
                table = None
                continue
            cells = line.strip().strip('|').split('|')
            for ci, c in enumerate(cells):
                for m in re.finditer(r'\{([^{}]+)\}', c):
                    add(m.group(1), table['cols'][ci] if ci < len(table['cols']) and table['cols'][ci] else table['unit'], figs, labels, problems)
            continue
        if line.startswith('@rel '):
            rels.append(line[5:])
        elif line.startswith('@err '):
            errs.append([x.strip() for x in line[5:].split('|')])
        elif line.startswith('@'):
            continue
        elif (m := re.match(r'\[\[(.*)$', line)):
            opts = dict(re.findall(r'(\w+)=(\S*)', m.group(1)))
            table = {'unit': opts.get('unit'), 'cols': opts.get('cols', '').split(',')}
        else:
            for m in re.finditer(r'\{([^{}]+)\}', line):
                add(m.group(1), None, figs, labels, problems)
    broken = set()
    for r in rels:
        m = re.fullmatch(r'(\w+)\s+(\w+)\s+(\w+)\s*=\s*(.*?)\s*(?:!(\d+))?', r.strip())
        if not m:
            problems.append(f'bad relation {r}')
            continue
        kind, op, res, expr, err = m.groups()
        try:
            iv = lambda k: interval(figs[labels[k]])
            a = iv(res)
            if op == 'sum':
                lo = hi = F(0)
                for sgn, name in re.findall(r'([+-]?)\s*(\w+)', expr):
                    x = iv(name)
                    if sgn == '-':
                        lo, hi = lo - x[1], hi - x[0]
                    else:
                        lo, hi = lo + x[0], hi + x[1]
                e = (lo, hi)
            elif op in ('ratio', 'growth'):
                p, q = [iv(x.strip()) for x in expr.split('/')]
                e = (p[0] / q[1] * 100, p[1] / q[0] * 100)
                if op == 'growth':
                    e = (e[0] - 100, e[1] - 100)
            elif op == 'equal':
                e = iv(expr.strip())
            elif op == 'le':
                w = iv(expr.strip())
                e = (F(-10 ** 15), w[1])
            elif op == 'count':
                n = F(len([x for x in re.split(r'[、,，]', expr) if x.strip()]))
                e = (n, n)
        except KeyError as k:
            problems.append(f'no figure labelled {k} in {r}')
            continue
        holds = a[0] <= e[1] and e[0] <= a[1] if op != 'le' else a[0] <= e[1]
        desc = f'{r.strip()}: printed [{float(a[0]):.6g}, {float(a[1]):.6g}] expected [{float(e[0]):.6g}, {float(e[1]):.6g}]'
        if err is None and not holds:
            problems.append(f'does not hold: {desc}')
        if err is not None:
            if holds:
                problems.append(f'holds but marked broken: {desc}')
            k = int(err)
            broken.add(k)
            if k >= len(errs):
                problems.append(f'error {k} undeclared: {r}')
            else:
                names = [res] + re.findall(r'\w+', expr)
                raws = [figs[labels[n]]['raw'] for n in names if n in labels]
                if not any(errs[k][1] in x for x in raws):
                    problems.append(f'error {k} stated {errs[k][1]} not among {raws}')
    for k, e in enumerate(errs):
        if e[0] != 'year' and k not in broken:
            problems.append(f'error {k} ({e[0]}) breaks no relation')
    return figs, rels, errs, problems


def add(body, unit_for, figs, labels, problems):
    b = body
    if b.endswith('!~'):
        b = b[:-2]
    elif b.endswith('~'):
        b = b[:-1]
    lm = re.search(r'=([A-Za-z_]\w*)(?=\||$)', b)
    label = None
    if lm:
        label = lm.group(1)
        b = b[:lm.start()] + b[lm.end():]
    parts = b.split('|')
    try:
        f = parse(parts[0], (parts[1] if len(parts) > 1 and parts[1] else None) or unit_for, parts[2] if len(parts) > 2 else None)
    except (ValueError, KeyError) as e:
        problems.append(str(e))
        return
    if label:
        if label in labels:
            problems.append(f'label {label} twice')
        labels[label] = len(figs)
    figs.append(f)


def main():
    here = Path(sys.argv[1]).resolve()
    only = sys.argv[2:]
    bad = 0
    for p in sorted((here / 'src').glob('*.hand')):
        if only and not any(p.name.startswith(o) for o in only):
            continue
        figs, rels, errs, problems = check(p)
        print(f'{p.name}: {len(figs)} figures, {len(rels)} relations, {len(errs)} errors')
        for x in problems:
            print('   ', x)
        bad += len(problems)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
