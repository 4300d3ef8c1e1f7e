#!/usr/bin/env bash
# The third blind Word-file set (tests/it/word_blind3.rs), made before the readers were
# changed for it: features the first two sets did not try (headings numbered by a list in
# their style, legal-style and restarted lists, content controls, REF and nested PAGEREF
# fields, a VML-only text box, several footnotes and endnotes in lower roman, smart tags and
# custom XML, vertical merges, a different first page and even-page headers, sections of
# three page sizes) and producers' own shapes of them: python-docx, LibreOffice (.docx, .doc,
# .rtf, .odt exports), pandoc (.docx, .odt with numbered sections, lists that start at 4,
# grid tables, definition lists) and AbiWord (.rtf, .doc).
#
# The truth is written by the generators from the same strings as the documents, never read
# back from a reader: `text` (what a reader sees: body, text boxes, footnotes and endnotes;
# not headers, footers or comments), `present` (phrases of it that must be there: content
# controls, text boxes, notes, cells), `labels` (each list item's number as Word shows it, with
# its text), `absent` (text that must not be in the output: comments, headers); `pages` is
# the page count of LibreOffice's PDF of the file itself.
#
# Needs (Debian 12): python3-docx, pandoc, libreoffice-writer-nogui, abiword, poppler-utils.
# CI does not: the files and truths are committed. Run from anywhere:
#   bash tests/data/word/blind3/make.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
lo=(soffice -env:UserInstallation="file://$work/lo" --headless)

conv() { # conv SRC FILTER EXT NAME: LibreOffice converts $work/SRC to $work/NAME
  local src=$1 filter=$2 ext=$3 name=$4 base=${1%.*}
  mkdir -p "$work/c$name"
  (cd "$work/c$name" && cp "../$src" . && "${lo[@]}" --convert-to "$ext:$filter" "$src" >/dev/null 2>&1 &&
    mv "$base.$ext" "../$name")
}

cd "$work"
python3 "$here/pydocx3.py" "$work"
python3 "$here/sources3.py" "$work"
pandoc -f markdown-smart --number-sections plan3.md -o plan3-pandoc.docx
pandoc -f markdown-smart --number-sections plan3.md -o plan3-pandoc.odt
conv pydocx-ks.docx "MS Word 2007 XML" docx pydocx-ks-lo.docx
conv pydocx-ks.docx "MS Word 97" doc pydocx-ks-lo.doc
conv pydocx-ks.docx "Rich Text Format" rtf pydocx-ks-lo.rtf
conv pydocx-ks.docx "writer8" odt pydocx-ks-lo.odt
conv plan3-pandoc.docx "MS Word 97" doc plan3-lo.doc
abiword --to=rtf -o pydocx-ks-abiword.rtf pydocx-ks-lo.odt >/dev/null 2>&1
abiword --to=doc -o plan3-abiword.doc plan3-pandoc.odt >/dev/null 2>&1

files=(pydocx-ks.docx pydocx-ks-lo.docx pydocx-ks-lo.doc pydocx-ks-lo.rtf pydocx-ks-lo.odt
  pydocx-ks-abiword.rtf plan3-pandoc.docx plan3-pandoc.odt plan3-lo.doc plan3-abiword.doc)
for f in "${files[@]}"; do
  cp "$work/$f" "$here/$f"
  mkdir -p "$work/pdf/$f"
  cp "$work/$f" "$work/pdf/$f/"
  (cd "$work/pdf/$f" && "${lo[@]}" --convert-to pdf "$f" >/dev/null 2>&1)
  pdf=$(ls "$work/pdf/$f"/*.pdf)
  src=pydocx-ks.source.json
  case $f in plan3*) src=plan3.source.json ;; esac
  python3 - "$pdf" "$f" "$work/$src" "$here/$f.truth.json" <<'PY'
import json, subprocess, sys
pdf, name, src, out = sys.argv[1:]
truth = json.load(open(src, encoding="utf-8"))
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
truth["pages"] = int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))
truth["file"] = name
json.dump(truth, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{name}: LibreOffice {truth['pages']} pages")
PY
done
