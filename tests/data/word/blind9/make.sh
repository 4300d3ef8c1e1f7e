#!/usr/bin/env bash
# The ninth blind Word-file set (page layout and text; PAGES.md), made before the readers
# were changed for it: python-docx's protokoll9, rapport9, formular9 and tabell9 (pydocx9.py
# says what each tries), LibreOffice's .odt, .doc and .docx of andring9.fodt and
# innehall9.fodt (fodt9.py). expect9.json lists each file's marker words: `synligN` must be
# read once, `osynligN` (deleted, hidden, comment, unchosen) never; ../markers.py checks them.
# Scored by ../pages.py against LibreOffice's PDF of each file.
#
# Run from anywhere:  bash tests/data/word/blind9/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx9.py" "$work"
python3 "$here/fodt9.py" "$work"
for f in protokoll9 rapport9 formular9 tabell9; do cp "$work/$f.docx" "$here/"; done
# Made after the before figures (PAGES.md): LibreOffice's .odt of the form, its text-box group a draw:g.
conv formular9.docx writer8 formular9-lo.odt
for f in andring9 innehall9; do
  conv $f.fodt writer8 $f-lo.odt
  conv $f.fodt "MS Word 97" $f-lo.doc
  conv $f.fodt "MS Word 2007 XML" $f-lo.docx
done
python3 -c 'import json, sys; d = {}; [d.update(json.load(open(f))) for f in sys.argv[2:]]; json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False, indent=1, sort_keys=True)' \
  "$here/expect9.json" "$work/expect9-docx.json" "$work/expect9-fodt.json"
python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); d["formular9-lo.odt"] = d["formular9.docx"]; json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False, indent=1, sort_keys=True)' "$here/expect9.json"
ls -l "$here"
