"""The seventh blind Word-file set (tests/data/word/blind7): layouts and WordprocessingML the
first six sets did not try, for the page and text figures of PAGES.md. Usage:

    python3 pydocx7.py OUT_DIR

OUT_DIR gets (python-docx plus WordprocessingML it does not write; no rendered page breaks,
so the pages must be estimated):
- protokoll7.docx: a protokoll in Times New Roman 12 whose headings are numbered by a
  multi-level list tied to the heading styles (1, 1.1: w:numPr in the style, w:outlineLvl),
  footnotes and endnotes (ENDNOT in every endnote's text), and a signature table of three
  rows that cannot split (w:cantSplit, keep with next) coming at a page end;
- tjanst7.docx: a tjänsteskrivelse in Cambria 11 with a letterhead table in the header (name
  cell, Dnr cell, a "Sida PAGE (NUMPAGES)" cell of fields) and a footer of a DATE field,
  tracked moves (w:moveFrom whose text says FLYTTAD, w:moveTo), a deleted paragraph mark
  (two paragraphs that are one once accepted), a deleted field (w:delInstrText), an
  insertion inside a run-format change (w:rPrChange), and comments with a reply (ANTECKNING);
- tabell7.docx: a list of investments in Calibri 10: a table of 2 header rows repeated on
  every page (w:tblHeader), 60 rows, merged cells (w:gridSpan, w:vMerge), cells of several
  paragraphs, rows allowed to split;
- sektion7.docx: sections with different margins, a continuous section of three columns with
  a column break (w:br w:type="column"), a landscape section with narrow margins, an
  odd-page section (w:type oddPage) and an A5 section;
- brev7.docx: a letter in Arial 10 as older Word writes it: an address block in a frame
  (w:framePr), a DrawingML text box in mc:AlternateContent with its VML fallback (the same
  text twice in the file, once on the page), w:smartTag and w:customXml around runs,
  w:fldSimple, hyperlinks, bookmarks, proofing marks, soft and non-breaking hyphens, w:sym
  and tabs.
"""
import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind5"))
sys.path.insert(0, str(HERE.parent))
from pydocx5 import columns, footnotes  # noqa: E402
from wordgen import DATE, NAMES, W, base, docx_parts, margins, paragraph, sentence, widths  # noqa: E402


def run(text, rpr=""):
    return parse_xml(f'<w:r {W}>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>')


def field(par, instr, shown):
    for x in ['<w:fldChar w:fldCharType="begin"/>', f'<w:instrText xml:space="preserve"> {instr} </w:instrText>',
              '<w:fldChar w:fldCharType="separate"/>', f'<w:t>{shown}</w:t>', '<w:fldChar w:fldCharType="end"/>']:
        par._p.append(parse_xml(f"<w:r {W}>{x}</w:r>"))


ENDNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes {W}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>
{body}</w:endnotes>"""
ENDNOTE = """<w:endnote w:id="{id}"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> ENDNOT {id}: {text}</w:t></w:r></w:p></w:endnote>"""

NUMBERING_LEVELS = """<w:abstractNum {W} w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>
</w:abstractNum>"""


def protokoll(out: Path):
    d = base("Times New Roman", 12)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur"
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING_LEVELS.format(W=W)))
    numbering.append(parse_xml(f'<w:num {W} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    for lvl, name in enumerate(["Heading 1", "Heading 2"]):
        ppr = d.styles[name].element.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{lvl}"/><w:numId w:val="70"/></w:numPr>'))
    d.add_paragraph("Protokoll från sammanträde med barn- och utbildningsnämnden", style="Title")
    p = d.add_paragraph()
    p.add_run("Tid och plats: ").bold = True
    p.add_run("Tisdagen den 2 december 2025 kl. 18.00–20.45, Ekbysalen")
    notes, ends = [], []
    for ch in range(4):
        d.add_heading(["Formalia", "Beslutsärenden", "Informationsärenden", "Övrigt"][ch], level=1)
        for s in range(3 if ch < 3 else 1):
            d.add_heading(sentence(2700 + ch * 5 + s).split(" ", 1)[1].split(" ", 4)[3].capitalize()
                          + f" (BUN 2025/{800 + ch * 10 + s})", level=2)
            p = d.add_paragraph(paragraph(2710 + ch * 10 + s, 3 + (ch + s) % 3))
            if s == 1:
                p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                      f'<w:footnoteReference w:id="{len(notes) + 1}"/></w:r>'))
                notes.append(sentence(2780 + ch))
            if s != 1:
                p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                      f'<w:endnoteReference w:id="{len(ends) + 1}"/></w:r>'))
                ends.append(sentence(2790 + len(ends)))
            d.add_paragraph("Nämnden beslutar att " + sentence(2800 + ch * 5 + s)[0].lower()
                            + sentence(2800 + ch * 5 + s)[1:])
    d.add_paragraph("Vid protokollet").paragraph_format.keep_with_next = True
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([(NAMES[1] + ", sekreterare", NAMES[0] + ", ordförande"),
                                ("Justeras", ""), (NAMES[3] + ", justerare", NAMES[5] + ", justerare")]):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = a, b
        t.rows[r]._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
        for c in t.rows[r].cells:
            c.paragraphs[0].paragraph_format.keep_with_next = True
            c.paragraphs[0].paragraph_format.space_before = Pt(24)
    widths(t, [8.0, 8.0])
    d.add_paragraph("Anslaget på kommunens digitala anslagstavla den 5 december 2025.")
    d.save(out / "protokoll7.docx")
    footnotes(out / "protokoll7.docx", notes)
    body = "".join(ENDNOTE.format(id=i + 1, text=t) for i, t in enumerate(ends))
    docx_parts.add_part(out / "protokoll7.docx", "endnotes.xml", ENDNOTES.format(W=W, body=body),
                        "endnotes", "endnotes", "rIdEn1")


COMMENTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}>{body}</w:comments>"""
COMMENT = """<w:comment w:id="{id}" w:author="Lena Åström" w:date="2025-11-21T09:00:00Z" w:initials="LÅ">
<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">ANTECKNING {id}: {text}</w:t></w:r></w:p></w:comment>"""


