#!/usr/bin/env bash
# The eighteenth blind round of the producer matrix (2026-12-04, twelfth session): PDF layouts
# and features no earlier round used, measured with main's binary before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/eighteenth.sh
# Needs what the earlier rounds need (common.sh), fpdf2 (base-14 metrics), Pillow and
# poppler-utils (scan-under's page images and line boxes).
#   cols2-midspan, cols2-figure, cols3-ingress, cols2-unequal, cols2-foot, shaded-box,
#   artifact-chrome, sida-av, line-numbers, tm-scale, fake-oblique, header-table,
#   words-reversed, turned-pages
#                hand-made PDFs from the source (eighteenth.py says how each is made);
#   scan-under   the committed LibreOffice (or Chromium) PDF as a 45 dpi grey scan painted over
#                a visible line-by-line text layer (eighteenth.py).
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/eighteenth.py" "$@"); }
kinds=(cols2-midspan cols2-figure cols3-ingress cols2-unequal cols2-foot shaded-box
  artifact-chrome sida-av line-numbers tm-scale fake-oblique header-table words-reversed
  turned-pages)
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  for kind in "${kinds[@]}"; do
    py "$kind" "$src" "$out.$kind.pdf"
  done
  py scan-under "$(committed "$id" lo-docx lo-docx-pdfa chromium)" "$out.scan-under.pdf"
done
for kind in "${kinds[@]}" scan-under; do ls -l "$here"/*."$kind".pdf; done
