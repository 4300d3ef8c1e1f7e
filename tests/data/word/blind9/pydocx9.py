"""The ninth blind Word-file set (tests/data/word/blind9): layouts and markup the first eight
sets did not try, for the page and text figures of PAGES.md. Usage:

    python3 pydocx9.py OUT_DIR

Every file carries marker words: `synligN` where a reader sees text in an unusual place (a
text box in a group, a content control's placeholder, a footnote's second paragraph, an
inserted table row ...) and `osynligN` where the file holds text no reader sees (a deleted
table row, hidden text, a dropdown's other choices, a field's instruction ...). expect9.json
(written here, checked by ../markers.py) says how often each must be read: synlig once,
osynlig never.

OUT_DIR gets (python-docx plus WordprocessingML it does not write; no rendered page breaks):
- protokoll9.docx: a protokoll in Arial 11 with tracked changes inside a table (a deleted
  row, w:trPr/w:del, and an inserted one, w:trPr/w:ins; a deleted and an inserted run in a
  cell), hidden text (w:vanish) and a deleted field instruction (w:delInstrText), a page
  break (w:br type page) before "Justering", then a borderless two-column signature table;
- rapport9.docx: a report in Calibri 11 whose header says "Sida PAGE av NUMPAGES", footnotes
  of two paragraphs (one referenced from a table cell), endnotes, a section break to a
  landscape section holding a wide 5-column table whose first column is merged down over
  4-7 rows (w:vMerge) and runs over a page end, and a portrait section again;
- formular9.docx: a form in Calibri 11 made of content controls: run controls with a value,
  one showing its placeholder (w:showingPlcHdr), a checkbox (w14:checkbox), a dropdown list
  (w:dropDownList, its other items osynlig), a date; a block control around two paragraphs,
  a row control (w:sdt around w:tr) and a cell control (w:sdt around w:tc); a group of two
  text boxes (wpg:wgp) with its VML fallback, and a text box in a table cell;
- tabell9.docx: a table in Times New Roman 11 whose cell widths (w:tcW) are not its grid's,
  with w:gridBefore/w:gridAfter rows (a row that starts in the second column), a nested table
  in a cell, rows that may split with long cells, and w:tblInd.
"""
import sys
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
for d in ("blind7", ""):
    sys.path.insert(0, str(HERE.parent / d))
from pydocx7 import field, run  # noqa: E402
from wordgen import (DATE, NAMES, W, Expect, base, docx_parts, margins, notes_part, paragraph, r,  # noqa: E402
                     sentence, widths)

EXPECT = Expect()
expect = EXPECT.add


def p_append(par, *frags):
    for f in frags:
        par._p.append(parse_xml(f) if isinstance(f, str) else f)


# --- protokoll9 -------------------------------------------------------------------------------