def tjanst(out: Path):
    d = base("Cambria", 11)
    sec = d.sections[0]
    margins(sec, 3.0, 2.5, 2.5, 2.5)
    head = sec.header
    t = head.add_table(rows=2, cols=3, width=Cm(16))
    t.rows[0].cells[0].text = "EKBY KOMMUN"
    t.rows[1].cells[0].text = "Socialförvaltningen"
    t.rows[0].cells[1].text = "TJÄNSTESKRIVELSE"
    t.rows[1].cells[1].text = "Dnr SN 2025/733"
    p = t.rows[0].cells[2].paragraphs[0]
    p.add_run("Sida ")
    field(p, "PAGE", "1")
    p.add_run(" (")
    field(p, "NUMPAGES", "3")
    p.add_run(")")
    t.rows[1].cells[2].text = "2025-11-21"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Utskrivet ")
    field(fp, 'DATE \\@ "yyyy-MM-dd"', "2025-11-21")
    d.add_heading("Ansökan om medel för förebyggande arbete mot ensamhet bland äldre", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden beslutar att ansöka om statsbidrag enligt förvaltningens förslag.")
    body_text = []
    for ch in range(5):
        d.add_heading(["Sammanfattning", "Bakgrund", "Förvaltningens bedömning", "Ekonomi", "Uppföljning"][ch], level=2)
        for i in range(2 + ch % 2):
            p = d.add_paragraph(paragraph(2900 + ch * 10 + i, 3 + (ch + i) % 3) + " ")
            body_text.append(p)
    moved = sentence(2990)
    # A move: the sentence leaves paragraph 1 and arrives in paragraph 4.
    body_text[1]._p.append(parse_xml(
        f'<w:moveFrom {W} w:id="501" {DATE}><w:r><w:t xml:space="preserve">FLYTTAD {moved} </w:t></w:r></w:moveFrom>'))
    body_text[4]._p.append(parse_xml(
        f'<w:moveTo {W} w:id="502" {DATE}><w:r><w:t xml:space="preserve">{moved} </w:t></w:r></w:moveTo>'))
    # A deleted paragraph mark: paragraph 2 and 3 are one paragraph once accepted.
    body_text[2]._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:del w:id="503" {DATE}/></w:rPr>'))
    # A deleted field and an insertion whose run also changed format.
    body_text[5]._p.append(parse_xml(
        f'<w:del {W} w:id="504" {DATE}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:delInstrText xml:space="preserve"> DOCPROPERTY STRUKENEGENSKAP </w:delInstrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:delText>STRUKET fältvärde</w:delText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>'))
    body_text[6]._p.append(parse_xml(
        f'<w:ins {W} w:id="505" {DATE}><w:r><w:rPr><w:b/><w:rPrChange w:id="506" {DATE}><w:rPr/></w:rPrChange>'
        f'</w:rPr><w:t xml:space="preserve">Beslutet gäller till och med 2027. </w:t></w:r></w:ins>'))
    for k, p in enumerate(body_text[7:10]):
        p._p.insert(1, parse_xml(f'<w:commentRangeStart {W} w:id="{k}"/>'))
        p._p.append(parse_xml(f'<w:commentRangeEnd {W} w:id="{k}"/>'))
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                              f'<w:commentReference w:id="{k}"/></w:r>'))
    d.add_paragraph()
    d.add_paragraph(f"{NAMES[4]}, socialchef")
    d.add_paragraph(f"{NAMES[2]}, utredare")
    d.save(out / "tjanst7.docx")
    body = "".join(COMMENT.format(id=k, text=sentence(3000 + k)) for k in range(3))
    docx_parts.add_part(out / "tjanst7.docx", "comments.xml", COMMENTS.format(W=W, body=body),
                        "comments", "comments", "rIdCm1")


