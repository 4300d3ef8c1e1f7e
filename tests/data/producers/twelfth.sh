#!/usr/bin/env bash
# The twelfth blind round of the producer matrix (2026-12-03, sixth session): producers and
# settings no earlier round used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/twelfth.sh
# Needs what make.sh, tenth.sh and eleventh.sh need (qpdf, enscript, dvipdfmx,
# texlive-latex-extra for ragged2e) and `pip install typst pypdf fpdf2 weasyprint`.
#   typst-2col        Typst, every page in two columns, Liberation Sans, justified, the
#                     follow-up report's notes as Typst footnotes (twelfth.py);
#   xelatex-track     XeLaTeX (xdvipdfmx), DejaVu Sans tracked by fontspec's LetterSpace=8
#                     (1.5 cm margins, so that each page of the truth fits a page);
#   luatex-ragged     LuaLaTeX, ragged right (ragged2e's \RaggedRight, hyphenation kept);
#   latex-dvipdfmx    LaTeX in DVI mode, the DVI turned into PDF by dvipdfmx (lmodern Type 1);
#   chromium-grid     Chromium, the body a CSS grid with the headings in a left column beside
#                     their text (margin headings), justified, bold in small caps;
#   weasyprint-running  WeasyPrint with @page running header (title, "Region Skåne", a rule)
#                     and footer ("Sida N av M") on every page (not in the truth);
#   lo-docx-notes     (the follow-up report) LibreOffice from pandoc's .docx: Word footnotes
#                     with superscript reference marks;
#   enscript-2col     enscript -2 (two columns per page, Courier 7) and ps2pdf, one page of
#                     the truth per page;
#   rawtj             a hand-made PDF: Helvetica (base 14, not embedded), one TJ array per
#                     line with kerning as numbers and the word gaps as displacements;
#   pdftex-gs         the pdfTeX PDF re-distilled directly by Ghostscript's pdfwrite;
#   chromium-qpdf     the Chromium PDF rewritten by qpdf: object streams, linearized;
#   turn180           the LuaTeX PDF with every page's content turned 180 degrees and
#                     /Rotate 180 turning it back upright.
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/twelfth.py" "$@"); }
python3 "$here/reference_docx.py" "$work/reference.docx"
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  py typst-2col "$src" "$out.typst-2col.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=xelatex -V mainfont="DejaVu Sans" \
    -V mainfontoptions="LetterSpace=8" \
    -V geometry:margin=1.5cm "$src" -o "$out.xelatex-track.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=lualatex \
    -V header-includes='\usepackage{ragged2e}\AtBeginDocument{\RaggedRight}' \
    "$src" -o "$out.luatex-ragged.pdf"
  pandoc "${latex_opts[@]}" "$src" -o "$work/$id.tex"
  (cd "$work" && latex -interaction=batchmode "$id.tex" >/dev/null &&
    latex -interaction=batchmode "$id.tex" >/dev/null && dvipdfmx -q "$id.dvi" -o "$out.latex-dvipdfmx.pdf")
  py grid-html "$src" "$work/$id-grid.html"
  chromium_pdf "$work/$id-grid.html" "$out.chromium-grid.pdf"
  py running-html "$src" "$work/$id-running.html"
  weasyprint "$work/$id-running.html" "$out.weasyprint-running.pdf" 2>/dev/null
  py enscript-pages "$src" "$work/$id-pages"
  parts=()
  for page in "$work/$id-pages"/*.txt; do
    enscript -q -2 -B -X latin1 -f Courier7 --margins=30:30:30:30 -o "${page%.txt}.ps" "$page"
    ps2pdf -sPAPERSIZE=a4 "${page%.txt}.ps" "${page%.txt}.pdf"
    parts+=("${page%.txt}.pdf")
  done
  qpdf --empty --pages "${parts[@]}" -- "$out.enscript-2col.pdf"
  py rawtj "$src" "$out.rawtj.pdf"
  tex="$out.pdftex.pdf"
  [ -f "$tex" ] || { tex="$work/$id.pdftex.pdf"
    pandoc "${latex_opts[@]}" --pdf-engine=pdflatex "$src" -o "$tex"; }
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$out.pdftex-gs.pdf" "$tex"
  web="$out.chromium.pdf"
  [ -f "$web" ] || { web="$work/$id.chromium.pdf"
    pandoc "${html_opts[@]}" --metadata pagetitle="$id" "$src" -o "$work/$id.html"
    chromium_pdf "$work/$id.html" "$web"; }
  qpdf --linearize --object-streams=generate "$web" "$out.chromium-qpdf.pdf"
  tex="$out.luatex.pdf"
  [ -f "$tex" ] || tex="$out.luatex-microtype.pdf"
  py turn180 "$tex" "$out.turn180.pdf"
done
id=uppfoljning-2023
word_source "$here/src/$id.md" "$work/$id-docx.md"
pandoc -f markdown-smart --reference-doc="$work/reference.docx" "$work/$id-docx.md" -o "$work/$id.docx"
libreoffice_pdf "$work/$id.docx" "$here/$id.lo-docx-notes.pdf"
ls -l "$here"/*.{typst-2col,xelatex-track,luatex-ragged,latex-dvipdfmx,chromium-grid,weasyprint-running,lo-docx-notes,enscript-2col,rawtj,pdftex-gs,chromium-qpdf,turn180}.pdf
