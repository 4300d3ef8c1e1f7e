#!/usr/bin/env bash
# RTF files whose answer is "nothing", and one that is no RTF (tests/it/word_rtf.rs):
#   tom.rtf     LibreOffice's RTF of an empty document (tests/data/word/tom.docx): no text;
#   bild.rtf    LibreOffice's RTF of a document that is only a picture (a PNG, no text);
#   trasig.rtf  a zip archive named .rtf: a clean error naming the file.
# Needs (Debian 12): libreoffice-writer-nogui, python3-docx. CI does not: the files are
# committed. Run from anywhere: bash tests/data/word/rtf/make.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lo=(soffice -env:UserInstallation="file://$work/lo" --headless)
cp "$here/../tom.docx" "$work/tom.docx"
python3 - "$work" <<'PY'
import struct, sys, zlib
import docx
from docx.shared import Cm
work = sys.argv[1]
# A 64x32 grey PNG written by hand.
w, h = 64, 32
raw = b"".join(b"\x00" + bytes([128]) * w for _ in range(h))
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
open(f"{work}/bild.png", "wb").write(png)
d = docx.Document()
d.add_picture(f"{work}/bild.png", width=Cm(8))
d.save(f"{work}/bild.docx")
import zipfile
with zipfile.ZipFile(f"{work}/trasig.zip", "w") as z:
    z.writestr("innehall.txt", "Detta är ingen RTF-fil.")
PY
(cd "$work" && "${lo[@]}" --convert-to rtf tom.docx >/dev/null 2>&1 &&
  "${lo[@]}" --convert-to rtf bild.docx >/dev/null 2>&1)
cp "$work/tom.rtf" "$work/bild.rtf" "$here/"
cp "$work/trasig.zip" "$here/trasig.rtf"
