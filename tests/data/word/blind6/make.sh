#!/usr/bin/env bash
# The sixth blind Word-file set (page layout and text; PAGES.md), made before the readers were
# changed for it: python-docx's protokoll6 and tjanst6 (pydocx6.py says what each tries:
# tracked changes, comments, a signature table, restarted page numbers, a first-page header
# table, content controls, a text box), pandoc's .docx of plan6.md with a table of contents
# (--toc), LibreOffice's .odt, .doc and .rtf of the first and .odt and .doc of the second.
# Scored by ../pages.py against LibreOffice's PDF of each file.
#
# Needs (Debian 12): python3-docx, pandoc, libreoffice-writer-nogui. CI does not: the files
# are committed. Run from anywhere:  bash tests/data/word/blind6/make.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

conv() { # conv SRC FILTER NAME: LibreOffice converts $work/SRC to $here/NAME
  local ext=${3##*.}
  mkdir -p "$work/c$3"
  soffice -env:UserInstallation="file://$work/lo" --headless --convert-to "$ext:$2" \
    --outdir "$work/c$3" "$work/$1" >/dev/null 2>&1
  mv "$work/c$3/${1%.*}.$ext" "$here/$3"
}

python3 "$here/pydocx6.py" "$work"
pandoc -f markdown-smart --toc "$work/plan6.md" -o "$work/plan6-pandoc.docx"
for f in protokoll6 tjanst6 plan6-pandoc; do cp "$work/$f.docx" "$here/"; done
conv protokoll6.docx writer8 protokoll6-lo.odt
conv protokoll6.docx "MS Word 97" protokoll6-lo.doc
conv protokoll6.docx "Rich Text Format" protokoll6-lo.rtf
conv tjanst6.docx writer8 tjanst6-lo.odt
conv tjanst6.docx "MS Word 97" tjanst6-lo.doc
ls -l "$here"
