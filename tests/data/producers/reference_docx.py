#!/usr/bin/env python3
"""Write pandoc's default reference.docx with A4 pages, 2 cm margins, 10 pt text and tight
paragraph spacing, so that each page of the truth fits one page in LibreOffice as it does in
the other producers. Usage: reference_docx.py OUT.docx (needs pandoc)."""
import re
import subprocess
import sys
import zipfile

out = sys.argv[1]
default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                         capture_output=True, check=True).stdout
src = out + ".default"
open(src, "wb").write(default)
with zipfile.ZipFile(src) as z:
    parts = {n: z.read(n) for n in z.namelist()}
styles = parts["word/styles.xml"].decode("utf-8")
styles = styles.replace('<w:sz w:val="24" />', '<w:sz w:val="20" />', 1)
styles = styles.replace('<w:szCs w:val="24" />', '<w:szCs w:val="20" />', 1)
styles = styles.replace('<w:spacing w:after="200" />', '<w:spacing w:after="60" />', 1)
styles = styles.replace('<w:spacing w:before="180" w:after="180" />',
                        '<w:spacing w:before="40" w:after="40" />')
parts["word/styles.xml"] = styles.encode("utf-8")
doc = parts["word/document.xml"].decode("utf-8")
sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838" />'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
        'w:footer="567" w:gutter="0" /></w:sectPr>')
doc = re.sub(r"<w:sectPr\s*/>", sect, doc)
parts["word/document.xml"] = doc.encode("utf-8")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for n, data in parts.items():
        z.writestr(n, data)
import os
os.remove(src)
