"""line-grid.docx: 60 one-line paragraphs of Calibri 11 in a section whose line grid
(`w:docGrid w:type="lines" w:linePitch="480"`) sets every line on a 24-point grid line, then
a last paragraph; and line-grid-lo.odt and line-grid-lo.doc, LibreOffice's saves of it
(`style:layout-grid-mode="line"`, `sprmSClm`/`sprmSDyaLinePitch`), for tests/it/word_files.rs.
LibreOffice prints each on 3 pages (29 grid lines a page; without the grid the 61 lines fit
on 2). Usage: python3 line_grid.py (writes beside itself; needs python3-docx and soffice)."""
from docx.oxml.ns import qn

from wordgen import HERE, base, lo_save, margins

d = base("Calibri", 11, after=0)
sec = d.sections[0]
margins(sec, 2.5, 2.5, 2.5, 2.5)
grid = sec._sectPr.find(qn("w:docGrid"))
grid.set(qn("w:type"), "lines")
grid.set(qn("w:linePitch"), "480")
for i in range(1, 61):
    d.add_paragraph(f"Rad {i} i rutnätet.")
d.add_paragraph("Sista raden rutnät.")
d.save(HERE / "line-grid.docx")
lo_save(HERE / "line-grid.docx", "odt:writer8", HERE / "line-grid-lo.odt")
lo_save(HERE / "line-grid.docx", "doc:MS Word 97", HERE / "line-grid-lo.doc")
