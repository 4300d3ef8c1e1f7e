"""The twelfth blind Word-file set (tests/data/word/blind12): harder than blind11 on the markup
of real municipal files made from templates and edited by several hands. Usage:

    python3 pydocx12.py OUT_DIR

Markers as in blind9-11 (`synligN` read exactly once, `osynligN` never, `fraser` word sequences
read in order). Header and footer text is the readers' running text and is not counted.
OUT_DIR gets:
- mall12.docx: a protocol from a template: a header table, a table whose first row repeats on
  every page (w:tblHeader) over 45 rows, rows and cells wrapped in w:customXml and w:sdt
  (row-level and cell-level controls, a repeating section of rows), a nested table in a
  control cell, vertically merged cells, w:gridBefore/w:gridAfter, a template's hidden
  instruction text in a cell, a FORMTEXT in a cell;
- rader12.docx: tracked changes in tables: rows deleted whole (w:trPr/w:del, runs deleted),
  a nested table in a deleted row, a whole deleted table, an inserted row, a deleted cell
  (w:cellDel), a deleted hyperlink field, an insertion deleted again inside a control; text
  hidden only on the web (w:webHidden, printed), a hidden paragraph mark (a style
  separator: the text is shown, joined to the next paragraph), a hidden character style and a
  run that turns it off (w:vanish w:val="0");
- sektion12.docx: sections that change the page: portrait with a different first page
  (w:titlePg), a landscape section with a wide table of 40 rows, a continuous two-column
  section, back to portrait with w:pgNumType; a framed paragraph (w:framePr);
- strikt12.docx: the same kind of decision saved as Strict Open XML (ISO 29500 strict: the
  purl.oclc.org namespaces and relationship types), with notes, a list and a table;
- gammal12.rtf: RTF as Word 97-2003 writes it (hand-written): \\upr/\\ud pairs, \\uN with
  \\ucN fallbacks (1, 2 and 0), cp1252 \\'xx, a font in cp1250 (\\fcharset238), a deleted
  revision, hidden text, a comment, nested fields, a shape whose text box has a \\shprslt
  fallback with the same text, a Word 95 drawing object text box (\\do, \\dptxbxtext, its only
  copy), optional and non-breaking hyphens, legacy list numbers (\\pntext), a picture in \\bin;
- forkladd12.doc: a .docx file named .doc (as archives rename them);
- webbsida12.doc: a Word HTML page named .doc (Word's "save as web page", and e-services that
  send HTML as .doc), with Word's conditional comments and mso styles.
"""
import shutil
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import (DATE, NAMES, Expect, add, base, docx_parts, fld, margins, note_ref, notes_part,  # noqa: E402
                     paragraph, ppr, r, sentence, widths, x)

EXPECT = Expect()


def body_text(d, seed, n=3, words=3):
    for k in range(n):
        d.add_paragraph(paragraph(seed + k, words))


def dele(text, i):
    return (f'<w:del w:id="{i}" {DATE}><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'
            '</w:del>')


def ins(text, i):
    return f'<w:ins w:id="{i}" {DATE}>{r(text)}</w:ins>'


def tc(inner, w=2400, pr=""):
    return f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{pr}</w:tcPr>{inner}</w:tc>'


def p(inner, pr=""):
    return f"<w:p>{f'<w:pPr>{pr}</w:pPr>' if pr else ''}{inner}</w:p>"


def tbl(rows, grid, borders=True):
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" '
         'w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" '
         'w:sz="4"/></w:tblBorders>') if borders else ""
    g = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{b}</w:tblPr><w:tblGrid>{g}</w:tblGrid>'
            + "".join(rows) + "</w:tbl>")


def body_append(d, xml):
    """Append a block (table, paragraph) before the body's final w:sectPr."""
    d.element.body.sectPr.addprevious(x(xml))


def sdt(inner, tag, extra=""):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{abs(hash(tag)) % 90000}"/>'
            f'{extra}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


# --- mall12 -----------------------------------------------------------------------------------


