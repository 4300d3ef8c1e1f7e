#!/usr/bin/env bash
# Small Word 97-2003 (.doc) files for the .doc reader's tests (tests/it/doc_files.rs).
#
# Needs (Debian 12): libreoffice-writer-nogui. CI does not: the files are committed. Run from
# anywhere:  bash tests/data/doc/make.sh
#
#   beslut.doc   LibreOffice's Word 97-2003 export of beslut.fodt (written by hand): metadata
#                title, two heading levels, å ä ö, a footnote, a hyperlink field, a numbered
#                list with a lettered sub-list, a bullet list, a 3 x 3 table with a cell of two
#                paragraphs and an empty cell, a "page break before" paragraph (2 pages), a
#                header with a diary number and a footer with a page-number field.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

convert() {
  soffice -env:UserInstallation="file://$work/lo" --headless --convert-to doc --outdir "$work" \
    "$1" >/dev/null 2>&1
}
convert "$here/beslut.fodt"
mv "$work/beslut.doc" "$here/"
ls -l "$here"/*.doc