def tabell(out: Path):
    d = base("Calibri", 10, after=0)
    margins(d.sections[0], 2.0, 2.0, 2.0, 2.0)
    d.sections[0].header.paragraphs[0].text = "Investeringsplan 2026–2030"
    d.add_heading("Investeringsplan 2026–2030 med utblick mot 2035", level=1)
    d.add_paragraph(paragraph(3100, 3))
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    a = t.cell(0, 2).merge(t.cell(0, 4))
    a.text = "Belopp (mnkr)"
    for c, h in [(0, "Nr"), (1, "Projekt"), (5, "Ansvarig nämnd")]:
        t.cell(0, c).merge(t.cell(1, c)).text = h
    for c, h in zip((2, 3, 4), ("2026", "2027", "2028–2030")):
        t.cell(1, c).text = h
    for r in t.rows:
        r._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
    for i in range(60):
        cells = t.add_row().cells
        cells[0].text = f"{i + 1}"
        cells[1].text = sentence(3110 + i)
        if i % 5 == 0:
            cells[1].add_paragraph(paragraph(3200 + i, 2))
        cells[2].text, cells[3].text, cells[4].text = (f"{(i * 37) % 90 + 1},{i % 10}", f"{(i * 13) % 40},5",
                                                       f"{(i * 29) % 120 + 3},0")
        cells[5].text = ["Kommunstyrelsen", "Tekniska nämnden", "Barn- och utbildningsnämnden",
                         "Kultur- och fritidsnämnden"][i % 4]
    for i in range(0, 60, 10):
        # A group of two rows under one Ansvarig cell.
        top = t.cell(2 + i, 5)
        top.merge(t.cell(3 + i, 5))
    widths(t, [1.0, 8.0, 1.8, 1.8, 2.0, 2.4])
    d.add_paragraph()
    d.add_paragraph(paragraph(3300, 2))
    d.save(out / "tabell7.docx")


