"""rapport16.docx for the sixteenth blind set (tests/data/word/blind16), as python-docx plus raw
WordprocessingML makes it. Usage: python3 pydocx16.py OUT_DIR (also writes expect16-docx.json).

rapport16.docx (Calibri 11): a title page centred top to bottom (w:vAlign="center" in its
section), then a section that starts on an odd page (w:type="oddPage": Word and LibreOffice
print an empty page 2), with 3 cm side margins and a line grid (w:docGrid w:type="lines"
w:linePitch="360": every line snaps to 18 pt); a boxed and shaded summary paragraph
(w:pBdr, w:shd) set at least 16 pt (w:lineRule="atLeast"); a next-page section of 1.5 cm side
margins whose text is set exactly 12 pt (w:lineRule="exact"); a form table of 20 rows of fixed
height 1.2 cm (w:trHeight w:hRule="exact") whose paragraphs all keep with the next (the table
may not break: Word moves it whole to the next page); and a closing section of normal margins.
"""
import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, marker, base, grid_row, main, margins, paragraph, ppr, x  # noqa: E402

EXPECT = Expect()
mark = marker(850)


def rapport16(out: Path):
    seen, phrases = [], []
    d = base("Calibri", 11, after=8)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.sections[0]._sectPr.append(x('<w:vAlign w:val="center"/>'))
    d.add_paragraph(f"Uppföljning av trygghetsarbetet {(m := mark())}", style="Title")
    d.add_paragraph(f"Kommunstyrelsens förvaltning, mars 2026 {(m2 := mark())}")
    seen += [m, m2]
    sec = d.add_section(WD_SECTION.ODD_PAGE)
    margins(sec, 2.5, 2.5, 3.0, 3.0)
    sec._sectPr.find(qn("w:vAlign")).set(qn("w:val"), "top")
    grid = sec._sectPr.find(qn("w:docGrid"))
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "360")
    d.add_heading(f"Sammanfattning {(m := mark())}", level=1)
    seen.append(m)
    p = d.add_paragraph(f"Tryggheten har ökat i tre av fem områden {(m := mark())}. " + paragraph(31000, 3))
    ppr(p, '<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="1F4E79"/><w:left w:val="single" w:sz="8" '
        'w:space="4" w:color="1F4E79"/><w:bottom w:val="single" w:sz="8" w:space="4" w:color="1F4E79"/><w:right '
        'w:val="single" w:sz="8" w:space="4" w:color="1F4E79"/></w:pBdr>')
    ppr(p, '<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>')
    ppr(p, '<w:spacing w:line="320" w:lineRule="atLeast"/>')
    seen.append(m)
    phrases.append(f"tryggheten har ökat i tre av fem områden {m}")
    for k in range(9):
        d.add_paragraph(paragraph(31010 + k, 5))
    d.add_paragraph(f"Avsnittet med linjerutnät slutar {(m := mark())}.")
    seen.append(m)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    margins(sec, 2.0, 2.0, 1.5, 1.5)
    del sec._sectPr.find(qn("w:docGrid")).attrib[qn("w:type")]
    d.add_heading(f"Områdenas resultat {(m := mark())}", level=1)
    seen.append(m)
    for k in range(8):
        p = d.add_paragraph(paragraph(31100 + k, 5))
        ppr(p, '<w:spacing w:line="240" w:lineRule="exact"/>')
    d.add_paragraph(f"Blanketten nedan fylls i av varje område {(m := mark())}.")
    seen.append(m)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i in range(1, 21):
        texts = [f"{i}.", f"Fråga {i} om tryggheten i området" + (f" {(m := mark())}" if i in (1, 20) else ""), ""]
        if i in (1, 20):
            seen.append(m)
        row = grid_row(t, texts, (1.2, 9.0, 7.8), '<w:trHeight w:val="680" w:hRule="exact"/>')
        for c in row.cells if i < 20 else []:
            ppr(c.paragraphs[0], "<w:keepNext/>")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    margins(sec, 2.5, 2.5, 2.5, 2.5)
    d.add_heading(f"Fortsatt arbete {(m := mark())}", level=1)
    seen.append(m)
    for k in range(4):
        d.add_paragraph(paragraph(31200 + k, 5))
    d.add_paragraph(f"Rapporten slutar här {(m := mark())}.")
    seen.append(m)
    d.save(out / "rapport16.docx")
    EXPECT.add("rapport16.docx", seen, [], phrases)


if __name__ == "__main__":
    main(EXPECT, "expect16-docx.json", rapport16)
