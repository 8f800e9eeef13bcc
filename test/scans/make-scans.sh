#!/usr/bin/env bash
# Rebuilds the scan evaluation set (test/scans/): corpus PDFs printed and scanned, the way
# they reach the bureau. Each page is rendered at 150 dpi (pdftoppm), turned by a slight
# angle, given scanner noise and a grey cast, the last page a red 公章 over the signature, and
# wrapped back into PDF as JPEG (img2pdf). Three documents are mixed: their text pages kept,
# some pages scanned. Their truth is the corpus truth (the same text). Deterministic: the
# angles come from a fixed list. Needs poppler-utils, imagemagick, img2pdf, fonts-noto-cjk.
#   bash test/scans/make-scans.sh        (the PDFs are committed; CI does not run this)
set -euo pipefail
cd "$(dirname "$0")/../.."
IM=$(command -v convert-im6.q16 || command -v magick || echo /usr/bin/convert)
OUT=test/scans
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FONT=$(fc-list :lang=zh file | grep -m1 -i 'cjk' | cut -d: -f1)
ANGLES=(0.6 -0.8 0.4 -0.5 0.9 -0.3 0.7 -0.9 0.5 -0.6 0.3 -0.4)

# scan_page IN.png OUT.jpg INDEX STAMP(yes|no)
scan_page() {
  local angle=${ANGLES[$(( $3 % ${#ANGLES[@]} ))]}
  local stamp=()
  if [ "$4" = yes ]; then
    # A red seal over the lower right, where the unit signs: ring, star and the unit's name.
    stamp=(-fill none -stroke '#d8262b' -strokewidth 7 -draw 'circle 930,1450 930,1330'
           -fill '#d8262b' -stroke none -draw 'polygon 930,1408 942,1440 976,1440 948,1460 958,1492 930,1472 902,1492 912,1460 884,1440 918,1440')
    [ -n "$FONT" ] && stamp+=(-font "$FONT" -pointsize 26 -fill '#d8262b' -draw "text 862,1390 '财务专用章'")
  fi
  "$IM" "$1" "${stamp[@]}" -background white -rotate "$angle" \
    -attenuate 0.35 +noise Gaussian -level 4%,100%,0.92 -colorspace sRGB \
    -units PixelsPerInch -density 150 -quality 82 "$2"
}

# scan_pdf IN.pdf OUT.pdf [PAGES…]: all pages, or only the listed ones (the rest kept as text).
scan_pdf() {
  local in=$1 out=$2; shift 2
  local only=("$@") n parts=() i=0
  n=$(pdfinfo "$in" | awk '/^Pages:/{print $2}')
  rm -f "$TMP"/*
  pdftoppm -r 150 -png "$in" "$TMP/p"
  pdfseparate "$in" "$TMP/t-%d.pdf"
  for page in $(seq 1 "$n"); do
    local png
    png=$(ls "$TMP"/p-*.png | sed -n "${page}p")
    if [ ${#only[@]} -eq 0 ] || [[ " ${only[*]} " == *" $page "* ]]; then
      scan_page "$png" "$TMP/s-$page.jpg" "$page" "$([ "$page" = "$n" ] && echo yes || echo no)"
      img2pdf "$TMP/s-$page.jpg" -o "$TMP/s-$page.pdf"
      parts+=("$TMP/s-$page.pdf")
    else
      parts+=("$TMP/t-$page.pdf")
    fi
    i=$((i + 1))
  done
  if [ ${#parts[@]} -eq 1 ]; then cp "${parts[0]}" "$out"; else pdfunite "${parts[@]}" "$out"; fi
}

# name in the set, corpus file, pages to scan (none: all)
while read -r name source pages; do
  [ -z "$name" ] && continue
  # shellcheck disable=SC2086
  scan_pdf "corpus/$source" "$OUT/$name" $pages
  # The truth is the corpus document's, under the scan's name.
  node -e 'const [src, name, dst] = process.argv.slice(1); const t = JSON.parse(require("fs").readFileSync(src, "utf8")); t.file = name; delete t.needs_ocr; require("fs").writeFileSync(dst, JSON.stringify(t, null, 1) + "\n");' \
    "corpus/truth/$source.json" "$name" "$OUT/truth/$name.json"
  echo "$name"
done <<'LIST'
2023-信访局-信访维稳专项经费-项目支出绩效自评报告-扫描件.pdf 2023-信访局-信访维稳专项经费-项目支出绩效自评报告.pdf
2021-政务服务数据管理局-12345热线运行-项目支出绩效自评报告-扫描件.pdf 2021-政务服务数据管理局-12345热线运行-项目支出绩效自评报告.pdf
2022-统计局-经济普查工作经费-项目支出绩效自评报告-扫描件.pdf 2022-统计局-经济普查工作经费-项目支出绩效自评报告.pdf
2021-市场监督管理局-食品安全抽检监测-项目支出绩效自评报告-扫描件.pdf 2021-市场监督管理局-食品安全抽检监测-项目支出绩效自评报告.pdf
2024-档案馆-档案数字化-项目支出绩效自评报告-扫描件.pdf 2024-档案馆-档案数字化-项目支出绩效自评报告.pdf
2021-水务局-农村饮水安全巩固提升工程-项目支出绩效自评报告-扫描件.pdf 2021-水务局-农村饮水安全巩固提升工程-项目支出绩效自评报告.pdf
2022-教育局-部门整体支出绩效自评报告-扫描件.pdf 2022-教育局-部门整体支出绩效自评报告.pdf
2024-审计局-部门整体支出绩效自评报告-扫描件.pdf 2024-审计局-部门整体支出绩效自评报告.pdf
2024-应急管理局-部门整体支出绩效自评报告-扫描件.pdf 2024-应急管理局-部门整体支出绩效自评报告.pdf
2021-司法局-部门整体支出绩效自评报告-扫描件.pdf 2021-司法局-部门整体支出绩效自评报告.pdf
2023-气象局-部门整体支出绩效自评报告-扫描件.pdf 2023-气象局-部门整体支出绩效自评报告.pdf
2024-民政局-部门决算公开说明-扫描件.pdf 2024-民政局-部门决算公开说明.pdf
2022-科学技术局-部门整体支出绩效自评报告-部分扫描.pdf 2022-科学技术局-部门整体支出绩效自评报告.pdf 1 3
2025-供销合作社联合社-部门整体支出绩效自评报告-部分扫描.pdf 2025-供销合作社联合社-部门整体支出绩效自评报告.pdf 2
2022-残疾人联合会-部门整体支出绩效自评报告-部分扫描.pdf 2022-残疾人联合会-部门整体支出绩效自评报告.pdf 4
LIST