def protokoll(out: Path):
    d = base("Arial", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.sections[0].header.paragraphs[0].text = "Protokoll miljö- och byggnämnden 2025-11-27"
    d.add_heading("Protokoll", level=1)
    for k, v in [("Plats och tid", "Sessionssalen, torsdagen den 27 november 2025 kl. 09.00–12.10"),
                 ("Beslutande", ", ".join(NAMES[:5])), ("Sekreterare", NAMES[5])]:
        p = d.add_paragraph()
        p.add_run(f"{k}: ").bold = True
        p.add_run(v)
    seen, unseen = [], []
    for n in range(9):
        d.add_heading(f"§ {140 + n} Ärende {n + 1}", level=2)
        d.add_paragraph(paragraph(9000 + n * 3, 3 + n % 3))
        p = d.add_paragraph("Nämnden beslutar")
        if n == 1:
            # Hidden text inside a sentence, and a whole hidden paragraph.
            p_append(p, run(" att"), run(" osynlig1 dold formulering", '<w:rPr><w:vanish/></w:rPr>'),
                     run(" godkänna förslaget synlig1."))
            h = d.add_paragraph()
            p_append(h, run("osynlig2 en dold anteckning om ärendet", '<w:rPr><w:vanish/></w:rPr>'))
            h._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {W}><w:vanish/></w:rPr>'))
            seen += ["synlig1"]
            unseen += ["osynlig1", "osynlig2"]
        elif n == 3:
            # A deleted field (its instruction in w:delInstrText), an inserted field.
            p_append(p, run(" att anta planen enligt "))
            p_append(p, f'<w:del {W} w:id="301" {DATE}><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                        f'<w:r><w:delInstrText xml:space="preserve"> DOCPROPERTY osynlig3 </w:delInstrText></w:r>'
                        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:delText>osynlig4 bilaga</w:delText></w:r>'
                        f'<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>')
            p_append(p, f'<w:ins {W} w:id="302" {DATE}><w:r><w:t xml:space="preserve">bilaga synlig2 </w:t></w:r></w:ins>')
            p_append(p, run("till protokollet."))
            seen += ["synlig2"]
            unseen += ["osynlig3", "osynlig4"]
        else:
            p_append(p, run(" " + sentence(9100 + n).lower()))
        if n == 5:
            d.add_paragraph("Omröstning:")
            t = d.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, ["Ledamot", "Ja", "Nej"]):
                c.text = h
            rows = [("Anna Berg", "X", ""), ("Per Ek", "", "X"), ("osynlig5 Rolf Tidigare", "X", ""),
                    ("Karin Lindqvist", "X", ""), ("synlig3 Sara Ny", "", "X"), ("Omar Haddad", "X", "")]
            for i, (a, b, c) in enumerate(rows):
                r = t.add_row()
                for cell, v in zip(r.cells, (a, b, c)):
                    cell.text = ""
                    par = cell.paragraphs[0]
                    if not v:
                        continue
                    if a.startswith("osynlig"):
                        p_append(par, f'<w:del {W} w:id="{310 + i}" {DATE}><w:r><w:delText xml:space="preserve">{v}</w:delText></w:r></w:del>')
                    elif a.startswith("synlig"):
                        p_append(par, f'<w:ins {W} w:id="{310 + i}" {DATE}><w:r><w:t xml:space="preserve">{v}</w:t></w:r></w:ins>')
                    else:
                        p_append(par, run(v))
                if a.startswith("osynlig"):
                    r._tr.get_or_add_trPr().append(parse_xml(f'<w:del {W} w:id="{320 + i}" {DATE}/>'))
                elif a.startswith("synlig"):
                    r._tr.get_or_add_trPr().append(parse_xml(f'<w:ins {W} w:id="{320 + i}" {DATE}/>'))
            # A cell whose text is changed: old count deleted, new inserted.
            c = t.add_row().cells
            c[0].text = "Summa"
            p_append(c[1].paragraphs[0], f'<w:del {W} w:id="330" {DATE}><w:r><w:delText xml:space="preserve">osynlig6 </w:delText></w:r></w:del>',
                     f'<w:ins {W} w:id="331" {DATE}><w:r><w:t>3 synlig4</w:t></w:r></w:ins>')
            c[2].text = "2"
            seen += ["synlig3", "synlig4"]
            unseen += ["osynlig5", "osynlig6"]
    d.add_paragraph(paragraph(9200, 2))
    # "Justering" starts a new page by an explicit page break in the run before it.
    p = d.add_paragraph()
    p_append(p, f'<w:r {W}><w:br w:type="page"/></w:r>', run("Justering", "<w:rPr><w:b/></w:rPr>"))
    d.add_paragraph(f"Protokollet justeras den 2 december 2025 av {NAMES[0]} och {NAMES[2]}.")
    t = d.add_table(rows=4, cols=2)
    for r, (a, b) in enumerate([("Ordförande", "Justerande"), ("", ""), ("……………………………", "……………………………"),
                                (NAMES[0], NAMES[2])]):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = a, b
    d.add_paragraph()
    t2 = d.add_table(rows=2, cols=2)
    t2.rows[0].cells[0].text, t2.rows[0].cells[1].text = "Sekreterare", "Anslaget"
    t2.rows[1].cells[0].text = f"…………………………… {NAMES[5]}"
    t2.rows[1].cells[1].text = "2025-12-03 till 2025-12-25 synlig5"
    seen += ["synlig5"]
    d.save(out / "protokoll9.docx")
    expect("protokoll9.docx", seen, unseen)


# --- rapport9 ---------------------------------------------------------------------------------

def ref(kind, i):
    return parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{i}"/></w:r>')


