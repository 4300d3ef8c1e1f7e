"""The eleventh blind Word-file set (tests/data/word/blind11): harder on TEXT than blind10 (which
every reader read right), with the markup real Word files carry. Usage:

    python3 pydocx11.py OUT_DIR

Header and footer text (markers 200, 210, 220 there) is the readers' running text, not the
pages' text, and is not counted. Marker words as in blind9/blind10 (`synligN` read exactly once, `osynligN` never, `fraser`
word sequences read in order) and, new, `exakt`: strings that must occur as written, case
and all (the capitals a reader sees where w:caps/w:smallCaps set lower-case letters in
capitals). OUT_DIR gets:
- andring11.docx: tracked changes everywhere a reviewer leaves them: insertions kept,
  deletions and moves' old places (w:moveFrom) not, a moved paragraph whose words stand in
  both places, an insertion deleted again by a second reviewer, formatting and numbering
  changes (w:rPrChange, w:pPrChange with the old numbering), a deleted paragraph mark, and
  deletions, moves and hidden text inside a footnote and in the header;
- ruta11.docx: text boxes as Word 2010+ writes them: a wps text box inline with its VML
  fallback (the text must be read once), a group (wpg) of two boxes with a VML group as
  fallback, two linked boxes (the story flows from the first into the second, which holds
  no text of its own), a Word 2003 box (w:pict/v:textbox alone), a box in a table cell and a
  box in the header;
- kontroll11.docx: content controls: a date picker showing its value, a text control
  showing its placeholder (w:showingPlcHdr) and one filled (its placeholder only in the
  glossary part, never on the page), a dropdown, a checkbox, a repeating section of three
  items, a control bound to the document's title (w:dataBinding to the core properties;
  the page shows the control's content), a control in the footer; legacy form fields: FORMTEXT (its w:default not shown
  when a value is), FORMDROPDOWN (no result runs: the page shows the chosen w:listEntry) and
  FORMCHECKBOX;
- falt11.docx: fields: IF with a REF nested in its condition (the REF's stored result is
  part of the IF's instruction and not on the page), IF with quoted branches, a w:fldSimple
  holding runs, a field result over two paragraphs, MACROBUTTON (the page shows the text of
  its instruction after the macro name), PAGE/NUMPAGES in the footer, w:sym, w:noBreakHyphen,
  w:softHyphen inside words, w:caps and w:smallCaps (also by a heading style), w:lang sv-SE;
- noter11.docx: 14 footnotes and 4 endnotes: of two paragraphs, with a custom mark
  (w:customMarkFollows, "*"), in a table cell, a footnote reference inside a hyperlink, a
  footnote holding a REF field and a w:sym, footnotes numbered in lowerRoman
  (w:footnotePr), endnotes at the end of the section;
- bilaga11.docx: a decision whose appendix is merged in by w:altChunk (an HTML part, as
  document generators write them), a second w:altChunk of a .docx part, and a w:subDoc (a
  master document's link to an external file, which cannot be read);
- lista11.docx: lists: headings numbered "1", "1.1", "1.1.1" (w:lvlText "%1.%2"), a list
  style (w:numStyleLink/w:styleLink: the numbering's levels stand in another abstractNum),
  restarts by w:startOverride and by a w:lvlOverride redefining the level ("(%1)"), a
  paragraph that gives only w:ilvl under its style's numbering, w:lvlRestart 0 (a level
  that does not restart), decimalZero and upperRoman formats.
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import (DATE, NAMES, NOTES, W, Expect, add, base, docx_parts, fld, margins, note_ref,  # noqa: E402
                     paragraph, ppr, r, sentence, widths, x)

EXPECT = Expect()


def body_text(d, seed, n=3, words=3):
    for k in range(n):
        d.add_paragraph(paragraph(seed + k, words))


def raw_notes(path, kind, notes, pr=""):
    """footnotes.xml/endnotes.xml of raw WordprocessingML paragraphs per note (id 1, 2, ...)."""
    body = "".join(f'<w:{kind} w:id="{i + 1}">{ps}</w:{kind}>' for i, ps in enumerate(notes))
    docx_parts.add_part(path, f"{kind}s.xml", NOTES.format(W=W, k=kind, body=body), f"{kind}s", f"{kind}s",
                        f"rId{kind[:3]}9")


def np(kind, first, *runs):
    """A note paragraph: the reference mark when `first`, then runs."""
    mark = f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>' if first else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{kind.capitalize()}Text"/></w:pPr>{mark}{"".join(runs)}</w:p>'


def ins(text, i):
    return f'<w:ins w:id="{i}" {DATE}>{r(text)}</w:ins>'


def dele(text, i):
    return (f'<w:del w:id="{i}" {DATE}><w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r>'
            '</w:del>')


# --- andring11 --------------------------------------------------------------------------------


def andring(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    seen, unseen, phrases = [], [], []
    hp = d.sections[0].header.paragraphs[0]
    add(hp, r("Ekby kommun · Förslag till reglemente "), dele("osynlig200 utkast 1 ", 900), ins("synlig200 remissversion", 901))
    d.add_heading("Reglemente för socialnämnden", level=1)
    body_text(d, 11000, 2)
    p = d.add_paragraph()
    add(p, r("Nämnden ansvarar för "), dele("osynlig201 äldreomsorgen och ", 902), ins("synlig201 individ- och familjeomsorgen ", 903),
        r("enligt socialtjänstlagen"), note_ref("footnote", 1), r("."))
    seen.append("synlig201")
    unseen.append("osynlig201")
    phrases.append("nämnden ansvarar för synlig201 individ och familjeomsorgen enligt socialtjänstlagen")
    # A moved paragraph: its words stand at the old place (moveFrom) and the new (moveTo).
    moved = "Nämnden ska varje år redovisa hur uppdraget synlig202 har fullgjorts."
    p = d.add_paragraph()
    add(p, f'<w:moveFromRangeStart w:id="910" w:name="move1" {DATE}/>'
        f'<w:moveFrom w:id="911" {DATE}>{r(moved)}</w:moveFrom><w:moveFromRangeEnd w:id="910"/>')
    ppr(p, f'<w:rPr><w:moveFrom w:id="912" {DATE}/></w:rPr>')
    body_text(d, 11010, 2)
    d.add_heading("Sammanträden", level=2)
    # An insertion by one reviewer deleted again by another: not on the page.
    p = d.add_paragraph()
    add(p, r("Nämnden sammanträder "),
        f'<w:ins w:id="913" {DATE}><w:del w:id="914" w:author="Anna Berg" w:date="2025-11-21T09:00:00Z">'
        '<w:r><w:delText xml:space="preserve">osynlig203 minst tio gånger </w:delText></w:r></w:del></w:ins>',
        ins("synlig203 enligt den plan den fastställer ", 915), r("för året."))
    seen.append("synlig203")
    unseen.append("osynlig203")
    # Formatting change: the old run properties are no text.
    p = d.add_paragraph()
    add(p, r("Ordföranden kallar till sammanträde synlig204.",
             f'<w:rPr><w:b/><w:rPrChange w:id="916" {DATE}><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr>'))
    seen.append("synlig204")
    # Deleted paragraph mark: the two paragraphs become one.
    p = d.add_paragraph()
    add(p, r("Kallelsen ska vara ledamöterna tillhanda"))
    ppr(p, f'<w:rPr><w:del w:id="917" {DATE}/></w:rPr>')
    d.add_paragraph("senast fem dagar före sammanträdet synlig205.")
    seen.append("synlig205")
    # The moved paragraph's new place.
    p = d.add_paragraph()
    add(p, f'<w:moveToRangeStart w:id="920" w:name="move1" {DATE}/>'
        f'<w:moveTo w:id="921" {DATE}>{r(moved)}</w:moveTo><w:moveToRangeEnd w:id="920"/>')
    ppr(p, f'<w:rPr><w:moveTo w:id="922" {DATE}/></w:rPr>')
    seen.append("synlig202")
    phrases.append("hur uppdraget synlig202 har fullgjorts")
    # Numbering change: the old properties (a numbered paragraph) are not the paragraph's.
    p = d.add_paragraph("Protokollet justeras av ordföranden och en ledamot synlig206.")
    ppr(p, f'<w:pPrChange w:id="923" {DATE}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '</w:pPr></w:pPrChange>')
    seen.append("synlig206")
    # A whole deleted paragraph, text and mark, among inserted ones.
    p = d.add_paragraph()
    add(p, dele("osynlig204 Nämnden får inrätta utskott för beredning av ärenden.", 924))
    ppr(p, f'<w:rPr><w:del w:id="925" {DATE}/></w:rPr>')
    unseen.append("osynlig204")
    p = d.add_paragraph()
    add(p, ins("synlig207 Nämnden har ett arbetsutskott med tre ledamöter.", 926))
    ppr(p, f'<w:rPr><w:ins w:id="927" {DATE}/></w:rPr>')
    seen.append("synlig207")
    d.add_heading("Delegering", level=2)
    body_text(d, 11020, 3)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, [("Ärende", "Delegat"), ("Bistånd enligt 4 kap. 1 §", "Handläggare"),
                                    ("Yttrande till domstol", "Utskottet")]):
        row.cells[0].text, row.cells[1].text = a, b
    c = t.rows[1].cells[1].paragraphs[0]
    add(c, dele(" osynlig205 enhetschef", 930), ins(" synlig208 eller enhetschef", 931))
    seen.append("synlig208")
    unseen.append("osynlig205")
    body_text(d, 11030, 2)
    d.save(out / "andring11.docx")
    # A footnote with a deletion, a move and hidden text (none of them on the page).
    raw_notes(out / "andring11.docx", "footnote", [
        np("footnote", True, r(" Socialtjänstlagen (2001:453) synlig209 "), dele("osynlig206 i dess lydelse 2020 ", 940),
           f'<w:moveFrom w:id="941" {DATE}>{r("osynlig207 se även 5 kap. ")}</w:moveFrom>',
           r("osynlig208 intern not ", "<w:rPr><w:vanish/></w:rPr>"), r("och anslutande föreskrifter."))])
    seen.append("synlig209")
    unseen += ["osynlig206", "osynlig207", "osynlig208"]
    EXPECT.add("andring11.docx", seen, unseen, phrases)


# --- ruta11 -----------------------------------------------------------------------------------

WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def wsp(paras_xml, cx=2160000, cy=720000, linked=None, seq=None, nid=1):
    """A wps:wsp shape: its own text (txbxContent) or, for a linked box, the story it continues."""
    txbx = (f'<wps:linkedTxbx w:id="{linked}" w:seq="{seq}"/>' if linked is not None else
            f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>')
    return (f'<wps:wsp><wps:cNvPr id="{nid}" name="Textruta {nid}"/><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>{txbx}'
            '<wps:bodyPr rot="0" wrap="square" anchor="t"/></wps:wsp>')


def inline_drawing(graphic_uri, content, nid, cx=2160000, cy=720000):
    return (f'<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{nid}" name="Form {nid}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{graphic_uri}">{content}</a:graphicData></a:graphic></wp:inline></w:drawing>')


def alt(choice, fallback, req="wps"):
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="{req}">{choice}</mc:Choice>'
            f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def vml_box(paras_xml, style="width:170pt;height:57pt"):
    return (f'<w:pict><v:shape type="#_x0000_t202" style="{style}"><v:textbox><w:txbxContent>{paras_xml}'
            '</w:txbxContent></v:textbox></v:shape></w:pict>')


def ps(*texts):
    return "".join(f"<w:p>{r(t)}</w:p>" for t in texts)


def ruta(out: Path):
    d = base("Arial", 10)
    margins(d.sections[0], 2.0, 2.0, 2.5, 2.5)
    seen = []
    # A box in the header (the form Word 2010+ writes, with its VML fallback).
    hp = d.sections[0].header.paragraphs[0]
    box = ps("Informationsblad synlig210")
    add(hp, r("Ekby kommun "), alt(inline_drawing(WPS, wsp(box, nid=30), 30), vml_box(box)))
    d.add_heading("Information om ny avfallstaxa", level=1)
    body_text(d, 11100, 2)
    # An inline box with its fallback.
    box = ps("Viktigt datum: 1 januari 2026 synlig211", "Frågor: kundtjänst 0123-456 70")
    p = d.add_paragraph()
    add(p, alt(inline_drawing(WPS, wsp(box, nid=31), 31), vml_box(box)), r(" Taxan gäller från årsskiftet."))
    seen.append("synlig211")
    body_text(d, 11110, 2)
    # A group of two boxes, with a VML group as fallback.
    b1, b2 = ps("Villa: 2 450 kr synlig212"), ps("Lägenhet: 1 380 kr synlig213")
    grp = ('<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4320000" cy="720000"/>'
           '<a:chOff x="0" y="0"/><a:chExt cx="4320000" cy="720000"/></a:xfrm></wpg:grpSpPr>'
           + wsp(b1, nid=33) + wsp(b2, nid=34) + '</wpg:wgp>')
    vgrp = ('<w:pict><v:group style="width:340pt;height:57pt" coordsize="4320,720">'
            f'<v:shape type="#_x0000_t202" style="position:absolute;width:2160;height:720"><v:textbox><w:txbxContent>{b1}'
            '</w:txbxContent></v:textbox></v:shape><v:shape type="#_x0000_t202" style="position:absolute;left:2160;'
            f'width:2160;height:720"><v:textbox><w:txbxContent>{b2}</w:txbxContent></v:textbox></v:shape></v:group></w:pict>')
    p = d.add_paragraph()
    add(p, alt(inline_drawing("http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", grp, 32, 4320000),
               vgrp, "wpg"))
    seen += ["synlig212", "synlig213"]
    body_text(d, 11120, 2)
    # Two linked boxes: the story is in the first; the second continues it, with no text of its own.
    story = ps("Sortera matavfall i den bruna påsen synlig214.", "Lämna farligt avfall på återvinningscentralen synlig215.")
    p = d.add_paragraph()
    first = wsp(story, nid=35).replace("<wps:txbx>", '<wps:txbx id="1">')
    add(p, alt(inline_drawing(WPS, first, 35), vml_box(story)),
        alt(inline_drawing(WPS, wsp("", linked=1, seq=1, nid=36), 36), '<w:pict><v:shape type="#_x0000_t202" '
            'style="width:170pt;height:57pt"><v:textbox/></v:shape></w:pict>'))
    seen += ["synlig214", "synlig215"]
    body_text(d, 11130, 2)
    # A Word 2003 box: VML alone.
    p = d.add_paragraph()
    add(p, f'<w:r>{vml_box(ps("Hämtning varannan vecka synlig216"))}</w:r>', r(" gäller villor."))
    seen.append("synlig216")
    body_text(d, 11140, 2)
    # A box in a table cell.
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Abonnemang", "Pris per år"
    t.rows[1].cells[0].text = "Fritidshus"
    box = ps("1 120 kr synlig217")
    add(t.rows[1].cells[1].paragraphs[0], alt(inline_drawing(WPS, wsp(box, cx=1440000, nid=37), 37, 1440000), vml_box(box)))
    seen.append("synlig217")
    widths(t, [8, 8])
    body_text(d, 11150, 3)
    d.save(out / "ruta11.docx")
    EXPECT.add("ruta11.docx", seen, [], ["taxan gäller från årsskiftet"])


# --- kontroll11 -------------------------------------------------------------------------------


def sdt(pr, content_runs, block=False):
    inner = f"<w:p>{content_runs}</w:p>" if block else content_runs
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def ff_field(kind, ffdata, result_runs=None):
    """A legacy form field: its ffData, instruction and (FORMTEXT) result runs."""
    begin = f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData>{ffdata}</w:ffData></w:fldChar></w:r>'
    instr = f'<w:r><w:instrText xml:space="preserve"> {kind} </w:instrText></w:r>'
    if result_runs is None:
        return begin + instr + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    return (begin + instr + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + result_runs
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


GLOSSARY = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:glossaryDocument {W}><w:docParts>{parts}</w:docParts></w:glossaryDocument>"""


