#!/usr/bin/env bash
# Small Word and OpenDocument files for the .docx/.odt reader's tests (tests/it/word_files.rs).
#
# Needs (Debian 12): pandoc, libreoffice-writer-nogui, python3. CI does not: the files are
# committed. Run from anywhere:  bash tests/data/word/make.sh
#
#   tjansteskrivelse.docx  pandoc from tjansteskrivelse.md: title, headings, a numbered list, a
#                          bullet list, a table, a list starting at 10, two footnotes, explicit
#                          page breaks (3 pages);
#   tjansteskrivelse.odt   LibreOffice's conversion of that .docx (its own list, table, note and
#                          page-break markup);
#   rendered-breaks.docx   the same text with no explicit page break: the pages are marked only
#                          as Word marks the breaks its layout made (w:lastRenderedPageBreak),
#                          one of them inside a paragraph (rendered_breaks.py);
#   junk-title.docx        the same with a template's name as its metadata title
#                          ("MallTjansteskrivelse", junk_title.py);
#   tom.docx               a document with no text at all.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

pandoc -f markdown-smart "$here/tjansteskrivelse.md" -o "$here/tjansteskrivelse.docx"
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to odt --outdir "$work" \
  "$here/tjansteskrivelse.docx" >/dev/null 2>&1
mv "$work/tjansteskrivelse.odt" "$here/tjansteskrivelse.odt"
python3 "$here/rendered_breaks.py" "$here/tjansteskrivelse.docx" "$here/rendered-breaks.docx"
python3 "$here/junk_title.py" "$here/tjansteskrivelse.docx" "$here/junk-title.docx"
printf -- '---\ntitle: ""\n---\n' | pandoc -f markdown -o "$here/tom.docx"
ls -l "$here"/*.docx "$here"/*.odt
