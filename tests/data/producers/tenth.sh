#!/usr/bin/env bash
# The tenth blind round of the producer matrix (2026-12-03, fourth session): producers and
# settings no earlier round (make.sh, ninth.py) used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/tenth.sh
# Needs what make.sh needs, plus qpdf, texlive-latex-extra (pdflscape, sectsty), METAFONT
# (mktexpk, for the bitmap fonts) and `pip install fpdf2`.
#   pdftex-type3      pdfTeX with the EC fonts and no Type 1 versions of them (no cm-super, no
#                     lmodern): METAFONT bitmaps embedded as Type 3 fonts, as older theses are;
#   pdftex-pdf2ps     the committed pdfTeX PDF through pdf2ps and ps2pdf (re-distilled);
#   pdftex-landscape  pdfTeX, every page in pdflscape's landscape (content turned 90°, /Rotate;
#                     small type, so that each page of the truth fits a page);
#   pdftex-smallcaps  pdfTeX, headings in small caps (sectsty \scshape, lmodern's T1 caps);
#   luatex-letterspace  LuaLaTeX, Liberation Serif with fontspec's LetterSpace=6 (tracked text);
#   chromium-smallcaps  Chromium, headings in CSS font-variant: small-caps (synthesised caps:
#                     Liberation has no smcp feature) and letter-spacing 0.05em;
#   qpdf              the committed LibreOffice PDF (lo-docx; the follow-up report's
#                     lo-odt-smallcaps) rewritten by qpdf with object streams, linearized;
#   fpdf2-sup         (the follow-up report, its footnotes) fpdf2 with the markers as <sup>:
#                     raised by the text-rise operator Ts (tenth.py).
source "$(dirname "$0")/common.sh"
# the METAFONT bitmaps go to a scratch folder, not the user's texmf
export TEXMFVAR="$work/texmf-var"
smallcaps_css="$work/smallcaps.css"
{ cat "$here/print.css"
  echo '.footnote-back { display: none; } section.footnotes hr { display: none; }'
  echo 'h1, h2, h3 { font-variant: small-caps; letter-spacing: 0.05em; }'; } >"$smallcaps_css"
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  # fontfamily set to a package that changes no font: pandoc's template then loads no lmodern
  pandoc "${latex_opts[@]}" -V fontenc=T1 -V fontfamily=textcomp -V microtypeoptions=expansion=false \
    --pdf-engine=pdflatex \
    "$src" -o "$out.pdftex-type3.pdf"
  # (the follow-up report has no committed pdfTeX variant: made here)
  tex="$out.pdftex.pdf"
  [ -f "$tex" ] || { tex="$work/$id.pdftex.pdf"
    pandoc "${latex_opts[@]}" --pdf-engine=pdflatex "$src" -o "$tex"; }
  pdf2ps "$tex" "$work/$id.pdftex.ps"
  ps2pdf -sPAPERSIZE=a4 "$work/$id.pdftex.ps" "$out.pdftex-pdf2ps.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=pdflatex -V header-includes='\usepackage{pdflscape}\AtBeginDocument{\begin{landscape}\small}\AtEndDocument{\end{landscape}}' \
    "$src" -o "$out.pdftex-landscape.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=pdflatex \
    -V header-includes='\usepackage{sectsty}\allsectionsfont{\scshape}' \
    "$src" -o "$out.pdftex-smallcaps.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=lualatex -V mainfont="Liberation Serif" \
    -V mainfontoptions="LetterSpace=6" "$src" -o "$out.luatex-letterspace.pdf"
  pandoc -f markdown-smart --standalone --css "$smallcaps_css" --self-contained \
    --metadata pagetitle="$id" "$src" -o "$work/$id-smallcaps.html"
  chromium_pdf "$work/$id-smallcaps.html" "$out.chromium-smallcaps.pdf"
  lo="$out.lo-docx.pdf"
  [ -f "$lo" ] || lo="$out.lo-odt-smallcaps.pdf"
  qpdf --object-streams=generate --linearize --deterministic-id "$lo" "$out.qpdf.pdf"
done
python3 "$here/tenth.py" fpdf2-sup "$here/src/uppfoljning-2023.md" \
  "$here/uppfoljning-2023.fpdf2-sup.pdf" 2>/dev/null
ls -l "$here"/*.{pdftex-type3,pdftex-pdf2ps,pdftex-landscape,pdftex-smallcaps,luatex-letterspace,chromium-smallcaps,qpdf,fpdf2-sup}.pdf 2>/dev/null
