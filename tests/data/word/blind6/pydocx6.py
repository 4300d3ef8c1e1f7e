"""The sixth blind Word-file set (tests/data/word/blind6): kinds of file the first five sets
did not try, for the page and text figures of PAGES.md. Usage:

    python3 pydocx6.py OUT_DIR

OUT_DIR gets (python-docx plus WordprocessingML it does not write; no rendered page breaks,
so the pages must be estimated):
- protokoll6.docx: a protokoll in Arial 11 whose paragraphs carry tracked changes (w:ins,
  and w:del whose text says STRUKEN: it must not be extracted) and comments (comments.xml,
  whose text says KOMMENTAR: no text of the page), ending in a borderless two-column
  signature table (Vid protokollet / Justeras), then a new section "Bilaga 1" whose page
  numbers restart at 1 (w:pgNumType w:start) in a footer with a PAGE field;
- tjanst6.docx: a tjänsteskrivelse in Calibri 11 whose first page alone has a header table
  (Dnr / Datum / Handläggare; w:titlePg), with content controls (a block-level w:sdt
  around two paragraphs, a run-level w:sdt in a sentence) and a VML text box (a fact box
  anchored in a paragraph), a 3-column table and a bulleted list;
- plan6.md: markdown that make.sh gives to pandoc with --toc (a table of contents field).
"""
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind5"))
sys.path.insert(0, str(HERE.parent / "blind"))
sys.path.insert(0, str(HERE.parent))
import docx_parts  # noqa: E402
from pydocx5 import NAMES, W, base, margins, widths  # noqa: E402
from texts import paragraph, sentence  # noqa: E402

COMMENTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}>{body}</w:comments>"""
COMMENT = """<w:comment w:id="{id}" w:author="Per Ek" w:date="2025-11-20T10:00:00Z" w:initials="PE">
<w:p><w:r><w:t xml:space="preserve">KOMMENTAR {id}: {text}</w:t></w:r></w:p></w:comment>"""


def comments(path: Path, texts: list[str]):
    """comments.xml (python-docx writes none)."""
    body = "".join(COMMENT.format(id=i, text=t) for i, t in enumerate(texts))
    docx_parts.add_part(path, "comments.xml", COMMENTS.format(W=W, body=body), "comments", "comments", "rIdCm1")


def page_field(par):
    par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:t>1</w:t></w:r>'))
    par._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def protokoll(out: Path):
    d = base("Arial", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.sections[0].header.paragraphs[0].text = "Protokoll kommunstyrelsens arbetsutskott 2025-11-20"
    d.add_heading("Protokoll", level=1)
    for k, v in [("Plats och tid", "Lilla sessionssalen, torsdagen den 20 november 2025 kl. 13.00–15.30"),
                 ("Beslutande", ", ".join(NAMES[:4])), ("Justerare", NAMES[4])]:
        p = d.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(v)
    notes = []
    for i in range(14):
        d.add_heading(f"§ {101 + i} Ärende om {sentence(2100 + i).split(' ', 1)[1][:-1].lower()}", level=2)
        p = d.add_paragraph(paragraph(2110 + i, 2 + i % 3) + " ")
        if i % 2 == 0:
            p._p.append(parse_xml(f"<w:r {W}><w:t xml:space=\"preserve\">Beslutet </w:t></w:r>"))
            p._p.append(parse_xml(f'<w:del {W} w:id="{300 + i}" w:author="Per Ek" w:date="2025-11-20T10:00:00Z">'
                                  f'<w:r><w:delText xml:space="preserve">STRUKEN formulering {i} </w:delText></w:r></w:del>'))
            p._p.append(parse_xml(f'<w:ins {W} w:id="{400 + i}" w:author="Per Ek" w:date="2025-11-20T10:00:00Z">'
                                  f'<w:r><w:t xml:space="preserve">gäller från och med den 1 januari 2026. </w:t></w:r></w:ins>'))
        if i % 3 == 0:
            n = len(notes)
            p._p.append(parse_xml(f'<w:commentRangeStart {W} w:id="{n}"/>'))
            p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">Ärendet återremitteras inte.</w:t></w:r>'))
            p._p.append(parse_xml(f'<w:commentRangeEnd {W} w:id="{n}"/>'))
            p._p.append(parse_xml(f'<w:r {W}><w:commentReference w:id="{n}"/></w:r>'))
            notes.append(sentence(2150 + i))
        d.add_paragraph("Arbetsutskottet beslutar " + sentence(2170 + i)[0].lower() + sentence(2170 + i)[1:])
    d.add_paragraph()
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Vid protokollet", "Justeras"), (NAMES[1], f"{NAMES[0]}, ordförande"),
                                ("", f"{NAMES[4]}, justerare")]):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = a, b
    widths(t, [8.0, 8.0])
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = False
    page_field(sec.footer.paragraphs[0])
    sec._sectPr.append(parse_xml(f'<w:pgNumType {W} w:start="1"/>'))
    d.add_heading("Bilaga 1 Yttrande från socialnämnden", level=1)
    for i in range(5):
        d.add_paragraph(paragraph(2200 + i, 4))
    d.save(out / "protokoll6.docx")
    comments(out / "protokoll6.docx", notes)


TEXTBOX = """<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="fakta" type="#_x0000_t202"
 style="position:absolute;margin-left:300pt;margin-top:0;width:150pt;height:120pt;z-index:1"
 stroked="t"><v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Faktaruta</w:t></w:r></w:p>
