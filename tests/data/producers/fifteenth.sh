#!/usr/bin/env bash
# The fifteenth blind round of the producer matrix (2026-12-04, ninth session): PDF features
# no earlier round used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/fifteenth.sh
# Needs what the earlier rounds need (common.sh) and fpdf2 (base-14 metrics).
#   word-glyphs, tagged-order, ocg-hidden, cid-liga, whiteout, tj-tight, tz-condensed,
#   dropcap      hand-made PDFs (fifteenth.py says how each is made);
#   gs-screen    the committed LibreOffice (or Chromium) PDF re-distilled by Ghostscript with
#                -dPDFSETTINGS=/screen (fonts re-subset, images down-sampled).
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/fifteenth.py" "$@"); }
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  for kind in word-glyphs tagged-order ocg-hidden cid-liga whiteout tj-tight tz-condensed dropcap; do
    py "$kind" "$src" "$out.$kind.pdf"
  done
  base=$(committed "$id" lo-docx lo-docx-pdfa chromium)
  gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=pdfwrite -dPDFSETTINGS=/screen \
    -sOutputFile="$out.gs-screen.pdf" "$base"
done
ls -l "$here"/*.{word-glyphs,tagged-order,ocg-hidden,cid-liga,whiteout,tj-tight,tz-condensed,dropcap,gs-screen}.pdf
