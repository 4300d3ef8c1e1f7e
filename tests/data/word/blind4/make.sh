#!/usr/bin/env bash
# The fourth blind Word-file set (page layout; PAGES.md): python-docx's tjanst4, protokoll4 and
# rapport4 (pydocx4.py says what each tries) and LibreOffice's .odt, .doc and .rtf exports of
# the first two (and tjanst4-lo.odt saved again). Scored by ../pages.py against LibreOffice's PDF of each file.
#
# Needs (Debian 12): python3-docx, libreoffice-writer-nogui. CI does not: the files are
# committed. Run from anywhere:  bash tests/data/word/blind4/make.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
python3 "$here/pydocx4.py" "$work"
for f in tjanst4 protokoll4 rapport4; do cp "$work/$f.docx" "$here/"; done
for f in tjanst4 protokoll4; do
  for to in "odt:writer8" "doc:MS Word 97" "rtf:Rich Text Format"; do
    soffice -env:UserInstallation="file://$work/lo" --headless --convert-to "$to" \
      --outdir "$work/out" "$work/$f.docx" >/dev/null 2>&1
    ext=${to%%:*}
    mv "$work/out/$f.$ext" "$here/$f-lo.$ext"
  done
done
# The .odt saved again (headless too): its soft page breaks now fit its text (the first
# conversion's do not: tests/it/word_files.rs reads both).
mkdir -p "$work/again"
cp "$here/tjanst4-lo.odt" "$work/again/"
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to odt --outdir "$work/out2" \
  "$work/again/tjanst4-lo.odt" >/dev/null 2>&1
mv "$work/out2/tjanst4-lo.odt" "$here/tjanst4-lo-resaved.odt"
ls -l "$here"
