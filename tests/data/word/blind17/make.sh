#!/usr/bin/env bash
# The seventeenth blind Word-file set (PAGES.md), made before the readers were changed for it
# (shapes no earlier round had): pydocx17.py's brev17.docx (a letterhead drawing in the header
# taller than the top margin, a 20-pt word in 11-pt paragraphs, a list with contextual spacing,
# characters spaced out, table rows of a minimum height, a large inline drawing) and
# LibreOffice's .odt, .doc and .rtf of it; LibreOffice's .odt/.docx/.doc/.rtf of fodt17.py's
# riktlinje17.fodt (a header of a minimum height, 20-pt spans, boxed notes with padding and
# spacing, a contextual-spacing list, letter spacing, rows of a minimum height, a rectangle
# drawn as a character); pandoc's .docx, .odt and .rtf of pandoc17.md (a picture 15 × 11 cm,
# ordered lists that start at 5 and at 1 again, small capitals, a 40-row table, nested block
# quotes), which the heredoc below writes (pandoc's RTF leaves out the picture and its caption). expect17.json lists each file's markers;
# ../markers.py checks them, ../pages.py scores pages.
#
# Run from anywhere:  bash tests/data/word/blind17/make.sh (needs: ../conv.sh, python3-docx,
# pandoc, LibreOffice). WORD_FONTS=DIR: a folder of the metric twins of Word's fonts for
# LibreOffice alone (as ../pages.py).
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

$py "$here/fodt17.py" "$work"
$py "$here/pydocx17.py" "$work"
cp "$work/brev17.docx" "$here/"
saves brev17.docx odt doc rtf
saves riktlinje17.fodt odt docx doc rtf
$py - "$here" "$work" <<'PY'
import sys
from pathlib import Path
here, work = sys.argv[1], sys.argv[2]
sys.path[:0] = [here + "/.."]
from wordgen import merge_expect, paragraph, png
png(Path(work) / "bild17.png", 300, 220)
rows = "\n".join(f"| {i} | {paragraph(35000 + i, 1)[:40]} | {2026 + i % 4}" + (" synlig1055" if i == 40 else "") + " |"
                 for i in range(1, 41))
md = f"""---
title: "Kulturplan 2026 synlig1050"
lang: sv-SE
---

# Utgångspunkter

{paragraph(35100, 4)}

5. Fem mål gäller för planperioden [synlig1051]{{.smallcaps}}.
6. {paragraph(35110, 1)}
7. {paragraph(35111, 1)}

# Kartan

![Karta över kulturhusen synlig1052](bild17.png){{width=15cm height=11cm}}

{paragraph(35120, 4)}

> {paragraph(35130, 2)}
>
> > Citat ur remissvaret^2^ synlig1053.

1. {paragraph(35140, 1)}
2. Listan börjar om på ett synlig1054.

# Insatser

| Nr | Insats | År |
|---:|:-------|---:|
{rows}

{paragraph(35150, 5)}

Planen antas av kulturnämnden synlig1056.
"""
open(here + "/pandoc17.md", "w").write(md)
pandoc = {"synlig": [f"synlig{i}" for i in range(1050, 1057)], "osynlig": [],
          "fraser": ["citat ur remissvaret2 synlig1053", "listan börjar om på ett synlig1054"]}
merge_expect(work, here + "/expect17.json", 17,
             {"riktlinje17.fodt": ("odt", "docx", "doc", "rtf"), "brev17.docx": ("odt", "doc", "rtf")},
             {f"pandoc17.{e}": pandoc for e in ("docx", "odt")}
             | {"pandoc17.rtf": pandoc | {"synlig": [m for m in pandoc["synlig"] if m != "synlig1052"]}})
PY
(cd "$here" && for t in docx odt rtf; do pandoc -s -f markdown -t $t --resource-path="$work" -o "$here/pandoc17.$t" pandoc17.md; done)
ls -l "$here"
