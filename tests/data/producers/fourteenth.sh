#!/usr/bin/env bash
# The fourteenth blind round of the producer matrix (2026-12-04, eighth session): producers
# and settings no earlier round used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/fourteenth.sh
# Needs what the earlier rounds need (common.sh), tesseract with swe, ImageMagick-free Pillow,
# and `pip install reportlab pypdf pillow`.
#   latex-twocol    pdfLaTeX, the article class's twocolumn, tables as floats at the top of
#                   a column (pandoc's longtable set as a tabular in a table float);
#   pdftex-textls   pdfTeX, headings in letter-spaced small caps (titlesec, microtype's
#                   \lsstyle, 160/1000 em), the body with microtype's protrusion;
#   chromium-shy    Chromium, two justified columns of 8.5 pt with soft hyphens written into
#                   every long word (hyphens: manual) (fourteenth.py shy-html);
#   chromium-spacing Chromium, body letter-spacing 0.05em and word-spacing 0.12em, justified,
#                   headings in tracked small caps (fourteenth.py spacing-html);
#   margin-stamp    the committed pdfTeX PDF with a registrar's line turned 90 degrees along
#                   the left margin of every page, in the page content;
#   acroform        ReportLab's canvas: the first six lines of every page filled-in read-only
#                   form fields (appearance streams), the rest plain text;
#   ps-xshow        a hand-made PostScript file (re-encoded Times-Roman, per-glyph xshow,
#                   justified) through Ghostscript's ps2pdf;
#   raw-tc          a hand-made PDF letter-spaced by Tc, one TJ per line, no space glyphs;
#   raw-wordsplit   a hand-made PDF with every word in two runs at their own, slightly rounded
#                   positions (as Word writes justified lines);
#   tesseract-skew  the pdfTeX PDF printed to 200 dpi grey, turned about a degree with noise
#                   and a grey sheet, then tesseract's image + invisible text PDF.
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/fourteenth.py" "$@"); }
# pandoc's longtable cannot be set in two columns: a tabular in a float at a column's top
cat >"$work/twocol.tex" <<'TEX'
\makeatletter\AtBeginDocument{\let\longtable\relax\let\endlongtable\relax
  \newenvironment{longtable}[1][]{\begin{table}[tp]\footnotesize\noindent\tabular}%
    {\endtabular\end{table}}\let\endhead\relax\let\endfirsthead\relax}
\makeatother
TEX
cat >"$work/textls.tex" <<'TEX'
\microtypesetup{letterspace=160}
\usepackage{titlesec}
\titleformat*{\section}{\normalfont\large\scshape\lsstyle}
\titleformat*{\subsection}{\normalfont\normalsize\scshape\lsstyle}
\titleformat*{\subsubsection}{\normalfont\normalsize\itshape}
TEX
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  pandoc "${latex_opts[@]}" --pdf-engine=pdflatex -V classoption=twocolumn \
    -V geometry:margin=1.6cm -H "$work/twocol.tex" "$src" -o "$out.latex-twocol.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=pdflatex -H "$work/textls.tex" "$src" \
    -o "$out.pdftex-textls.pdf"
  py shy-html "$src" "$work/$id-shy.html"
  chromium_pdf "$work/$id-shy.html" "$out.chromium-shy.pdf"
  py spacing-html "$src" "$work/$id-spacing.html"
  chromium_pdf "$work/$id-spacing.html" "$out.chromium-spacing.pdf"
  tex=$(committed "$id" pdftex)
  [ -n "$tex" ] || { tex="$work/$id.pdftex.pdf"
    pandoc "${latex_opts[@]}" --pdf-engine=pdflatex "$src" -o "$tex"; }
  py margin-stamp "$tex" "$out.margin-stamp.pdf"
  py acroform "$src" "$out.acroform.pdf"
  py ps-xshow "$src" "$work/$id.ps"
  ps2pdf -dPDFSETTINGS=/prepress "$work/$id.ps" "$out.ps-xshow.pdf"
  py raw-tc "$src" "$out.raw-tc.pdf"
  py raw-wordsplit "$src" "$out.raw-wordsplit.pdf"
  py skew-scan "$tex" "$work/$id-skew"
  parts=()
  for img in "$work/$id-skew"-*.jpg; do
    tesseract "$img" "${img%.jpg}" -l swe --dpi 200 pdf >/dev/null 2>&1
    parts+=("${img%.jpg}.pdf")
  done
  qpdf --empty --deterministic-id --pages "${parts[@]}" -- "$out.tesseract-skew.pdf"
done
ls -l "$here"/*.{latex-twocol,pdftex-textls,chromium-shy,chromium-spacing,margin-stamp,acroform,ps-xshow,raw-tc,raw-wordsplit,tesseract-skew}.pdf