def kontroll(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    seen, unseen, phrases = [], [], []
    fp = d.sections[0].footer.paragraphs[0]
    add(fp, r("Blankett SOC 12 · "), sdt('<w:alias w:val="Version"/><w:id w:val="300"/><w:text/>', r("version 3 synlig220")))
    d.add_heading("Ansökan om färdtjänst", level=1)
    body_text(d, 11200, 1)
    p = d.add_paragraph()
    add(p, r("Datum för ansökan: "),
        sdt('<w:alias w:val="Datum"/><w:id w:val="301"/><w:date w:fullDate="2025-12-04T00:00:00Z">'
            '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="sv-SE"/><w:storeMappedDataAs w:val="dateTime"/>'
            '<w:calendar w:val="gregorian"/></w:date>', r("4 december 2025")))
    phrases.append("datum för ansökan 4 december 2025")
    p = d.add_paragraph()
    add(p, r("Sökandens namn: "),
        sdt('<w:alias w:val="Namn"/><w:id w:val="302"/><w:placeholder><w:docPart w:val="DP302"/></w:placeholder><w:text/>',
            r("Karin Lindqvist synlig221")))
    seen.append("synlig221")
    p = d.add_paragraph()
    add(p, r("Personnummer: "),
        sdt('<w:alias w:val="Personnummer"/><w:id w:val="303"/><w:placeholder><w:docPart w:val="DP303"/></w:placeholder>'
            '<w:showingPlcHdr/><w:text/>',
            r("Ange personnummer synlig222", '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>')))
    seen.append("synlig222")
    p = d.add_paragraph()
    add(p, r("Färdsätt: "),
        sdt('<w:alias w:val="Färdsätt"/><w:id w:val="304"/><w:dropDownList><w:listItem w:displayText="Taxi osynlig220" w:value="1"/>'
            '<w:listItem w:displayText="Specialfordon synlig223" w:value="2"/><w:listItem w:displayText="Buss osynlig221" w:value="3"/>'
            '</w:dropDownList>', r("Specialfordon synlig223")))
    seen.append("synlig223")
    unseen += ["osynlig220", "osynlig221"]
    p = d.add_paragraph()
    add(p, sdt('<w:id w:val="305"/><w14:checkbox><w14:checked w14:val="1"/><w14:checkedState w14:val="2612" '
               'w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>',
               r("☒", '<w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>')),
        r(" Jag behöver ledsagare synlig224."))
    seen.append("synlig224")
    d.add_heading("Resor", level=2)
    # A repeating section of three items, each a block control of one paragraph.
    items = "".join(sdt('<w:id w:val="31{0}"/><w15:repeatingSectionItem/>'.format(k),
                        f"<w:p>{r(f'Resa {k + 1}: hem – vårdcentralen synlig22{5 + k}')}</w:p>") for k in range(3))
    d.element.body[-1].addprevious(x(f'<w:sdt><w:sdtPr><w:id w:val="306"/><w15:repeatingSection/></w:sdtPr>'
                            f'<w:sdtContent>{items}</w:sdtContent></w:sdt>'.replace(
                                "<w:sdt>", '<w:sdt xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">', 1)))
    seen += ["synlig225", "synlig226", "synlig227"]
    # A control bound to custom XML: the page shows its content.
    p = d.add_paragraph()
    d.core_properties.title = "Ansökan om färdtjänst synlig228"
    add(p, r("Dokument: "),
        sdt('<w:alias w:val="Rubrik"/><w:tag w:val=""/><w:id w:val="307"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'http://'
            'purl.org/dc/elements/1.1/\' xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\'" '
            'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/><w:text/>',
            r("Ansökan om färdtjänst synlig228")))
    seen.append("synlig228")
    body_text(d, 11210, 2)
    d.add_heading("Äldre blankettfält", level=2)
    p = d.add_paragraph()
    add(p, r("Kommun: "), ff_field("FORMTEXT", '<w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/>'
                                   '<w:textInput><w:default w:val="osynlig222 Skriv kommun"/></w:textInput>',
                                   r("Ekby synlig229")))
    seen.append("synlig229")
    unseen.append("osynlig222")
    p = d.add_paragraph()
    add(p, r("Behov av rullstolsplats: "),
        ff_field("FORMDROPDOWN", '<w:name w:val="Dropdown1"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList>'
                 '<w:result w:val="1"/><w:listEntry w:val="osynlig223 Nej"/><w:listEntry w:val="synlig230 Ja"/>'
                 '<w:listEntry w:val="osynlig224 Vet ej"/></w:ddList>'))
    seen.append("synlig230")
    unseen += ["osynlig223", "osynlig224"]
    p = d.add_paragraph()
    add(p, ff_field("FORMCHECKBOX", '<w:name w:val="Check1"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox>'
                    '<w:sizeAuto/><w:default w:val="1"/></w:checkBox>', ""), r(" Intyg från läkare bifogas."))
    body_text(d, 11220, 2)
    d.save(out / "kontroll11.docx")
    # The placeholders of the controls, as Word keeps them in the glossary document.
    parts = "".join(f'<w:docPart><w:docPartPr><w:name w:val="{n}"/><w:category><w:name w:val="Allmänt"/>'
                    f'<w:gallery w:val="placeholder"/></w:category><w:guid w:val="{{0000000{k}-0000-0000-0000-000000000000}}"/>'
                    f'</w:docPartPr><w:docPartBody><w:p>{r(t)}</w:p></w:docPartBody></w:docPart>'
                    for k, (n, t) in enumerate([("DP302", "osynlig225 Klicka här för att ange namn."),
                                                ("DP303", "Ange personnummer synlig222")]))
    path = out / "kontroll11.docx"
    allp = docx_parts.read(path)
    allp["word/glossary/document.xml"] = GLOSSARY.format(W=W, parts=parts).encode()
    allp["word/_rels/document.xml.rels"] = allp["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdGl9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/glossaryDocument" Target="glossary/document.xml"/></Relationships>').encode()
    allp["[Content_Types].xml"] = allp["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/word/glossary/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.glossary+xml"/></Types>').encode()
    docx_parts.write(path, allp)
    unseen.append("osynlig225")
    EXPECT.add("kontroll11.docx", seen, unseen, phrases)


# --- falt11 -----------------------------------------------------------------------------------


def nested_if(cond_ref, shown):
    """{ IF { REF name } = "Ja" "..." "..." } with the REF's stored result inside the IF's
    instruction, and the IF's stored result `shown`."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF Beslutat \\h </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(cond_ref)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> = "Ja" "nämnden har beslutat synlig240" "osynlig240 ärendet är inte avgjort" </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def falt(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    seen, unseen, phrases, exact = [], [], [], []
    # Heading 2 set in capitals by its style; the text is typed in lower case.
    d.styles["Heading 2"].element.get_or_add_rPr().append(x("<w:caps/>"))
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(fp, r("Sida "), fld("PAGE", "1"), r(" av "), fld("NUMPAGES", "4"))
    d.add_heading("Tjänsteskrivelse om ändrad taxa", level=1)
    lang = '<w:rPr><w:lang w:val="sv-SE"/></w:rPr>'
    p = d.add_paragraph()
    add(p, r("Beslutet: ", lang), '<w:bookmarkStart w:id="1" w:name="Beslutat"/>', r("Ja"),
        '<w:bookmarkEnd w:id="1"/>', r(" (se punkt 3)."))
    body_text(d, 11300, 2)
    d.add_heading("ärendets beredning", level=2)
    exact.append("ÄRENDETS BEREDNING")
    p = d.add_paragraph()
    add(p, r("Av beslutsregistret framgår att "), nested_if("synlig241", "nämnden har beslutat synlig240"), r("."))
    seen += ["synlig240", "synlig241"]
    unseen.append("osynlig240")
    p = d.add_paragraph()
    add(p, r("Förvaltningen "), '<w:bookmarkStart w:id="2" w:name="Forslag"/>',
        r("föreslår bifall synlig241"), '<w:bookmarkEnd w:id="2"/>', r(" till motionen."))
    phrases.append("av beslutsregistret framgår att nämnden har beslutat synlig240")
    p = d.add_paragraph()
    add(p, r("Sammanfattat: förvaltningen "),
        '<w:fldSimple w:instr=" REF Forslag \\h "><w:r><w:t xml:space="preserve">föreslår bifall synlig242</w:t></w:r></w:fldSimple>',
        r(" (REF)."))
    seen.append("synlig242")
    p = d.add_paragraph()
    add(p, r("För att fylla i blanketten: "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> MACROBUTTON NoMacro '
        '[Klicka och skriv handläggarens namn synlig243] </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
        r(" i rutan."))
    seen.append("synlig243")
    body_text(d, 11310, 2)
    d.add_heading("ekonomiska konsekvenser", level=2)
    exact.append("EKONOMISKA KONSEKVENSER")
    # Small capitals set directly, and capitals on Swedish letters.
    p = d.add_paragraph()
    add(p, r("Beslutet fattas av "), r("kommunfullmäktige", "<w:rPr><w:smallCaps/></w:rPr>"), r(" efter beredning i "),
        r("kommunstyrelsens arbetsutskott", '<w:rPr><w:caps/><w:lang w:val="sv-SE"/></w:rPr>'), r("."))
    exact += ["KOMMUNFULLMÄKTIGE", "KOMMUNSTYRELSENS ARBETSUTSKOTT"]
    p = d.add_paragraph()
    add(p, r("Åtgärden "), r("återställs", "<w:rPr><w:caps/></w:rPr>"), r(" om den "), r("inte", "<w:rPr><w:caps/><w:caps w:val=\"0\"/></w:rPr>"),
        r(" genomförs."))
    exact += ["ÅTERSTÄLLS", "om den inte genomförs"]
    # Symbols and hyphens.
    p = d.add_paragraph()
    add(p, r("Ansökan görs via e"), "<w:r><w:noBreakHyphen/></w:r>", r("tjänsten på webbplatsen "),
        '<w:r><w:sym w:font="Symbol" w:char="F0AE"/></w:r>', r(" Mina sidor."))
    phrases.append("ansökan görs via e tjänsten på webbplatsen")
    exact.append("e-tjänsten")
    p = d.add_paragraph()
    add(p, r("Sam"), "<w:r><w:softHyphen/></w:r>", r("manträdes"), "<w:r><w:softHyphen/></w:r>",
        r("handlingarna synlig244 skickas ut en vecka före sammanträdet."))
    phrases.append("sammanträdeshandlingarna synlig244 skickas ut")
    seen.append("synlig244")
    # A field whose result runs over two paragraphs.
    p = d.add_paragraph()
    add(p, '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY Sammanfattning '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        r("Taxan höjs med fyra procent synlig245"))
    p = d.add_paragraph()
    add(p, r("och gäller från 1 januari 2026 synlig246."), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    seen += ["synlig245", "synlig246"]
    body_text(d, 11320, 3)
    d.add_heading("beslutsunderlag", level=2)
    exact.append("BESLUTSUNDERLAG")
    body_text(d, 11330, 3)
    d.save(out / "falt11.docx")
    EXPECT.add("falt11.docx", seen, unseen, phrases)
    EXPECT["falt11.docx"]["exakt"] = exact


# --- noter11 ----------------------------------------------------------------------------------


def noter(out: Path):
    d = base("Times New Roman", 12)
    margins(d.sections[0], 2.5, 2.5, 3.0, 2.5)
    seen, phrases = [], []
    notes, endnotes = [], []

    def fn(paras, custom=None):
        notes.append(paras)
        i = len(notes)
        if custom:
            return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="{i}"/>'
                    f'<w:t>{custom}</w:t></w:r>')
        return note_ref("footnote", i)

    d.add_heading("Utredning om kommunens lokalförsörjning", level=1)
    for s in range(5):
        d.add_heading(["Inledning", "Nuläge", "Behov", "Alternativ", "Slutsatser"][s], level=2)
        for k in range(3):
            p = d.add_paragraph(paragraph(11400 + s * 10 + k, 3))
            m = f"synlig25{len(notes)}" if len(notes) < 10 else f"synlig26{len(notes) - 10}"
            if len(notes) == 2:
                # A custom mark: "*" typed after the reference, in the text and in the note.
                add(p, fn(np("footnote", True, r(f" Lokalförsörjningsplan 2024 {m}.")).replace(
                    "<w:footnoteRef/>", "<w:t>*</w:t>"), custom="*"))
            elif len(notes) == 4:
                add(p, fn(np("footnote", True, r(f" Se bilaga 2 {m}.")) + np("footnote", False, r("Andra stycket i noten synlig270."))))
                seen.append("synlig270")
            elif len(notes) == 6:
                add(p, r(" Läs mer i "), '<w:hyperlink w:anchor="bil" w:history="1">'
                    + r("lokalutredningen", '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>') + fn(np("footnote", True, r(f" Utredningen finns på webbplatsen {m}.")))
                    + "</w:hyperlink>", r("."))
            elif len(notes) == 8:
                add(p, fn(np("footnote", True, r(f" Jämför avsnitt "), fld("REF _Ref1 \\r \\h", "2.1"), r(f" {m} "),
                              '<w:r><w:sym w:font="Symbol" w:char="F0AE"/></w:r>', r(" bilaga 3."))))
            else:
                add(p, fn(np("footnote", True, r(f" Källa: lokalregistret 2025, tabell {len(notes) + 1} {m}."))))
            seen.append(m)
            if k == 2:
                endnotes.append(np("endnote", True, r(f" Slutnot om {['inledning', 'nuläge', 'behov', 'alternativ', 'slutsatser'][s]} synlig27{s + 1}.")))
                add(p, note_ref("endnote", len(endnotes)))
                seen.append(f"synlig27{s + 1}")
        if s == 2:
            t = d.add_table(rows=3, cols=3)
            t.style = "Table Grid"
            for row, vals in zip(t.rows, [("Lokal", "Yta m²", "Status"), ("Norrskolan", "4 200", "Renoveras"),
                                          ("Södra förskolan", "1 150", "Ersätts")]):
                for c, v in zip(row.cells, vals):
                    c.text = v
            m = f"synlig26{len(notes) - 10}" if len(notes) >= 10 else f"synlig25{len(notes)}"
            add(t.rows[2].cells[2].paragraphs[0], fn(np("footnote", True, r(f" Beslut i KF 2025-06-12 {m}."))))
            seen.append(m)
    d.add_paragraph("Slutord efter sista avsnittet.")
    d.sections[0]._sectPr.append(x('<w:footnotePr><w:numFmt w:val="lowerRoman"/></w:footnotePr>'))
    d.save(out / "noter11.docx")
    raw_notes(out / "noter11.docx", "footnote", notes)
    raw_notes(out / "noter11.docx", "endnote", endnotes)
    phrases.append("slutord efter sista avsnittet")
    EXPECT.add("noter11.docx", seen, [], phrases)


# --- bilaga11 ---------------------------------------------------------------------------------

HTML = """<html><head><meta charset="utf-8"><title>osynlig280 sidtitel</title>
<style>p {{ font-family: Calibri; }} /* osynlig281 */</style></head><body>
<h2>Bilaga 1. Avgifter 2026</h2>
<p>Avgiften för hemtjänst synlig280 följer maxtaxan.</p>
<table border="1"><tr><td>Insats</td><td>Avgift</td></tr><tr><td>Trygghetslarm synlig281</td><td>250 kr</td></tr></table>
<p>{more}</p>
</body></html>"""


def bilaga(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    d.add_heading("Beslut om avgifter inom äldreomsorgen", level=1)
    body_text(d, 11500, 3)
    d.add_paragraph("Avgifterna framgår av bilaga 1 nedan.")
    d.add_paragraph("ALTCHUNK1")
    d.add_paragraph("Bilaga 2 följer.")
    d.add_paragraph("ALTCHUNK2")
    d.add_paragraph("Kapitel 3 finns i ett eget dokument:")
    d.add_paragraph("SUBDOC")
    d.add_paragraph("Beslutet gäller från 1 januari 2026 synlig284.")
    d.save(out / "bilaga11.docx")
    path = out / "bilaga11.docx"
    # The .docx part merged in: python-docx's own document with one paragraph.
    inner = docx_parts.read(path)
    dx = base("Calibri", 11)
    dx.add_paragraph("Bilaga 2. Delegation synlig282 av beslut om avgiftsreduktion.")
    dx.add_paragraph("Beslut fattas av avgiftshandläggare synlig283.")
    tmp = out / "_inner11.docx"
    dx.save(tmp)
    inner_bytes = tmp.read_bytes()
    tmp.unlink()
    parts = docx_parts.read(path)
    doc = parts["word/document.xml"].decode()
    for k, rid in (("ALTCHUNK1", "rIdAc1"), ("ALTCHUNK2", "rIdAc2")):
        start = doc.index(k)
        ps_ = doc.rindex("<w:p>", 0, start) if "<w:p>" in doc[:start] else doc.rindex("<w:p ", 0, start)
        pe = doc.index("</w:p>", start) + len("</w:p>")
        doc = doc[:ps_] + f'<w:altChunk r:id="{rid}"/>' + doc[pe:]
    start = doc.index("SUBDOC")
    ps_ = doc.rindex("<w:p>", 0, start) if "<w:p>" in doc[:start] else doc.rindex("<w:p ", 0, start)
    pe = doc.index("</w:p>", start) + len("</w:p>")
    doc = doc[:ps_] + '<w:p><w:subDoc r:id="rIdSd1"/></w:p>' + doc[pe:]
    parts["word/document.xml"] = doc.encode()
    parts["word/afchunk.htm"] = HTML.format(more=escape(paragraph(11510, 3))).encode()
    parts["word/afchunk2.docx"] = inner_bytes
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdAc1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/>'
                        '<Relationship Id="rIdAc2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk2.docx"/>'
                        '<Relationship Id="rIdSd1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument" '
                        'Target="file:///G:/Socialtjanst/kapitel3.docx" TargetMode="External"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace(
        "</Types>", '<Default Extension="htm" ContentType="text/html"/><Override PartName="/word/afchunk2.docx" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>').encode()
    docx_parts.write(path, parts)
    EXPECT.add("bilaga11.docx", ["synlig280", "synlig281", "synlig282", "synlig283", "synlig284"], ["osynlig280", "osynlig281"],
               ["avgifterna framgår av bilaga 1 nedan bilaga 1 avgifter 2026"])


# --- lista11 ----------------------------------------------------------------------------------


def lv(i, fmt, text, start=1, style=None, extra=""):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{st}{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{567 + 283 * i}" '
            f'w:hanging="567"/></w:pPr></w:lvl>')


def lista(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    st = d.styles.element
    # A list style: abstract 60 defines its levels; abstract 61 points to it by name.
    st.append(x('<w:style w:type="numbering" w:customStyle="1" w:styleId="Beslutslista"><w:name w:val="Beslutslista"/>'
                '<w:pPr><w:numPr><w:numId w:val="60"/></w:numPr></w:pPr></w:style>'))
    # A paragraph style numbered by list 70 (the paragraph gives only its level).
    st.append(x('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Punkt"><w:name w:val="Punkt"/>'
                '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="70"/></w:numPr></w:pPr></w:style>'))
    phrases = []

    def num(text, numid, ilvl=0, style=None, only_level=False):
        p = d.add_paragraph(text, style=style) if style else d.add_paragraph(text)
        if only_level:
            ppr(p, f'<w:numPr><w:ilvl w:val="{ilvl}"/></w:numPr>')
        else:
            ppr(p, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{numid}"/></w:numPr>')
        return p

    heads = [("Inledning", 0), ("Bakgrund", 0), ("Tidigare beslut", 1), ("Gällande regler", 1), ("Lagstiftning", 2),
             ("Lokala föreskrifter", 2), ("Förslag", 0), ("Ekonomi", 1)]
    want = ["1 inledning", "2 bakgrund", "2 1 tidigare beslut", "2 2 gällande regler", "2 2 1 lagstiftning",
            "2 2 2 lokala föreskrifter", "3 förslag", "3 1 ekonomi"]
    for k, (h, lvl_) in enumerate(heads):
        p = d.add_heading(h, level=lvl_ + 1)
        ppr(p, f'<w:numPr><w:ilvl w:val="{lvl_}"/><w:numId w:val="50"/></w:numPr>')
        d.add_paragraph(paragraph(11600 + k, 2))
        if h == "Tidigare beslut":
            d.add_paragraph("Nämnden har tidigare beslutat följande:")
            for j, t in enumerate(["att anta riktlinjerna", "att uppdra åt förvaltningen att följa upp", "att återrapportera"]):
                num(t, 61)
        if h == "Gällande regler":
            for t in ["Riktlinjerna gäller alla enheter.", "Avvikelser rapporteras.", "Uppföljning sker årligen."]:
                num(t, 70, 0, style="Punkt", only_level=True)
            num("Undantag beslutas av chefen.", 70, 1, style="Punkt", only_level=True)
            num("Undantag dokumenteras.", 70, 1, style="Punkt", only_level=True)
        if h == "Förslag":
            d.add_paragraph("Förvaltningen föreslår att nämnden beslutar")
            for t in ["att anta förslaget", "att ge förvaltningen i uppdrag"]:
                num(t, 62)
            d.add_paragraph("Vidare föreslås, i en ny lista,")
            for t in ["att avsätta medel", "att utvärdera efter ett år"]:
                num(t, 63)
            d.add_paragraph("Bilagor:")
            for t in ["Riktlinjer", "Konsekvensanalys", "Remissvar"]:
                num(t, 64)
            d.add_paragraph("Åtgärder per år, numrerade löpande över åren:")
            for yr, items in (("År 2026", ["Inventering", "Upphandling"]), ("År 2027", ["Genomförande", "Utvärdering"])):
                num(yr, 65, 0)
                for t in items:
                    num(t, 65, 1)
    d.save(out / "lista11.docx")
    path = out / "lista11.docx"
    parts = docx_parts.read(path)
    s = parts["word/numbering.xml"].decode()
    abstracts = (
        '<w:abstractNum w:abstractNumId="50"><w:multiLevelType w:val="multilevel"/>'
        + lv(0, "decimal", "%1", style="Heading1") + lv(1, "decimal", "%1.%2", style="Heading2")
        + lv(2, "decimal", "%1.%2.%3", style="Heading3") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="60"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="Beslutslista"/>'
        + lv(0, "lowerRoman", "%1.") + lv(1, "lowerLetter", "%2)") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="61"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="Beslutslista"/>'
        "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="70"><w:multiLevelType w:val="multilevel"/>'
        + lv(0, "upperLetter", "%1.") + lv(1, "decimal", "%1.%2") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="80"><w:multiLevelType w:val="multilevel"/>'
        + lv(0, "decimal", "%1.") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        + lv(0, "decimalZero", "Bilaga %1") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="95"><w:multiLevelType w:val="multilevel"/>'
        + lv(0, "upperRoman", "%1.") + lv(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>') + "</w:abstractNum>")
    at = s.index("<w:num ") if "<w:num " in s else s.index("</w:numbering>")
    s = s[:at] + abstracts + s[at:]
    nums = ('<w:num w:numId="50"><w:abstractNumId w:val="50"/></w:num>'
            '<w:num w:numId="60"><w:abstractNumId w:val="60"/></w:num>'
            '<w:num w:numId="61"><w:abstractNumId w:val="61"/></w:num>'
            '<w:num w:numId="70"><w:abstractNumId w:val="70"/></w:num>'
            '<w:num w:numId="62"><w:abstractNumId w:val="80"/></w:num>'
            '<w:num w:numId="63"><w:abstractNumId w:val="80"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
            + lv(0, "decimal", "(%1)") + "</w:lvlOverride></w:num>"
            '<w:num w:numId="64"><w:abstractNumId w:val="90"/></w:num>'
            '<w:num w:numId="65"><w:abstractNumId w:val="95"/></w:num>')
    s = s.replace("</w:numbering>", nums + "</w:numbering>")
    parts["word/numbering.xml"] = s.encode()
    docx_parts.write(path, parts)
    phrases = ["i att anta riktlinjerna", "ii att uppdra åt förvaltningen", "iii att återrapportera",
               "a riktlinjerna gäller alla enheter", "c uppföljning sker årligen", "c 1 undantag beslutas av chefen",
               "c 2 undantag dokumenteras", "1 att anta förslaget", "2 att ge förvaltningen", "1 att avsätta medel",
               "2 att utvärdera efter ett år", "bilaga 01 riktlinjer", "bilaga 03 remissvar", "i år 2026", "1 inventering",
               "2 upphandling", "ii år 2027", "3 genomförande", "4 utvärdering"] + want
    EXPECT.add("lista11.docx", [], [], phrases)
    EXPECT["lista11.docx"]["exakt"] = ["(1) att avsätta medel", "(2) att utvärdera"]


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for f in (andring, ruta, kontroll, falt, noter, bilaga, lista):
        f(out)
    EXPECT.write(out / "expect11-docx.json")
