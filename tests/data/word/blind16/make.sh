#!/usr/bin/env bash
# The sixteenth blind Word-file set (PAGES.md), made before the readers were changed for it
# (shapes no earlier round had): LibreOffice's .odt/.docx/.doc/.rtf of fodt16.py's
# protokoll16.fodt (a drop cap, exact and at-least line spacing, a 40-row table whose first
# column spans four rows at a time, a break to a right-hand page into pages of other margins,
# a two-column signature table); pydocx16.py's rapport16.docx (a title page centred top to
# bottom, an odd-page section with a line grid, a boxed and shaded paragraph, a section of
# narrow margins set exactly 12 pt, a form table of fixed-height rows kept together) and
# LibreOffice's .odt and .doc of it; pandoc's .docx, .odt and .rtf of pandoc16.md (a grid
# table whose cells hold several paragraphs and a list, a definition list, a line block
# address), which the heredoc below writes. expect16.json lists each file's markers;
# ../markers.py checks them, ../pages.py scores pages.
#
# Run from anywhere:  bash tests/data/word/blind16/make.sh (needs: ../conv.sh, python3-docx,
# pandoc, LibreOffice). WORD_FONTS=DIR: a folder of the metric twins of Word's fonts for
# LibreOffice alone (as ../pages.py).
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

$py "$here/fodt16.py" "$work"
$py "$here/pydocx16.py" "$work"
cp "$work/rapport16.docx" "$here/"
saves rapport16.docx odt doc
saves protokoll16.fodt odt docx doc rtf
$py - "$here" "$work" <<'PY'
import sys
here, work = sys.argv[1], sys.argv[2]
sys.path[:0] = [here + "/.."]
from wordgen import merge_expect, paragraph
def row(*cols):
    return "|" + "|".join(f" {c:{w}} " for c, w in zip(cols, (3, 32, 30))) + "|"
rule = "+-----+----------------------------------+--------------------------------+"
cells = "\n".join("\n".join([rule, row(i, paragraph(32000 + i, 1)[:30], f"- Ansvar: nämnd {i}"
                                        + (" synlig904" if i == 12 else "")),
                               row("", "", f"- Klart: {2026 + i % 3}"), row("", "", ""),
                               row("", paragraph(32100 + i, 1)[:30], "")]) for i in range(1, 16))
md = f"""---
title: "Trygghetsplan 2026 synlig900"
lang: sv-SE
---

| Ekby kommun
| Kommunstyrelsen
| Box 100, 123 45 Ekby synlig901

# Bakgrund

{paragraph(32200, 5)}

Trygghet
:   Känslan av att kunna röra sig fritt utan oro synlig902.

Brottsförebyggande arbete
:   Åtgärder som minskar risken för brott synlig903.

    Arbetet sker tillsammans med polisen.

# Insatser

{paragraph(32210, 3)}

{cells}
{rule}

: Insatser i trygghetsplanen synlig905

{paragraph(32220, 5)}

Planen följs upp årligen synlig906.
"""
open(here + "/pandoc16.md", "w").write(md)
pandoc = {"synlig": [f"synlig{i}" for i in range(900, 907)], "osynlig": [],
          "fraser": ["box 100 123 45 ekby synlig901", "känslan av att kunna röra sig fritt utan oro synlig902"]}
merge_expect(work, here + "/expect16.json", 16,
             {"protokoll16.fodt": ("odt", "docx", "doc", "rtf"), "rapport16.docx": ("odt", "doc")},
             {f"pandoc16.{e}": pandoc for e in ("docx", "odt", "rtf")})
PY
(cd "$here" && for t in docx odt rtf; do pandoc -s -f markdown -t $t -o "$here/pandoc16.$t" pandoc16.md; done)
ls -l "$here"