def mall(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.0, 2.0, 2.5, 2.0)
    seen, unseen, phrases = [], [], []
    h = d.sections[0].header
    h.paragraphs[0].text = ""
    ht = h.add_table(rows=1, cols=3, width=Cm(16))
    for c, t in zip(ht.rows[0].cells, ["Ekby kommun", "Protokoll kommunstyrelsen", "2025-11-20"]):
        c.text = t
    d.add_heading("Protokoll från kommunstyrelsens sammanträde", level=1)
    d.add_paragraph(paragraph(12000, 2))
    d.add_heading("Närvarande", level=2)
    head = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>' + tc(p(r("Namn synlig300", '<w:rPr><w:b/></w:rPr>')), 4200)
            + tc(p(r("Roll", '<w:rPr><w:b/></w:rPr>'))) + tc(p(r("Parti"))) + "</w:tr>")
    rows = [head]
    rows.append('<w:customXml w:uri="urn:ekby:mall" w:element="ledamot"><w:tr>' + tc(p(r("Anna Berg synlig301")), 4200)
                + tc(p(r("ordförande"))) + tc(p(r("S"))) + "</w:tr></w:customXml>")
    rows.append('<w:tr><w:customXml w:uri="urn:ekby:mall" w:element="namn">' + tc(p(r("Per Ek synlig302")), 4200)
                + "</w:customXml>" + sdt(tc(p(r("vice ordförande synlig303"))), "Roll") + tc(p(r("M"))) + "</w:tr>")
    items = "".join(sdt('<w:tr>' + tc(p(r(f"{n} synlig{304 + i}")), 4200) + tc(p(r("ledamot"))) + tc(p(r(party)))
                        + "</w:tr>", f"Ledamot{i}", "<w15:repeatingSectionItem xmlns:w15=\"http://schemas.microsoft.com/"
                        "office/word/2012/wordml\"/>")
                    for i, (n, party) in enumerate([("Karin Lindqvist", "C"), ("Omar Haddad", "V"), ("Lena Åström", "L")]))
    rows.append(sdt(items, "Ledamöter", '<w15:repeatingSection xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>'))
    seen += [f"synlig{i}" for i in range(300, 307)]
    phrases += ["anna berg synlig301 ordförande", "per ek synlig302 vice ordförande synlig303 m"]
    body_append(d, tbl(rows, [4200, 2400, 2400]))
    d.add_heading("Övriga närvarande", level=2)
    nested = tbl(['<w:tr>' + tc(p(r("Jonas Öberg synlig307")), 2000) + tc(p(r("sekreterare")), 2000) + "</w:tr>",
                  '<w:tr>' + tc(p(r("Maria Sund")), 2000) + tc(p(r("ekonomichef synlig308")), 2000) + "</w:tr>"], [2000, 2000])
    rows = ['<w:tr>' + tc(p(r("Tjänstepersoner")), 2600, '<w:vMerge w:val="restart"/>')
            + sdt(tc(nested + p(""), 4400), "Tjanstepersoner") + "</w:tr>",
            '<w:tr>' + tc(p(""), 2600, "<w:vMerge/>") + tc(p(r("Allmänheten synlig309 följde mötet på webben.")), 4400) + "</w:tr>",
            '<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="2600" w:type="dxa"/></w:trPr>'
            + tc(p(r("Instruktion: skriv in justerare här osynlig300 ", '<w:rPr><w:vanish/></w:rPr>')
                   + r("Justerare: Karin Lindqvist synlig310")), 4400) + "</w:tr>",
            '<w:tr>' + tc(p(r("Justeringsdag")), 2600) + tc(p(r("Den ") + fld('FORMTEXT', "27 november synlig311")
                                                                + r(" på kommunkansliet.")), 4400) + "</w:tr>"]
    body_append(d, tbl(rows, [2600, 4400]))
    seen += ["synlig307", "synlig308", "synlig309", "synlig310", "synlig311"]
    unseen.append("osynlig300")
    phrases += ["den 27 november synlig311 på kommunkansliet", "justerare karin lindqvist synlig310"]
    d.add_heading("Ärendelista", level=2)
    d.add_paragraph(paragraph(12010, 2))
    head = ('<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' + tc(p(r("§ synlig312")), 900)
            + tc(p(r("Ärende")), 5200) + tc(p(r("Dnr")), 2000) + "</w:tr>")
    rows = [head] + ['<w:tr><w:trPr><w:cantSplit/></w:trPr>' + tc(p(r(f"{100 + i}")), 900)
                     + tc(p(r(sentence(12100 + i) + (" synlig313" if i == 37 else ""))), 5200)
                     + tc(p(r(f"KS 2025/{200 + 3 * i}")), 2000) + "</w:tr>" for i in range(45)]
    body_append(d, tbl(rows, [900, 5200, 2000]))
    seen += ["synlig312", "synlig313"]
    phrases.append("§ synlig312 ärende dnr")
    d.add_paragraph(paragraph(12020, 3))
    d.save(out / "mall12.docx")
    EXPECT.add("mall12.docx", seen, unseen, phrases)


