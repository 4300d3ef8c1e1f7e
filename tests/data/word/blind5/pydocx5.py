"""The fifth blind Word-file set (tests/data/word/blind5): page layouts the first four sets did
not try, for the page and text figures of PAGES.md. Usage:

    python3 pydocx5.py OUT_DIR

OUT_DIR gets (python-docx plus WordprocessingML it does not write; no rendered page breaks,
so the pages must be estimated):
- kallelse5.docx: a kallelse with föredragningslista in Calibri 11, a header and footer of
  a different first page (w:titlePg) and of the other pages, the agenda as a numbered table
  (Nr, Ärende, Dnr, Föredragande) of 28 rows with narrow number columns, each row's Ärende
  cell with a title and a short description;
- delegation5.docx: a list of delegationsbeslut in Times New Roman 11: numbered decision
  paragraphs each with a footnote (22 footnotes, on every page), then a landscape section
  with a seven-column table of 40 decisions, then a portrait section again;
- info5.docx: an information letter in Georgia 10.5 on A4: a title and lead in one column,
  then a section of two columns (w:cols num=2, 1.25 cm apart) of running text with
  headings, then one column again for a signature block;
- plan5.md: the markdown pandoc turns into a .docx with reference5.docx (pandoc's own
  reference document with Body Text in Garamond 12, 1.5 lines, margins of 3 cm), written by
  make.sh.
"""
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind"))
sys.path.insert(0, str(HERE.parent))
import docx_parts  # noqa: E402
from texts import paragraph, sentence  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NAMES = ["Anna Berg", "Per Ek", "Karin Lindqvist", "Omar Haddad", "Lena Åström", "Jonas Öberg"]


def base(font: str, size: float, after: float = 6):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(after)
    for h in ("Heading 1", "Heading 2", "Title"):
        d.styles[h].font.name = font
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return d


def margins(sec, top, bottom, left, right):
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)


def widths(table, cm):
    for row in table.rows:
        for cell, w in zip(row.cells, cm):
            cell.width = Cm(w)


