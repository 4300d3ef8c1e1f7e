#!/usr/bin/env bash
# The seventeenth blind round of the producer matrix (2026-12-04, eleventh session): PDF
# features no earlier round used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/seventeenth.sh
# Needs what the earlier rounds need (common.sh), fpdf2 (base-14 metrics), fontTools (font
# subsets) and poppler-utils (hocr-scan's page images and word boxes).
#   cid-cmap, tt-symbolic, render-heads, tz-wide, tj-track, newsletter, word-forms, userunit,
#   accsupp-hyphen, macroman, uni-names, quote-ops, filters-old, margin-vertical
#                hand-made PDFs from the source (seventeenth.py says how each is made);
#   hocr-scan    the committed LibreOffice (or Chromium) PDF as a 45 dpi grey scan with an
#                invisible word-by-word text layer (seventeenth.py).
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/seventeenth.py" "$@"); }
kinds=(cid-cmap tt-symbolic render-heads tz-wide tj-track newsletter word-forms userunit
  accsupp-hyphen macroman uni-names quote-ops filters-old margin-vertical)
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  for kind in "${kinds[@]}"; do
    py "$kind" "$src" "$out.$kind.pdf"
  done
  py hocr-scan "$(committed "$id" lo-docx lo-docx-pdfa chromium)" "$out.hocr-scan.pdf"
done
for kind in "${kinds[@]}" hocr-scan; do ls -l "$here"/*."$kind".pdf; done
