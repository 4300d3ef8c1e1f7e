#!/usr/bin/env bash
# The thirteenth blind Word-file set (PAGES.md), made before the readers were changed for it:
# pydocx13.py's mall13, smartart13, google13, granskad13, liggande13 (.docx), google13.html,
# word13.htm, wordpad13.rtf and epost13.rtf; pandoc's .docx of pandoc13.md; LibreOffice's .odt
# and .doc of fodt13.py's ram13.fodt, .doc of mall13 and liggande13 and .odt of smartart13.
# expect13.json lists each file's markers; ../markers.py checks them, ../pages.py scores pages.
#
# Run from anywhere:  bash tests/data/word/blind13/make.sh (needs: ../conv.sh, python3-docx,
# pandoc, LibreOffice). WORD_FONTS=DIR: a folder of the metric twins of Word's fonts for
# LibreOffice alone (as ../pages.py), so that its saved files lay out as Word would.
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

$py "$here/pydocx13.py" "$work"
$py "$here/fodt13.py" "$work"
for f in mall13.docx smartart13.docx google13.docx granskad13.docx liggande13.docx google13.html word13.htm \
  wordpad13.rtf epost13.rtf; do
  cp "$work/$f" "$here/"
done
(cd "$here" && pandoc -f markdown -t docx -o "$here/pandoc13.docx" pandoc13.md)
conv ram13.fodt writer8 ram13-lo.odt
conv ram13.fodt "MS Word 97" ram13-lo.doc
conv mall13.docx "MS Word 97" mall13-lo.doc
conv liggande13.docx "MS Word 97" liggande13-lo.doc
conv smartart13.docx writer8 smartart13-lo.odt
$py - "$work" "$here/expect13.json" "$here/.." <<'PY'
import sys
work, dest = sys.argv[1], sys.argv[2]
sys.path.insert(0, sys.argv[3])
from wordgen import merge_expect
d = merge_expect(work, dest, 13, {"ram13.fodt": ("odt", "doc"), "mall13.docx": ("doc",), "liggande13.docx": ("doc",),
                                  "smartart13.docx": ("odt",)})
# Corrected after the first measurement (PAGES.md gives both figures): LibreOffice saves a
# SmartArt in .odt as a picture (its text is in no text of the file), and saves the REF after
# the ASK in .doc with the empty result it computes (its own PDF shows "Beslutsdatum: .").
o = d["smartart13-lo.odt"]
steps = [w for w in o["synlig"] if w in ("synlig420", "synlig421", "synlig422", "synlig423")]
o["synlig"] = [w for w in o["synlig"] if w not in steps]
o["fraser"] = [f for f in o["fraser"] if "synlig420" not in f]
m = d["mall13-lo.doc"]
m["fraser"] = [f for f in m["fraser"] if f != "beslutsdatum 2025 12 10"] + ["beslutsdatum"]
d["pandoc13.docx"] = {
    "synlig": [f"synlig{i}" for i in range(560, 574)],
    "osynlig": ["osynlig560"],
    "fraser": ["biblioteken ska vara öppna för alla synlig562", "ekby stadsbibliotek synlig563 storgatan 1",
               "utlåning antalet lån per invånare ökade till 4 2 synlig564", "uppnått synlig566 lovläsning i alla filialer",
               "meröppet i norrby synlig568", "bokbuss till byarna synlig569", "120 kronor synlig572",
               "planen gäller till 2027 synlig571"],
    "exakt": ["KOMMUNFULLMÄKTIGE beslutade planen synlig570"],
}
merge_expect(work, dest, 13, {}, d)
PY
ls -l "$here"
