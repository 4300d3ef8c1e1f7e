#!/usr/bin/env bash
# The nineteenth blind round of the producer matrix (2026-12-04, thirteenth session): PDF layouts
# and features no earlier round used, measured with main's binary (b4adfcd) before any rule
# looked at them. Run from the repository root:  bash tests/data/producers/nineteenth.sh
# Needs what the earlier rounds need (common.sh), fpdf2 (base-14 metrics), pypdf, ghostscript
# and poppler-utils (outlined-invisible's outlines and line boxes).
#   watermark, pull-quote, hanging-list, curve-seal, callout-heads, liga-names, tc-justify,
#   reversed-heads, sign-boxes, glyphs-reversed, shy-winansi
#                hand-made PDFs from the source (nineteenth.py says how each is made);
#   outlined-invisible  the committed LibreOffice (or Chromium) PDF with its glyphs made
#                outlines by Ghostscript, under an invisible line-by-line text layer.
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/nineteenth.py" "$@"); }
kinds=(watermark pull-quote hanging-list curve-seal callout-heads liga-names tc-justify
  reversed-heads sign-boxes glyphs-reversed shy-winansi)
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  for kind in "${kinds[@]}"; do
    py "$kind" "$src" "$out.$kind.pdf"
  done
  [ "$id" = inriktning-2014 ] || py outlined-invisible "$(committed "$id" lo-docx lo-docx-pdfa chromium)" "$out.outlined-invisible.pdf"
done
for kind in "${kinds[@]}" outlined-invisible; do ls -l "$here"/*."$kind".pdf; done
