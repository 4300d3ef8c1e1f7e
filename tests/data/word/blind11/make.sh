#!/usr/bin/env bash
# The eleventh blind Word-file set (text first; PAGES.md), made before the readers were changed
# for it: python-docx's andring11, ruta11, kontroll11, falt11, noter11, bilaga11 and lista11
# (pydocx11.py says what each tries) and LibreOffice's .odt, .doc, .rtf and .docx of
# kallelse11.fodt (fodt11.py). Both generators build on ../wordgen.py. expect11.json lists each
# file's marker words (`synligN` read once, `osynligN` never), phrases (`fraser`, read in order)
# and exact strings (`exakt`, case and all); ../markers.py checks them. Pages are scored by
# ../pages.py against LibreOffice's PDF of each file.
#
# Run from anywhere:  bash tests/data/word/blind11/make.sh (needs: ../conv.sh)
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=../conv.sh
. "$here/../conv.sh"

python3 "$here/pydocx11.py" "$work"
python3 "$here/fodt11.py" "$work"
for f in andring11 ruta11 kontroll11 falt11 noter11 bilaga11 lista11; do cp "$work/$f.docx" "$here/"; done
conv kallelse11.fodt writer8 kallelse11-lo.odt
conv kallelse11.fodt "MS Word 97" kallelse11-lo.doc
conv kallelse11.fodt "Rich Text Format" kallelse11-lo.rtf
conv kallelse11.fodt "MS Word 2007 XML" kallelse11-lo.docx
python3 -c 'import json, sys; d = {}; [d.update(json.load(open(f))) for f in sys.argv[2:]]; json.dump(d, open(sys.argv[1], "w"), ensure_ascii=False, indent=1, sort_keys=True)' \
  "$here/expect11.json" "$work/expect11-docx.json" "$work/expect11-fodt.json"
ls -l "$here"
