#!/usr/bin/env bash
# The eighth blind Word-file set (page layout and text; PAGES.md), made before the readers
# were changed for it: python-docx's kallelse8, delegering8, rapport8, brev8, keep8 and
# protokoll8 (pydocx8.py says what each tries), LibreOffice's .odt and .docx of spalt8.fodt
# (fodt8.py: a page layout of two columns), and LibreOffice's .odt of kallelse8 and
# protokoll8 and .doc of delegering8 and rapport8.
# Scored by ../pages.py against LibreOffice's PDF of each file.
#
# Run from anywhere:  bash tests/data/word/blind8/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx8.py" "$work"
python3 "$here/fodt8.py" "$work"
for f in kallelse8 delegering8 rapport8 brev8 keep8 protokoll8; do cp "$work/$f.docx" "$here/"; done
conv spalt8.fodt writer8 spalt8-lo.odt
conv spalt8.fodt "MS Word 2007 XML" spalt8-lo.docx
conv kallelse8.docx writer8 kallelse8-lo.odt
conv protokoll8.docx writer8 protokoll8-lo.odt
conv delegering8.docx "MS Word 97" delegering8-lo.doc
conv rapport8.docx "MS Word 97" rapport8-lo.doc
ls -l "$here"
