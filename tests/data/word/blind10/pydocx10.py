"""The tenth blind Word-file set (tests/data/word/blind10): municipal layouts and markup the
first nine sets did not try, for the page and text figures of PAGES.md. Usage:

    python3 pydocx10.py OUT_DIR

Marker words as in blind9 (`synligN` read once, `osynligN` never) and, new, `fraser`: word
sequences a reader sees (a list number and its heading, a field's result in its sentence)
that must occur in the text as written (../markers.py). OUT_DIR gets:
- tjanst10.docx: a tjänsteskrivelse in Calibri 11 (Cambria headings) with a first page of
  its own whose header is a three-cell letterhead table (with PAGE/NUMPAGES), the "Dnr" in
  an anchored text box at the right margin (DrawingML with its VML fallback), a numbered
  decision list, and a borderless signature table of two signatories;
- protokoll10.docx: a protokoll in Arial 10 whose paragraphs are rows of a two-column table:
  "§ 45" in the narrow left cell, the matter (heading, Dnr, text, "Beslut", a numbered list,
  "Expedieras") in the right, a repeated header row, rows that run over page ends, tracked
  changes and a hidden paragraph inside cells;
- yttrande10.docx: a remissyttrande in Times New Roman 12 with comments (ranges, references,
  a reply) whose text is not on the page, text hidden directly (w:vanish), by a character
  style and by a paragraph style, un-hidden again (w:vanish w:val=0) and a paragraph whose
  mark alone is hidden (its text shown), w:webHidden text (shown on paper), tracked moves
  and a deletion inside a hyperlink;
- falt10.docx: a report in Calibri 11 with Word's table of contents (a w:sdt docPart around
  a TOC field whose instruction is split over runs, hyperlinked entries, PAGEREF results
  marked w:webHidden), REF and SEQ fields, a HYPERLINK field, a w:fldSimple, XE and TC
  fields (instruction only, nothing shown), a nested IF/MERGEFIELD field and a FORMTEXT;
- rubrik10.docx: a plan in Calibri 11 whose headings are numbered by one multi-level list
  tied to Heading 1-3 ("Del I", legal "1.1", "1.1.1"; Heading 1's numPr without a level), a
  heading whose numbering is switched off (numId 0), appendices "Bilaga A", and decision
  lists of three levels (1. a) i.) with a restart by w:lvlOverride;
- tabell10.docx: a budget in Arial 9 on landscape A4: two header rows (w:tblHeader) with
  w:gridSpan and a w:vMerge over both, a group column merged down over 3-6 rows, sum rows
  spanning all columns, a legacy horizontal merge (w:hMerge), 70 rows over several pages;
- lang10.docx: a 25-page översiktsplan with mixed fonts and sizes set directly on runs and
  by styles (Georgia 11, Arial 10 justified, Times New Roman 12 double-spaced, Calibri 11
  with 9 pt quotes), space before headings, page breaks and small tables.
"""
import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import (DATE, NAMES, Expect, add, base, comments_part, docx_parts, fld, margins, note_ref,  # noqa: E402
                     notes_part, paragraph, ppr, r, sentence, widths, x)

EXPECT = Expect()
NUM_DECISION = """<w:abstractNum w:abstractNumId="99"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/><w:lvlJc w:val="right"/><w:pPr><w:ind w:left="1701" w:hanging="283"/></w:pPr></w:lvl>
</w:abstractNum>"""


def numbering(path, abstracts, nums):
    """Add `abstracts` (markup) and `nums` ((numId, abstractId, overrides markup)) to the
    template's numbering.xml (whose lists, numIds 1-9, its list styles use)."""
    parts = docx_parts.read(path)
    s = parts["word/numbering.xml"].decode()
    at = s.index("<w:num ")
    s = s[:at] + "".join(abstracts) + s[at:]
    s = s.replace("</w:numbering>", "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{o}</w:num>'
                                            for n, a, o in nums) + "</w:numbering>")
    parts["word/numbering.xml"] = s.encode()
    docx_parts.write(path, parts)


