#!/usr/bin/env bash
# The fifth blind Word-file set (page layout and text; PAGES.md), made before the readers were
# changed for it: python-docx's kallelse5, delegation5 and info5 (pydocx5.py says what each
# tries), pandoc's .docx of plan5.md with a reference document of its own, LibreOffice's
# .rtf and .odt of the first two (and .rtf, .doc of info5), LibreOffice's .docx made from an .odt (info5's and pandoc's
# .odt of plan5.md). Scored by ../pages.py against LibreOffice's PDF of each file.
#
# Run from anywhere:  bash tests/data/word/blind5/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx5.py" "$work"
pandoc -o "$work/pandoc-reference.docx" --print-default-data-file reference.docx
python3 "$here/pydocx5.py" "$work/pandoc-reference.docx" reference "$work/reference5.docx"
pandoc -f markdown-smart --reference-doc "$work/reference5.docx" "$work/plan5.md" -o "$work/plan5-pandoc.docx"
pandoc -f markdown-smart "$work/plan5.md" -o "$work/plan5-pandoc.odt"
for f in kallelse5 delegation5 info5 plan5-pandoc; do cp "$work/$f.docx" "$here/"; done
conv kallelse5.docx "Rich Text Format" kallelse5-lo.rtf
conv kallelse5.docx writer8 kallelse5-lo.odt
conv delegation5.docx "Rich Text Format" delegation5-lo.rtf
conv info5.docx writer8 info5-lo.odt
conv info5.docx "Rich Text Format" info5-lo.rtf
conv info5.docx "MS Word 97" info5-lo.doc
cp "$here/info5-lo.odt" "$work/info5-odt.odt"
conv info5-odt.odt "MS Word 2007 XML" info5-odt-lo.docx
conv plan5-pandoc.odt "MS Word 2007 XML" plan5-odt-lo.docx
ls -l "$here"
