"""rows-cantsplit.docx: blind10/protokoll10.docx with every table row kept whole on a page
(`w:cantSplit` in each row's w:trPr), for tests/it/word_files.rs: where protokoll10's long
rows break at the page ends (10 pages, as LibreOffice prints it), these move whole to the
next page (LibreOffice prints 12). Usage: python3 cant_split.py (writes beside itself)."""
import re
from pathlib import Path

import docx_parts

here = Path(__file__).resolve().parent
parts = docx_parts.read(here / "blind10/protokoll10.docx")
xml = parts["word/document.xml"].decode()
xml = xml.replace("<w:trPr>", "<w:trPr><w:cantSplit/>")
xml = re.sub(r"<w:tr( [^>]*)?>(?!<w:trPr>)", lambda m: m.group(0) + "<w:trPr><w:cantSplit/></w:trPr>", xml)
parts["word/document.xml"] = xml.encode()
docx_parts.write(here / "rows-cantsplit.docx", parts)
