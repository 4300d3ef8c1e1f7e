"""rows-cellmar.docx: blind10/protokoll10.docx with its tables' cells given inner margins of
1.5 cm a side (`w:tblCellMar` in each w:tblPr; Word's default is 0.19 cm), for
tests/it/word_files.rs: the narrower cells wrap their text into more lines, and where
protokoll10 prints on 10 pages in LibreOffice, this prints on 14. Usage: python3
cell_margins.py (writes beside itself)."""
from pathlib import Path

import docx_parts

here = Path(__file__).resolve().parent
parts = docx_parts.read(here / "blind10/protokoll10.docx")
xml = parts["word/document.xml"].decode()
margins = '<w:tblCellMar><w:left w:w="851" w:type="dxa"/><w:right w:w="851" w:type="dxa"/></w:tblCellMar>'
xml = xml.replace("<w:tblLook", margins + "<w:tblLook")
parts["word/document.xml"] = xml.encode()
docx_parts.write(here / "rows-cellmar.docx", parts)
