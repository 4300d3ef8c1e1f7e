"""The python-docx files of the eighteenth blind set (tests/data/word/blind18), as a
municipality's staff write them in Word. Usage: python3 pydocx18.py OUT_DIR (also writes
expect18-docx.json). Markers as in blind9-17 (`synligN` read once, `osynligN` never, `fraser`
phrases in order). Files:

tjanst18.docx: a tjänsteskrivelse (Calibri 11) whose first-page header is a letterhead table
(a logo picture 3 × 1.6 cm, the office, the document kind and date, the diary number) and
whose later pages' header is "Sida N (M)" in PAGE/NUMPAGES fields; a decision proposal as a
numbered list, the case text, a list of documents and a borderless signature table.
plan18.docx: a plan whose middle section is landscape (a section break to A4 across, a table
of 8 columns and 30 rows with a repeated header row) between portrait sections.
rapport18.docx: a report (Cambria 12) opening with a table-of-contents field whose result
(dotted tab, PAGEREF page numbers) is already in the file, headings and 14 footnotes of one to
four lines each that take room at the foot of their pages.
brev18.docx: a letter whose sender address is a floating text box (wp:anchor, square wrap) at
the top right of the first page, the recipient's address, a date line and a two-page body.
blankett18.docx: an application form: a table of labels and content controls (plain text
filled in, one still showing its placeholder, a date picker, a dropdown, checkboxes), then a
rich-text control holding three paragraphs of motivation.
andring18.docx: a revised guideline with tracked changes (inserted and deleted runs, a whole
page of deleted paragraphs, a moved passage, a formatting change, a deleted paragraph mark
that joins two paragraphs)
and comments with a reply; Word is told to show the final text (w:revisionView) and so is
LibreOffice: the accepted text is the answer, the comments never in the body.
omslag18.docx: a report whose first section is a cover page (vertically centred title in
28 pt, a picture, no header), then a next-page section break to the body, whose page numbers
start at 1 again.
struken18.docx (the answer is nothing): a draft whose every paragraph is a tracked deletion,
with two comments: the accepted text is empty.
"""
import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import (DATE, Expect, add, base, comments_part, docx_parts, fld, grid_row, margins, marker,  # noqa: E402
                     note_ref, notes_part, paragraph, png, ppr, r, sentence, widths, x)
from xml.sax.saxutils import escape  # noqa: E402

EXPECT = Expect()
mark = marker(1100)
EMU = 360000
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def final_view(path):
    """Tell Word (and LibreOffice, which reads it) to show the document without its markup."""
    parts = docx_parts.read(path)
    parts["word/settings.xml"] = parts["word/settings.xml"].decode().replace(
        "<w:zoom", '<w:revisionView w:markup="0" w:insDel="0" w:formatting="0"/><w:zoom', 1).encode()
    docx_parts.write(path, parts)


def tjanst18(out: Path):
    seen, phrases = [], []
    png(out / "logo18.png", 150, 80)
    d = base("Calibri", 11, after=6)
    sec = d.sections[0]
    margins(sec, 2.5, 2.0, 2.5, 2.0)
    sec.header_distance = Cm(1.0)
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header
    t = fh.add_table(rows=2, cols=3, width=Cm(16.5))
    widths(t, (4.0, 7.5, 5.0))
    t.rows[0].cells[0].paragraphs[0].add_run().add_picture(str(out / "logo18.png"), width=Cm(3), height=Cm(1.6))
    t.rows[0].cells[1].text = "TJÄNSTESKRIVELSE"
    t.rows[0].cells[2].text = "Datum 2026-03-02"
    t.rows[1].cells[0].text = "Ekby kommun"
    t.rows[1].cells[1].text = "Samhällsbyggnadsförvaltningen\nPlanavdelningen"
    t.rows[1].cells[2].text = "Dnr KS 2026/112"
    fh.paragraphs[0].text = ""
    hp = sec.header.paragraphs[0]
    add(hp, r("Ekby kommun, tjänsteskrivelse\tSida "), fld("PAGE", "2"), r(" ("), fld("NUMPAGES", "3"), r(")"))
    d.add_paragraph(f"Detaljplan för kvarteret Lärkan, samråd {(m := mark())}", style="Title")
    seen.append(m)
    d.add_heading("Förslag till beslut", level=1)
    for i in range(1, 5):
        p = d.add_paragraph(sentence(36000 + i) + (f" {(m := mark())}" if i == 4 else ""), style="List Number")
        if i == 4:
            seen.append(m)
    d.add_heading(f"Sammanfattning {(m := mark())}", level=1)
    seen.append(m)
    d.add_paragraph(paragraph(36010, 5))
    d.add_heading("Ärendet", level=1)
    for k in range(9):
        d.add_paragraph(paragraph(36020 + k, 4 + k % 3) + (f" {(m := mark())}" if k in (4, 8) else ""))
        if k in (4, 8):
            seen.append(m)
            if k == 8:
                phrases.append(" ".join(paragraph(36028, 6).lower().replace(".", "").split()[-3:]) + f" {m}")
    d.add_heading("Beslutsunderlag", level=1)
    for s in ("Tjänsteskrivelse 2026-03-02", "Plankarta med bestämmelser", "Planbeskrivning", "Samrådsredogörelse"):
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph()
    t = d.add_table(rows=2, cols=2)
    t.rows[0].cells[0].text = "Maria Holm\nFörvaltningschef"
    t.rows[0].cells[1].text = "Erik Sand\nPlanarkitekt"
    t.rows[1].cells[0].text = "Beslutet skickas till"
    t.rows[1].cells[1].text = f"Byggnadsnämnden, Lantmäteriet {(m := mark())}"
    seen.append(m)
    d.save(out / "tjanst18.docx")
    EXPECT.add("tjanst18.docx", seen, [], phrases)


