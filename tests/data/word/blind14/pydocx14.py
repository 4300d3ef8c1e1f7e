"""toc14.docx for the fourteenth blind set (tests/data/word/blind14), as python-docx plus raw
WordprocessingML makes it. Usage: python3 pydocx14.py OUT_DIR (also writes expect14-docx.json).

toc14.docx: a report whose table of contents is Word's own (a w:sdt of docPartGallery "Table of
Contents" holding a TOC field whose entries are hyperlinks to _Toc bookmarks, each with a
PAGEREF field for its page number), footnotes and endnotes in the same document (two of each,
one endnote holding two paragraphs), a comment, then a landscape section with a wide table,
then portrait again.
"""
import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import (DATE, Expect, add, base, comments_part, fld, main, note_ref, notes_part, paragraph,  # noqa: E402,F401
                     r, x)

EXPECT = Expect()


def toc_entry(i, title, page, first=False, last=False):
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
             '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if first else ""
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if last else ""
    pageref = fld(f"PAGEREF _Toc{i} \\h", str(page))
    link = f'<w:hyperlink w:anchor="_Toc{i}" w:history="1">{r(title)}<w:r><w:tab/></w:r>{pageref}</w:hyperlink>'

    return (f'<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/>'
            f'</w:tabs></w:pPr>{begin}{link}{end}</w:p>')


def toc14(out: Path):
    seen, unseen, phrases = [], [], []
    d = base("Calibri", 11)
    heads = [("Bakgrund", 2), ("Genomförande", 2), ("Bilaga: kostnader", 3), ("Slutsatser", 4)]
    d.add_paragraph("Rapport om digital service 2025 synlig660", style="Title")
    seen.append("synlig660")
    body = d.element.body
    sdt = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
           '</w:docPartObj></w:sdtPr><w:sdtContent>'
           '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr>' + r("Innehåll synlig661") + '</w:p>'
           + "".join(toc_entry(i, h, p, i == 0, i == len(heads) - 1) for i, (h, p) in enumerate(heads))
           + '</w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, x(sdt))
    seen.append("synlig661")
    phrases.append("innehåll synlig661 bakgrund 2 genomförande 2 bilaga kostnader 3 slutsatser 4")
    d.add_paragraph().add_run().add_break(7)  # WD_BREAK.PAGE
    def head(i):
        p = d.add_heading(level=1)
        add(p, f'<w:bookmarkStart w:id="{i}" w:name="_Toc{i}"/>', r(heads[i][0]), f'<w:bookmarkEnd w:id="{i}"/>')
    head(0)
    p = d.add_paragraph(paragraph(25000, 3))
    add(p, r(" Enkäten besvarades av 1 204 invånare synlig662."), note_ref("footnote", 1))
    seen.append("synlig662")
    p = d.add_paragraph()
    add(p, '<w:commentRangeStart w:id="0"/>', r("Andelen digitala ärenden ökade till 71 procent synlig663"),
        '<w:commentRangeEnd w:id="0"/>', '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
        r(" under året."), note_ref("endnote", 1))
    seen.append("synlig663")
    unseen.append("osynlig660")
    head(1)
    for k in range(5):
        d.add_paragraph(paragraph(25010 + k, 4))
    p = d.add_paragraph(paragraph(25020, 2))
    add(p, note_ref("footnote", 2), r(" E-tjänsterna samlas i en portal synlig664."), note_ref("endnote", 2))
    seen.append("synlig664")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    head(2)
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tjänst", "Nämnd", "2023", "2024", "2025", "Ärenden", "Kommentar"]):
        c.text = h
    for i in range(1, 19):
        cells = t.add_row().cells
        vals = [f"E-tjänst {i}", ["SN", "BUN", "TN"][i % 3], str(100 * i), str(120 * i), str(130 * i), str(37 * i),
                paragraph(25100 + i, 1)[:70]]
        if i == 9:
            vals[6] = "Ny tjänst för bygglov synlig665"
            seen.append("synlig665")
        for c, v in zip(cells, vals):
            c.text = v
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    head(3)
    for k in range(3):
        d.add_paragraph(paragraph(25200 + k, 4))
    d.add_paragraph("Rapporten avslutas synlig666.")
    seen.append("synlig666")
    path = out / "toc14.docx"
    d.save(path)
    notes_part(path, "footnote", [["Enkäten gjordes i mars synlig667."], ["Se bilaga 2 synlig668."]])
    notes_part(path, "endnote", [["Källa: ärendesystemet synlig669."],
                                 ["Portalen öppnade i maj synlig670.", "Den ersatte fyra webbplatser synlig671."]])
    comments_part(path, [["osynlig660 varifrån kommer siffran?"]])
    seen += ["synlig667", "synlig668", "synlig669", "synlig670", "synlig671"]
    EXPECT.add("toc14.docx", seen, unseen, phrases)


if __name__ == "__main__":
    main(EXPECT, "expect14-docx.json", toc14)
