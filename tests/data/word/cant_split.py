"""rows-cantsplit.docx: blind10/protokoll10.docx with every table row kept whole on a page
(`w:cantSplit` in each row's w:trPr), for tests/it/word_files.rs: where protokoll10's long
rows break at the page ends (10 pages, as LibreOffice prints it), these move whole to the
next page (LibreOffice prints 12). Also rows-cantsplit-lo.doc, LibreOffice's .doc of it (the
rows keep `sprmTFCantSplit`; LibreOffice prints 14 pages, 10 for its .doc of protokoll10), for
tests/it/word_files.rs. Usage: python3 cant_split.py (writes beside itself; needs soffice)."""
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx_parts

here = Path(__file__).resolve().parent
parts = docx_parts.read(here / "blind10/protokoll10.docx")
xml = parts["word/document.xml"].decode()
xml = xml.replace("<w:trPr>", "<w:trPr><w:cantSplit/>")
xml = re.sub(r"<w:tr( [^>]*)?>(?!<w:trPr>)", lambda m: m.group(0) + "<w:trPr><w:cantSplit/></w:trPr>", xml)
parts["word/document.xml"] = xml.encode()
docx_parts.write(here / "rows-cantsplit.docx", parts)
with tempfile.TemporaryDirectory() as work:
    shutil.copy(here / "rows-cantsplit.docx", work)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless",
                    "--convert-to", "doc:MS Word 97", "--outdir", work,
                    f"{work}/rows-cantsplit.docx"], check=True, capture_output=True)
    shutil.move(f"{work}/rows-cantsplit.doc", here / "rows-cantsplit-lo.doc")
