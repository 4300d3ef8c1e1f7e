"""beslut15.docx for the fifteenth blind set (tests/data/word/blind15), as python-docx plus raw
WordprocessingML makes it. Usage: python3 pydocx15.py OUT_DIR (also writes expect15-docx.json).

beslut15.docx (Calibri 11, as Word writes a report): a first page with a header and footer of
its own (w:titlePg, first/default header and footer parts), Heading 1 whose style says
w:pageBreakBefore and w:keepNext, Normal with w:widowControl, a 48-row table over pages whose
first row is marked w:tblHeader (repeated on every page) and whose rows may not split
(w:cantSplit), a numbered list interrupted by that table and continued after it (the same
w:numId), a second list of another numbering (a, b), and a two-column section
(w:cols w:num="2") in which a column break (w:br w:type="column") starts the second column,
then one column again.
"""
import sys
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, add, base, lvl, main, margins, numbering_part, paragraph, ppr, r, x  # noqa: E402

EXPECT = Expect()


def beslut15(out: Path):
    seen, unseen, phrases = [], [], []
    d = base("Calibri", 11, after=8)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    h1 = d.styles["Heading 1"].element
    h1.get_or_add_pPr().append(x('<w:pageBreakBefore/>'))
    d.styles["Normal"].element.get_or_add_pPr().append(x('<w:widowControl/>'))
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    sec.first_page_header.paragraphs[0].text = "EKBY KOMMUN\tBeslutsunderlag"
    sec.first_page_footer.paragraphs[0].text = "Postadress 123 45 Ekby"
    sec.header.paragraphs[0].text = "Ekby kommun · Beslutsunderlag"
    sec.footer.paragraphs[0].text = "Beslutsunderlag 2025"
    d.add_paragraph("Beslutsunderlag om äldreomsorg synlig730", style="Title")
    seen.append("synlig730")
    for k in range(3):
        d.add_paragraph(paragraph(27000 + k, 5))
    d.add_heading("Bakgrund synlig731", level=1)
    seen.append("synlig731")
    for k in range(2):
        d.add_paragraph(paragraph(27010 + k, 5))

    def li(text, num):
        p = d.add_paragraph(text, style="List Paragraph")
        ppr(p, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
    li("Fler platser i särskilt boende synlig732", 1)
    li("Kortare väntetid till hemtjänst synlig733", 1)
    seen += ["synlig732", "synlig733"]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Boende", "Platser", "Kommentar synlig734"]):
        c.text = h
    seen.append("synlig734")
    t.rows[0]._tr.get_or_add_trPr().append(x('<w:tblHeader/>'))
    for i in range(1, 48):
        cells = t.add_row().cells
        vals = [str(i), f"Boende {['Norrby', 'Söderå', 'Västerby'][i % 3]} {i}", str(20 + i),
                paragraph(27100 + i, 1)[:80]]
        if i in (24, 47):
            vals[1] += f" synlig{735 + (i == 47)}"
        for c, v in zip(cells, vals):
            c.text = v
    seen += ["synlig735", "synlig736"]
    for row in t.rows[1:]:
        row._tr.get_or_add_trPr().append(x('<w:cantSplit/>'))
    li("Fler anställda med undersköterskeutbildning synlig737", 1)
    li("Bättre måltider synlig738", 1)
    seen += ["synlig737", "synlig738"]
    phrases += ["3 fler anställda med undersköterskeutbildning synlig737", "4 bättre måltider synlig738"]
    d.add_paragraph(paragraph(27020, 3))
    li("En ny lista synlig739", 2)
    li("Dess andra punkt synlig740", 2)
    seen += ["synlig739", "synlig740"]
    phrases += ["a en ny lista synlig739", "b dess andra punkt synlig740"]
    d.add_heading("Konsekvenser synlig741", level=1)
    seen.append("synlig741")
    d.add_paragraph(paragraph(27030, 3))
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    for k in range(2):
        d.add_paragraph(paragraph(27040 + k, 3))
    p = d.add_paragraph("Vänster spalt slutar synlig742.")
    p2 = d.add_paragraph()
    add(p2, '<w:r><w:br w:type="column"/></w:r>', r("Höger spalt börjar synlig743. " + paragraph(27050, 2)))
    seen += ["synlig742", "synlig743"]
    d.add_paragraph(paragraph(27051, 3))
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    sec._sectPr.find(qn("w:cols")).set(qn("w:num"), "1")
    d.add_heading("Förslag till beslut synlig744", level=1)
    seen.append("synlig744")
    for k in range(2):
        d.add_paragraph(paragraph(27060 + k, 4))
    d.add_paragraph("Underlaget slutar här synlig745.")
    seen.append("synlig745")
    path = out / "beslut15.docx"
    d.save(path)
    numbering_part(path, {1: [lvl(0, "decimal", "%1.")], 2: [lvl(0, "lowerLetter", "%1)")]})
    EXPECT.add("beslut15.docx", seen, unseen, phrases)


if __name__ == "__main__":
    main(EXPECT, "expect15-docx.json", beslut15)
