#!/usr/bin/env bash
# The eighteenth blind Word-file set (PAGES.md), made before the readers were changed for it:
# the kinds of file a municipality writes, as Word, LibreOffice and pandoc save them.
# pydocx18.py: tjanst18.docx (a letterhead table in the first page's header), plan18.docx (a
# landscape section), rapport18.docx (a table-of-contents field and footnotes), brev18.docx (a
# text box sender), blankett18.docx (content controls), andring18.docx (tracked changes and
# comments; the accepted text counts), omslag18.docx (a cover page section break), struken18.docx
# (every paragraph deleted: nothing); fodt18.py: utdrag18 (a protocol extract with § items) and
# tom18 (a blank form: nothing); pandoc18.md below (pandoc --toc, footnotes, a table) as .docx.
# LibreOffice saves: tjanst18 .odt/.doc, plan18 .odt/.rtf, andring18 .odt, omslag18 .doc,
# utdrag18 .odt/.docx/.doc/.rtf, tom18 .odt/.rtf. expect18.json lists each file's markers;
# ../markers.py checks them, ../pages.py scores pages against LibreOffice's PDF.
#
# Run from anywhere:  bash tests/data/word/blind18/make.sh (needs: ../conv.sh, python3-docx,
# pandoc, LibreOffice). WORD_FONTS=DIR: the metric twins of Word's fonts for LibreOffice alone.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"
py=${PY:-$py}  # a python3 with python-docx (PY=python3 where the system one has none)

$py "$here/fodt18.py" "$work"
$py "$here/pydocx18.py" "$work"
for f in tjanst18 plan18 rapport18 brev18 blankett18 andring18 omslag18 struken18; do cp "$work/$f.docx" "$here/"; done
saves tjanst18.docx odt doc
saves plan18.docx odt rtf
saves andring18.docx odt
saves omslag18.docx doc
saves utdrag18.fodt odt docx doc rtf
saves tom18.fodt odt rtf
$py - "$here" "$work" <<'PY'
import sys
here, work = sys.argv[1], sys.argv[2]
sys.path[:0] = [here + "/.."]
from wordgen import merge_expect, paragraph, sentence
notes = "\n".join(f"[^{i}]: {sentence(37500 + i)}" + (" synlig1062" if i == 9 else "") for i in range(1, 10))
rows = "\n".join(f"| {2018 + i} | {300 + 17 * i} | {41 + i % 5},{i} | {sentence(37600 + i)[:45]} |" for i in range(8))
md = f"""---
title: "Barnfattigdom i Ekby 2026 synlig1060"
lang: sv-SE
---

# Sammanfattning

{paragraph(37400, 5)}[^1] {paragraph(37401, 3)}

# Bakgrund

{paragraph(37402, 5)}[^2]

{paragraph(37403, 4)}[^3] {paragraph(37404, 4)}

## Definitioner

{paragraph(37405, 5)}[^4]

# Resultat

| År | Antal barn | Andel (%) | Kommentar |
|---:|---:|---:|:---|
{rows}

{paragraph(37406, 5)}[^5] synlig1061.

{paragraph(37407, 5)}[^6]

# Åtgärder

{paragraph(37408, 5)}[^7]

{paragraph(37409, 4)}[^8] {paragraph(37410, 4)}[^9]

Rapporten har tagits fram av välfärdsförvaltningen synlig1063.

{notes}
"""
open(work + "/pandoc18.md", "w").write(md)
open(here + "/pandoc18.md", "w").write(md)
pandoc = {"synlig": [f"synlig{i}" for i in range(1060, 1064)], "osynlig": [],
          "fraser": ["rapporten har tagits fram av välfärdsförvaltningen synlig1063"]}
merge_expect(work, here + "/expect18.json", 18,
             {"tjanst18.docx": ("odt", "doc"), "plan18.docx": ("odt", "rtf"), "andring18.docx": ("odt",),
              "omslag18.docx": ("doc",), "utdrag18.fodt": ("odt", "docx", "doc", "rtf"), "tom18.fodt": ("odt", "rtf")},
             {"pandoc18.docx": pandoc})
PY
(cd "$here" && pandoc -s --toc -f markdown -t docx -o "$here/pandoc18.docx" pandoc18.md)
ls -l "$here"
