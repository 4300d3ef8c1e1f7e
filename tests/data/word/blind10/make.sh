#!/usr/bin/env bash
# The tenth blind Word-file set (page layout and text; PAGES.md), made before the readers were
# changed for it: python-docx's tjanst10, protokoll10, yttrande10, falt10, rubrik10, tabell10
# and lang10 (pydocx10.py says what each tries), LibreOffice's .odt and .docx of spalt10.fodt
# and its .doc and .rtf of rapport10.fodt (fodt10.py). Both generators build on ../wordgen.py.
# expect10.json lists each file's marker words (`synligN` read once, `osynligN` never) and
# phrases (`fraser`, read as written); ../markers.py checks them. Scored by ../pages.py
# against LibreOffice's PDF of each file.
#
# Run from anywhere:  bash tests/data/word/blind10/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx10.py" "$work"
python3 "$here/fodt10.py" "$work"
for f in tjanst10 protokoll10 yttrande10 falt10 rubrik10 tabell10 lang10; do cp "$work/$f.docx" "$here/"; done
conv spalt10.fodt writer8 spalt10-lo.odt
conv spalt10.fodt "MS Word 2007 XML" spalt10-lo.docx
conv rapport10.fodt "MS Word 97" rapport10-lo.doc
conv rapport10.fodt "Rich Text Format" rapport10-lo.rtf
python3 -c 'import json, sys; d = {}; [d.update(json.load(open(f))) for f in sys.argv[2:]]; json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False, indent=1, sort_keys=True)' \
  "$here/expect10.json" "$work/expect10-docx.json" "$work/expect10-fodt.json"
ls -l "$here"