def rapport(out: Path):
    d = base("Calibri", 11)
    for h in ("Heading 1", "Heading 2", "Title"):
        d.styles[h].font.name = "Cambria"
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Ekby kommun · Uppföljningsrapport 2025 · Sida "
    field(hp, "PAGE", "1")
    p_append(hp, run(" av "))
    field(hp, "NUMPAGES", "1")
    seen = []
    fns, ens = [], []
    d.add_heading("Uppföljning av investeringar 2025", level=1)
    d.add_paragraph(paragraph(9300, 3))
    for ch in range(3):
        d.add_heading(f"{ch + 1} Område {['skola', 'vård', 'infrastruktur'][ch]}", level=2)
        for k in range(3):
            p = d.add_paragraph(paragraph(9310 + ch * 10 + k, 3))
            fns.append([sentence(9400 + len(fns)), f"Källa: kommunens årsredovisning, not {len(fns) + 1} synlig{10 + len(fns)}."])
            seen.append(f"synlig{10 + len(fns) - 1}")
            p._p.append(ref("footnote", len(fns)))
            if k == 1:
                ens.append([f"synlig{30 + len(ens)} " + sentence(9450 + len(ens))])
                seen.append(f"synlig{30 + len(ens) - 1}")
                p_append(p, run(" " + sentence(9460 + ch)))
                p._p.append(ref("endnote", len(ens)))
    # A table with a footnote from a cell.
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r, vals in enumerate([("Område", "Budget", "Utfall"), ("Skola", "42,0", "39,5"), ("Vård", "18,2", "19,9")]):
        for c, v in zip(t.rows[r].cells, vals):
            c.text = v
    fns.append(["Utfallet för vård omfattar även tilläggsanslaget synlig20.", "Beslut KF 2025-06-12 § 88."])
    seen.append("synlig20")
    t.rows[2].cells[2].paragraphs[0]._p.append(ref("footnote", len(fns)))
    d.add_paragraph(paragraph(9350, 2))
    # Landscape section with a wide table whose first column is merged down.
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    d.add_heading("Bilaga 1 Projektlista", level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Område", "Projekt", "Beskrivning", "Budget", "Status"]):
        c.text = h
    groups = [4, 7, 5, 6, 4, 7, 5]
    i = 0
    for g, size in enumerate(groups):
        for k in range(size):
            cells = t.add_row().cells
            tcpr = cells[0]._tc.get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:vMerge {W} w:val="restart"/>' if k == 0 else f'<w:vMerge {W}/>'))
            cells[0].text = f"Område {g + 1} synlig{40 + g}" if k == 0 else ""
            cells[1].text = f"P{100 + i}"
            cells[2].text = sentence(9500 + i) + (" " + sentence(9600 + i) if i % 3 == 0 else "")
            cells[3].text = f"{(i * 37) % 90 + 5},{i % 10} mnkr"
            cells[4].text = ["Pågår", "Klart", "Försenat"][i % 3]
            i += 1
    seen += [f"synlig{40 + g}" for g in range(len(groups))]
    widths(t, [3.5, 2.0, 13.0, 3.0, 3.2])
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    d.add_heading("4 Slutsatser", level=2)
    for k in range(3):
        d.add_paragraph(paragraph(9700 + k, 3))
    d.add_paragraph(f"synlig50 {NAMES[3]}, ekonomichef")
    seen.append("synlig50")
    path = out / "rapport9.docx"
    d.save(path)
    notes_part(path, "footnote", fns)
    notes_part(path, "endnote", ens)
    parts = docx_parts.read(path)
    parts["word/settings.xml"] = parts["word/settings.xml"].decode().replace(
        "</w:settings>", '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr></w:settings>').encode()
    docx_parts.write(path, parts)
    expect("rapport9.docx", seen, [])


# --- formular9 --------------------------------------------------------------------------------

NS_ALL = (f'{W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')


def sdt_run(pr, content):
    return parse_xml(f'<w:sdt {NS_ALL}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>')


def box(i, x, texts):
    paras = "".join(f"<w:p>{r(t)}</w:p>" for t in texts)
    return (f'<wps:wsp><wps:cNvPr id="{i}" name="Textruta {i}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{x}" y="0"/>'
            f'<a:ext cx="2520000" cy="1080000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" anchor="t"/></wps:wsp>')


def vml_box(x, texts):
    paras = "".join(f"<w:p>{r(t)}</w:p>" for t in texts)
    return (f'<v:shape type="#_x0000_t202" style="position:absolute;left:{x}pt;top:0;width:198pt;height:85pt">'
            f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>')


def group(a, b):
    return parse_xml(
        f'<w:r {NS_ALL}><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="3" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin">'
        '<wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionV><wp:extent cx="5400000" cy="1080000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="20" name="Grupp 20"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="1080000"/><a:chOff x="0" y="0"/><a:chExt cx="5400000" cy="1080000"/>'
        f'</a:xfrm></wpg:grpSpPr>{box(21, 0, a)}{box(22, 2880000, b)}</wpg:wgp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict><v:group style="position:absolute;width:425pt;height:85pt" '
        f'coordsize="425,85">{vml_box(0, a)}{vml_box(227, b)}</v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def inline_box(texts):
    return parse_xml(
        f'<w:r {NS_ALL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="2520000" cy="720000"/><wp:docPr id="30" name="Textruta 30"/><a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{box(30, 0, texts)}</a:graphicData>'
        f'</a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>{vml_box(0, texts)}</w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


def formular(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.0, 2.0, 2.5, 2.5)
    d.sections[0].header.paragraphs[0].text = "Ekby kommun · Ansökan om bygglov"
    d.add_heading("Ansökan om bygglov för tillbyggnad", level=1)
    seen, unseen = [], []
    fields = [("Sökande", '<w:alias w:val="Sökande"/><w:tag w:val="sokande"/><w:id w:val="101"/><w:text/>',
               r("Lena Åström synlig60")),
              ("Fastighet", '<w:alias w:val="Fastighet"/><w:id w:val="102"/><w:showingPlcHdr/><w:text/>',
               r("Klicka eller tryck här för att ange text synlig61", '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>')),
              ("Datum", '<w:id w:val="103"/><w:date w:fullDate="2025-11-28T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
                        '<w:lid w:val="sv-SE"/><w:calendar w:val="gregorian"/></w:date>', r("2025-11-28 synlig62")),
              ("Åtgärd", '<w:id w:val="104"/><w:dropDownList w:lastValue="Tillbyggnad">'
                         '<w:listItem w:displayText="Nybyggnad osynlig60" w:value="Nybyggnad"/>'
                         '<w:listItem w:displayText="Tillbyggnad" w:value="Tillbyggnad"/>'
                         '<w:listItem w:displayText="Rivning osynlig61" w:value="Rivning"/></w:dropDownList>',
               r("Tillbyggnad synlig63")),
              ("Bygglovet gäller ett fritidshus", '<w:id w:val="105"/><w14:checkbox><w14:checked w14:val="1"/>'
               '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
               '</w14:checkbox>', r("☒", '<w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'))]
    for label, pr, content in fields:
        p = d.add_paragraph()
        p_append(p, run(f"{label}: "))
        p._p.append(sdt_run(pr, content))
    seen += ["synlig60", "synlig61", "synlig62", "synlig63"]
    unseen += ["osynlig60", "osynlig61"]
    d.add_heading("Beskrivning av åtgärden", level=2)
    # A block content control around two paragraphs.
    body = d.element.body
    sdt = parse_xml(f'<w:sdt {NS_ALL}><w:sdtPr><w:alias w:val="Beskrivning"/><w:id w:val="106"/><w:richText/></w:sdtPr>'
                    f'<w:sdtContent><w:p>{r(paragraph(9800, 3) + " synlig64")}</w:p><w:p>{r(paragraph(9801, 3))}</w:p>'
                    '</w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, sdt)
    seen.append("synlig64")
    # A group of two text boxes, each with a VML fallback of the same words.
    p = d.add_paragraph()
    p._p.append(group(["Att tänka på", "Ritningar i skala 1:100 synlig65"], ["Avgift", "Enligt taxa, beslut KF synlig66"]))
    seen += ["synlig65", "synlig66"]
    d.add_paragraph(paragraph(9810, 4))
    d.add_heading("Ritningar och handlingar", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Handling", "Bifogad", "Kommentar"]):
        c.text = h
    for i, (a, b) in enumerate([("Situationsplan", "Ja"), ("Planritning", "Ja"), ("Fasadritning", "Nej"),
                                ("Sektionsritning", "Ja"), ("Kontrollplan", "Nej")]):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, sentence(9820 + i)
    # A row control (a repeating section item) and a cell control.
    tr = parse_xml(f'<w:sdt {NS_ALL}><w:sdtPr><w:id w:val="107"/></w:sdtPr><w:sdtContent><w:tr>'
                   f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{r("Energiberäkning synlig67")}</w:p></w:tc>'
                   f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{r("Ja")}</w:p></w:tc>'
                   f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{r(sentence(9830))}</w:p></w:tc>'
                   '</w:tr></w:sdtContent></w:sdt>')
    t._tbl.append(tr)
    row = t.add_row()
    row.cells[0].text, row.cells[1].text = "Brandskyddsbeskrivning", "Nej"
    tc = row.cells[2]._tc
    wrapped = parse_xml(f'<w:sdt {NS_ALL}><w:sdtPr><w:id w:val="108"/><w:text/></w:sdtPr><w:sdtContent>'
                        f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{r("Lämnas senare synlig68")}</w:p></w:tc>'
                        '</w:sdtContent></w:sdt>')
    row._tr.replace(tc, wrapped)
    seen += ["synlig67", "synlig68"]
    # A text box inside a table cell.
    t2 = d.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    t2.rows[0].cells[0].text = "Underskrift sökande"
    t2.rows[0].cells[1].paragraphs[0]._p.append(inline_box(["Underskrift lämnas digitalt synlig69"]))
    seen.append("synlig69")
    d.add_heading("Handläggning", level=2)
    for k in range(4):
        d.add_paragraph(paragraph(9840 + k, 4))
    d.save(out / "formular9.docx")
    expect("formular9.docx", seen, unseen)


# --- tabell9 ----------------------------------------------------------------------------------


def tabell(out: Path):
    d = base("Times New Roman", 11, after=4)
    margins(d.sections[0], 2.0, 2.0, 2.5, 2.0)
    d.sections[0].header.paragraphs[0].text = "Ekby kommun · Internkontrollplan 2026"
    d.add_heading("Internkontrollplan 2026 för tekniska nämnden", level=1)
    d.add_paragraph(paragraph(9900, 3))
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t._tbl.tblPr.append(parse_xml(f'<w:tblInd {W} w:w="284" w:type="dxa"/>'))
    # The grid says five equal columns; the cells (w:tcW) say otherwise, as Word writes them.
    grid = t._tbl.tblGrid
    for col in grid.findall(qn("w:gridCol")):
        col.set(qn("w:w"), "1814")
    cm = [1.2, 4.0, 7.0, 2.2, 2.4]
    for c, h in zip(t.rows[0].cells, ["Nr", "Process", "Kontrollmoment", "Ansvar", "Frekvens"]):
        c.text = h
    seen = []
    for i in range(34):
        row = t.add_row()
        cells = row.cells
        cells[0].text = f"{i + 1}"
        cells[1].text = ["Inköp", "Löner", "Fakturor", "Avtal", "Investeringar", "Driftbudget"][i % 6]
        cells[2].text = paragraph(9910 + i, 1 + (i % 5 == 2) * 5)
        cells[3].text = ["Enhetschef", "Controller", "Förvaltningschef"][i % 3]
        cells[4].text = ["Månadsvis", "Kvartalsvis", "Årligen"][i % 3]
        if i == 11:
            # A nested table in the Kontrollmoment cell.
            inner = cells[2].add_table(rows=2, cols=2)
            inner.style = "Table Grid"
            for rr, vals in enumerate([("Stickprov", "25 st"), ("Avvikelser synlig70", "rapporteras")]):
                inner.rows[rr].cells[0].text, inner.rows[rr].cells[1].text = vals
            cells[2].add_paragraph("Efter kontrollen synlig71.")
            seen += ["synlig70", "synlig71"]
    widths(t, cm)
    # A row that starts in the second grid column (w:gridBefore) and one that ends early (w:gridAfter).
    row = t.add_row()
    for c in row.cells:
        c.text = ""
    tr = row._tr
    tcs = tr.findall(qn("w:tc"))
    tr.remove(tcs[0])
    tr.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
    tr.trPr.append(parse_xml(f'<w:wBefore {W} w:w="680" w:type="dxa"/>'))
    for tc, v in zip(tcs[1:], ["Summa", "34 kontrollmoment synlig72", "", ""]):
        tc.findall(qn("w:p"))[0].append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{v}</w:t></w:r>'))
    row = t.add_row()
    tr = row._tr
    tcs = tr.findall(qn("w:tc"))
    for tc in tcs[3:]:
        tr.remove(tc)
    for tc, v in zip(tcs[:3], ["", "Uppföljning", "Rapporteras till nämnden i augusti synlig73"]):
        tc.findall(qn("w:p"))[0].append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">{v}</w:t></w:r>'))
    tr.get_or_add_trPr().append(parse_xml(f'<w:gridAfter {W} w:val="2"/>'))
    seen += ["synlig72", "synlig73"]
    d.add_paragraph()
    for k in range(3):
        d.add_paragraph(paragraph(9960 + k, 3))
    d.add_paragraph(f"{NAMES[1]}, förvaltningschef synlig74")
    seen.append("synlig74")
    d.save(out / "tabell9.docx")
    expect("tabell9.docx", seen, [])


if __name__ == "__main__":
    out = Path(sys.argv[1])
    protokoll(out)
    rapport(out)
    formular(out)
    tabell(out)
    EXPECT.write(out / "expect9-docx.json")
