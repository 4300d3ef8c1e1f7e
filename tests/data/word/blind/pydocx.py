"""Two .docx files written with python-docx, the way scripts and some case systems write them
(no rendered page breaks at all), for the blind Word-file set. Usage:

    python3 pydocx.py OUT_DIR FINAL_DIR

OUT_DIR gets pydocx-lang.docx and pydocx-spar.docx; FINAL_DIR gets pydocx-spar.docx with its
tracked changes accepted and its comment removed (the text a reader sees; its PDF is the truth).
"""
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

from texts import paragraph, sentence

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def field(par, instr: str, shown: str):
    """A complex field (begin, instruction, separate, result, end) at the end of `par`."""
    for xml in (
        f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {W}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W}><w:t>{shown}</w:t></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        par._p.append(parse_xml(xml))


def hyperlink(doc, par, url: str, text: str):
    rid = doc.part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    par._p.append(parse_xml(
        f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:id="{rid}"><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>{text}</w:t></w:r></w:hyperlink>'))


def running(section, title: str):
    hp = section.header.paragraphs[0]
    hp.text = title + " "
    fp = section.footer.paragraphs[0]
    fp.add_run("Sida ")
    field(fp, "PAGE", "1")
    fp.add_run(" av ")
    field(fp, "NUMPAGES", "1")


def lang(out: Path):
    """A long plan: 14 chapters, two heading levels, multi-level lists, a table with merged
    cells, a hyperlink, header and footer with page fields; no page break of any kind."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    running(sec, "Långsiktig verksamhetsplan 2022–2025")
    d.add_heading("Långsiktig verksamhetsplan för Norrbyns kommun", 0)
    p = d.add_paragraph("Planen finns också på ")
    hyperlink(d, p, "https://www.example.se/plan", "kommunens webbplats")
    p.add_run(".")
    n = 0
    for ch in range(1, 15):
        d.add_heading(f"{ch}. Område {ch}: {sentence(ch * 11)[:-1].split(' ', 1)[1][:40]}", 1)
        for k in range(3):
            d.add_paragraph(paragraph(n))
            n += 1
        d.add_heading(f"{ch}.1 Åtgärder", 2)
        for k in range(3):
            d.add_paragraph(sentence(n * 3 + k), style="List Number")
            d.add_paragraph(sentence(n * 3 + k + 40), style="List Number 2")
        d.add_paragraph(sentence(n + 90), style="List Bullet")
        d.add_paragraph(sentence(n + 91), style="List Bullet 2")
        if ch % 4 == 0:
            t = d.add_table(rows=4, cols=3)
            t.style = "Table Grid"
            t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "Insats", "Ansvar", "Tid"
            t.cell(1, 0).merge(t.cell(2, 0)).text = f"Insats {ch} gäller två förvaltningar"
            t.cell(1, 1).text, t.cell(1, 2).text = "Socialnämnden", "2023"
            t.cell(2, 1).text, t.cell(2, 2).text = "Tekniska nämnden", "2024"
            t.cell(3, 0).merge(t.cell(3, 2)).text = "Summa kostnader redovisas i bokslutet"
        d.add_paragraph(paragraph(n))
        n += 1
    d.save(out / "pydocx-lang.docx")


def spar(out: Path, final: bool):
    """A tjänsteskrivelse with what editing leaves: tracked insertions and deletions, a
    comment, a text box, date and page-reference fields, a second section in landscape with
    other margins, a manual page break."""
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    running(sec, "Tjänsteskrivelse Dnr KS 2022/417")
    d.add_heading("Svar på medborgarförslag om spårvagn till Västra hamnen", 1)
    p = d.add_paragraph("Datum: ")
    field(p, 'DATE \\@ "yyyy-MM-dd"', "2022-03-14")
    p = d.add_paragraph("Förvaltningen har tagit emot ett förslag om ")
    if final:
        p.add_run("en ny spårvagnslinje")
    else:
        p._p.append(parse_xml(
            f'<w:del {W} w:id="1" w:author="Handläggare" w:date="2022-03-10T10:00:00Z">'
            '<w:r><w:delText>en buss</w:delText></w:r></w:del>'))
        p._p.append(parse_xml(
            f'<w:ins {W} w:id="2" w:author="Handläggare" w:date="2022-03-10T10:00:00Z">'
            '<w:r><w:t>en ny spårvagnslinje</w:t></w:r></w:ins>'))
    p.add_run(" mellan centralstationen och Västra hamnen.")
    if not final:
        d.add_comment(p.runs[-1], text="Kontrollera sträckningen med trafikenheten", author="Chef")
    for i in range(6):
        d.add_paragraph(paragraph(200 + i))
    p = d.add_paragraph("Bakgrunden finns på sidan ")
    field(p, "PAGEREF bakgrund \\h", "2")
    p.add_run(" i denna skrivelse.")
    box = d.add_paragraph()
    box._p.append(parse_xml(
        f'<w:r {W} {VML}><w:pict><v:shape id="ruta" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:150pt;height:70pt;z-index:1">'
        '<v:textbox><w:txbxContent><w:p><w:r><w:t>Faktaruta: linjen blir 4,2 kilometer lång '
        'med sju hållplatser.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    for i in range(4):
        d.add_paragraph(paragraph(210 + i))
    d.add_page_break()
    h = d.add_heading("Bakgrund", 2)
    h._p.insert(1, parse_xml(f'<w:bookmarkStart {W} w:id="0" w:name="bakgrund"/>'))
    h._p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="0"/>'))
    for i in range(5):
        p = d.add_paragraph(paragraph(220 + i))
        if i == 2 and not final:
            p._p.append(parse_xml(
                f'<w:del {W} w:id="3" w:author="Handläggare" w:date="2022-03-11T10:00:00Z">'
                '<w:r><w:delText> Denna mening är struken ur förslaget.</w:delText></w:r></w:del>'))
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin = new.right_margin = Cm(3)
    d.add_heading("Bilaga: kostnader per år", 2)
    t = d.add_table(rows=3, cols=5)
    t.style = "Table Grid"
    for j, y in enumerate(["Post", "2023", "2024", "2025", "2026"]):
        t.cell(0, j).text = y
    t.cell(1, 0).text = "Investering"
    for j in range(1, 5):
        t.cell(1, j).text = f"{j * 12} mnkr"
    t.cell(2, 0).text = "Drift"
    t.cell(2, 1).merge(t.cell(2, 4)).text = "Ingår i trafikavtalet"
    for i in range(3):
        d.add_paragraph(paragraph(230 + i))
    d.save(out / "pydocx-spar.docx")


if __name__ == "__main__":
    out, fin = Path(sys.argv[1]), Path(sys.argv[2])
    lang(out)
    spar(out, final=False)
    spar(fin, final=True)