# --- rader12 ----------------------------------------------------------------------------------


def rader(out: Path):
    d = base("Times New Roman", 12)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    seen, unseen, phrases = [], [], []
    st = d.styles.add_style("Dold", 2)  # a character style that hides its text
    st.element.get_or_add_rPr().append(x("<w:vanish/>"))
    d.add_heading("Yttrande över remiss om taxor", level=1)
    body_text(d, 13000, 2)
    dmark = f'<w:rPr><w:del w:id="800" {DATE}/></w:rPr>'
    imark = f'<w:rPr><w:ins w:id="801" {DATE}/></w:rPr>'
    rows = ['<w:tr>' + tc(p(r("Taxa")), 3000) + tc(p(r("Belopp")), 3000) + "</w:tr>",
            '<w:tr>' + tc(p(r("Bygglov enfamiljshus")), 3000) + tc(p(r("24 000 kr synlig320")), 3000) + "</w:tr>",
            f'<w:tr><w:trPr><w:del w:id="802" {DATE}/></w:trPr>' + tc(p(dele("Strandskyddsdispens osynlig320", 803), dmark), 3000)
            + tc(p(dele("9 600 kr", 804), dmark), 3000) + "</w:tr>",
            f'<w:tr><w:trPr><w:ins w:id="805" {DATE}/></w:trPr>' + tc(p(ins("Förhandsbesked synlig321", 806), imark), 3000)
            + tc(p(ins("7 200 kr", 807), imark), 3000) + "</w:tr>",
            f'<w:tr><w:trPr><w:del w:id="808" {DATE}/></w:trPr>' + tc(p(dele("Tillsyn", 809), dmark), 3000)
            + tc(tbl([f'<w:tr><w:trPr><w:del w:id="810" {DATE}/></w:trPr>' + tc(p(dele("timavgift osynlig321", 811), dmark), 1400)
                      + tc(p(dele("1 200 kr", 812), dmark), 1400) + "</w:tr>"], [1400, 1400]) + p("", dmark[7:-8]), 3000)
            + "</w:tr>",
            '<w:tr>' + tc(p(r("Marklov synlig322")), 3000)
            + tc(p(dele("osynlig322 3 000 kr", 813)), 3000, f'<w:cellDel w:id="814" {DATE}/>') + "</w:tr>"]
    body_append(d, tbl(rows, [3000, 3000]))
    seen += ["synlig320", "synlig321", "synlig322"]
    unseen += ["osynlig320", "osynlig321", "osynlig322"]
    phrases.append("förhandsbesked synlig321 7 200 kr")
    d.add_paragraph(paragraph(13010, 2))
    # A whole table deleted: every row and run marked deleted.
    rows = [f'<w:tr><w:trPr><w:del w:id="{820 + i}" {DATE}/></w:trPr>'
            + tc(p(dele(a, 830 + 2 * i), dmark), 3000) + tc(p(dele(b, 831 + 2 * i), dmark), 3000) + "</w:tr>"
            for i, (a, b) in enumerate([("Gammal taxa", "Belopp"), ("Schaktning osynlig323", "2 400 kr"),
                                        ("Rivning", "osynlig324 1 800 kr")])]
    body_append(d, tbl(rows, [3000, 3000]))
    unseen += ["osynlig323", "osynlig324"]
    body_append(d, p(r("Tabellen ovan ersätts av bilaga 2 synlig323.")))
    seen.append("synlig323")
    # A deleted hyperlink field (instruction and result deleted).
    body_append(d, p(r("Se kommunens webbplats ")
                     + f'<w:del w:id="840" {DATE}><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:delInstrText '
                     'xml:space="preserve"> HYPERLINK "https://ekby.se/taxor" </w:delInstrText></w:r><w:r><w:fldChar '
                     'w:fldCharType="separate"/></w:r><w:r><w:delText>osynlig325 ekby.se/taxor</w:delText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>' + ins("synlig324 ekby.se/bygglov", 841)
                     + r(" för aktuella belopp.")))
    seen.append("synlig324")
    unseen.append("osynlig325")
    phrases.append("se kommunens webbplats synlig324 ekby se bygglov för aktuella belopp")
    # Text hidden on the web only is printed.
    body_append(d, p(r("Remissvaret lämnas senast ") + r("den 15 december synlig325", "<w:rPr><w:webHidden/></w:rPr>")
                     + r(" till regionen.")))
    seen.append("synlig325")
    phrases.append("remissvaret lämnas senast den 15 december synlig325 till regionen")
    # A style separator: a heading whose paragraph mark is hidden runs into the next paragraph.
    body_append(d, p(r("Sammanfattning synlig326."), '<w:pStyle w:val="Heading2"/><w:rPr><w:vanish/><w:specVanish/></w:rPr>'))
    body_append(d, p(r(" Nämnden tillstyrker förslaget synlig327 med två ändringar.")))
    seen += ["synlig326", "synlig327"]
    phrases.append("sammanfattning synlig326 nämnden tillstyrker förslaget synlig327")
    # A hidden character style, and a run of that style that turns hiding off.
    body_append(d, p(r("Handläggare Per Ek ") + r("internt osynlig326 ", '<w:rPr><w:rStyle w:val="Dold"/></w:rPr>')
                     + r("telefon 0123-456 synlig328", '<w:rPr><w:rStyle w:val="Dold"/><w:vanish w:val="0"/></w:rPr>')))
    seen.append("synlig328")
    unseen.append("osynlig326")
    # An insertion deleted again inside a cell's control.
    rows = ['<w:tr>' + tc(p(r("Beslut")), 2000)
            + tc(sdt(p(r("Nämnden ") + f'<w:ins w:id="850" {DATE}><w:del w:id="851" w:author="Anna Berg" '
                       'w:date="2025-11-21T09:00:00Z"><w:r><w:delText xml:space="preserve">osynlig327 avstyrker </w:delText>'
                       '</w:r></w:del></w:ins>' + ins("tillstyrker synlig329 ", 852) + r("remissen.")), "Beslut"), 4000)
            + "</w:tr>"]
    body_append(d, tbl(rows, [2000, 4000]))
    seen.append("synlig329")
    unseen.append("osynlig327")
    phrases.append("nämnden tillstyrker synlig329 remissen")
    # A row whose end mark is hidden (w:trPr/w:hidden) is shown; struck text is printed; a formula's
    # text (m:oMath) is text; a carriage return (w:cr) and a positional tab (w:ptab) part words.
    rows = ['<w:tr><w:trPr><w:hidden/></w:trPr>' + tc(p(r("Avgift synlig330")), 2000)
            + tc(p(r("enligt taxa ") + '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
                   '<m:r><m:t>A=0,5</m:t></m:r><m:r><m:t>×</m:t></m:r><m:r><m:t>PBB</m:t></m:r></m:oMath>'
                   + r(" synlig331")), 4000) + "</w:tr>"]
    body_append(d, tbl(rows, [2000, 4000]))
    body_append(d, p(r("Tidigare belopp ") + r("18 000 kr synlig332", "<w:rPr><w:strike/></w:rPr>")
                     + r(" har räknats upp.")))
    body_append(d, p('<w:r><w:t>Handläggare</w:t><w:cr/><w:t>Per Ek synlig333</w:t>'
                     '<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>Datum</w:t><w:tab/>'
                     '<w:t>2025-11-20</w:t></w:r>'))
    seen += ["synlig330", "synlig331", "synlig332", "synlig333"]
    phrases += ["avgift synlig330 enligt taxa a 0 5", "pbb synlig331", "tidigare belopp 18 000 kr synlig332 har",
                "handläggare per ek synlig333 datum 2025"]
    body_append(d, p(r(paragraph(13020, 2))))
    d.save(out / "rader12.docx")
    EXPECT.add("rader12.docx", seen, unseen, phrases)