def plan18(out: Path):
    seen = []
    d = base("Arial", 10, after=6)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.add_paragraph(f"Handlingsplan för trygghet 2026–2028 {(m := mark())}", style="Title")
    seen.append(m)
    for k in range(7):
        if k == 3:
            d.add_heading("Bakgrund", level=1)
        d.add_paragraph(paragraph(36100 + k, 5))
    d.add_paragraph(f"Åtgärderna redovisas i tabellen på nästa sida {(m := mark())}.")
    seen.append(m)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    margins(sec, 2.0, 2.0, 2.5, 2.5)
    d.add_heading(f"Åtgärder {(m := mark())}", level=1)
    seen.append(m)
    cols = (1.2, 6.0, 3.2, 2.6, 2.6, 2.6, 3.0, 3.5)
    t = d.add_table(rows=1, cols=8)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Nr", "Åtgärd", "Ansvarig", "Start", "Klart", "Kostnad", "Uppföljning", "Status")):
        c.text = h
    t.rows[0]._tr.get_or_add_trPr().append(x('<w:tblHeader/>'))
    widths(t, cols)
    for i in range(1, 31):
        grid_row(t, [str(i), sentence(36200 + i)[:60 + (i * 7) % 50] + (f" {(m := mark())}" if i == 30 else ""),
                     ["Socialtjänsten", "Fritid", "Polisen", "Gatukontoret"][i % 4], f"2026-0{1 + i % 9}",
                     f"2027-1{i % 3}", f"{120 + 35 * i} tkr", ["Kvartalsvis", "Årsvis"][i % 2], ["Pågår", "Planerad", "Klar"][i % 3]],
                 cols)
        if i == 30:
            seen.append(m)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    margins(sec, 2.5, 2.5, 2.5, 2.5)
    d.add_heading(f"Uppföljning {(m := mark())}", level=1)
    seen.append(m)
    for k in range(8):
        d.add_paragraph(paragraph(36300 + k, 5) + (f" {(m := mark())}" if k == 7 else ""))
    seen.append(m)
    d.save(out / "plan18.docx")
    EXPECT.add("plan18.docx", seen, [])


