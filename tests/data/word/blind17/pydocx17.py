"""brev17.docx for the seventeenth blind set (tests/data/word/blind17), as python-docx plus raw
WordprocessingML makes it. Usage: python3 pydocx17.py OUT_DIR (also writes expect17-docx.json).

brev17.docx (Calibri 11, A4, top margin 2 cm, header 1.25 cm from the edge): a letterhead in
the header of every page that is an inline empty drawing (a DrawingML rectangle `wps:wsp` in
`wp:inline`, 16 × 3.4 cm), taller than the top margin (Word and LibreOffice push the text
down below it); paragraphs of 11 pt text with one word in 20 pt (`w:sz` 40) that makes its
line taller; a list of 24 items with 12 pt after each but `w:contextualSpacing` (no space
between paragraphs of the same style); a passage whose characters are spaced out 1.5 pt
(`w:rPr/w:spacing`); a table of 14 rows at least 1.5 cm high (`w:trHeight w:hRule="atLeast"`);
a large inline empty drawing (16 × 11 cm) in a paragraph of its own; closing paragraphs.
"""
import sys
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, marker, add, grid_row, base, main, margins, paragraph, ppr, r, x  # noqa: E402

EXPECT = Expect()
mark = marker(950)
EMU = 360000


def drawing(i, w_cm, h_cm):
    """An inline empty rectangle of w_cm × h_cm (DrawingML shape, no text, no picture)."""
    cx, cy = int(w_cm * EMU), int(h_cm * EMU)
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{i}" name="Rektangel {i}"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom '
            'prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:srgbClr val="1F4E79"/>'
            '</a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def brev17(out: Path):
    seen, phrases = [], []
    d = base("Calibri", 11, after=8)
    sec = d.sections[0]
    margins(sec, 2.0, 2.0, 2.5, 2.5)
    sec.header_distance = Cm(1.25)
    add(sec.header.paragraphs[0], drawing(1, 16, 3.4))
    d.add_paragraph(f"Information om ny avfallstaxa {(m := mark())}", style="Title")
    seen.append(m)
    for k in range(6):
        p = d.add_paragraph(paragraph(33000 + k, 2) + " ")
        add(p, r("Viktigt", '<w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>'),
            r(" " + paragraph(33010 + k, 2) + (f" {(m := mark())}" if k in (0, 5) else "")))
        if k in (0, 5):
            seen.append(m)
            phrases.append("viktigt " + " ".join(paragraph(33010 + k, 2).lower().split()[:4]))
    d.add_heading(f"Det här gäller från 1 januari {(m := mark())}", level=1)
    seen.append(m)
    for i in range(1, 25):
        p = d.add_paragraph(f"Punkt {i}: " + paragraph(33100 + i, 1)[:70] + (f" {(m := mark())}" if i in (1, 24) else ""),
                            style="List Paragraph")
        ppr(p, '<w:contextualSpacing/>')
        ppr(p, '<w:spacing w:after="240"/>')
        if i in (1, 24):
            seen.append(m)
    d.add_heading(f"Särskilda villkor {(m := mark())}", level=1)
    seen.append(m)
    for k in range(5):
        p = d.add_paragraph()
        add(p, r(paragraph(33200 + k, 3) + (f" {(m := mark())}" if k == 4 else ""),
                 '<w:rPr><w:spacing w:val="30"/></w:rPr>'))
        if k == 4:
            seen.append(m)
    d.add_paragraph(f"Avgifterna per område framgår av tabellen {(m := mark())}.")
    seen.append(m)
    t = d.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i in range(1, 15):
        grid_row(t, [f"Område {i}" + (f" {(m := mark())}" if i == 14 else ""), f"{480 + 15 * i} kr",
                     "Hämtning varannan vecka"], (5.0, 4.0, 7.0), '<w:trHeight w:val="850" w:hRule="atLeast"/>')
        if i == 14:
            seen.append(m)
    d.add_paragraph(f"Kartan visar hämtområdena {(m := mark())}.")
    seen.append(m)
    add(d.add_paragraph(), drawing(2, 16, 11))
    for k in range(4):
        d.add_paragraph(paragraph(33300 + k, 4))
    d.add_paragraph(f"Med vänliga hälsningar, Tekniska förvaltningen {(m := mark())}")
    seen.append(m)
    phrases.append(f"med vänliga hälsningar tekniska förvaltningen {m}")
    d.save(out / "brev17.docx")
    EXPECT.add("brev17.docx", seen, [], phrases)


if __name__ == "__main__":
    main(EXPECT, "expect17-docx.json", brev17)
