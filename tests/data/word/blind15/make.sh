#!/usr/bin/env bash
# The fifteenth blind Word-file set (PAGES.md), made before the readers were changed for it
# (page-flow shapes no earlier round had): LibreOffice's .odt/.docx/.doc/.rtf of fodt15.py's
# flode15.fodt (first-page header/footer, Heading 1 "page break before" in its style, keep with
# next, widow/orphan control, a 55-row table with a repeated header row, a numbered list
# continued after a table, a list restarting), its .odt/.docx/.doc of spalt15.fodt (a column
# break in a two-column section, a frame holding an image and its caption, hidden paragraph and
# run, a page break in a paragraph's own style); pydocx15.py's beslut15.docx (w:titlePg,
# w:pageBreakBefore in Heading 1, w:tblHeader and w:cantSplit rows, a list continued after a
# table, a column break); pandoc's .docx, .odt and .rtf of pandoc15.md (example lists (@)
# continued after a 45-row captioned table, a list starting at 3, an HTML comment), which the
# heredoc below writes. expect15.json lists each file's markers; ../markers.py checks them,
# ../pages.py scores pages.
#
# Run from anywhere:  bash tests/data/word/blind15/make.sh (needs: ../conv.sh, python3-docx,
# pandoc, LibreOffice). WORD_FONTS=DIR: a folder of the metric twins of Word's fonts for
# LibreOffice alone (as ../pages.py).
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

$py "$here/fodt15.py" "$work"
$py "$here/pydocx15.py" "$work"
cp "$work/beslut15.docx" "$here/"
saves flode15.fodt odt docx doc rtf
saves spalt15.fodt odt docx doc
$py - "$here" <<'PY'
import sys
here = sys.argv[1]
sys.path[:0] = [here + "/..", here + "/../blind"]
from texts import paragraph
rows = "\n".join(f"| {i} | Skola {['Norrby', 'Söderå', 'Västerby'][i % 3]} {i}{' synlig754' if i == 40 else ''} | "
                 f"{300 + 7 * i} | {paragraph(28100 + i, 1)[:60]} |" for i in range(1, 46))
md = f"""---
title: "Skolplan 2026 synlig750"
subtitle: "Barn- och utbildningsnämnden"
author: [Anna Berg, Omar Haddad]
date: 2026-01-15
lang: sv-SE
---

# Inledning

{paragraph(28000, 5)}

(@mal) Alla elever når kunskapskraven synlig751.
(@) Ingen elev lämnar skolan utan behörighet synlig752.

| Nr | Skola | Elever | Kommentar synlig753 |
|---:|:------|-------:|:-----------|
{rows}

: Skolor och elevtal synlig755

(@) Fler lärare är legitimerade synlig756.
(@) Skolmaten blir bättre synlig757.

{paragraph(28010, 4)}

# Uppföljning

{paragraph(28020, 5)}

3. Tredje punkten i en lista som börjar på tre synlig758.
4. Fjärde punkten synlig759.

<!-- osynlig750 en kommentar i källtexten -->

{paragraph(28030, 4)}

Målet (@mal) följs upp varje år synlig760.
"""
open(here + "/pandoc15.md", "w").write(md)
PY
(cd "$here" && for t in docx odt rtf; do pandoc -s -f markdown -t $t -o "$here/pandoc15.$t" pandoc15.md; done)
$py - "$work" "$here/expect15.json" "$here/.." <<'PY'
import sys
work, dest = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
from wordgen import merge_expect
pandoc = {
    "synlig": [f"synlig{i}" for i in range(750, 761)],
    "osynlig": ["osynlig750"],
    "fraser": ["1 alla elever når kunskapskraven synlig751", "2 ingen elev lämnar skolan utan behörighet synlig752",
               "3 fler lärare är legitimerade synlig756", "4 skolmaten blir bättre synlig757",
               "3 tredje punkten i en lista som börjar på tre synlig758", "4 fjärde punkten synlig759",
               "målet 1 följs upp varje år synlig760"],
}
d = merge_expect(work, dest, 15, {"flode15.fodt": ("odt", "docx", "doc", "rtf"), "spalt15.fodt": ("odt", "docx", "doc")},
                 {f"pandoc15.{e}": pandoc for e in ("docx", "odt", "rtf")})
# LibreOffice's .doc loses the second list's restart: its own PDF of the .doc numbers it 5, 6.
d["flode15-lo.doc"]["fraser"][3:5] = ["5 ny lista börjar om synlig709", "6 andra punkten synlig710"]
merge_expect(work, dest, 15, {}, d)
PY
ls -l "$here"