def rapport18(out: Path):
    seen, phrases = [], []
    d = base("Cambria", 12, after=6)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.add_paragraph(f"Uppföljning av folkhälsoarbetet 2025 {(m := mark())}", style="Title")
    seen.append(m)
    heads = ["Inledning", "Metod", "Resultat", "Levnadsvanor", "Psykisk hälsa", "Slutsatser"]
    d.add_paragraph("Innehåll", style="TOC Heading" if "TOC Heading" in [s.name for s in d.styles] else None)
    toc = []
    for i, h in enumerate(heads):
        inner = (f'<w:hyperlink w:anchor="_Toc{i}" w:history="1">{r(f"{i + 1}. {h}")}<w:r><w:tab/></w:r>'
                 + fld(f"PAGEREF _Toc{i} \\h", str(2 + i)) + "</w:hyperlink>")
        toc.append(inner)
    for i, inner in enumerate(toc):
        p = d.add_paragraph()
        ppr(p, '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>')
        if i == 0:
            add(p, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u '
                   '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        add(p, inner)
        if i == len(toc) - 1:
            add(p, '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    n = 0
    for i, h in enumerate(heads):
        hp = d.add_heading(f"{i + 1}. {h}" + (f" {(m := mark())}" if i in (0, 5) else ""), level=1)
        add(hp, f'<w:bookmarkStart w:id="{i}" w:name="_Toc{i}"/><w:bookmarkEnd w:id="{i}"/>')
        if i in (0, 5):
            seen.append(m)
        if i > 0:
            hp.paragraph_format.page_break_before = i in (2, 4)
        for k in range(4):
            p = d.add_paragraph(paragraph(36400 + 10 * i + k, 4))
            if k in (1, 3):
                n += 1
                add(p, note_ref("footnote", n))
                add(p, r(" " + sentence(36500 + n)))
    bodies = [[" ".join(sentence(36600 + j * 4 + q) for q in range(1 + j % 4))
               + (f" {mark()}" if j in (0, n - 1) else "")] for j in range(n)]
    d.save(out / "rapport18.docx")
    notes_part(out / "rapport18.docx", "footnote", bodies)
    seen += [b[0].split()[-1] for b in bodies if b[0].split()[-1].startswith("synlig")]
    EXPECT.add("rapport18.docx", seen, [], phrases)


def textbox(paras_xml, nid, x_cm, y_cm, w_cm, h_cm):
    cx, cy = int(w_cm * EMU), int(h_cm * EMU)
    return ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
            'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * EMU)}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_cm * EMU)}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="{nid}" name="Textruta {nid}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{WPS}">'
            f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>'
            f'{paras_xml}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>')


def brev18(out: Path):
    seen, phrases = [], []
    d = base("Times New Roman", 12, after=0)
    margins(d.sections[0], 2.0, 2.5, 2.5, 2.5)
    sender = ["Ekby kommun", "Miljöförvaltningen", "Box 412", "123 45 Ekby", f"miljo@ekby.se {(m := mark())}"]
    seen.append(m)
    p = d.add_paragraph()
    small = '<w:rPr><w:sz w:val="18"/></w:rPr>'
    add(p, textbox("".join(f"<w:p>{r(s, small)}</w:p>" for s in sender), 7, 13.0, 1.2, 6.0, 2.8))
    for s in ["", "", "Bostadsrättsföreningen Linden", "c/o Karin Lindqvist", "Storgatan 14", f"123 40 Ekby {(m := mark())}"]:
        d.add_paragraph(s)
    seen.append(m)
    d.add_paragraph()
    d.add_paragraph("Ekby 2026-02-18")
    d.add_paragraph()
    t = d.add_paragraph(f"Föreläggande om åtgärder mot buller från ventilation {(m := mark())}")
    t.runs[0].bold = True
    seen.append(m)
    for k in range(10):
        p = d.add_paragraph(paragraph(36700 + k, 4) + (f" {(m := mark())}" if k in (0, 9) else ""))
        p.paragraph_format.space_after = Pt(12)
        p.paragraph_format.first_line_indent = Cm(0.6) if k else None
        if k in (0, 9):
            seen.append(m)
            if k == 0:
                phrases.append(" ".join(paragraph(36700, 4).lower().split()[:4]))
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph()
    d.add_paragraph(f"Omar Haddad, miljöinspektör {(m := mark())}")
    seen.append(m)
    d.save(out / "brev18.docx")
    EXPECT.add("brev18.docx", seen, [], phrases)


def sdt(pr, inner):
    return (f'<w:sdt><w:sdtPr>{pr}</w:sdtPr>'
            f'<w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def blankett18(out: Path):
    seen, unseen, phrases = [], [], []
    d = base("Arial", 10, after=4)
    margins(d.sections[0], 2.0, 2.0, 2.0, 2.0)
    d.add_paragraph(f"Ansökan om bidrag till lokal kulturförening {(m := mark())}", style="Title")
    seen.append(m)
    d.add_paragraph(paragraph(36800, 3))
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    n = 400
    rows = [("Föreningens namn", "plain", f"Ekby hembygdsförening {mark()}"),
            ("Organisationsnummer", "plain", "802400-1234"),
            ("Kontaktperson", "placeholder", "Klicka eller tryck här för att ange text."),
            ("Datum för ansökan", "date", "2026-04-15"),
            ("Typ av verksamhet", "dropdown", "Kulturarv"),
            ("Medlemmar under 25 år", "check", "☒ Ja"),
            ("Tidigare bidrag", "check0", "☐ Ja"),
            ("Sökt belopp", "plain", f"45 000 kr {mark()}")]
    for label, kind, val in rows:
        row = grid_row(t, [label, ""], (6.0, 11.0))
        n += 1
        pr = f'<w:id w:val="{n}"/><w:alias w:val="{label}"/>'
        if kind == "placeholder":
            pr += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_1"/></w:placeholder><w:showingPlcHdr/>'
        elif kind == "date":
            pr += '<w:date w:fullDate="2026-04-15T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/></w:date>'
        elif kind == "dropdown":
            pr += ('<w:dropDownList><w:listItem w:displayText="Musik" w:value="1"/><w:listItem w:displayText="Kulturarv" '
                   'w:value="2"/><w:listItem w:displayText="Teater" w:value="3"/></w:dropDownList>')
        elif kind.startswith("check"):
            on = "0" if kind == "check0" else "1"
            pr += (f'<w14:checkbox><w14:checked w14:val="{on}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                   '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
        c = row.cells[1].paragraphs[0]
        if kind.startswith("check"):
            add(c, sdt(pr, r(val[0], '<w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>')), r(val[1:]))
        else:
            add(c, sdt(pr, r(val)))
    seen += [v.split()[-1] for _, _, v in rows if v.split()[-1].startswith("synlig")]
    d.add_paragraph()
    d.add_heading(f"Motivering {(m := mark())}", level=2)
    seen.append(m)
    body = "".join(f"<w:p>{r(paragraph(36810 + k, 4) + (f' {mark()}' if k == 2 else ''))}</w:p>" for k in range(3))
    seen.append(f"synlig{int(m[6:]) + 1}")
    d.element.body[-1].addprevious(x(sdt('<w:id w:val="450"/><w:alias w:val="Motivering"/><w:richText/>', body)))
    d.add_heading("Underskrift", level=2)
    d.add_paragraph("Ort och datum: Ekby 2026-04-15")
    d.add_paragraph(f"Namnförtydligande: Jonas Öberg, ordförande {(m := mark())}")
    seen.append(m)
    phrases.append(f"ordförande {m}")
    d.save(out / "blankett18.docx")
    EXPECT.add("blankett18.docx", seen, unseen, phrases)


def ins(i, text):
    return f'<w:ins w:id="{i}" {DATE}>{r(text)}</w:ins>'


def dele(i, text):
    return f'<w:del w:id="{i}" {DATE}><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'


def andring18(out: Path):
    seen, unseen, phrases = [], [], []
    o = marker(1300)
    d = base("Calibri", 11, after=8)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.add_paragraph(f"Riktlinje för hemtjänst, reviderad 2026 {(m := mark())}", style="Title")
    seen.append(m)
    cid = 0
    for k in range(14):
        if k == 3:
            # A page of paragraphs deleted whole: their text and their paragraph marks.
            for j in range(6):
                p = d.add_paragraph()
                ppr(p, f'<w:rPr><w:del w:id="{600 + j}" {DATE}/></w:rPr>')
                add(p, dele(620 + j, paragraph(36900 + j, 5) + (f" {(u := o().replace('synlig', 'osynlig'))}" if j in (0, 5) else "")))
                if j in (0, 5):
                    unseen.append(u)
            continue
        p = d.add_paragraph()
        txt = paragraph(36950 + k, 4)
        if k == 1:
            add(p, r(txt[:120] + " "), dele(700, f"gamla lydelsen {(u := o().replace('synlig', 'osynlig'))} "),
                ins(701, f"nya lydelsen {(m := mark())} "), r(txt[120:]))
            unseen.append(u)
            seen.append(m)
            phrases.append(f"{' '.join(txt[:120].lower().replace('.', '').split()[-2:])} nya lydelsen {m}")
        elif k == 5:
            add(p, f'<w:commentRangeStart w:id="{cid}"/>', r(txt[:90]), f'<w:commentRangeEnd w:id="{cid}"/>',
                f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>',
                r(txt[90:] + f" {(m := mark())}"))
            seen.append(m)
            cid += 1
            add(p, f'<w:r><w:commentReference w:id="{cid}"/></w:r>')
            cid += 1
        elif k == 7:
            add(p, f'<w:moveFrom w:id="710" {DATE}><w:r><w:t xml:space="preserve">Flyttad mening {(u := o().replace("synlig", "osynlig"))} '
                   '</w:t></w:r></w:moveFrom>', r(txt))
            unseen.append(u)
        elif k == 11:
            add(p, r(txt + " "), f'<w:moveTo w:id="711" {DATE}><w:r><w:t xml:space="preserve">Flyttad mening {(m := mark())}.'
                                 '</w:t></w:r></w:moveTo>')
            seen.append(m)
        elif k == 9:
            # The paragraph mark is deleted: this paragraph and the next are one.
            ppr(p, f'<w:rPr><w:del w:id="720" {DATE}/></w:rPr>')
            add(p, r(txt + f" {(m := mark())}", f'<w:rPr><w:b/><w:rPrChange w:id="721" {DATE}><w:rPr/></w:rPrChange></w:rPr>'))
            # Accepted, the mark's deletion joins the next paragraph on without a space (as Word and
            # LibreOffice print it).
            phrases.append(f"{m}{' '.join(paragraph(36950 + k + 1, 4).lower().split()[:4])}")
        else:
            add(p, r(txt))
        if k in (12, 13):
            add(p, ins(730 + k, f" Tillägg {(m := mark())}."))
            seen.append(m)
    p = d.add_paragraph()
    add(p, ins(740, f"Riktlinjen gäller från 1 maj 2026 {(m := mark())}."))
    seen.append(m)
    d.save(out / "andring18.docx")
    comments_part(out / "andring18.docx", [[f"Kolla med juristen {(u1 := o().replace('synlig', 'osynlig'))}."],
                                           [f"Klart, se bilaga {(u2 := o().replace('synlig', 'osynlig'))}."]])
    unseen += [u1, u2]
    final_view(out / "andring18.docx")
    EXPECT.add("andring18.docx", seen, unseen, phrases)


def omslag18(out: Path):
    seen = []
    png(out / "omslag18.png", 240, 160)
    d = base("Calibri", 11, after=8)
    sec = d.sections[0]
    margins(sec, 2.5, 2.5, 2.5, 2.5)
    sec._sectPr.append(x('<w:vAlign w:val="center"/>'))
    p = d.add_paragraph()
    p.alignment = 1
    add(p, r(f"Årsredovisning 2025 {(m := mark())}", '<w:rPr><w:b/><w:sz w:val="56"/></w:rPr>'))
    seen.append(m)
    p = d.add_paragraph()
    p.alignment = 1
    p.add_run().add_picture(str(out / "omslag18.png"), width=Cm(12), height=Cm(8))
    p = d.add_paragraph("Ekby kommun, kommunstyrelsen")
    p.alignment = 1
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec._sectPr.append(x('<w:pgNumType w:start="1"/>'))
    sec.header.is_linked_to_previous = False
    add(sec.header.paragraphs[0], r("Årsredovisning 2025, sida "), fld("PAGE", "1"))
    d.add_heading(f"Kommunstyrelsens ordförande har ordet {(m := mark())}", level=1)
    seen.append(m)
    for k in range(16):
        if k in (5, 11):
            d.add_heading(["Året i korthet", "Ekonomisk översikt"][k // 6], level=1)
        d.add_paragraph(paragraph(37000 + k, 5) + (f" {(m := mark())}" if k in (4, 15) else ""))
        if k in (4, 15):
            seen.append(m)
    d.save(out / "omslag18.docx")
    EXPECT.add("omslag18.docx", seen, [])


def struken18(out: Path):
    unseen = []
    o = marker(1350)
    d = base("Calibri", 11, after=8)
    for j in range(5):
        p = d.add_paragraph()
        ppr(p, f'<w:rPr><w:del w:id="{800 + j}" {DATE}/></w:rPr>')
        add(p, dele(820 + j, paragraph(37100 + j, 3) + f" {(u := o().replace('synlig', 'osynlig'))}"))
        unseen.append(u)
    p = d.add_paragraph()
    add(p, '<w:commentRangeStart w:id="0"/>', '<w:commentRangeEnd w:id="0"/>', '<w:r><w:commentReference w:id="0"/></w:r>',
        '<w:r><w:commentReference w:id="1"/></w:r>')
    d.save(out / "struken18.docx")
    comments_part(out / "struken18.docx", [[f"Hela texten stryks {(u1 := o().replace('synlig', 'osynlig'))}."],
                                           [f"Ny text kommer {(u2 := o().replace('synlig', 'osynlig'))}."]])
    unseen += [u1, u2]
    final_view(out / "struken18.docx")
    EXPECT.add("struken18.docx", [], unseen)


if __name__ == "__main__":
    from wordgen import main
    main(EXPECT, "expect18-docx.json", tjanst18, plan18, rapport18, brev18, blankett18, andring18, omslag18, struken18)
