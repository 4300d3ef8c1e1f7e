#!/usr/bin/env bash
# The twelfth blind Word-file set (PAGES.md), made before the readers were changed for it:
# pydocx12.py's mall12, rader12, sektion12, strikt12 (.docx), gammal12.rtf (Word 97-2003 RTF by
# hand), forkladd12.doc (a .docx named .doc) and webbsida12.doc (Word HTML named .doc), and
# LibreOffice's .doc of mall12, rader12 and sektion12 and .odt of sektion12. expect12.json lists
# each file's markers; ../markers.py checks them, ../pages.py scores pages.
#
# Run from anywhere:  bash tests/data/word/blind12/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx12.py" "$work"
for f in mall12.docx rader12.docx sektion12.docx strikt12.docx gammal12.rtf forkladd12.doc webbsida12.doc; do
  cp "$work/$f" "$here/"
done
conv mall12.docx "MS Word 97" mall12-lo.doc
conv rader12.docx "MS Word 97" rader12-lo.doc
conv sektion12.docx "MS Word 97" sektion12-lo.doc
conv sektion12.docx writer8 sektion12-lo.odt
python3 - "$work/expect12.json" "$here/expect12.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for src in ("mall12", "rader12", "sektion12"):
    for ext in ("-lo.doc", "-lo.odt") if src == "sektion12" else ("-lo.doc",):
        d[src + ext] = json.loads(json.dumps(d[src + ".docx"]))
# LibreOffice reads w:webHidden as hidden and saves it so, and saves a formula as an OLE object
# (no text): its .doc shows neither (its own PDF of the .doc).
r = d["rader12-lo.doc"]
r["synlig"].remove("synlig325")
r["osynlig"] = sorted(r["osynlig"] + ["synlig325"])
r["fraser"] = [f for f in r["fraser"] if "synlig325" not in f and "pbb" not in f and "a 0 5" not in f]
r["fraser"] += ["avgift synlig330 enligt taxa synlig331", "remissvaret lämnas senast till regionen"]
# It also saves a content control in a cell as a FORMTEXT field whose result is the
# control's text with its tracked changes applied as shown: the deleted insertion is text.
r["osynlig"].remove("osynlig327")
r["synlig"] = sorted(r["synlig"] + ["osynlig327"])
r["fraser"] = [f for f in r["fraser"] if "synlig329" not in f] + ["nämnden osynlig327 avstyrker tillstyrker synlig329"]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False, indent=1, sort_keys=True)
PY
ls -l "$here"
