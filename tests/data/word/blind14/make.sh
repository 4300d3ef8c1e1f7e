#!/usr/bin/env bash
# The fourteenth blind Word-file set (PAGES.md), made before the readers were changed for it:
# LibreOffice's .odt/.docx/.doc/.rtf of fodt14.py's tjanst14.fodt (header table with a Dnr user
# field, table of contents, tracked insertion/deletions, a comment, a text box anchored to a
# paragraph, footnotes and endnotes), its .doc/.docx/.odt of orient14.fodt (portrait, landscape
# with a 30-row table holding a nested table, portrait, two columns); pydocx14.py's toc14.docx
# (Word's TOC field in its content control, footnotes and endnotes, a landscape section);
# pandoc's .docx, .odt and .rtf of pandoc14.md (title block, footnotes, pipe table with a
# caption, nested ordered list, a custom style, an HTML comment); and system14.rtf, written by
# hand as a case-management system writes RTF (\ansicpg1252 with \'hex, \uN with \uc0/1/2
# fallbacks, a table, a hidden run, a tracked deletion and insertion, an annotation, a hyperlink
# field, a page break). expect14.json lists each file's markers; ../markers.py checks them,
# ../pages.py scores pages.
#
# Run from anywhere:  bash tests/data/word/blind14/make.sh (needs: ../conv.sh, python3-docx,
# pandoc, LibreOffice). WORD_FONTS=DIR: a folder of the metric twins of Word's fonts for
# LibreOffice alone (as ../pages.py).
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

$py "$here/fodt14.py" "$work"
$py "$here/pydocx14.py" "$work"
cp "$work/toc14.docx" "$here/"
saves tjanst14.fodt odt docx doc rtf
saves orient14.fodt odt docx doc
(cd "$here" && for t in docx odt rtf; do pandoc -s -f markdown -t $t -o "$here/pandoc14.$t" pandoc14.md; done)
$py - "$work" "$here/expect14.json" "$here/.." <<'PY'
import sys
work, dest = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
from wordgen import merge_expect
pandoc = {
    "synlig": [f"synlig{i}" for i in range(630, 642)],
    "osynlig": ["osynlig630"],
    "fraser": ["uppföljning av folkhälsoplanen synlig630", "rådet beslutade om formen 2023 03 14 synlig633",
               "fysisk aktivitet synlig634 61 64", "fler äldre deltar i föreningsliv synlig637",
               "text i ett eget format synlig640"],
}
system = {
    "synlig": [f"synlig{i}" for i in range(650, 659)],
    "osynlig": ["osynlig650", "osynlig651", "osynlig652"],
    "fraser": ["diarienummer sn 2025 34 synlig651", "beslutsdatum 2025 11 20",
               "ärendet gäller ansökan om bistånd för boende enligt 4 kap 1 sol synlig652",
               "nämnden har prövat återkravet synlig653 och funnit att det saknas skäl",
               "underlag läkarutlåtande synlig654 och utredning",
               "beslutet gäller fr o m 1 december synlig655 och kan överklagas",
               "se hur man överklagar synlig656 på webbplatsen"],
    "exakt": ["för “boende” enligt", "2025–11–20", "beslutet — annars"],
}
merge_expect(work, dest, 14, {"tjanst14.fodt": ("odt", "docx", "doc", "rtf"), "orient14.fodt": ("odt", "docx", "doc")},
             {f"pandoc14.{e}": pandoc for e in ("docx", "odt", "rtf")} | {"system14.rtf": system})
PY
ls -l "$here"