# --- sektion12 --------------------------------------------------------------------------------


def sektion(out: Path):
    d = base("Arial", 10)
    sec = d.sections[0]
    margins(sec, 2.0, 2.0, 2.0, 2.0)
    seen, phrases = [], []
    sec.different_first_page_header_footer = True
    sec.first_page_header.paragraphs[0].text = "EKBY KOMMUN – Tjänsteskrivelse"
    sec.header.paragraphs[0].text = "Tjänsteskrivelse, investeringsplan"
    fp = d.add_paragraph()
    add(fp, r("Dnr KS 2025/412 synlig340"))
    ppr(fp, '<w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="8000" w:y="1200"/>')
    seen.append("synlig340")
    d.add_heading("Investeringsplan 2026–2030", level=1)
    body_text(d, 14000, 6, 4)
    # Landscape section: a wide table.
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    margins(s2, 1.5, 1.5, 2.0, 2.0)
    d.add_heading("Bilaga 1. Investeringar per objekt", level=2)
    cols = ["Objekt", "Nämnd", "2026", "2027", "2028", "2029", "2030", "Summa"]
    t = d.add_table(rows=41, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.text = h
    t.rows[0]._tr.get_or_add_trPr().append(x("<w:tblHeader/>"))
    for i in range(1, 41):
        vals = [(i * 37 + k * 11) % 90 + 5 for k in range(5)]
        cells = [f"Objekt {i}: " + sentence(14100 + i).split(" ", 3)[-1][:40] + (" synlig341" if i == 33 else ""),
                 ["KS", "BUN", "SBN", "VON"][i % 4]] + [f"{v} mnkr" for v in vals] + [f"{sum(vals)} mnkr"]
        for c, v in zip(t.rows[i].cells, cells):
            c.text = v
    widths(t, [7.5, 2.0, 2.2, 2.2, 2.2, 2.2, 2.2, 2.5])
    seen.append("synlig341")
    # Back to portrait, a continuous two-column section.
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(21.0), Cm(29.7)
    margins(s3, 2.0, 2.0, 2.0, 2.0)
    d.add_heading("Bilaga 2. Bakgrund", level=2)
    body_text(d, 14200, 2, 3)
    last = d.add_paragraph(paragraph(14210, 2) + " synlig342")
    seen.append("synlig342")
    s4 = d.add_section(WD_SECTION.CONTINUOUS)
    s4._sectPr.append(x('<w:cols w:num="2" w:space="567"/>'))
    body_text(d, 14300, 8, 4)
    d.add_paragraph("Slutord i spalterna synlig343.")
    seen.append("synlig343")
    s5 = d.add_section(WD_SECTION.NEW_PAGE)
    s5._sectPr.append(x('<w:pgNumType w:start="1"/>'))
    d.add_heading("Bilaga 3. Beslutsförslag", level=2)
    body_text(d, 14400, 3, 3)
    del last
    d.save(out / "sektion12.docx")
    EXPECT.add("sektion12.docx", seen, [], phrases)


# --- strikt12 ---------------------------------------------------------------------------------

STRICT = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "http://purl.oclc.org/ooxml/wordprocessingml/main",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "http://purl.oclc.org/ooxml/officeDocument/relationships",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "http://purl.oclc.org/ooxml/drawingml/main",
    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
}


