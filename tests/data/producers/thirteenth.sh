#!/usr/bin/env bash
# The thirteenth blind round of the producer matrix (2026-12-03, seventh session): producers
# and settings no earlier round used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/thirteenth.sh
# Needs what the earlier rounds need (common.sh), tesseract with swe, and
# `pip install reportlab fpdf2 pypdf weasyprint`.
#   reportlab-2col   ReportLab's Platypus, two frames (columns) per page, Liberation Sans
#                    (TrueType subset), justified (thirteenth.py);
#   xelatex-liga     XeLaTeX, TeX Gyre Termes (OpenType) with common, rare and historic
#                    ligatures (fi, fl, ff, st ...);
#   luatex-multicol  LuaLaTeX, multicol's balanced two columns, TeX Gyre Heros, microtype
#                    with font expansion and protrusion;
#   pdftex-narrow    pdfTeX, a 9.5 cm text block in small type, justified: many hyphenated
#                    line ends;
#   chromium-float   Chromium, justified with hyphens: auto, a drawing floated right at the
#                    top of every page with the text wrapped round it;
#   weasyprint-cols  WeasyPrint, every page in two CSS columns, DejaVu Sans;
#   lo-docx-ebook    the LibreOffice PDF re-distilled by Ghostscript with -dPDFSETTINGS=/ebook;
#   lo-docx-pdfa     LibreOffice from the .docx, exported as tagged PDF/A-2b;
#   turn270          the pdfTeX PDF with its content turned a quarter clockwise in a landscape
#                    box, /Rotate 270 turning it back, then qpdf with object streams;
#   fpdf2-otf        fpdf2's write_html with TeX Gyre Heros (OpenType CFF, subset);
#   raw-tw           a hand-made PDF: Times-Roman, one Tj per line, justified by Tw, Tz 92 %;
#   raw-shuffled     a hand-made PDF: Helvetica, one Tj per word, the lines in shuffled order;
#   tesseract-pdf    the pdfTeX PDF printed to 150 dpi greyscale JPEG images and OCR'd by tesseract
#                    (swe) into image + invisible text PDFs (JPEG 60), as scanning archives make them.
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/thirteenth.py" "$@"); }
python3 "$here/reference_docx.py" "$work/reference.docx"
# multicol's balanced columns; longtable cannot be set in them: pandoc's tables as tabular
cat >"$work/multicol.tex" <<'TEX'
\usepackage{multicol}
\AtBeginDocument{\small\begin{multicols}{2}}\AtEndDocument{\end{multicols}}
\makeatletter\AtBeginDocument{\let\longtable\relax\let\endlongtable\relax
  \newenvironment{longtable}[1][]{\par\noindent\tabular}{\endtabular\par}\let\endhead\relax}
\makeatother
TEX
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  py reportlab-2col "$src" "$out.reportlab-2col.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=xelatex -V mainfont="TeX Gyre Termes" \
    -V mainfontoptions="Ligatures={Common,Rare,Historic}" "$src" -o "$out.xelatex-liga.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=lualatex -V mainfont="TeX Gyre Heros" \
    -V microtypeoptions="expansion=true,protrusion=true" -V geometry:margin=1.5cm \
    -H "$work/multicol.tex" "$src" -o "$out.luatex-multicol.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=pdflatex -V geometry:textwidth=9.5cm \
    -V geometry:textheight=27cm -V header-includes='\AtBeginDocument{\scriptsize}' \
    "$src" -o "$out.pdftex-narrow.pdf"
  py float-html "$src" "$work/$id-float.html"
  chromium_pdf "$work/$id-float.html" "$out.chromium-float.pdf"
  py cols-html "$src" "$work/$id-cols.html"
  weasyprint "$work/$id-cols.html" "$out.weasyprint-cols.pdf" 2>/dev/null
  lo=$(committed "$id" lo-docx lo-docx-notes lo-odt-smallcaps)
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dPDFSETTINGS=/ebook \
    -sOutputFile="$out.lo-docx-ebook.pdf" "$lo"
  word_source "$src" "$work/$id-docx.md"
  pandoc -f markdown-smart --reference-doc="$work/reference.docx" "$work/$id-docx.md" \
    -o "$work/$id.docx"
  libreoffice_pdf "$work/$id.docx" "$out.lo-docx-pdfa.pdf" \
    'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}'
  tex=$(committed "$id" pdftex)
  [ -n "$tex" ] || { tex="$work/$id.pdftex.pdf"
    pandoc "${latex_opts[@]}" --pdf-engine=pdflatex "$src" -o "$tex"; }
  py turn270 "$tex" "$work/$id.turn270.pdf"
  qpdf --object-streams=generate --deterministic-id "$work/$id.turn270.pdf" "$out.turn270.pdf"
  py fpdf2-otf "$src" "$out.fpdf2-otf.pdf" 2>/dev/null
  py raw-tw "$src" "$out.raw-tw.pdf"
  py raw-shuffled "$src" "$out.raw-shuffled.pdf"
  pdftoppm -r 150 -gray -jpeg -jpegopt quality=60 "$tex" "$work/$id-scan"
  parts=()
  for img in "$work/$id-scan"-*.jpg; do
    tesseract "$img" "${img%.jpg}" -l swe --dpi 150 pdf >/dev/null 2>&1
    parts+=("${img%.jpg}.pdf")
  done
  qpdf --empty --deterministic-id --pages "${parts[@]}" -- "$out.tesseract-pdf.pdf"
done
ls -l "$here"/*.{reportlab-2col,xelatex-liga,luatex-multicol,pdftex-narrow,chromium-float,weasyprint-cols,lo-docx-ebook,lo-docx-pdfa,turn270,fpdf2-otf,raw-tw,raw-shuffled,tesseract-pdf}.pdf
