#!/usr/bin/env python3
"""Lists spans in .hand sources that look like figures but are not marked {…}.

    python3 test/realstyle3/lint.py [NN ...]

A helper for writing: it strips the marked figures and the directives, then prints every
remaining number followed by a unit (元 万元 % 人 个 … 公里 亩), and every Chinese-numeral
count, so each can be marked or reworded. Some hits are not figures (idioms); judge each.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UNITS = ['亿元', '万元', '千元', '元', '%', '％', '个百分点', '分', '人次', '批次', '户次', '家次', '车次', '人', '名', '个', '家', '户', '项', '件', '次', '份', '条', '场',
         '期', '批', '台', '辆', '套', '所', '处', '股', '室', '对', '宗', '座', '盏', '卷', '页', '册', '笔', '公里', '吨', '平方米', '㎡', '公顷', '亩']
U = '|'.join(sorted(UNITS, key=len, reverse=True))
NUM = re.compile(rf'(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(余|多)?(万|千)?({U})')
CN = re.compile(rf'(?<![第初])([一二两三四五六七八九十百千]+)(余|多)?(万|千)?({U})')
only = sys.argv[1:]
for p in sorted((HERE / 'src').glob('*.hand')):
    if only and not any(p.name.startswith(o) for o in only):
        continue
    for i, line in enumerate(p.read_text(encoding='utf8').split('\n'), 1):
        if line.startswith('@'):
            continue
        t = re.sub(r'\{[^{}]*\}', '□', line)
        hits = [m.group(0) for m in NUM.finditer(t)] + [m.group(0) for m in CN.finditer(t)]
        if hits:
            print(f'{p.name}:{i}: {" ".join(hits)}')
