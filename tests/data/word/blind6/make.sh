#!/usr/bin/env bash
# The sixth blind Word-file set (page layout and text; PAGES.md), made before the readers were
# changed for it: python-docx's protokoll6 and tjanst6 (pydocx6.py says what each tries:
# tracked changes, comments, a signature table, restarted page numbers, a first-page header
# table, content controls, a text box), pandoc's .docx of plan6.md with a table of contents
# (--toc), LibreOffice's .odt, .doc and .rtf of the first and .odt and .doc of the second.
# Scored by ../pages.py against LibreOffice's PDF of each file.
#
# Run from anywhere:  bash tests/data/word/blind6/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx6.py" "$work"
pandoc -f markdown-smart --toc "$work/plan6.md" -o "$work/plan6-pandoc.docx"
for f in protokoll6 tjanst6 plan6-pandoc; do cp "$work/$f.docx" "$here/"; done
conv protokoll6.docx writer8 protokoll6-lo.odt
conv protokoll6.docx "MS Word 97" protokoll6-lo.doc
conv protokoll6.docx "Rich Text Format" protokoll6-lo.rtf
conv tjanst6.docx writer8 tjanst6-lo.odt
conv tjanst6.docx "MS Word 97" tjanst6-lo.doc
ls -l "$here"