def strikt(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    seen, phrases = [], []
    d.add_heading("Beslut om riktlinjer för bostadsanpassning", level=1)
    q = d.add_paragraph()
    add(q, r("Kommunfullmäktige antar riktlinjerna synlig350"), note_ref("footnote", 1), r(" enligt bilaga."))
    body_text(d, 15000, 3)
    for i, t in enumerate(["Ansökan prövas enligt lagen synlig351.", "Beslut fattas inom sex veckor.",
                           "Avslag kan överklagas synlig352."]):
        d.add_paragraph(t, style="List Number")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, [("Åtgärd", "Handläggningstid"), ("Ramp synlig353", "4 veckor"), ("Hiss", "12 veckor")]):
        row.cells[0].text, row.cells[1].text = a, b
    body_text(d, 15010, 3)
    q = d.add_paragraph()
    add(q, r("Beslutet gäller från den 1 januari 2026 "), r("synlig354", '<w:rPr><w:b w:val="true"/><w:vanish w:val="false"/></w:rPr>'),
        r("."))
    d.save(out / "strikt12.docx")
    notes_part(out / "strikt12.docx", "footnote", [["Lagen (2018:222) om bostadsanpassningsbidrag synlig355."]])
    parts = docx_parts.read(out / "strikt12.docx")
    for name in list(parts):
        if name.endswith((".xml", ".rels")) and name != "[Content_Types].xml":
            s = parts[name].decode()
            for a, b in STRICT.items():
                s = s.replace(a, b)
            s = s.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
                          "http://purl.oclc.org/ooxml/officeDocument/relationships/")
            s = s.replace('w:val="1"', 'w:val="true"').replace('w:val="0"', 'w:val="false"')
            s = s.replace('w:conformance="strict"', "")
            s = s.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
            parts[name] = s.encode()
    docx_parts.write(out / "strikt12.docx", parts)
    seen += ["synlig350", "synlig351", "synlig352", "synlig353", "synlig354", "synlig355"]
    phrases += ["1 ansökan prövas enligt lagen synlig351", "3 avslag kan överklagas synlig352",
                "den 1 januari 2026 synlig354"]
    EXPECT.add("strikt12.docx", seen, [], phrases)


