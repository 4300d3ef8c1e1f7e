#!/usr/bin/env bash
# The seventh blind Word-file set (page layout and text; PAGES.md), made before the readers
# were changed for it: python-docx's protokoll7, tjanst7, tabell7, sektion7 and brev7
# (pydocx7.py says what each tries), LibreOffice's .odt, .docx and .doc of rapport7.fodt
# (fodt7.py: outline numbering, footnotes and endnotes, a frame, a two-column section, a
# table with a repeated header row, a landscape page), pandoc's .docx and .odt of plan7.md
# (--number-sections, footnotes, a 40-row table), LibreOffice's .doc of tabell7.docx and
# .odt of protokoll7.docx.
# Scored by ../pages.py against LibreOffice's PDF of each file.
#
# Run from anywhere:  bash tests/data/word/blind7/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx7.py" "$work"
python3 "$here/fodt7.py" "$work"
for f in protokoll7 tjanst7 tabell7 sektion7 brev7; do cp "$work/$f.docx" "$here/"; done
pandoc -f markdown-smart --number-sections "$work/plan7.md" -o "$here/plan7-pandoc.docx"
pandoc -f markdown-smart --number-sections "$work/plan7.md" -o "$here/plan7-pandoc.odt"
conv rapport7.fodt writer8 rapport7-lo.odt
conv rapport7.fodt "MS Word 2007 XML" rapport7-lo.docx
conv rapport7.fodt "MS Word 97" rapport7-lo.doc
conv tabell7.docx "MS Word 97" tabell7-lo.doc
conv protokoll7.docx writer8 protokoll7-lo.odt
ls -l "$here"
