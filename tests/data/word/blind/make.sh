#!/usr/bin/env bash
# The blind Word-file set (tests/it/word_blind.rs): Word, OpenDocument and RTF files made the
# ways offices make them, each with its truth: the text per page of LibreOffice's PDF of the
# same file (soffice --convert-to pdf, then pdftotext -layout per page: the layout mode joins no word across a line-end hyphen). For a file with tracked
# changes or comments the truth is the PDF of the same file with the changes accepted and the
# comments removed (what a reader sees), made by the same route.
#
# Needs (Debian 12): python3-docx, pandoc, libreoffice-writer-nogui, abiword, poppler-utils.
# CI does not: the files and truths are committed. Run from anywhere:
#   bash tests/data/word/blind/make.sh
#
#   pydocx-lang.docx      python-docx: a long plan (14 chapters, lists two levels deep,
#                         tables with merged cells, a hyperlink, header and footer with PAGE and
#                         NUMPAGES fields), no page break of any kind, 12 pt in 2.5 cm margins;
#   pydocx-spar.docx      python-docx: tracked insertion and deletions, a comment, a VML text
#                         box, DATE and PAGEREF fields, a manual page break, a second section in
#                         landscape with other margins;
#   protokoll-lo.docx     LibreOffice's Word 2007 export of protokoll.fodt (sources.py: header,
#   protokoll-lo.doc      footer with page fields, a two-column section, a frame, footnotes,
#   protokoll-lo.odt      date and page-reference fields, tracked changes, a table with merged
#                         cells, a three-level list, a hyperlink), its Word 97 export and its
#                         OpenDocument one;
#   plan-pandoc.docx      pandoc from plan.md (sources.py: 18 chapters, nested lists, tables,
#   plan-pandoc.odt       footnotes, links; no page break): .docx and .odt;
#   plan-lo.doc           LibreOffice's Word 97 export of plan-pandoc.docx: a long .doc with no
#                         page break;
#   beslut-lo.docx        LibreOffice Writer's .docx of beslut.html (rowspan, colspan, nested
#                         lists);
#   plan-abiword.rtf      AbiWord's RTF of plan-pandoc.docx (not read when the set was made;
#                         read since formats::rtf).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
lo=(soffice -env:UserInstallation="file://$work/lo" --headless)

build() { # build DIR: every file of the set from the sources in DIR
  local d=$1
  (cd "$d" && "${lo[@]}" --convert-to docx:"MS Word 2007 XML" protokoll.fodt >/dev/null 2>&1 &&
    mv protokoll.docx protokoll-lo.docx &&
    "${lo[@]}" --convert-to doc:"MS Word 97" protokoll.fodt >/dev/null 2>&1 &&
    mv protokoll.doc protokoll-lo.doc &&
    "${lo[@]}" --convert-to odt protokoll.fodt >/dev/null 2>&1 && mv protokoll.odt protokoll-lo.odt)
  if [ -e "$d/plan.md" ]; then
    (cd "$d" && pandoc -f markdown-smart plan.md -o plan-pandoc.docx &&
      pandoc -f markdown-smart plan.md -o plan-pandoc.odt &&
      cp plan-pandoc.docx plan-lo-src.docx &&
      "${lo[@]}" --convert-to doc:"MS Word 97" plan-lo-src.docx >/dev/null 2>&1 &&
      mv plan-lo-src.doc plan-lo.doc &&
      "${lo[@]}" --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" beslut.html \
        >/dev/null 2>&1 && mv beslut.docx beslut-lo.docx &&
      abiword --to=rtf -o plan-abiword.rtf plan-pandoc.docx >/dev/null 2>&1)
  fi
}

mkdir -p "$work/out" "$work/fin"
(cd "$here" && python3 pydocx.py "$work/out" "$work/fin" && python3 sources.py "$work/out" "$work/fin")
build "$work/out"
build "$work/fin"

files=(pydocx-lang.docx pydocx-spar.docx protokoll-lo.docx protokoll-lo.doc protokoll-lo.odt
  plan-pandoc.docx plan-pandoc.odt plan-lo.doc beslut-lo.docx plan-abiword.rtf)
for f in "${files[@]}"; do
  cp "$work/out/$f" "$here/$f"
  src="$work/out/$f"
  [ -e "$work/fin/$f" ] && src="$work/fin/$f"
  mkdir -p "$work/pdf/$f"
  cp "$src" "$work/pdf/$f/"
  (cd "$work/pdf/$f" && "${lo[@]}" --convert-to pdf "$f" >/dev/null 2>&1)
  pdf=$(ls "$work/pdf/$f"/*.pdf)
  python3 - "$pdf" "$f" "$here/$f.truth.json" <<'PY'
import json, subprocess, sys
pdf, name, out = sys.argv[1:]
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
n = int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))
pages = [subprocess.run(["pdftotext", "-layout", "-f", str(i), "-l", str(i), "-enc", "UTF-8", pdf, "-"],
                        capture_output=True, text=True, check=True).stdout for i in range(1, n + 1)]
json.dump({"file": name, "truth": "LibreOffice PDF, pdftotext -layout per page", "pages": pages},
          open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"{name}: {n} pages")
PY
done
