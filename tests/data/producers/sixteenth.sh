#!/usr/bin/env bash
# The sixteenth blind round of the producer matrix (2026-12-04, tenth session): PDF features
# no earlier round used, measured before any rule looked at them.
# Run from the repository root:  bash tests/data/producers/sixteenth.sh
# Needs what the earlier rounds need (common.sh) and fpdf2 (base-14 metrics).
#   word-sup, type3-tm, form-letterhead, threaded-frames, slug-crop, rotate-mixed,
#   overprint-bold, hyphen-justify, incremental             hand-made PDFs (sixteenth.py says how each is made).
source "$(dirname "$0")/common.sh"
py() { (cd "$here" && python3 "$here/sixteenth.py" "$@"); }
kinds=(word-sup type3-tm form-letterhead threaded-frames slug-crop rotate-mixed overprint-bold hyphen-justify incremental narrow-gutter mixed-runs split-contents inline-image)
for id in "${ids[@]}"; do
  src="$here/src/$id.md" out="$here/$id"
  for kind in "${kinds[@]}"; do
    py "$kind" "$src" "$out.$kind.pdf"
  done
  base=$(committed "$id" lo-docx lo-docx-pdfa chromium)
  py xref-shift "$base" "$out.xref-shift.pdf"
  qpdf --encrypt "" "registrator" 256 --extract=n --modify=none --print=low -- \
    "$base" "$out.encrypt-aes.pdf"
done
for kind in "${kinds[@]}" xref-shift encrypt-aes; do ls -l "$here"/*."$kind".pdf; done