def sektion(out: Path):
    d = base("Times New Roman", 11)
    margins(d.sections[0], 2.0, 2.0, 3.0, 2.0)
    d.add_heading("Översiktsplan 2040 – samrådshandling", level=1)
    for i in range(4):
        d.add_paragraph(paragraph(3400 + i, 4))
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    columns(sec, 3, 0.8)
    for i in range(5):
        d.add_heading(["Bebyggelse", "Natur", "Vatten", "Trafik", "Service"][i], level=2)
        p = d.add_paragraph(paragraph(3410 + i, 3))
        if i == 2:
            p.add_run().add_break(docx_break("column"))
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    columns(sec, 1, 0.8)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    margins(sec, 1.5, 1.5, 1.5, 1.5)
    d.add_heading("Mark- och vattenanvändning per delområde", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Delområde", "Nuvarande användning", "Föreslagen användning", "Riktlinje", "Dnr"]):
        c.text = h
    for i in range(18):
        cells = t.add_row().cells
        cells[0].text = ["Norra Ekby", "Åsen", "Hamnen", "Östra fältet", "Björkdalen", "Södra stranden"][i % 6]
        cells[1].text, cells[2].text, cells[3].text = sentence(3500 + i), sentence(3530 + i), sentence(3560 + i)
        cells[4].text = f"KS 2024/{50 + i}"
    widths(t, [3.5, 7.0, 7.0, 7.0, 2.2])
    sec = d.add_section(WD_SECTION.ODD_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    margins(sec, 2.5, 2.5, 2.5, 2.5)
    d.add_heading("Bilaga: Samrådsredogörelse", level=1)
    for i in range(5):
        d.add_paragraph(paragraph(3600 + i, 4))
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.page_width, sec.page_height = Cm(14.8), Cm(21.0)
    margins(sec, 1.5, 1.5, 1.5, 1.5)
    d.add_heading("Kortversion", level=2)
    for i in range(4):
        d.add_paragraph(paragraph(3700 + i, 3))
    d.save(out / "sektion7.docx")


def docx_break(kind):
    from docx.enum.text import WD_BREAK
    return {"column": WD_BREAK.COLUMN, "page": WD_BREAK.PAGE}[kind]


TXBX = """<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2160000" cy="1440000"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="7" name="Textruta 7"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="1440000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Bra att veta</w:t></w:r></w:p><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Textruta7" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:0;width:170pt;height:113pt;z-index:2;mso-position-horizontal:right;mso-position-horizontal-relative:margin"
 stroked="t"><v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Bra att veta</w:t></w:r></w:p><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def brev(out: Path):
    d = base("Arial", 10)
    margins(d.sections[0], 2.0, 2.0, 2.5, 2.0)
    d.sections[0].header.paragraphs[0].text = "Ekby kommun · Miljöförvaltningen"
    for line in ["Fastighetsägare", "Storgatan 12", "123 45 Ekby"]:
        p = d.add_paragraph(line)
        p._p.get_or_add_pPr().insert(0, parse_xml(
            f'<w:framePr {W} w:w="4500" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
            f'w:x="6800" w:y="2600"/>'))
    d.add_paragraph()
    d.add_heading("Föreläggande om åtgärder för enskilt avlopp", level=1)
    p = d.add_paragraph("Miljöförvaltningen har den ")
    p._p.append(parse_xml(f'<w:smartTag {W} w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="date">'
                          f'<w:r><w:t xml:space="preserve">12 november 2025</w:t></w:r></w:smartTag>'))
    p._p.append(run(" inspekterat avloppsanläggningen på fastigheten "))
    p._p.append(parse_xml(f'<w:customXml {W} w:element="fastighet"><w:r><w:t>Ekby 4:12</w:t></w:r></w:customXml>'))
    p._p.append(run(". "))
    p._p.append(parse_xml(f'<w:bookmarkStart {W} w:id="0" w:name="Beslut"/>'))
    p._p.append(run(sentence(3800) + " "))
    p._p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="0"/>'))
    p._p.append(parse_xml(f'<w:proofErr {W} w:type="spellStart"/>'))
    p._p.append(run("Slamavskiljaren"))
    p._p.append(parse_xml(f'<w:proofErr {W} w:type="spellEnd"/>'))
    p._p.append(run(" är en trekammarbrunn från 1970"))
    p._p.append(parse_xml(f'<w:r {W}><w:noBreakHyphen/></w:r>'))
    p._p.append(run("talet och infiltrationen saknar tillräcklig rening."))
    p = d.add_paragraph()
    p._p.append(parse_xml(TXBX.format(W=W, text=sentence(3810))))
    p._p.append(run(paragraph(3820, 3) + " Läs mer på "))
    p._p.append(parse_xml(f'<w:hyperlink {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                          f'w:anchor="Beslut"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
                          f'<w:t>kommunens webbplats</w:t></w:r></w:hyperlink>'))
    p._p.append(run(" eller ring miljö"))
    p._p.append(parse_xml(f'<w:r {W}><w:softHyphen/></w:r>'))
    p._p.append(run("förvaltningen."))
    d.add_heading("Beslut", level=2)
    for i in range(6):
        p = d.add_paragraph()
        p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Symbol" w:char="F0B7"/><w:tab/></w:r>'))
        p._p.append(run(sentence(3830 + i)))
    d.add_heading("Motivering", level=2)
    for i in range(4):
        d.add_paragraph(paragraph(3840 + i, 4))
    p = d.add_paragraph("Beslutet har fattats med stöd av ")
    p._p.append(parse_xml(f'<w:fldSimple {W} w:instr=" DOCPROPERTY Lagrum "><w:r><w:t>26 kap. 9 § miljöbalken</w:t></w:r></w:fldSimple>'))
    p._p.append(run("."))
    d.add_heading("Hur man överklagar", level=2)
    d.add_paragraph(paragraph(3860, 3))
    p = d.add_paragraph()
    p._p.append(run("Handläggare"))
    p._p.append(parse_xml(f'<w:r {W}><w:tab/></w:r>'))
    p._p.append(run(NAMES[5]))
    p._p.append(parse_xml(f'<w:r {W}><w:br/></w:r>'))
    p._p.append(run("Telefon"))
    p._p.append(parse_xml(f'<w:r {W}><w:tab/></w:r>'))
    p._p.append(run("0123-456 78"))
    d.save(out / "brev7.docx")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    protokoll(out)
    tjanst(out)
    tabell(out)
    sektion(out)
    brev(out)