<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""


def tjanst(out: Path):
    d = base("Calibri", 11)
    sec = d.sections[0]
    margins(sec, 2.5, 2.5, 2.5, 2.5)
    sec.different_first_page_header_footer = True
    head = sec.first_page_header
    head.paragraphs[0].text = "EKBY KOMMUN Tekniska förvaltningen"
    ht = head.add_table(rows=2, cols=3, width=Cm(16))
    for c, (k, v) in enumerate([("Dnr", "TN 2025/417"), ("Datum", "2025-11-18"), ("Handläggare", NAMES[2])]):
        ht.rows[0].cells[c].text, ht.rows[1].cells[c].text = k, v
    sec.header.paragraphs[0].text = "Tjänsteskrivelse TN 2025/417"
    d.add_heading("Tjänsteskrivelse: Upphandling av vinterväghållning 2026–2030", level=1)
    d.add_heading("Förslag till beslut", level=2)
    body = d.element.body
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="Beslutsförslag"/><w:tag w:val="beslut"/></w:sdtPr>'
                    f'<w:sdtContent><w:p><w:r><w:t>1. {sentence(2300)}</w:t></w:r></w:p>'
                    f'<w:p><w:r><w:t>2. {sentence(2301)}</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, sdt)
    d.add_heading("Sammanfattning", level=2)
    p = d.add_paragraph(paragraph(2310, 3) + " Ansvarig handläggare är ")
    p._p.append(parse_xml(f'<w:sdt {W}><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>{NAMES[2]}</w:t></w:r>'
                          f'</w:sdtContent></w:sdt>'))
    p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">, tekniska förvaltningen.</w:t></w:r>'))
    for ch in range(5):
        d.add_heading(["Bakgrund", "Ärendet", "Ekonomiska konsekvenser", "Miljö", "Samråd"][ch], level=2)
        for i in range(2 + ch % 2):
            p = d.add_paragraph(paragraph(2320 + ch * 10 + i, 3 + (ch + i) % 3))
            if ch == 1 and i == 0:
                p._p.append(parse_xml(TEXTBOX.format(W=W, text=sentence(2390))))
        if ch == 2:
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["År", "Kostnad (tkr)", "Kommentar"]):
                c.text = h
            for k in range(8):
                cells = t.add_row().cells
                cells[0].text, cells[1].text = str(2026 + k), f"{4200 + 180 * k} "
                cells[2].text = sentence(2400 + k)
            widths(t, [2.0, 3.0, 11.0])
        if ch == 3:
            for k in range(5):
                d.add_paragraph(sentence(2420 + k), style="List Bullet")
    d.add_paragraph()
    d.add_paragraph(f"{NAMES[2]}, gatuingenjör")
    d.add_paragraph(f"{NAMES[3]}, förvaltningschef")
    d.save(out / "tjanst6.docx")


def plan_md(out: Path):
    """Markdown for pandoc --toc: numbered headings of three levels, lists, a table."""
    lines = ["---", "title: Handlingsplan för klimatanpassning 2026–2029", "lang: sv-SE", "---", ""]
    for ch in range(6):
        lines += [f"# {['Syfte', 'Risker', 'Översvämning', 'Värmeböljor', 'Åtgärder', 'Uppföljning'][ch]}", ""]
        for s in range(2):
            lines += ["## " + " ".join(sentence(2500 + ch * 5 + s).split(" ")[1:5]), ""]
            lines += [paragraph(2510 + ch * 10 + s, 3 + (ch + s) % 3), ""]
        if ch == 4:
            lines += [f"- {sentence(2600 + k)}" for k in range(6)] + [""]
            lines += ["| Åtgärd | Ansvar | År |", "|:--|:--|:--|"]
            lines += [f"| {sentence(2620 + k)} | {NAMES[k % 6]} | {2026 + k % 4} |" for k in range(10)] + [""]
    (out / "plan6.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    protokoll(out)
    tjanst(out)
    plan_md(out)
