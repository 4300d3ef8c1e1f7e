#!/usr/bin/env bash
# The second blind Word-file set (tests/it/word_blind2.rs), written before the readers were
# changed for it: what editing and layout leave in Word, OpenDocument and RTF files (tracked
# insertions, deletions and moves, comments, hidden text, text boxes (DrawingML with its VML
# fallback, ODF frames), TOC and page fields, footnotes and endnotes, soft and non-breaking
# hyphens, two-column and continuous sections, nested tables, another header per section),
# made by python-docx, LibreOffice, AbiWord and pandoc. Each file's truth is the text per page
# of LibreOffice's PDF of the same file as a reader sees it (made from the same source with the
# changes accepted, comments and hidden text removed, by the same route), pdftotext -layout
# per page; and `phrases`: how often each phrase of PHRASES occurs in that text (0 for
# deleted, hidden and comment text).
#
# Needs (Debian 12): python3-docx, pandoc, libreoffice-writer-nogui, abiword, poppler-utils.
# CI does not: the files and truths are committed. Run from anywhere:
#   bash tests/data/word/blind2/make.sh
#
#   pydocx-andring.docx        python-docx (pydocx2.py): every feature above;
#   pydocx-andring-lo.{doc,rtf,odt}  LibreOffice's Word 97, RTF and ODF exports of it;
#   arende-lo.{docx,doc,rtf,odt}     LibreOffice's exports of arende.fodt (sources2.py);
#   arende-abiword.rtf         AbiWord's RTF of arende-lo.odt;
#   plan2-pandoc.rtf           pandoc's standalone RTF of plan2.md (footnotes, tables, lists).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
lo=(soffice -env:UserInstallation="file://$work/lo" --headless)

conv() { # conv DIR SRC FILTER EXT NAME: LibreOffice converts DIR/SRC to DIR/NAME
  local d=$1 src=$2 filter=$3 ext=$4 name=$5 base=${2%.*}
  mkdir -p "$d/c$name"
  (cd "$d/c$name" && cp "../$src" . && "${lo[@]}" --convert-to "$ext:$filter" "$src" >/dev/null 2>&1 &&
    mv "$base.$ext" "../$name")
}

build() { # build DIR: every file of the set from the sources in DIR
  local d=$1
  conv "$d" pydocx-andring.docx "MS Word 97" doc pydocx-andring-lo.doc
  conv "$d" pydocx-andring.docx "Rich Text Format" rtf pydocx-andring-lo.rtf
  conv "$d" pydocx-andring.docx "writer8" odt pydocx-andring-lo.odt
  conv "$d" arende.fodt "MS Word 2007 XML" docx arende-lo.docx
  conv "$d" arende.fodt "MS Word 97" doc arende-lo.doc
  conv "$d" arende.fodt "Rich Text Format" rtf arende-lo.rtf
  conv "$d" arende.fodt "writer8" odt arende-lo.odt
  (cd "$d" && abiword --to=rtf -o arende-abiword.rtf arende-lo.odt >/dev/null 2>&1)
  if [ -e "$d/plan2.md" ]; then
    (cd "$d" && pandoc -s -f markdown-smart plan2.md -o plan2-pandoc.rtf)
  fi
}

mkdir -p "$work/out" "$work/fin"
(cd "$here" && python3 pydocx2.py "$work/out" "$work/fin" && python3 sources2.py "$work/out" "$work/fin")
build "$work/out"
build "$work/fin"

files=(pydocx-andring.docx pydocx-andring-lo.doc pydocx-andring-lo.rtf pydocx-andring-lo.odt
  arende-lo.docx arende-lo.doc arende-lo.rtf arende-lo.odt arende-abiword.rtf plan2-pandoc.rtf)
for f in "${files[@]}"; do
  cp "$work/out/$f" "$here/$f"
  src="$work/out/$f"
  [ -e "$work/fin/$f" ] && src="$work/fin/$f"
  mkdir -p "$work/pdf/$f"
  cp "$src" "$work/pdf/$f/"
  (cd "$work/pdf/$f" && "${lo[@]}" --convert-to pdf "$f" >/dev/null 2>&1)
  pdf=$(ls "$work/pdf/$f"/*.pdf)
  python3 - "$pdf" "$f" "$here/$f.truth.json" <<'PY'
import json, re, subprocess, sys
pdf, name, out = sys.argv[1:]
# Phrases whose count the test compares: deleted, hidden and comment text (0 in the truth),
# inserted and moved text, text boxes, notes, nested cells, TOC entries, hyphenated words.
PHRASES = ["filialen i Ängsby", "bokbussen skulle upphöra", "stäms av med ekonomienheten",
           "controllern före utskick", "tilläggsanslag på 450 000", "att planen antas",
           "Faktaruta", "automatiska räknare", "biblioteksplanen för Norrbyn",
           "riksintresse för friluftslivet", "numreras från norr", "2,1 mnkr", "12 mnkr",
           "första juli", "planbeskrivningen", "bygglov", "e-tjänsten", "kulturpolitiska",
           "lånekort", "e-tjänsterna", "Planförslaget", "Ekonomi", "Förslag till beslut"]
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
n = int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))
pages = [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), "-enc", "UTF-8", pdf, "-"],
                        capture_output=True, text=True, check=True).stdout for i in range(1, n + 1)]
flat = " ".join(" ".join(pages).replace("\u00ad", "").replace("\u2011", "-").split())
phrases = {p: flat.count(p) for p in PHRASES}
json.dump({"file": name, "truth": "LibreOffice PDF, pdftotext -layout per page", "pages": pages,
           "phrases": phrases}, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{name}: {n} pages, phrases {sum(1 for v in phrases.values() if v)}")
PY
done