# --- gammal12.rtf -----------------------------------------------------------------------------

RTF = r"""{\rtf1\ansi\ansicpg1252\uc1\deff0\deflang1053\deflangfe1053
{\fonttbl{\f0\froman\fcharset0\fprq2 Times New Roman;}{\f1\fswiss\fcharset0\fprq2 Arial;}
{\f2\froman\fcharset238\fprq2 Times New Roman CE;}{\f3\fnil\fcharset2 Symbol;}}
{\colortbl;\red0\green0\blue0;}
{\stylesheet{\ql \li0\ri0\widctlpar\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \fs24\lang1053\langfe1053\cgrid\langnp1053\langfenp1053 \snext0 Normal;}
{\s1\ql \keepn\widctlpar\outlinelevel0\b\f1\fs32 \sbasedon0 \snext0 heading 1;}{\*\cs10 \additive Default Paragraph Font;}}
{\info{\title Yttrande}{\author Per Ek}{\operator Per Ek}{\creatim\yr2004\mo3\dy2\hr10\min5}}
\paperw11906\paperh16838\margl1417\margr1417\margt1417\margb1417\gutter0 \deftab1304\widowctrl\ftnbj\aenddoc\hyphhotz425\noxlattoyen\expshrtn\noultrlspc\dntblnsbdb\nospaceforul\hyphcaps0\formshade\horzdoc\dgmargin\dghspace180\dgvspace180\dghorigin1417\dgvorigin1417\dghshow1\dgvshow1\jexpand\viewkind1\viewscale100\pgbrdrhead\pgbrdrfoot\splytwnine\ftnlytwnine\htmautsp\nolnhtadjtbl\useltbaln\alntblind\lytcalctblwd\lyttblrtgr\lnbrkrule \fet0\sectd \linex0\headery708\footery708\colsx708\endnhere\sectlinegrid360\sectdefaultcl\titlepg
{\headerf \pard\plain \ql \widctlpar\fs20 {\b EKBY KOMMUN} Socialf\'f6rvaltningen\par }
{\header \pard\plain \qr \widctlpar\fs20 Yttrande \chpgn \par }
{\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang{\pntxta .}}
\pard\plain \s1\ql \keepn\widctlpar\outlinelevel0\b\f1\fs32 {\upr{Yttrande \'f6ver motion om \'e4ldreboenden synlig360}{\*\ud{Yttrande \u246\'f6ver motion om \u228\'e4ldreboenden synlig360}}}\par
\pard\plain \ql \widctlpar\fs24\lang1053 {S\'f6dra omsorgsomr\'e5det har f\'e5tt motionen p\'e5 remiss. }{\deleted\revauth1\revdttm1141700000 osynlig360 Motion\'e4ren f\'f6resl\'e5r att }{\revised\revauth1 Motion\'e4rerna synlig361 f\'f6resl\'e5r att }{kommunen bygger tv\'e5 nya \'e4ldreboenden \u8211\'96 ett i norr och ett i s\'f6der.}\par
\pard \ql \widctlpar {Utredaren {\f2 Anton\'edn Dvo\'f8\'e1k synlig362} har r\'e4knat p\'e5 kostnaderna{\cs10\super \chftn {\footnote \pard\plain \ql \widctlpar\fs20 {\cs10\super \chftn } Kalkylen synlig363 finns i bilaga 2.}}. }{\v osynlig361 Intern anm\'e4rkning: kontrollera siffrorna. }{Resultatet \uc2\u8364\'80\'80 \uc1 visar att varje plats kostar 2,1 miljoner kronor synlig364.}\par
\pard \ql \widctlpar {\uc0\u8220 Det r\u228cker inte\u8221\uc1  synlig365, skriver f\'f6rvaltningen, {\*\atnid PE}{\*\atnauthor Per Ek}\chatn {\*\annotation\pard\plain osynlig362 Stryk citatet?}om behoven v\'e4xer som prognosen s\'e4ger.}\par
\pard \ql \widctlpar {Se {\field{\*\fldinst {HYPERLINK "http://www.ekby.se/omsorg" }}{\fldrslt {\cs15\ul webbplatsen synlig366}}} och {\field{\*\fldinst { REF _Ref1 \\h }{\field{\*\fldinst { SYMBOL 183 \\f "Symbol" }}{\fldrslt osynlig363}}}{\fldrslt {avsnitt 3 synlig367}}} f\'f6r detaljer.}\par
\pard \ql \widctlpar {Kommun\-fullm\'e4ktige synlig368 beslutade 2003\_12\_15 om riktlinjerna.}\par
\pard \ql \widctlpar {{\shp{\*\shpinst\shpleft0\shptop0\shpright3000\shpbottom900\shpfhdr0\shpbxcolumn\shpbypara\shpwr2\shpwrk0\shpfblwtxt0\shpz0\shplid1026{\sp{\sn shapeType}{\sv 202}}{\sp{\sn fFilled}{\sv 0}}{\shptxt \pard\plain \ql \widctlpar\fs20 {Faktaruta: 412 platser synlig369}\par }}{\shprslt{\*\do\dobxcolumn\dobypara\dodhgt8192\dptxbx{\dptxbxtext\pard\plain \ql \widctlpar\fs20 {Faktaruta: 412 platser synlig369}\par }\dpx0\dpy0\dpxsize3000\dpysize900}}}}Behovet av platser redovisas i faktarutan.}\par
{\*\do\dobxcolumn\dobypara\dodhgt8193\dptxbx{\dptxbxtext\pard\plain \ql \widctlpar\fs20 {Ruta fr\'e5n 1998: synlig370 v\'e4ntetid 90 dagar}\par }\dpx0\dpy200\dpxsize3000\dpysize600}
\pard \ql \widctlpar {{\pntext\pard\plain\f3\fs24 \'b7\tab}}{\*\pn \pnlvlblt\pnf3\pnindent360{\pntxtb \'b7}}\fi-360\li720 {Bygg ett boende i norr synlig371.}\par
{\pntext\pard\plain\f3\fs24 \'b7\tab}\pard \fi-360\li720\widctlpar{\*\pn \pnlvlblt\pnf3\pnindent360{\pntxtb \'b7}} {V\'e4nta med s\'f6der synlig372.}\par
\pard \ql \widctlpar {{\*\bkmkstart _Ref1}Avsnitt 3{\*\bkmkend _Ref1} handlar om {\pict\wmetafile8\picw100\pich100\picwgoal60\pichgoal60\bin12 {osynlig364}} v\'e4rdet av hemtj\'e4nst synlig373.}\par
\pard \ql \widctlpar {Per Ek\line Socialchef synlig374}\par
}"""


