#!/usr/bin/env bash
# The twenty-third blind round of the producer matrix (2026-12-05, seventeenth session): page
# features no earlier round used, as municipal archives hold them, measured with main's binary
# (4f38836) before any rule looked at them. Run from the repository root:
#   bash tests/data/producers/twentythird.sh
#   foot-address, redact-box, highlight-mul, clip-hidden, table-wrap, shadow-heads
#                  hand-made PDFs from the source (twentythird.py says how each is made);
#   redact-box-gs, clip-hidden-gs, shadow-heads-gs
#                  those re-distilled by Ghostscript's pdfwrite (forms, clips and fills as a
#                  print-to-PDF driver rewrites them);
#   organisation.drawn-chart, baksida.unused-parts
#                  two documents whose right text is nothing (their truth beside them).
source "$(dirname "$0")/common.sh"
py_kinds twentythird.py foot-address redact-box highlight-mul clip-hidden table-wrap shadow-heads
for id in "${ids[@]}"; do
  for kind in redact-box clip-hidden shadow-heads; do
    gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -dCompatibilityLevel=1.6 \
      -sOutputFile="$here/$id.$kind-gs.pdf" "$here/$id.$kind.pdf"
  done
done
for name in organisation.drawn-chart baksida.unused-parts; do
  (cd "$here" && python3 "$here/twentythird.py" nothing "$name" "$here")
done
ls -l "$here"/*-gs.pdf "$here"/organisation.* "$here"/baksida.*