def numbered(d, text, num, ilvl=0, style=None):
    p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
    ppr(p, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>')
    return p


def instr_only(instr):
    """A field of an instruction and no result (XE, TC): nothing on the page."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {instr} </w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def no_borders(t):
    t._tbl.tblPr.append(x('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                          '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'))


def anchored_box(texts):
    """A text box anchored at the right margin (DrawingML), with Word's VML fallback."""
    paras = "".join(f"<w:p>{r(t)}</w:p>" for t in texts)
    shape = (f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2160000" cy="720000"/>'
             f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{paras}'
             '</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" anchor="t"/></wps:wsp>')
    return x('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
             'distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
             '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
             '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
             '<wp:extent cx="2160000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
             '<wp:docPr id="5" name="Textruta 5"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
             f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{shape}</a:graphicData></a:graphic>'
             '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape type="#_x0000_t202" '
             'style="position:absolute;margin-left:283pt;width:170pt;height:57pt;mso-position-horizontal:right">'
             f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
             '</mc:AlternateContent></w:r>')


# --- tjanst10 ---------------------------------------------------------------------------------


def tjanst(out: Path):
    d = base("Calibri", 11)
    for h in ("Heading 1", "Heading 2"):
        d.styles[h].font.name = "Cambria"
    sec = d.sections[0]
    margins(sec, 2.5, 2.0, 2.5, 2.5)
    sec.different_first_page_header_footer = True
    t = sec.first_page_header.add_table(rows=2, cols=3, width=Cm(16))
    cells = [["Ekby kommun", "TJÄNSTESKRIVELSE", ""], ["Samhällsbyggnadsförvaltningen", "2025-12-01", ""]]
    for row, vals in zip(t.rows, cells):
        for c, v in zip(row.cells, vals):
            c.text = v
    p = t.rows[0].cells[2].paragraphs[0]
    add(p, r("Sida "), fld("PAGE", "1"), r(" ("), fld("NUMPAGES", "3"), r(")"))
    widths(t, [7, 5, 4])
    sec.first_page_footer.paragraphs[0].text = "Postadress: 123 45 Ekby · Besök: Storgatan 1 · Telefon: 0123-456 00 · www.ekby.se"
    p = sec.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(p, r("Ekby kommun · Tjänsteskrivelse · Sida "), fld("PAGE", "2"))
    seen = []
    p = d.add_paragraph()
    add(p, anchored_box(["Dnr SBN 2025/1234 synlig100", "Handläggare: Omar Haddad"]))
    add(p, r("Samhällsbyggnadsnämnden"))
    d.add_heading("Detaljplan för Norra hamnen, beslut om samråd", level=1)
    seen.append("synlig100")
    parts = ["Sammanfattning", "Beslutsunderlag", "Förslag till beslut", "Ärendebeskrivning", "Planens innehåll",
             "Ekonomiska konsekvenser", "Samråd och fortsatt arbete"]
    for s, head in enumerate(parts):
        d.add_heading(head, level=2)
        if head == "Beslutsunderlag":
            for k in range(4):
                d.add_paragraph(f"{['Tjänsteskrivelse', 'Planbeskrivning', 'Plankarta', 'Behovsbedömning'][k]} "
                                f"daterad 2025-11-{10 + k}", style="List Bullet")
            continue
        if head == "Förslag till beslut":
            numbered(d, "Samhällsbyggnadsnämnden godkänner planförslaget för samråd.", 99)
            numbered(d, "Samhällsbyggnadsnämnden ger förvaltningen i uppdrag att genomföra samrådet synlig102.", 99)
            numbered(d, "Paragrafen förklaras omedelbart justerad.", 99)
            seen.append("synlig102")
            continue
        for k in range(2 + s % 3):
            d.add_paragraph(paragraph(10000 + s * 10 + k, 3 + (s + k) % 3))
    d.add_paragraph()
    d.add_paragraph("Samhällsbyggnadsförvaltningen")
    t = d.add_table(rows=3, cols=2)
    no_borders(t)
    for row, vals in zip(t.rows, [("", ""), (NAMES[4], NAMES[5] + " synlig101"), ("Förvaltningschef", "Planarkitekt")]):
        for c, v in zip(row.cells, vals):
            c.text = v
    seen.append("synlig101")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Beslutet skickas till").bold = True
    for k in ("Planenheten", "Lantmäteriet", "Länsstyrelsen i Ekby län"):
        d.add_paragraph(k)
    d.save(out / "tjanst10.docx")
    numbering(out / "tjanst10.docx", [NUM_DECISION], [(99, 99, "")])
    EXPECT.add("tjanst10.docx", seen, [], ["1 samhällsbyggnadsnämnden godkänner planförslaget",
                                         "3 paragrafen förklaras omedelbart justerad"])


# --- protokoll10 ------------------------------------------------------------------------------

MATTERS = ["Val av justerare", "Godkännande av dagordning", "Detaljplan för Östra Ekby", "Budgetuppföljning oktober",
           "Taxa för bygglov 2026", "Motion om fler laddstolpar", "Revidering av delegationsordning",
           "Yttrande över regional transportplan", "Tillsynsplan för miljöbalken", "Återrapportering av uppdrag",
           "Medborgarförslag om lekplats i Norrby", "Delegationsbeslut", "Meddelanden", "Övriga frågor"]


def protokoll(out: Path):
    d = base("Arial", 10)
    margins(d.sections[0], 2.0, 2.0, 2.0, 2.0)
    d.sections[0].header.paragraphs[0].text = "PROTOKOLL · Samhällsbyggnadsnämnden · 2025-11-26"
    d.sections[0].footer.paragraphs[0].text = "Justerandes signatur ……………… ……………… Utdragsbestyrkande ………………"
    d.add_heading("Protokoll", level=1)
    t = d.add_table(rows=4, cols=2)
    for row, (k, v) in zip(t.rows, [("Plats och tid", "Stadshuset, sammanträdesrum Ekån, kl. 13.00–16.45"),
                                     ("Beslutande", ", ".join(NAMES[:4])), ("Övriga deltagande", NAMES[4]),
                                     ("Justering", f"{NAMES[1]}, 2025-12-01")]):
        row.cells[0].text, row.cells[1].text = k, v
    widths(t, [4, 13])
    d.add_paragraph()
    seen, unseen, phrases = [], [], []
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0]
    hdr.cells[0].text, hdr.cells[1].text = "§", "Ärende"
    hdr._tr.get_or_add_trPr().append(x("<w:tblHeader/>"))
    for n, title in enumerate(MATTERS):
        row = t.add_row()
        row.cells[0].text = f"§ {45 + n}"
        c = row.cells[1]
        c.paragraphs[0].add_run(title).bold = True
        c.add_paragraph(f"Dnr SBN 2025/{300 + 7 * n}")
        long = n in (2, 4, 7, 8)
        for k in range(1 + (5 if long else n % 3)):
            c.add_paragraph(paragraph(10100 + n * 10 + k, 3 + k % 3))
        if n == 3:
            p = c.add_paragraph()
            add(p, r("Prognosen visar ett underskott på "),
                f'<w:del w:id="401" {DATE}><w:r><w:delText xml:space="preserve">osynlig110 4,2 </w:delText></w:r></w:del>',
                f'<w:ins w:id="402" {DATE}><w:r><w:t xml:space="preserve">3,8 synlig111 </w:t></w:r></w:ins>',
                r("miljoner kronor."))
            seen.append("synlig111")
            unseen.append("osynlig110")
        if n == 6:
            p = c.add_paragraph()
            add(p, r("osynlig111 Intern anteckning: stäm av med kommunjuristen.", "<w:rPr><w:vanish/></w:rPr>"))
            ppr(p, "<w:rPr><w:vanish/></w:rPr>")
            unseen.append("osynlig111")
        c.add_paragraph().add_run("Beslut").bold = True
        for k in range(2 + n % 2):
            p = c.add_paragraph(sentence(10300 + n * 5 + k))
            ppr(p, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{120 + n}"/></w:numPr>')
        if n == 9:
            c.paragraphs[-1].add_run(" synlig110")
            seen.append("synlig110")
        c.add_paragraph(f"Expedieras: {['Planenheten', 'Ekonomienheten', 'Sökanden'][n % 3]}").italic = True
        if n < 6:
            phrases.append(f"{45 + n} {title.lower()}")
    widths(t, [1.8, 15.2])
    d.add_paragraph()
    d.add_paragraph(f"Vid protokollet: {NAMES[5]}, sekreterare")
    d.save(out / "protokoll10.docx")
    numbering(out / "protokoll10.docx", [NUM_DECISION],
              [(n, 99, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') for n in range(120, 140)])
    phrases.append(f"1 {sentence(10300 + 3 * 5).lower().rstrip('.')}")
    EXPECT.add("protokoll10.docx", seen, unseen, phrases)


# --- yttrande10 -------------------------------------------------------------------------------


def yttrande(out: Path):
    d = base("Times New Roman", 12)
    margins(d.sections[0], 2.5, 2.5, 3.0, 2.5)
    d.sections[0].footer.paragraphs[0].text = "Ekby kommun · Remissyttrande"
    st = d.styles.element
    st.append(x('<w:style w:type="character" w:customStyle="1" w:styleId="Dold"><w:name w:val="Dold"/>'
                '<w:rPr><w:vanish/><w:color w:val="808080"/></w:rPr></w:style>'))
    st.append(x('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Anteckning"><w:name w:val="Anteckning"/>'
                '<w:basedOn w:val="Normal"/><w:rPr><w:i/><w:vanish/></w:rPr></w:style>'))
    seen, unseen = [], []
    d.add_heading("Yttrande över förslag till ny avfallsplan", level=1)
    d.add_paragraph("Dnr KS 2025/611 · Kommunstyrelsen · 2025-11-28")
    comments = []

    def commented(p, text, note):
        i = len(comments)
        comments.append(note)
        add(p, f'<w:commentRangeStart w:id="{i}"/>', r(text), f'<w:commentRangeEnd w:id="{i}"/>',
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{i}"/></w:r>')

    for s in range(6):
        d.add_heading(["Sammanfattning", "Bakgrund", "Synpunkter på målen", "Synpunkter på åtgärderna",
                       "Ekonomi", "Avslutning"][s], level=2)
        for k in range(3):
            p = d.add_paragraph(paragraph(10400 + s * 10 + k, 3) + " ")
            if (s, k) == (0, 1):
                commented(p, "Kommunen ställer sig i huvudsak bakom förslaget synlig120.",
                          ["osynlig120 Bör vi skriva mer om glasåtervinningen?"])
                comments.append(["osynlig121 Svar: ja, i avsnitt 4."])
                seen.append("synlig120")
                unseen += ["osynlig120", "osynlig121"]
            if (s, k) == (1, 0):
                add(p, r("Den dolda "), r("osynlig122 kommentaren om tidplanen ", "<w:rPr><w:vanish/></w:rPr>"),
                    r("formuleringen är borttagen."))
                unseen.append("osynlig122")
            if (s, k) == (1, 2):
                add(p, r("osynlig123 text i dold teckenstil ", '<w:rPr><w:rStyle w:val="Dold"/></w:rPr>'),
                    r("synlig121 teckenstilen åter synlig.", '<w:rPr><w:rStyle w:val="Dold"/><w:vanish w:val="0"/></w:rPr>'))
                seen.append("synlig121")
                unseen.append("osynlig123")
            if (s, k) == (2, 1):
                commented(p, "Målet om matsvinn bör skärpas synlig122.",
                          ["osynlig124 Kolla siffran med Sara.", "osynlig125 Andra stycket i kommentaren."])
                seen.append("synlig122")
                unseen += ["osynlig124", "osynlig125"]
            if (s, k) == (3, 0):
                add(p, f'<w:moveFrom w:id="501" {DATE}><w:r><w:t xml:space="preserve">osynlig126 flyttad mening. </w:t></w:r></w:moveFrom>',
                    r("Kommunen föreslår fler återvinningscentraler. "),
                    f'<w:moveTo w:id="502" {DATE}><w:r><w:t xml:space="preserve">synlig123 flyttad mening. </w:t></w:r></w:moveTo>')
                seen.append("synlig123")
                unseen.append("osynlig126")
            if (s, k) == (3, 2):
                add(p, r("Läs mer på "), '<w:hyperlink w:anchor="_Toc1" w:history="1">'
                    + r("avfallsplanens webbplats ", '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>')
                    + f'<w:del w:id="503" {DATE}><w:r><w:delText xml:space="preserve">osynlig127 gamla </w:delText></w:r></w:del>'
                    + r("synlig124", '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>') + "</w:hyperlink>", r("."))
                seen.append("synlig124")
                unseen.append("osynlig127")
            if (s, k) == (4, 0):
                add(p, r("Kostnaden beräknas till "), r("synlig125 ", "<w:rPr><w:webHidden/></w:rPr>"),
                    r("tolv miljoner kronor."))
                seen.append("synlig125")
        if s == 2:
            h = d.add_paragraph("osynlig128 Anteckning för handläggaren: remissen kom sent.", style="Anteckning")
            unseen.append("osynlig128")
            h = d.add_paragraph(style="Anteckning")
            add(h, r("synlig126 Stycket har dold stil men synlig text.", "<w:rPr><w:vanish w:val=\"0\"/></w:rPr>"))
            seen.append("synlig126")
        if s == 4:
            # The paragraph mark alone is hidden: its text runs on into the next paragraph, shown.
            p = d.add_paragraph("Kommunens andel av kostnaden synlig127")
            ppr(p, "<w:rPr><w:vanish/></w:rPr>")
            d.add_paragraph("fördelas enligt befolkningsmängd.")
            seen.append("synlig127")
    d.add_paragraph()
    d.add_paragraph(f"{NAMES[0]}, kommunstyrelsens ordförande")
    d.add_paragraph(f"{NAMES[4]}, kommundirektör")
    d.save(out / "yttrande10.docx")
    comments_part(out / "yttrande10.docx", comments)
    EXPECT.add("yttrande10.docx", seen, unseen)


# --- falt10 -----------------------------------------------------------------------------------


def falt(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    p = d.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(p, r("Sida "), fld("PAGE", "1"), r(" av "), fld("NUMPAGES", "4"))
    seen, unseen, phrases = [], [], []
    d.add_paragraph("Årsrapport 2025 för kommunens internkontroll", style="Title")
    chapters = ["Inledning", "Genomförda kontroller", "Iakttagelser", "Åtgärder", "Slutsatser"]
    # Word's table of contents: a docPart content control around a TOC field, whose
    # instruction is split over runs; each entry a hyperlink with a hidden-on-web PAGEREF.
    toc = ['<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>' + r("Innehåll") + "</w:p>"]
    for i, ch in enumerate(chapters):
        start = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>'
                 '<w:r><w:instrText xml:space="preserve">\\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 if i == 0 else "")
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(chapters) - 1 else ""
        toc.append(f'<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs></w:pPr>{start}'
                   f'<w:hyperlink w:anchor="_Toc{i}" w:history="1">{r(f"{i + 1}")}<w:r><w:tab/></w:r>{r(ch)}<w:r><w:tab/></w:r>'
                   '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                   f'<w:r><w:rPr><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF _Toc{i} \\h </w:instrText></w:r>'
                   '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                   f'<w:r><w:rPr><w:webHidden/></w:rPr><w:t>{2 + i}</w:t></w:r><w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'
                   f"</w:hyperlink>{end}</w:p>")
    d.element.body.insert(1, x('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
                               f'</w:docPartObj></w:sdtPr><w:sdtContent>{"".join(toc)}</w:sdtContent></w:sdt>'))
    phrases.append("innehåll 1 inledning 2 2 genomförda kontroller 3")
    for i, ch in enumerate(chapters):
        h = d.add_heading(level=1)
        h.paragraph_format.page_break_before = i > 0
        add(h, f'<w:bookmarkStart w:id="{i}" w:name="_Toc{i}"/>', r(f"{i + 1} {ch}"), f'<w:bookmarkEnd w:id="{i}"/>')
        for k in range(3):
            p = d.add_paragraph(paragraph(10500 + i * 10 + k, 3 + k % 2) + " ")
            if (i, k) == (0, 1):
                add(p, r("Metoden beskrivs i avsnitt "), fld("REF _Toc2 \\r \\h", "3"), r(" och i "),
                    fld('HYPERLINK "https://www.ekby.se/osynlig130/internkontroll" \\o "osynlig131 Öppnar webbplatsen"',
                        ["kommunens ", "riktlinjer synlig130"], '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'), r("."))
                seen.append("synlig130")
                unseen += ["osynlig130", "osynlig131"]
                phrases.append("metoden beskrivs i avsnitt 3 och i kommunens riktlinjer synlig130")
            if (i, k) == (1, 0):
                add(p, r("Rapporten fastställdes "), fld('DATE \\@ "yyyy-MM-dd"', "2025-12-01"), r(" av "),
                    '<w:fldSimple w:instr=" DOCPROPERTY Company \\* MERGEFORMAT ">' + r("Ekby kommun synlig131") + "</w:fldSimple>",
                    r(". "), instr_only('XE "osynlig132:internkontroll"'), instr_only('TC "osynlig133 Kontrollmoment" \\l 2'))
                seen.append("synlig131")
                unseen += ["osynlig132", "osynlig133"]
            if (i, k) == (2, 2):
                # IF { MERGEFIELD Kontrollant } = "" "…" "…": the nested field's result is part
                # of the outer instruction; only the outer result is shown.
                add(p, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MERGEFIELD Kontrollant </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>osynlig134</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> = "" "osynlig135 Ingen kontrollant" "Kontrollen är utförd" </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("Kontrollen är utförd synlig132") +
                    '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r("."))
                seen.append("synlig132")
                unseen += ["osynlig134", "osynlig135"]
            if (i, k) == (3, 0):
                add(p, r("Ansvarig: "),
                    '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:textInput/></w:ffData>'
                    '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("Karin Lindqvist synlig133")
                    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
                seen.append("synlig133")
        if i == 2:
            cap = d.add_paragraph(style="Caption")
            add(cap, r("Tabell "), fld("SEQ Tabell \\* ARABIC", "1"), r(": Kontroller per förvaltning"))
            phrases.append("tabell 1 kontroller per förvaltning")
            t = d.add_table(rows=5, cols=3)
            t.style = "Table Grid"
            for row, vals in zip(t.rows, [("Förvaltning", "Kontroller", "Avvikelser"), ("Socialförvaltningen", "14", "3"),
                                          ("Tekniska förvaltningen", "9", "1"), ("Kultur och fritid", "6", "0"),
                                          ("Summa", "29", "4")]):
                for c, v in zip(row.cells, vals):
                    c.text = v
    d.save(out / "falt10.docx")
    EXPECT.add("falt10.docx", seen, unseen, phrases)


# --- rubrik10 ---------------------------------------------------------------------------------

ROMAN = ["I", "II", "III", "IV"]


def rubrik(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    for n, (size, lv) in {1: (16, 0), 2: (13, 1), 3: (11, 2)}.items():
        s = d.styles[f"Heading {n}"]
        s.font.name, s.font.size = "Cambria", Pt(size)
        # Heading 2 and 3 name their level; Heading 1 only the list (level 0 by default).
        ilvl = f'<w:ilvl w:val="{lv}"/>' if n > 1 else ""
        s.element.get_or_add_pPr().insert(0, x(f'<w:numPr>{ilvl}<w:numId w:val="91"/></w:numPr>'))
    d.styles.element.append(x('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Bilagerubrik"><w:name w:val="Bilagerubrik"/>'
                              '<w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:numId w:val="94"/></w:numPr><w:pageBreakBefore/></w:pPr></w:style>'))
    phrases = []
    d.add_paragraph("Plan för trygghet och säkerhet 2026–2029", style="Title")
    h = d.add_heading("Sammanfattning", level=1)
    ppr(h, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>')
    d.add_paragraph(paragraph(10600, 4))
    dec = 110
    for a in range(3):
        d.add_heading(["Inledning", "Nuläge och risker", "Mål och åtgärder"][a], level=1)
        phrases.append(f"del {ROMAN[a].lower()} {['inledning', 'nuläge och risker', 'mål och åtgärder'][a]}")
        d.add_paragraph(paragraph(10610 + a * 20, 3))
        for b in range(2 + a % 2):
            title = ["Syfte", "Omfattning", "Ansvar", "Uppföljning"][b]
            d.add_heading(title, level=2)
            phrases.append(f"{a + 1} {b + 1} {title.lower()}")
            d.add_paragraph(paragraph(10620 + a * 20 + b * 3, 3 + b % 2))
            if b == 1:
                for c in range(2):
                    t3 = ["Brottsförebyggande arbete", "Krisberedskap"][c]
                    d.add_heading(t3, level=3)
                    phrases.append(f"{a + 1} {b + 1} {c + 1} {t3.lower()}")
                    d.add_paragraph(paragraph(10700 + a * 20 + b * 3 + c, 3))
            if b == 0 and a > 0:
                # A decision list of three levels, restarted for each part by its own w:num.
                dec += 1
                for i in range(3):
                    numbered(d, sentence(10800 + a * 10 + i), dec, 0)
                    if i == 1:
                        for j in range(2):
                            numbered(d, sentence(10850 + a * 10 + j), dec, 1)
                        numbered(d, sentence(10870 + a * 10), dec, 2)
                        numbered(d, sentence(10871 + a * 10), dec, 2)
                phrases.append(f"1 {sentence(10800 + a * 10).lower().rstrip('.')}")
                phrases.append(f"b {sentence(10851 + a * 10).lower().rstrip('.')}")
                phrases.append(f"ii {sentence(10871 + a * 10).lower().rstrip('.')}")
                phrases.append(f"3 {sentence(10802 + a * 10).lower().rstrip('.')}")
    for k in range(2):
        d.add_paragraph(["Riskanalys", "Kontaktuppgifter"][k], style="Bilagerubrik")
        phrases.append(f"bilaga {'ab'[k]} {['riskanalys', 'kontaktuppgifter'][k]}")
        d.add_paragraph(paragraph(10900 + k, 4))
    d.save(out / "rubrik10.docx")
    overrides = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    chapters = ('<w:abstractNum w:abstractNumId="91"><w:multiLevelType w:val="multilevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/><w:suff w:val="space"/>'
                '<w:lvlText w:val="Del %1"/><w:lvlJc w:val="left"/></w:lvl>'
                '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:isLgl/>'
                '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
                '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading3"/><w:isLgl/>'
                '<w:lvlText w:val="%1.%2.%3"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl>'
                "</w:abstractNum>")
    appendix = ('<w:abstractNum w:abstractNumId="94"><w:multiLevelType w:val="singleLevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:pStyle w:val="Bilagerubrik"/>'
                '<w:suff w:val="space"/><w:lvlText w:val="Bilaga %1"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')
    numbering(out / "rubrik10.docx", [chapters, NUM_DECISION, appendix],
              [(91, 91, ""), (94, 94, "")] + [(n, 99, overrides) for n in range(111, 115)])
    EXPECT.add("rubrik10.docx", [], [], phrases)


# --- tabell10 ---------------------------------------------------------------------------------


def tc(text, w, span=1, vmerge=None, hmerge=None, shade=False):
    pr = f'<w:tcW w:w="{int(w * 567)}" w:type="dxa"/>'
    pr += f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    pr += f'<w:hMerge w:val="{hmerge}"/>' if hmerge else ""
    pr += ('<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>") if vmerge else ""
    pr += '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if shade else ""
    return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p>{r(text) if text else ''}</w:p></w:tc>"


def tabell(out: Path):
    d = base("Arial", 9, after=0)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    margins(sec, 2.0, 2.0, 2.0, 2.0)
    sec.header.paragraphs[0].text = "Ekby kommun · Budget 2026 och plan 2027–2028 · Bilaga 2"
    d.add_heading("Driftbudget per verksamhet (tkr)", level=1)
    d.add_paragraph(paragraph(11000, 3))
    seen = []
    grid = [4.0, 6.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.7]
    rows = ['<w:tr><w:trPr><w:tblHeader/></w:trPr>' + tc("Förvaltning", grid[0], vmerge="restart", shade=True)
            + tc("Verksamhet", grid[1], vmerge="restart", shade=True) + tc("Budget 2025", 5.0, 2, shade=True)
            + tc("Budget 2026", 5.0, 2, shade=True) + tc("Förändring", 5.2, 2, shade=True) + "</w:tr>",
            '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + tc("", grid[0], vmerge="cont", shade=True)
            + tc("", grid[1], vmerge="cont", shade=True)
            + "".join(tc(h, g, shade=True) for h, g in zip(["Intäkter", "Kostnader"] * 3, grid[2:])) + "</w:tr>"]
    acts = ["Förskola", "Grundskola", "Gymnasieskola", "Vuxenutbildning", "Hemtjänst", "Särskilt boende",
            "Funktionsstöd", "Individ- och familjeomsorg", "Gator och vägar", "Parker", "Vatten och avlopp",
            "Bibliotek", "Fritidsgårdar", "Idrottsanläggningar", "Kulturskola", "Näringslivsfrågor"]
    groups = [("Barn- och utbildningsförvaltningen", 4), ("Socialförvaltningen", 6), ("Tekniska förvaltningen", 5),
              ("Kultur- och fritidsförvaltningen", 5), ("Kommunledningsförvaltningen", 3),
              ("Miljö- och byggförvaltningen", 4), ("Räddningstjänsten", 3)]
    k = 0
    for g, (name, n) in enumerate(groups):
        for i in range(n):
            act = acts[k % len(acts)] + (f" område {k // len(acts) + 1}" if k >= len(acts) else "")
            k += 1
            vals = [f"{(k * 37 + j * 101) % 900 + 50} {(k * 13 + j * 7) % 1000:03d}" for j in range(6)]
            first = name + f" synlig{140 + g}" if i == 0 else ""
            rows.append("<w:tr>" + tc(first, grid[0], vmerge="restart" if i == 0 else "cont")
                        + tc(act, grid[1]) + "".join(tc(v, w) for v, w in zip(vals, grid[2:])) + "</w:tr>")
            if i == 0:
                seen.append(f"synlig{140 + g}")
        if g == 3:
            # Word 2003's horizontal merge: the first cell restarts, the next ones continue.
            rows.append("<w:tr>" + tc(f"Delsumma kultur och fritid synlig150", grid[0], hmerge="restart", shade=True)
                        + tc("", grid[1], hmerge="continue", shade=True)
                        + "".join(tc(f"{100 + j} 000", w, shade=True) for j, w in enumerate(grid[2:])) + "</w:tr>")
            seen.append("synlig150")
        rows.append("<w:tr>" + tc(f"Summa {name.lower()}", sum(grid[:2]), 2, shade=True)
                    + "".join(tc(f"{(g * 311 + j * 97) % 900 + 100} {j}00", w, shade=True) for j, w in enumerate(grid[2:]))
                    + "</w:tr>")
        rows.append("<w:tr>" + tc(f"Kommentar: {sentence(11100 + g)}" + (" synlig151" if g == 5 else ""), sum(grid), 8)
                    + "</w:tr>")
    seen.append("synlig151")
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>'
           "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{int(w * 567)}"/>' for w in grid) + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")
    d.element.body.insert(len(d.element.body) - 1, x(tbl))
    p = d.add_paragraph()
    d.element.body.remove(p._p)
    d.element.body.insert(len(d.element.body) - 1, p._p)
    p.add_run("Beloppen är avrundade till tusental kronor. " + sentence(11200))
    d.save(out / "tabell10.docx")
    EXPECT.add("tabell10.docx", seen, [], [f"summa {groups[0][0].lower()}"])


# --- lang10 -----------------------------------------------------------------------------------

PARTS = [("Georgia", 11, 1.15, None, "Utgångspunkter"), ("Arial", 10, 1.0, "justify", "Bebyggelse och boende"),
         ("Times New Roman", 12, 2.0, None, "Kommunikationer"), ("Calibri", 11, 1.08, None, "Natur och kultur"),
         ("Georgia", 11, 1.15, None, "Risker och hälsa"), ("Arial", 10, 1.0, "justify", "Genomförande")]


def lang(out: Path):
    d = base("Calibri", 11, after=8)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    p = d.sections[0].footer.paragraphs[0]
    add(p, r("Översiktsplan Ekby 2040 · "), fld("PAGE", "1"))
    d.styles.element.append(x('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Citat2"><w:name w:val="Citat2"/>'
                              '<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="120"/><w:ind w:left="851" w:right="851"/>'
                              '</w:pPr><w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>'))
    d.add_paragraph("Översiktsplan för Ekby kommun 2040", style="Title")
    n = 0
    for part, (font, size, line, align, title) in enumerate(PARTS):
        h = d.add_heading(f"{part + 1}. {title}", level=1)
        h.paragraph_format.page_break_before = part > 0
        for rr in h.runs:
            rr.font.name, rr.font.size = font, Pt(16)
        for sub in range(4):
            h2 = d.add_heading(f"{part + 1}.{sub + 1} {sentence(11300 + part * 7 + sub).split(' ')[0]} och planering", level=2)
            h2.paragraph_format.space_before = Pt(18)
            for rr in h2.runs:
                rr.font.name, rr.font.size = font, Pt(13)
            for k in range(3 + (part + sub) % 3):
                n += 1
                p = d.add_paragraph()
                p.paragraph_format.line_spacing = line
                if align:
                    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                rr = p.add_run(paragraph(11400 + n, 3 + n % 4))
                rr.font.name, rr.font.size = font, Pt(size)
                if n % 7 == 3:
                    q = d.add_paragraph(paragraph(11700 + n, 2), style="Citat2")
                    q.runs[0].font.name = font
                if n % 11 == 5:
                    p2 = d.add_paragraph()
                    p2.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                    p2.paragraph_format.line_spacing = Pt(size + 3)
                    rr = p2.add_run(paragraph(11800 + n, 3))
                    rr.font.name, rr.font.size = font, Pt(size)
            if sub == 2 and part % 2 == 0:
                t = d.add_table(rows=6, cols=3)
                t.style = "Table Grid"
                for i, row in enumerate(t.rows):
                    for j, c in enumerate(row.cells):
                        c.text = ["Område", "Bostäder", "År"][j] if i == 0 else [f"Delområde {i}", f"{i * 40}", f"{2026 + i}"][j]
                        for rr in c.paragraphs[0].runs:
                            rr.font.name, rr.font.size = font, Pt(size - 1)
    d.save(out / "lang10.docx")


if __name__ == "__main__":
    out = Path(sys.argv[1])
    for make in (tjanst, protokoll, yttrande, falt, rubrik, tabell, lang):
        make(out)
    EXPECT.write(out / "expect10-docx.json")