def gammal(out: Path):
    (out / "gammal12.rtf").write_bytes(RTF.replace("\n", "\r\n").encode("latin-1"))
    seen = [f"synlig{i}" for i in range(360, 375)]
    unseen = [f"osynlig{i}" for i in range(360, 365)]
    phrases = ["yttrande över motion om äldreboenden synlig360", "motionärerna synlig361 föreslår att kommunen",
               "antonín dvořák synlig362", "resultatet € visar", "det räcker inte synlig365",
               "se webbplatsen synlig366 och avsnitt 3 synlig367 för detaljer", "kommunfullmäktige synlig368",
               "faktaruta 412 platser synlig369", "ruta från 1998 synlig370 väntetid 90 dagar",
               "handlar om värdet av hemtjänst synlig373"]
    EXPECT.add("gammal12.rtf", seen, unseen, phrases)


# --- forkladd12.doc, webbsida12.doc -----------------------------------------------------------


def forkladd(out: Path):
    d = base("Calibri", 11)
    d.add_heading("Delegationsbeslut om färdtjänst", level=1)
    d.add_paragraph("Ansökan om färdtjänst beviljas synlig380 till och med 2027-12-31.")
    body_text(d, 16000, 3)
    d.add_paragraph("Beslutet kan överklagas hos förvaltningsrätten synlig381.")
    d.save(out / "forkladd12.docx")
    shutil.move(out / "forkladd12.docx", out / "forkladd12.doc")
    EXPECT.add("forkladd12.doc", ["synlig380", "synlig381"], [],
               ["ansökan om färdtjänst beviljas synlig380 till och med 2027 12 31"])


HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<title>Kallelse</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Anna Berg</o:Author>
  <o:Title>osynlig380</o:Title>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>100</w:Zoom>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-parent:"";
	margin:0cm;
	font-size:12.0pt;
	font-family:"Times New Roman";}
h1	{mso-style-next:Normal;
	font-size:16.0pt;}
@page Section1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.Section1
	{page:Section1;}
-->
</style>
</head>

<body lang=SV style='tab-interval:65.2pt'>

<div class=Section1>

<h1>Kallelse till socialn&auml;mnden synlig382</h1>

<p class=MsoNormal>Tid: 2025-12-04 kl. 13.00<o:p></o:p></p>

<p class=MsoNormal>Plats: Sammantr&auml;desrummet Ekan synlig383<o:p></o:p></p>

<p class=MsoNormal><span style='display:none;mso-hide:all'>osynlig381 utkast<o:p></o:p></span></p>

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
 <tr>
  <td width=60 valign=top><p class=MsoNormal>1<o:p></o:p></p></td>
  <td width=400 valign=top><p class=MsoNormal>Budgetuppf&ouml;ljning oktober synlig384<o:p></o:p></p></td>
 </tr>
 <tr>
  <td width=60 valign=top><p class=MsoNormal>2<o:p></o:p></p></td>
  <td width=400 valign=top><p class=MsoNormal>Riktlinjer f&ouml;r hemtj&auml;nst synlig385<o:p></o:p></p></td>
 </tr>
</table>

<p class=MsoNormal><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p>

<p class=MsoNormal>V\xe4lkomna! synlig386</p>

<br clear=all style='page-break-before:always'>

<p class=MsoNormal>Anna Berg, ordf\xf6rande synlig387</p>

</div>

</body>

</html>
"""


def webbsida(out: Path):
    (out / "webbsida12.doc").write_bytes(HTML.replace("\n", "\r\n").encode("cp1252"))
    EXPECT.add("webbsida12.doc", [f"synlig{i}" for i in range(382, 388)], ["osynlig380", "osynlig381"],
               ["plats sammanträdesrummet ekan synlig383", "välkomna synlig386"])


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for f in (mall, rader, sektion, strikt, gammal, forkladd, webbsida):
        f(out)
    EXPECT.write(out / "expect12.json")
