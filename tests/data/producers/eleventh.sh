#!/usr/bin/env bash
# The eleventh blind round of the producer matrix (2026-12-03, fifth session): producers and
# settings no earlier round used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/eleventh.sh
# Needs what make.sh and tenth.sh need, plus the TeX Gyre OpenType fonts, mupdf-tools (mutool)
# and `pip install typst fpdf2 pypdf` (eleventh.py writes the Python-made variants).
#   typst-otf          Typst, TeX Gyre Pagella (an OpenType font with CFF outlines), justified
#                      and hyphenated, all three texts;
#   xelatex-pagella    XeLaTeX with fontspec's TeX Gyre Pagella (OpenType, CFF) and microtype
#                      (protrusion), old-style figures;
#   luatex-headtrack   LuaLaTeX, Liberation Sans, the headings letter-spaced by 0.25 em
#                      (sectsty + fontspec LetterSpace=25);
#   chromium-otf-cols  Chromium, every page in two CSS columns, justified, hyphens: auto,
#                      TeX Gyre Pagella loaded by @font-face (CFF embedded by Skia);
#   weasyprint-table   WeasyPrint, tables without borders, every other row shaded, TeX Gyre
#                      Heros (the follow-up report; the protocol with its header as a table);
#   fpdf2-glyphs       fpdf2, every glyph its own text object at its own position, no space
#                      glyphs, justified lines, 0.15 pt tracking (eleventh.py);
#   enscript-landscape pandoc's plain text at 120 columns through enscript in landscape (-r),
#                      Courier 7, and ps2pdf;
#   mupdf              the committed LibreOffice PDF rewritten by MuPDF (`mutool convert -F
#                      pdf`: content streams and fonts written by MuPDF's PDF device);
#   stamp              the committed Chromium/WeasyPrint PDF with a registrar's /Stamp
#                      annotation, turned 20°, over the first page's text (not in the truth);
#   rotate             the committed LuaTeX PDF with /Rotate 90 on every page and the content
#                      left upright in its own space.
source "$(dirname "$0")/common.sh"
py() { python3 "$here/eleventh.py" "$@" 2>/dev/null; }
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  py typst-otf "$src" "$out.typst-otf.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=xelatex -V mainfont="TeX Gyre Pagella" \
    -V mainfontoptions="Numbers=OldStyle" -V microtypeoptions=protrusion=true \
    "$src" -o "$out.xelatex-pagella.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=lualatex -V mainfont="Liberation Sans" \
    -V header-includes='\usepackage{sectsty}\allsectionsfont{\addfontfeatures{LetterSpace=25}}' \
    "$src" -o "$out.luatex-headtrack.pdf"
  py cols-html "$src" "$work/$id-cols.html"
  chromium_pdf "$work/$id-cols.html" "$out.chromium-otf-cols.pdf"
  py fpdf2-glyphs "$src" "$out.fpdf2-glyphs.pdf"
  py plain-wide "$src" "$work/$id.txt"
  enscript -q -r -B -X latin1 -f Courier7 --margins=30:30:30:30 -o "$work/$id.enscript.ps" \
    "$work/$id.txt"
  ps2pdf -sPAPERSIZE=a4 "$work/$id.enscript.ps" "$out.enscript-landscape.pdf"
  lo="$out.lo-docx.pdf"
  [ -f "$lo" ] || lo="$out.lo-odt-smallcaps.pdf"
  mutool convert -F pdf -o "$out.mupdf.pdf" "$lo" >/dev/null 2>&1
  web="$out.chromium.pdf"
  [ -f "$web" ] || web="$out.weasyprint.pdf"
  py stamp "$web" "$out.stamp.pdf"
  tex="$out.luatex.pdf"
  [ -f "$tex" ] || tex="$out.luatex-microtype.pdf"
  py rotate "$tex" "$out.rotate.pdf"
done
for id in uppfoljning-2023 protokoll-ks-2020-04-06-p216; do
  src="$here/src/$id.md"
  [ -f "$here/src/$id-table.md" ] && src="$here/src/$id-table.md"
  py table-html "$src" "$work/$id-table.html"
  weasyprint "$work/$id-table.html" "$here/$id.weasyprint-table.pdf" 2>/dev/null
done
ls -l "$here"/*.{typst-otf,xelatex-pagella,luatex-headtrack,chromium-otf-cols,weasyprint-table,fpdf2-glyphs,enscript-landscape,mupdf,stamp,rotate}.pdf 2>/dev/null