def kallelse(out: Path):
    d = base("Calibri", 11)
    sec = d.sections[0]
    margins(sec, 2.5, 2.0, 2.5, 2.5)
    sec.different_first_page_header_footer = True
    sec.first_page_header.paragraphs[0].text = "EKBY KOMMUN Kommunstyrelsen KALLELSE"
    sec.first_page_footer.paragraphs[0].text = "Postadress Box 100, 123 45 Ekby Telefon 0123-456 00"
    sec.header.paragraphs[0].text = "Kallelse kommunstyrelsen 2025-12-10"
    sec.footer.paragraphs[0].text = "Ekby kommun"
    d.add_heading("Kallelse till sammanträde med kommunstyrelsen", level=1)
    for k, v in [("Tid", "onsdagen den 10 december 2025 kl. 09.00"), ("Plats", "Stora sessionssalen, stadshuset"),
                 ("Ordförande", "Anna Berg"), ("Sekreterare", "Per Ek")]:
        p = d.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(v)
    d.add_paragraph(paragraph(1200, 2))
    d.add_heading("Föredragningslista", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Ärende", "Dnr", "Föredragande"]):
        c.text = h
    for i in range(28):
        cells = t.add_row().cells
        cells[0].text = f"{i + 1}."
        cells[1].text = f"Ärende om {sentence(1210 + i).split(' ', 1)[1][:-1].lower()}"
        cells[1].add_paragraph(sentence(1250 + i) if i % 3 else paragraph(1250 + i, 2))
        cells[2].text = f"KS 2025/{300 + 7 * i}"
        cells[3].text = NAMES[i % len(NAMES)]
    widths(t, [1.2, 10.3, 2.8, 1.7])
    d.add_paragraph()
    d.add_paragraph(paragraph(1300, 3))
    d.add_paragraph("Anna Berg, ordförande")
    d.save(out / "kallelse5.docx")


NOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
{body}</w:footnotes>"""
NOTE = """<w:footnote w:id="{id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>"""


def footnotes(path: Path, texts: list[str]):
    """footnotes.xml (python-docx writes none), its content type and relationship."""
    body = "".join(NOTE.format(id=i + 1, text=t) for i, t in enumerate(texts))
    docx_parts.add_part(path, "footnotes.xml", NOTES.format(W=W, body=body), "footnotes", "footnotes", "rIdFn1")
    parts = docx_parts.read(path)
    parts["word/settings.xml"] = parts["word/settings.xml"].decode().replace(
        "</w:settings>", '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '</w:settings>').encode()
    docx_parts.write(path, parts)


def delegation(out: Path):
    d = base("Times New Roman", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.sections[0].header.paragraphs[0].text = "Delegationsbeslut socialnämnden november 2025"
    d.add_heading("Anmälan av delegationsbeslut", level=1)
    d.add_paragraph(paragraph(1400, 2))
    notes = []
    for i in range(22):
        p = d.add_paragraph()
        p.add_run(f"{i + 1}. Beslut den {1 + i % 28} november 2025, Dnr SN 2025/{500 + i}. ").bold = True
        p.add_run(paragraph(1410 + i, 2 + i % 3))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{i + 1}"/></w:r>'))
        notes.append(f"Delegat enligt delegationsordningen punkt {3 + i % 9}.{1 + i % 4}; " + sentence(1450 + i))
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    margins(sec, 2.0, 2.0, 2.0, 2.0)
    d.add_heading("Förteckning över delegationsbeslut", level=2)
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Datum", "Dnr", "Ärende", "Beslut", "Delegat", "Lagrum", "Anmärkning"]):
        c.text = h
    for i in range(40):
        cells = t.add_row().cells
        cells[0].text = f"2025-11-{1 + i % 28:02}"
        cells[1].text = f"SN 2025/{600 + i}"
        cells[2].text = sentence(1500 + i)
        cells[3].text = ["Bifall", "Avslag", "Delvis bifall"][i % 3]
        cells[4].text = NAMES[i % len(NAMES)]
        cells[5].text = f"{4 + i % 3} kap. {1 + i % 5} § SoL"
        cells[6].text = sentence(1550 + i) if i % 4 == 0 else ""
    widths(t, [2.2, 2.6, 8.0, 2.4, 3.0, 2.8, 4.7])
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph(paragraph(1600, 3))
    d.save(out / "delegation5.docx")
    footnotes(out / "delegation5.docx", notes)


def columns(sec, num: int, space_cm: float):
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {W}/>")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def info(out: Path):
    d = base("Georgia", 10.5)
    margins(d.sections[0], 2.0, 2.0, 2.0, 2.0)
    d.add_heading("Information om ändrade öppettider och nya e-tjänster", level=1)
    d.add_paragraph(paragraph(1700, 3)).runs[0].italic = True
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    columns(sec, 2, 1.25)
    for ch in range(7):
        d.add_heading(["Medborgarkontoret", "Biblioteken", "Simhallen", "Återvinningen", "Bygglov",
                       "Färdtjänst", "Kontakt"][ch], level=2)
        for i in range(3 + ch % 3):
            d.add_paragraph(paragraph(1710 + ch * 10 + i, 3 + (ch + i) % 3))
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    columns(sec, 1, 1.25)
    d.add_paragraph(paragraph(1800, 2))
    d.add_paragraph("Med vänliga hälsningar")
    d.add_paragraph("Lena Åström, kommundirektör")
    d.save(out / "info5.docx")


def plan_md(out: Path):
    """Markdown for pandoc: headings, lists, a pipe table, a block quote."""
    lines = ["---", "title: Plan för digital utveckling 2026–2028", "lang: sv-SE", "---", ""]
    for ch in range(5):
        lines += [f"# {['Inledning', 'Nuläge', 'Mål', 'Åtgärder', 'Uppföljning'][ch]}", ""]
        for i in range(3):
            lines += [paragraph(1900 + ch * 10 + i, 3 + (ch + i) % 3), ""]
        if ch == 2:
            lines += [f"{k + 1}. {sentence(1990 + k)}" for k in range(6)] + [""]
        if ch == 3:
            lines += ["| Åtgärd | Ansvarig | Klart |", "|:--|:--|:--|"]
            lines += [f"| {sentence(2000 + k)} | {NAMES[k % 6]} | {2026 + k % 3} |" for k in range(12)]
            lines += [""]
        if ch == 4:
            lines += ["> " + paragraph(2050, 2), ""]
    (out / "plan5.md").write_text("\n".join(lines), encoding="utf-8")


def reference(src: Path, out: Path):
    """pandoc's reference document with Body Text and First Paragraph in Garamond 12, 1.5
    lines, and 3 cm margins."""
    d = docx.Document(str(src))
    for name in ("Body Text", "First Paragraph", "Compact"):
        if name in [s.name for s in d.styles]:
            st = d.styles[name]
            st.font.name = "Garamond"
            st.font.size = Pt(12)
            st.paragraph_format.line_spacing = 1.5
    for sec in d.sections:
        margins(sec, 3.0, 3.0, 3.0, 3.0)
    d.save(str(out))


if __name__ == "__main__":
    out = Path(sys.argv[1])
    if len(sys.argv) > 3 and sys.argv[2] == "reference":
        reference(out, Path(sys.argv[3]))
    else:
        kallelse(out)
        delegation(out)
        info(out)
        plan_md(out)
