"""The fourth blind Word-file set (tests/data/word/blind4): the page layout of documents of the
kind Swedish municipalities publish, for the page figures of PAGES.md. Usage:

    python3 pydocx4.py OUT_DIR

OUT_DIR gets (python-docx, no w:lastRenderedPageBreak: the pages must be estimated):
- tjanst4.docx: a tjänsteskrivelse in Arial 11 on A4 with narrow margins (top/bottom 2 cm),
  1.15 line spacing and 6 pt after; a header-table (Handläggare, Datum, Diarienummer) at the
  top of the body, keep-with-next headings, a 48-row table that crosses pages with a repeated
  header row, an inline picture 7 cm high, a "page break before" heading, widow control;
- protokoll4.docx: a protokoll in Times New Roman 12 with exact 15 pt lines; paragraphs (§)
  with 12 pt before, a landscape section with 1.5 cm margins and a wide table, an A5 section,
  a signature table at the end;
- rapport4.docx: a long report in Cambria 12 (the theme's minor font), double-spaced
  passages, headings with 24 pt before, a picture 4 cm high among the text, letter size.
"""
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "blind"))
from texts import paragraph, sentence  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import png  # noqa: E402


def base(font: str, size: float, after: float, line):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    pf = st.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(0)
    if isinstance(line, float):
        pf.line_spacing = line
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line[0])
    pf.widow_control = True
    for h in ("Heading 1", "Heading 2"):
        hs = d.styles[h]
        hs.font.name = font
        hs.paragraph_format.keep_with_next = True
    return d


def margins(sec, top, bottom, left, right):
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def tjanst(out: Path, pic: Path):
    d = base("Arial", 11, 6, 1.15)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    margins(sec, 2.0, 2.0, 2.5, 2.0)
    sec.header.paragraphs[0].text = "Ekby kommun Kommunledningskontoret"
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Handläggare", "Karin Lindqvist"), ("Datum", "2025-11-04"),
                                ("Diarienummer", "KS 2025/412")]):
        t.cell(i, 0).text, t.cell(i, 1).text = k, v
    d.add_heading("Tjänsteskrivelse om upphandling av skolskjuts", level=1)
    d.add_heading("Sammanfattning", level=2)
    for i in range(3):
        d.add_paragraph(paragraph(400 + i, 5))
    d.add_heading("Bakgrund", level=2)
    for i in range(4):
        d.add_paragraph(paragraph(410 + i, 6))
    d.add_heading("Sträckor och kostnader", level=2)
    d.add_paragraph(sentence(431))
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Sträcka", "Elever", "Kostnad", "Anmärkning"]):
        c.text = h
    repeat_header(t.rows[0])
    for i in range(48):
        cells = t.add_row().cells
        cells[0].text = f"Linje {i + 1}: {['Ekby', 'Norrby', 'Västerås', 'Åby'][i % 4]} – skolan"
        cells[1].text = str(12 + (i * 7) % 30)
        cells[2].text = f"{(i * 3137) % 90000 + 10000} kr"
        cells[3].text = sentence(440 + i) if i % 5 == 0 else ""
    d.add_paragraph(sentence(500))
    d.add_heading("Karta", level=2)
    d.add_picture(str(pic), height=Cm(7))
    d.add_paragraph("Bilden visar skolskjutslinjerna i kommunens norra del.")
    for i in range(5):
        d.add_paragraph(paragraph(510 + i, 4))
    h = d.add_heading("Förslag till beslut", level=2)
    h.paragraph_format.page_break_before = True
    for i in range(3):
        d.add_paragraph(f"{i + 1}. " + sentence(530 + i))
    for i in range(6):
        d.add_paragraph(paragraph(540 + i, 5))
    d.save(out / "tjanst4.docx")


def protokoll(out: Path):
    d = base("Times New Roman", 12, 0, (15,))
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    margins(sec, 2.5, 2.5, 3.0, 2.5)
    sec.header.paragraphs[0].text = "PROTOKOLL Kommunstyrelsen 2025-10-21"
    d.add_heading("Protokoll kommunstyrelsen", level=1)
    for k in range(14):
        h = d.add_heading(f"§ {101 + k} Ärende {k + 1}, Dnr KS 2025/{200 + k}", level=2)
        h.paragraph_format.space_before = Pt(12)
        for i in range(2 + k % 3):
            p = d.add_paragraph(paragraph(600 + k * 5 + i, 3 + (k + i) % 4))
            p.paragraph_format.space_after = Pt(6)
        d.add_paragraph("Beslut").runs[0].bold = True
        d.add_paragraph(sentence(700 + k))
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    margins(sec, 1.5, 1.5, 1.5, 1.5)
    d.add_heading("Bilaga 1 Sammanställning", level=2)
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["§", "Ärende", "Nämnd", "Belopp", "Status", "Kommentar"]):
        c.text = h
    for i in range(30):
        cells = t.add_row().cells
        cells[0].text = str(101 + i % 14)
        cells[1].text = f"Ärende {i + 1}"
        cells[2].text = ["Socialnämnden", "Tekniska nämnden", "Barn- och utbildningsnämnden"][i % 3]
        cells[3].text = f"{(i * 7919) % 500000} kr"
        cells[4].text = ["Pågår", "Klart", "Ej påbörjat"][i % 3]
        cells[5].text = sentence(800 + i)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(14.8), Cm(21.0)
    margins(sec, 2.0, 2.0, 2.0, 2.0)
    d.add_heading("Bilaga 2 Yttrande", level=2)
    for i in range(6):
        d.add_paragraph(paragraph(850 + i, 4)).paragraph_format.space_after = Pt(6)
    d.add_paragraph("Justering")
    t = d.add_table(rows=2, cols=2)
    for i, (a, b) in enumerate([("Ordförande", "Justerare"), ("Anna Berg", "Per Ek")]):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    d.save(out / "protokoll4.docx")


def rapport(out: Path, pic: Path):
    d = docx.Document()  # Cambria 12 from the theme, as the template has it
    st = d.styles["Normal"]
    st.font.size = Pt(12)
    st.paragraph_format.space_after = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.59), Cm(27.94)
    margins(sec, 2.54, 2.54, 3.17, 3.17)
    for h in ("Heading 1", "Heading 2"):
        d.styles[h].paragraph_format.space_before = Pt(24)
    d.add_heading("Uppföljning av miljöprogrammet 2021–2024", level=1)
    for ch in range(6):
        d.add_heading(f"{ch + 1} Kapitel om {['luft', 'vatten', 'mark', 'energi', 'avfall', 'natur'][ch]}", level=1)
        for s in range(3):
            d.add_heading(f"{ch + 1}.{s + 1} Delmål {s + 1}", level=2)
            for i in range(2 + (ch + s) % 3):
                p = d.add_paragraph(paragraph(900 + ch * 20 + s * 5 + i, 3 + (i + s) % 4))
                if ch == 2:
                    p.paragraph_format.line_spacing = 2.0
            if s == 1 and ch % 2 == 0:
                d.add_picture(str(pic), height=Cm(4))
    d.save(out / "rapport4.docx")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    pic = out / "bild.png"
    png(pic)
    tjanst(out, pic)
    protokoll(out)
    rapport(out, pic)
