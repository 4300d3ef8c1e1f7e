"""The thirteenth blind Word-file set (tests/data/word/blind13): what Swedish municipalities
really publish, made by producers and templates the first twelve sets did not try. Usage:

    python3 pydocx13.py OUT_DIR

Markers as in blind9-12 (`synligN` read exactly once, `osynligN` never, `fraser` word
sequences read in order, `exakt` strings as written). Header and footer text is the readers'
running text and is not counted. OUT_DIR gets:
- mall13.docx: a tjänsteskrivelse from a Word template whose fields were filled in: DOCPROPERTY
  (complex and w:fldSimple) with a custom property part (docProps/custom.xml), DOCVARIABLE,
  MERGEFIELD, FILLIN, ASK and SET (no result on the page), REF to a bookmark, a locked field
  (w:fldLock), a field whose begin carries w:fldData; a different first page
  whose header holds an anchored DrawingML text box (with its VML fallback) and a letterhead
  table, a footer "Sida PAGE av NUMPAGES";
- smartart13.docx: a SmartArt graphic (word/diagrams: data model and its drawn copy, the same
  text in both parts, on the page once), an mc:AlternateContent whose Choice needs a namespace
  no reader knows (its Fallback is what a reader shows), a WordArt-like wps shape with text,
  and a picture whose alt text (wp:docPr descr/title) is no page text;
- google13.docx: a document as Google Docs exports it: every run's properties written out with
  their off values (w:caps/w:smallCaps/w:strike/w:vanish w:val="0", w:vertAlign baseline),
  every paragraph with w:pageBreakBefore/w:keepNext/w:widowControl w:val="0", page breaks as
  a w:br in an empty paragraph, suggestions as tracked changes of "Anonym", "●"/"○" bullets,
  a fixed-layout table with w:tcMar, a footnote;
- granskad13.docx: a report reviewed by several hands: footnotes holding a table and a list,
  a footnote referenced only from a tracked deletion and one referenced from nowhere (neither
  on the page), an endnote referenced from a moved-away range, moves of whole paragraphs
  (w:moveFromRangeStart/End with marked paragraph marks), comments with replies and
  commentsExtended (resolved), a tracked change inside a text box, an inserted cell
  (w:cellIns);
- liggande13.docx: five sections: portrait, landscape with two columns of unequal width
  (w:cols w:equalWidth="0"), landscape with a 36-row table, an even-page section break
  (w:type evenPage: a blank page where needed), portrait centred vertically (w:vAlign) with
  roman page numbers;
- google13.html: Google Docs' HTML export (class-only CSS, ordered lists whose numbers are CSS
  counters with `start`, a page break as `<hr style="page-break-before:always;display:none">`,
  footnotes as `[1]` links and a footnote block);
- word13.htm: Word's "web page, filtered" (list labels inside `<![if !supportLists]>` and
  `<!--[if !supportLists]-->` conditionals, a word split by SpellE spans, a text box whose VML
  copy is in a conditional comment and whose downlevel copy is shown, footnotes, a hidden
  character style by class, a soft hyphen, a page break);
- wordpad13.rtf: WordPad (RichEdit 2.0) RTF: \\nouicompat, \\*\\generator, \\uN? with `?`
  fallbacks, a surrogate pair as negative \\u, \\pntext bullets and numbers, a trailing NUL;
- epost13.rtf: an e-mail saved by Outlook as RTF that encapsulates HTML (\\fromhtml1,
  \\*\\htmltag groups: the HTML only; \\htmlrtf … \\htmlrtf0: the RTF only).
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "blind11"))
from wordgen import (DATE, Expect, add, base, comments_part, docx_parts, fld, margins, note_ref,  # noqa: E402
                     paragraph, ppr, r, sentence, widths, x)
from pydocx11 import alt, dele, ins, inline_drawing, np, raw_notes, vml_box, wsp  # noqa: E402

EXPECT = Expect()
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def body_text(d, seed, n=3, words=3):
    for k in range(n):
        d.add_paragraph(paragraph(seed + k, words))


def content_type(parts, name, ctype):
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].decode().replace(
        "</Types>", f'<Override PartName="/{name}" ContentType="{ctype}"/></Types>').encode()


def relate(parts, rels, rid, rtype, target):
    parts[rels] = parts[rels].decode().replace(
        "</Relationships>", f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/></Relationships>').encode()


# --- mall13 -----------------------------------------------------------------------------------


def field(instr, shown, begin_extra="", lock=False):
    """A complex field with what its begin mark may carry (w:fldLock, w:fldData); no result
    when `shown` is None."""
    attrs = ' w:fldLock="1"' if lock else ""
    res = "".join(r(s) for s in ([shown] if isinstance(shown, str) else shown or []))
    sep = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' if shown is not None else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"{attrs}>{begin_extra}</w:fldChar></w:r><w:r><w:instrText '
            f'xml:space="preserve"> {escape(instr)} </w:instrText></w:r>{sep}{res if shown else ""}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


CUSTOM = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Dnr"><vt:lpwstr>KS 2025/500</vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Giltig"><vt:lpwstr>2026-01-01 synlig408</vt:lpwstr></property>
<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Sekretess"><vt:lpwstr>osynlig401</vt:lpwstr></property>
</Properties>"""


def mall(out: Path):
    d = base("Calibri", 11)
    sec = d.sections[0]
    margins(sec, 3.0, 2.0, 2.5, 2.0)
    seen, unseen, phrases = [], [], []
    sec.different_first_page_header_footer = True
    fh = sec.first_page_header
    fh.paragraphs[0].text = "EKBY KOMMUN"
    box = alt(f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
              'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="page"><wp:posOffset>4680000</wp:posOffset></wp:positionH>'
              '<wp:positionV relativeFrom="page"><wp:posOffset>360000</wp:posOffset></wp:positionV>'
              '<wp:extent cx="2160000" cy="540000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
              '<wp:docPr id="31" name="Textruta 31"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
              f'uri="{WPS}">' + wsp("<w:p>" + r("Socialförvaltningen, Tjänsteskrivelse") + "</w:p>", nid=31)
              + '</a:graphicData></a:graphic></wp:anchor></w:drawing>',
              vml_box("<w:p>" + r("Socialförvaltningen, Tjänsteskrivelse") + "</w:p>"))
    add(fh.paragraphs[0], box)
    ht = fh.add_table(rows=1, cols=2, width=Cm(16))
    ht.rows[0].cells[0].text, ht.rows[0].cells[1].text = "Handläggare", "Datum 2025-12-01"
    sec.header.paragraphs[0].text = "Tjänsteskrivelse"
    fp = sec.footer.paragraphs[0]
    add(fp, r("Sida "), field("PAGE", "1"), r(" av "), field("NUMPAGES", "2"))
    sec.first_page_footer.paragraphs[0].text = "Ekby kommun, 123 45 Ekby"
    # Letterhead table in the body: the Dnr from a document property.
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Tjänsteskrivelse"
    add(t.rows[0].cells[1].paragraphs[0], r("Dnr "), field('DOCPROPERTY "Dnr" \\* MERGEFORMAT', "KS 2025/500 synlig400"))
    t.rows[1].cells[0].text = "Socialnämnden"
    add(t.rows[1].cells[1].paragraphs[0], r("Sekretess: "),
        field('DOCPROPERTY "osynlig400" \\* MERGEFORMAT', "Ej sekretess synlig401"))
    seen += ["synlig400", "synlig401"]
    unseen += ["osynlig400", "osynlig401"]
    phrases.append("dnr ks 2025 500 synlig400")
    h = d.add_paragraph(style="Heading 1")
    add(h, '<w:fldSimple w:instr=" DOCPROPERTY Title \\* MERGEFORMAT "><w:r><w:t>Riktlinjer för '
        'hemtjänst synlig402</w:t></w:r></w:fldSimple>')
    seen.append("synlig402")
    q = d.add_paragraph()
    add(q, r("Handläggare: "), field('DOCVARIABLE "Handlaggare"', "Per Ek synlig403"), r(", "),
        field("MERGEFIELD Titel", "socialsekreterare"))
    phrases.append("handläggare per ek synlig403 socialsekreterare")
    seen.append("synlig403")
    q = d.add_paragraph()
    add(q, r("Till: "), field("MERGEFIELD Mottagare \\* MERGEFORMAT", "Anna Berg synlig404"), r(", "),
        field('FILLIN "Ange enhetens namn osynlig402" \\* MERGEFORMAT', "Ekby hemtjänst synlig405"))
    phrases.append("till anna berg synlig404 ekby hemtjänst synlig405")
    seen += ["synlig404", "synlig405"]
    unseen.append("osynlig402")
    # ASK and SET show nothing; a REF to a bookmark shows the bookmark's text.
    q = d.add_paragraph()
    add(q, r("Sammanträde "), '<w:bookmarkStart w:id="7" w:name="Beslutsdatum"/>', r("2025-12-10"),
        '<w:bookmarkEnd w:id="7"/>', r(" i Ekbysalen synlig406."))
    q = d.add_paragraph()
    add(q, field('ASK Beslutsdatum "Ange beslutsdatum osynlig403"', None),
        field('SET Belopp "osynlig404"', None),
        r("Beslutsdatum: "), field("REF Beslutsdatum \\h", "2025-12-10"), r("."))
    phrases += ["sammanträde 2025 12 10 i ekbysalen synlig406", "beslutsdatum 2025 12 10"]
    seen.append("synlig406")
    unseen += ["osynlig403", "osynlig404"]
    d.core_properties.title = "Riktlinjer för hemtjänst synlig402"
    d.add_heading("Sammanfattning", level=2)
    body_text(d, 17000, 3, 3)
    q = d.add_paragraph()
    add(q, r("Beslutet fattas av "), field("DOCPROPERTY Company", "Ekby kommun synlig407", lock=True),
        r(" och gäller från "), field('DOCPROPERTY "Giltig" \\* MERGEFORMAT', "2026-01-01 synlig408"), r("."))
    phrases.append("beslutet fattas av ekby kommun synlig407 och gäller från 2026 01 01 synlig408")
    seen += ["synlig407", "synlig408"]
    q = d.add_paragraph()
    add(q, r("Remissinstanser: "), field("FORMTEXT", "Pensionärsrådet synlig409",
                                         begin_extra='<w:fldData xml:space="preserve">osynlig405</w:fldData>'), r("."))
    seen.append("synlig409")
    unseen.append("osynlig405")
    d.add_heading("Ärendet", level=2)
    body_text(d, 17010, 6, 4)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Socialnämnden antar riktlinjerna för hemtjänst synlig410.")
    seen.append("synlig410")
    s = d.add_table(rows=2, cols=2)
    s.rows[0].cells[0].text, s.rows[0].cells[1].text = "Anna Berg", "Per Ek"
    s.rows[1].cells[0].text, s.rows[1].cells[1].text = "Socialchef", "Socialsekreterare synlig411"
    seen.append("synlig411")
    d.save(out / "mall13.docx")
    parts = docx_parts.read(out / "mall13.docx")
    parts["docProps/custom.xml"] = CUSTOM.encode()
    content_type(parts, "docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml")
    relate(parts, "_rels/.rels", "rIdCu1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "custom-properties", "docProps/custom.xml")
    parts["word/settings.xml"] = parts["word/settings.xml"].decode().replace(
        "</w:settings>", '<w:docVars><w:docVar w:name="Handlaggare" w:val="Per Ek"/></w:docVars></w:settings>').encode()
    docx_parts.write(out / "mall13.docx", parts)
    EXPECT.add("mall13.docx", seen, unseen, phrases)


# --- smartart13 -------------------------------------------------------------------------------

A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
DGM = 'xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"'
DSP = 'xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram"'
STEPS = ["Ansökan synlig420", "Utredning synlig421", "Beslut synlig422", "Uppföljning synlig423"]


def dgm_data():
    pts = ['<dgm:pt modelId="{00000000-0000-0000-0000-000000000000}" type="doc"><dgm:prSet loTypeId="urn:microsoft.com/'
           'office/officeart/2005/8/layout/process1"/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr '
           'lang="sv-SE"/></a:p></dgm:t></dgm:pt>']
    cxns = []
    for i, s in enumerate(STEPS):
        pts.append(f'<dgm:pt modelId="{{1000000{i}-0000-0000-0000-000000000000}}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
                   f'<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="sv-SE"/><a:t>{s}</a:t></a:r></a:p></dgm:t></dgm:pt>')
        pts.append(f'<dgm:pt modelId="{{2000000{i}-0000-0000-0000-000000000000}}" type="parTrans" cxnId="{{3000000{i}-0000-'
                   '0000-0000-000000000000}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr '
                   'lang="sv-SE"/></a:p></dgm:t></dgm:pt>')
        cxns.append(f'<dgm:cxn modelId="{{3000000{i}-0000-0000-0000-000000000000}}" srcId="{{00000000-0000-0000-0000-'
                    f'000000000000}}" destId="{{1000000{i}-0000-0000-0000-000000000000}}" srcOrd="{i}" destOrd="0"/>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:dataModel {DGM} {A}><dgm:ptLst>{"".join(pts)}'
            f'</dgm:ptLst><dgm:cxnLst>{"".join(cxns)}</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst><a:ext '
            'uri="http://schemas.microsoft.com/office/drawing/2008/diagram"><dsp:dataModelExt '
            'xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" relId="rIdDg5" minVer="http://'
            'schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')


def dgm_drawing():
    sps = []
    for i, s in enumerate(STEPS):
        off = i * 1450000
        sps.append(f'<dsp:sp modelId="{{4000000{i}-0000-0000-0000-000000000000}}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/>'
                   f'<dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{off}" y="0"/><a:ext cx="1200000" cy="720000"/>'
                   '</a:xfrm><a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="4472C4"/>'
                   '</a:solidFill></dsp:spPr><dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" '
                   'lIns="38100" tIns="38100" rIns="38100" bIns="38100" numCol="1" spcCol="1270" anchor="ctr" '
                   f'anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="sv-SE" '
                   f'sz="1200" kern="1200"/><a:t>{s}</a:t></a:r></a:p></dsp:txBody><dsp:txXfrm><a:off x="{off}" y="0"/>'
                   '<a:ext cx="1200000" cy="720000"/></dsp:txXfrm></dsp:sp>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dsp:drawing {DGM} {DSP} {A}><dsp:spTree>'
            '<dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
            f'{"".join(sps)}</dsp:spTree></dsp:drawing>')


LAYOUT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:layoutDef {DGM} {A} uniqueId="urn:microsoft.com/'
          'office/officeart/2005/8/layout/process1"><dgm:title val=""/><dgm:desc val=""/><dgm:layoutNode name="Name0">'
          '<dgm:alg type="lin"/><dgm:shape/><dgm:forEach name="Name1" axis="ch" ptType="node"><dgm:layoutNode '
          'name="node"><dgm:alg type="tx"/><dgm:shape type="roundRect"/></dgm:layoutNode></dgm:forEach></dgm:layoutNode>'
          '</dgm:layoutDef>')
QS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:styleDef {DGM} {A} uniqueId="urn:microsoft.com/office/'
      'officeart/2005/8/quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/></dgm:styleDef>')
COLORS = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<dgm:colorsDef {DGM} {A} uniqueId="urn:microsoft.com/'
          'office/officeart/2005/8/colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/></dgm:colorsDef>')
DGM_TYPES = [("data", "diagramData", "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", "rIdDg1"),
             ("layout", "diagramLayout", "application/vnd.openxmlformats-officedocument.drawingml.diagramLayout+xml", "rIdDg2"),
             ("quickStyle", "diagramQuickStyle", "application/vnd.openxmlformats-officedocument.drawingml.diagramStyle+xml",
              "rIdDg3"),
             ("colors", "diagramColors", "application/vnd.openxmlformats-officedocument.drawingml.diagramColors+xml", "rIdDg4")]


def smartart(out: Path):
    d = base("Calibri", 11)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    seen, unseen, phrases = [], [], []
    d.add_heading("Processen för bistånd", level=1)
    body_text(d, 18000, 2, 3)
    q = d.add_paragraph()
    add(q, '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5486400" cy="900000"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="41" name="Diagram 41" descr="osynlig420 processbild" '
        'title="osynlig421"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/'
        'drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
        'r:dm="rIdDg1" r:lo="rIdDg2" r:qs="rIdDg3" r:cs="rIdDg4"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    seen += [s.split()[1] for s in STEPS]
    unseen += ["osynlig420", "osynlig421"]
    body_text(d, 18010, 2, 3)
    # A Choice no reader knows: the Fallback is the page's text.
    q = d.add_paragraph()
    add(q, r("Kontakta "), '<mc:AlternateContent><mc:Choice xmlns:w99="http://example.invalid/word/2099" Requires="w99">'
        + r("osynlig422 framtida format") + "</mc:Choice><mc:Fallback>" + r("biståndsenheten synlig424")
        + "</mc:Fallback></mc:AlternateContent>", r(" för frågor."))
    seen.append("synlig424")
    unseen.append("osynlig422")
    phrases.append("kontakta biståndsenheten synlig424 för frågor")
    # A shape with text (a callout) inline, and its VML fallback.
    q = d.add_paragraph()
    add(q, alt(inline_drawing(WPS, wsp("<w:p>" + r("Handläggningstid högst tre månader synlig425") + "</w:p>", nid=42),
                              42), vml_box("<w:p>" + r("Handläggningstid högst tre månader synlig425") + "</w:p>")))
    seen.append("synlig425")
    phrases.append("handläggningstid högst tre månader synlig425")
    body_text(d, 18020, 3, 3)
    d.save(out / "smartart13.docx")
    parts = docx_parts.read(out / "smartart13.docx")
    rels = "word/_rels/document.xml.rels"
    for name, rtype, ctype, rid in DGM_TYPES:
        body = {"data": dgm_data(), "layout": LAYOUT, "quickStyle": QS, "colors": COLORS}[name]
        parts[f"word/diagrams/{name}1.xml"] = body.encode()
        content_type(parts, f"word/diagrams/{name}1.xml", ctype)
        relate(parts, rels, rid, f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{rtype}",
               f"diagrams/{name}1.xml")
    parts["word/diagrams/drawing1.xml"] = dgm_drawing().encode()
    content_type(parts, "word/diagrams/drawing1.xml", "application/vnd.ms-office.drawingml.diagramDrawing+xml")
    relate(parts, rels, "rIdDg5", "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing",
           "diagrams/drawing1.xml")
    docx_parts.write(out / "smartart13.docx", parts)
    phrases.append(" ".join(s.lower() for s in STEPS))
    EXPECT.add("smartart13.docx", seen, unseen, phrases)


# --- google13.docx ----------------------------------------------------------------------------

GRPR = ('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:b w:val="{b}"/><w:i w:val="0"/>'
        '<w:smallCaps w:val="0"/><w:caps w:val="0"/><w:strike w:val="0"/><w:vanish w:val="0"/><w:color w:val="000000"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:u w:val="none"/><w:shd w:fill="auto" w:val="clear"/>'
        '<w:vertAlign w:val="baseline"/><w:rtl w:val="0"/>')
GPPR = ('<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/><w:widowControl w:val="0"/>'
        '<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/><w:ind w:left="0" w:firstLine="0"/>'
        '<w:jc w:val="left"/>')


def gr(text, b=0):
    return r(text, f"<w:rPr>{GRPR.format(b=b)}</w:rPr>")


def gp(*runs, style=None, pre=""):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p><w:pPr>{st}{pre}{GPPR}<w:rPr>{GRPR.format(b=0)}</w:rPr></w:pPr>{"".join(runs)}</w:p>'


def google(out: Path):
    d = base("Arial", 11, 0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    margins(sec, 2.54, 2.54, 2.54, 2.54)
    sec.header.paragraphs[0].text = "Arbetsgruppen för trygghet"
    seen, unseen, phrases, exact = [], [], [], []
    body = [gp('<w:bookmarkStart w:id="0" w:name="_heading=h.gjdgxs"/><w:bookmarkEnd w:id="0"/>',
               gr("Minnesanteckningar trygghetsgruppen synlig430", 1), style="Title"),
            gp(gr("Ekby Kommun, Stadsbyggnadskontoret synlig431")),
            gp(gr("Datum: 2025-11-28"))]
    seen += ["synlig430", "synlig431"]
    exact.append("Ekby Kommun, Stadsbyggnadskontoret")
    for k in range(6):
        body.append(gp(gr(paragraph(19000 + k, 3))))
    body.append(gp(gr("Närvarande", 1), style="Heading1"))
    for i, n in enumerate(["Anna Berg synlig432", "Per Ek", "Omar Haddad"]):
        body.append(gp(gr(n), pre=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>'))
    body.append(gp(gr("Ersättare Lena Åström synlig433"), pre='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr>'))
    seen += ["synlig432", "synlig433"]
    body.append(gp(gr("Beslut", 1), style="Heading1"))
    for i, t in enumerate(["Belysningen i parken ses över synlig434", "Trygghetsvandring hålls i mars synlig435"]):
        body.append(gp(gr(t), pre='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="8"/></w:numPr>'))
    phrases += ["1 belysningen i parken ses över synlig434", "2 trygghetsvandring hålls i mars synlig435"]
    seen += ["synlig434", "synlig435"]
    body.append(gp(gr("Gruppen "),
                   f'<w:del w:id="901" w:author="Anonym" w:date="2025-11-28T10:00:00Z"><w:r><w:rPr>{GRPR.format(b=0)}'
                   '</w:rPr><w:delText xml:space="preserve">osynlig430 avslår </w:delText></w:r></w:del>',
                   f'<w:ins w:id="902" w:author="Anonym" w:date="2025-11-28T10:00:00Z">{gr("tillstyrker synlig436 ")}</w:ins>',
                   gr("förslaget om kameror"), note_ref("footnote", 1), gr(".")))
    seen.append("synlig436")
    unseen.append("osynlig430")
    phrases.append("gruppen tillstyrker synlig436 förslaget om kameror")
    # A page break: a w:br in an empty paragraph.
    body.append(gp('<w:r><w:br w:type="page"/></w:r>'))
    body.append(gp(gr("Bilaga: åtgärdslista", 1), style="Heading1"))
    cell = ('<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:tcMar><w:top w:w="100" w:type="dxa"/><w:left w:w="100" '
            'w:type="dxa"/><w:bottom w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tcMar></w:tcPr>{p}</w:tc>')
    rows = "".join("<w:tr>" + "".join(cell.format(w=w, p=gp(gr(c))) for w, c in zip((4680, 4680), row)) + "</w:tr>"
                   for row in [("Åtgärd", "Ansvar"), ("Ny belysning synlig437", "Tekniska"), ("Trygghetsvandring", "Polisen")])
    body.append('<w:tbl><w:tblPr><w:tblStyle w:val="a"/><w:tblW w:w="9360" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
                '<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid><w:gridCol w:w="4680"/><w:gridCol w:w="4680"/></w:tblGrid>'
                + rows + "</w:tbl>")
    seen.append("synlig437")
    for k in range(4):
        body.append(gp(gr(paragraph(19010 + k, 3))))
    body.append(gp(gr("Nästa möte 2026-01-15 synlig438.")))
    seen.append("synlig438")
    for b in body:
        d.element.body.sectPr.addprevious(x(b))
    d.save(out / "google13.docx")
    bullets = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{c}"/>'
                      f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr><w:rPr>'
                      '<w:u w:val="none"/></w:rPr></w:lvl>' for i, c in enumerate("●○■"))
    decimal = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc '
               'w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>')
    from wordgen import numbering_part
    numbering_part(out / "google13.docx", {7: [bullets], 8: [decimal]})
    raw_notes(out / "google13.docx", "footnote",
              [gp(gr(" Enligt polisens lägesbild synlig439."), style="FootnoteText").replace(
                  "<w:r>", '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r>', 1)])
    seen.append("synlig439")
    EXPECT.add("google13.docx", seen, unseen, phrases)
    EXPECT["google13.docx"]["exakt"] = exact


# --- granskad13 -------------------------------------------------------------------------------


def granskad(out: Path):
    d = base("Times New Roman", 12)
    margins(d.sections[0], 2.5, 2.5, 2.5, 2.5)
    seen, unseen, phrases = [], [], []
    fns = [np("footnote", True, r(" Källa: SCB 2025 synlig440.")),
           np("footnote", True, r(" Fördelning per område:"))
           + '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol '
           'w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p>' + r("Norr synlig441") + "</w:p></w:tc><w:tc><w:p>" + r("42 %")
           + "</w:p></w:tc></w:tr></w:tbl>" + np("footnote", False),
           np("footnote", True, r(" Tidigare uppgift osynlig440 som ströks.")),
           np("footnote", True, r(" Oanvänd not osynlig441.")),
           np("footnote", True, r(" Underlagen är:"))
           + '<w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:ind w:left="360" w:hanging="360"/></w:pPr>'
           + r("– enkäten synlig442") + "</w:p>"]
    seen += ["synlig440", "synlig441", "synlig442"]
    unseen += ["osynlig440", "osynlig441"]
    ens = [np("endnote", True, r(" Slutnot om metod synlig443.")),
           np("endnote", True, r(" Slutnot på den gamla platsen osynlig442.")),
           np("endnote", True, r(" Slutnot på den nya platsen synlig444."))]
    seen += ["synlig443", "synlig444"]
    unseen.append("osynlig442")
    d.add_heading("Uppföljning av trygghetsarbetet 2025", level=1)
    q = d.add_paragraph(paragraph(19500, 2))
    add(q, note_ref("footnote", 1))
    q = d.add_paragraph(paragraph(19502, 2))
    add(q, note_ref("footnote", 2), note_ref("endnote", 1))
    # A footnote referenced only from a tracked deletion.
    q = d.add_paragraph()
    add(q, r("Andelen trygga ökade synlig445"),
        f'<w:del w:id="910" {DATE}><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="3"/>'
        '</w:r></w:del>', r(" under året."), note_ref("footnote", 5))
    seen.append("synlig445")
    # Moves of whole paragraphs: the old place (moveFrom) is not on the page.
    moved = ["Trygghetsvandringar genomfördes i fyra stadsdelar synlig446.", "Resultaten redovisas i bilaga 1 synlig447."]
    mf = f'<w:rPr><w:moveFrom w:id="920" {DATE}/></w:rPr>'
    d.element.body.sectPr.addprevious(x(f'<w:moveFromRangeStart w:id="921" {DATE} w:name="move1"/>'))
    for k, t in enumerate(moved):
        extra = (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="2"/></w:r>'
                 if k == 1 else "")
        d.element.body.sectPr.addprevious(x(f'<w:p><w:pPr>{mf}</w:pPr><w:moveFrom w:id="{922 + k}" {DATE}>{r(t)}{extra}'
                                            '</w:moveFrom></w:p>'))
    d.element.body.sectPr.addprevious(x('<w:moveFromRangeEnd w:id="921"/>'))
    d.add_heading("Resultat", level=2)
    body_text_p = [paragraph(19510 + k, 3) for k in range(3)]
    for t in body_text_p:
        d.add_paragraph(t)
    mt = f'<w:rPr><w:moveTo w:id="930" {DATE}/></w:rPr>'
    d.element.body.sectPr.addprevious(x(f'<w:moveToRangeStart w:id="931" {DATE} w:name="move1"/>'))
    for k, t in enumerate(moved):
        extra = (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="3"/></w:r>'
                 if k == 1 else "")
        d.element.body.sectPr.addprevious(x(f'<w:p><w:pPr>{mt}</w:pPr><w:moveTo w:id="{932 + k}" {DATE}>{r(t)}{extra}'
                                            '</w:moveTo></w:p>'))
    d.element.body.sectPr.addprevious(x('<w:moveToRangeEnd w:id="931"/>'))
    seen += ["synlig446", "synlig447"]
    phrases.append("trygghetsvandringar genomfördes i fyra stadsdelar synlig446 resultaten redovisas i bilaga 1 synlig447")
    # Comments: a range over a table, a reply, a resolved one.
    q = d.add_paragraph()
    add(q, '<w:commentRangeStart w:id="0"/>', r("Tabellen visar utfallet synlig448."), '<w:commentRangeEnd w:id="0"/>',
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
        '<w:r><w:commentReference w:id="1"/></w:r>')
    seen.append("synlig448")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for row, vals in zip(t.rows, [("Område", "2024", "2025"), ("Norr", "61 %", "66 %"), ("Söder", "58 %", "63 %")]):
        for c, v in zip(row.cells, vals):
            c.text = v
    # An inserted cell, tracked.
    tc = t.rows[1].cells[2]
    tc.text = "66 % synlig449"
    tc._tc.get_or_add_tcPr().append(x(f'<w:cellIns w:id="940" {DATE}/>'))
    seen.append("synlig449")
    # A text box holding tracked changes, with its VML fallback.
    inner = "<w:p>" + r("Målet för 2026 är ") + dele("osynlig443 60 ", 950) + ins("70 synlig450 ", 951) + r("procent.") + "</w:p>"
    q = d.add_paragraph()
    add(q, alt(inline_drawing(WPS, wsp(inner, nid=51), 51), vml_box(inner)))
    seen.append("synlig450")
    unseen.append("osynlig443")
    phrases.append("målet för 2026 är 70 synlig450 procent")
    for k in range(3):
        d.add_paragraph(paragraph(19520 + k, 3))
    d.save(out / "granskad13.docx")
    raw_notes(out / "granskad13.docx", "footnote", fns)
    raw_notes(out / "granskad13.docx", "endnote", ens)
    comments_part(out / "granskad13.docx", [["Stämmer siffrorna? osynlig444"], ["Ja, kontrollerat osynlig445."]])
    parts = docx_parts.read(out / "granskad13.docx")
    parts["word/comments.xml"] = parts["word/comments.xml"].decode().replace(
        "<w:p>", '<w:p w14:paraId="0A000001" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">', 1).encode()
    parts["word/commentsExtended.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/'
        'office/word/2012/wordml"><w15:commentEx w15:paraId="0A000001" w15:done="1"/></w15:commentsEx>').encode()
    content_type(parts, "word/commentsExtended.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml."
                 "commentsExtended+xml")
    relate(parts, "word/_rels/document.xml.rels", "rIdCx9", "http://schemas.microsoft.com/office/2011/relationships/"
           "commentsExtended", "commentsExtended.xml")
    docx_parts.write(out / "granskad13.docx", parts)
    unseen += ["osynlig444", "osynlig445"]
    EXPECT.add("granskad13.docx", seen, unseen, phrases)


# --- liggande13 -------------------------------------------------------------------------------


def liggande(out: Path):
    d = base("Arial", 10)
    margins(d.sections[0], 2.0, 2.0, 2.0, 2.0)
    seen, phrases = [], []
    d.add_heading("Lokalförsörjningsplan 2026–2029 synlig460", level=1)
    body_text(d, 20000, 5, 4)
    seen.append("synlig460")
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21.0)
    margins(s2, 1.5, 1.5, 2.0, 2.0)
    d.add_heading("1. Nuläge synlig461", level=2)
    body_text(d, 20100, 16, 4)
    seen.append("synlig461")
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    s3._sectPr.append(x('<w:cols w:num="2" w:equalWidth="0" w:space="567"><w:col w:w="15000" w:space="567"/>'
                        '<w:col w:w="8000"/></w:cols>'))
    d.add_heading("2. Behov per stadsdel synlig462", level=2)
    body_text(d, 20200, 12, 4)
    seen.append("synlig462")
    s4 = d.add_section(WD_SECTION.NEW_PAGE)
    for c in s4._sectPr.findall(qn("w:cols")):
        s4._sectPr.remove(c)
    d.add_heading("3. Investeringar", level=2)
    cols = ["Objekt", "Stadsdel", "2026", "2027", "2028", "2029", "Summa"]
    t = d.add_table(rows=37, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.text = h
    t.rows[0]._tr.get_or_add_trPr().append(x("<w:tblHeader/>"))
    for i in range(1, 37):
        vals = [(i * 31 + k * 7) % 80 + 3 for k in range(4)]
        for c, v in zip(t.rows[i].cells, [f"Objekt {i}: " + sentence(20300 + i).split(" ", 2)[-1][:50]
                                          + (" synlig463" if i == 30 else ""), ["Norr", "Söder", "Öster", "Väster"][i % 4]]
                        + [f"{v} mnkr" for v in vals] + [f"{sum(vals)} mnkr"]):
            c.text = v
    widths(t, [10.0, 2.5, 2.2, 2.2, 2.2, 2.2, 2.5])
    seen.append("synlig463")
    s5 = d.add_section(WD_SECTION.EVEN_PAGE)
    s5.orientation = WD_ORIENT.PORTRAIT
    s5.page_width, s5.page_height = Cm(21.0), Cm(29.7)
    margins(s5, 2.0, 2.0, 2.0, 2.0)
    d.add_heading("Bilaga A. Ordlista synlig464", level=2)
    body_text(d, 20400, 3, 3)
    seen.append("synlig464")
    s6 = d.add_section(WD_SECTION.NEW_PAGE)
    s6._sectPr.append(x('<w:vAlign w:val="center"/>'))
    s6._sectPr.append(x('<w:pgNumType w:fmt="lowerRoman" w:start="1"/>'))
    d.add_paragraph("Ekby kommun, stadsbyggnadskontoret synlig465")
    seen.append("synlig465")
    d.save(out / "liggande13.docx")
    EXPECT.add("liggande13.docx", seen, [], phrases)


# --- google13.html, word13.htm ----------------------------------------------------------------

GHTML = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">@import url(https://themes.googleusercontent.com/fonts/css?kit=abc);.lst-kix_k1-0>li:before{content:"" counter(lst-ctn-kix_k1-0,decimal) ". "}ol.lst-kix_k1-0{list-style-type:none}.lst-kix_k1-0>li{counter-increment:lst-ctn-kix_k1-0}ol.lst-kix_k1-0.start{counter-reset:lst-ctn-kix_k1-0 0}ul.lst-kix_k2-0{list-style-type:none}.lst-kix_k2-0>li:before{content:"\\0025cf   "}ol{margin:0;padding:0}table td,table th{padding:0}.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c2{font-weight:700}.c3{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.c4{vertical-align:super}.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}</style></head><body class="c3 doc-content"><p class="c1 title" id="h.abc1"><span class="c0">Minnesanteckningar n&auml;rmilj&ouml;gruppen synlig500</span></p><p class="c1"><span class="c0">Datum: 2025-11-27</span></p><p class="c1"><span class="c0">{p1}</span></p><h1 class="c1" id="h.abc2"><span class="c0 c2">Beslut</span></h1><ol class="c5 lst-kix_k1-0 start" start="1"><li class="c1 li-bullet-0"><span class="c0">Parkbänkarna byts ut synlig501</span></li><li class="c1 li-bullet-0"><span class="c0">Lekplatsen rustas synlig502</span></li></ol><p class="c1"><span class="c0">Gruppen noterade att budgeten r&auml;cker</span><sup class="c4"><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c0">&nbsp;f&ouml;r b&aring;da synlig503.</span></p><ol class="c5 lst-kix_k1-0" start="3"><li class="c1 li-bullet-0"><span class="c0">Belysning utreds synlig504</span></li></ol><ul class="c5 lst-kix_k2-0 start"><li class="c1 li-bullet-0"><span class="c0">Ansvar: Per&nbsp;Ek synlig505</span></li></ul><hr style="page-break-before:always;display:none;"><h1 class="c1" id="h.abc3"><span class="c0 c2">Bilaga</span></h1><a id="t.0"></a><table class="c6"><tr class="c7"><td class="c8" colspan="1" rowspan="1"><p class="c1"><span class="c0">Plats</span></p></td><td class="c8" colspan="1" rowspan="1"><p class="c1"><span class="c0">Kostnad</span></p></td></tr><tr class="c7"><td class="c8" colspan="1" rowspan="1"><p class="c1"><span class="c0">Parken synlig506</span></p></td><td class="c8" colspan="1" rowspan="1"><p class="c1"><span class="c0">120&nbsp;000 kr</span></p></td></tr></table><p class="c1"><span class="c0">{p2}</span></p><hr class="c9"><div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c0">&nbsp;Enligt budgetuppf&ouml;ljningen synlig507.</span></p></div></body></html>"""

WHTML = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>osynlig510</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.Dold
	{mso-style-name:Dold;
	display:none;}
p.MsoFootnoteText
	{margin:0cm;
	font-size:10.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>

<body lang=SV style='word-wrap:break-word'>

<div class=WordSection1>

<h1>Kallelse till kommunstyrelsens arbetsutskott synlig510</h1>

<p class=MsoNormal>Tid: 2025-12-11 kl. 08.30</p>

<p class=MsoNormal>Plats: <span class=SpellE>Sammantr\xe4des</span>rummet <span class=SpellE>Ekh</span>ammar synlig511</p>

<![if !vml]><span style='position:absolute;z-index:1;left:0px;margin-left:420px;margin-top:0px;width:180px;height:40px'><table cellpadding=0 cellspacing=0><tr><td width=180 height=40 style='vertical-align:top'><![endif]><![if !mso]><span style='position:absolute;left:0pt;z-index:1'><table cellpadding=0 cellspacing=0 width="100%"><tr><td><![endif]>
<div v:shape="_x0000_s1026" style='padding:3.6pt 7.2pt 3.6pt 7.2pt' class=shape>
<p class=MsoNormal>Dnr KS 2025/612 synlig512</p>
</div>
<![if !mso]></td></tr></table></span><![endif]><![if !vml]></td></tr></table></span><![endif]>

<!--[if gte vml 1]><v:shape id="Textruta_2" o:spid="_x0000_s1027" type="#_x0000_t202" style='position:absolute;width:135pt;height:30pt'><v:textbox><![if !mso]><table cellpadding=0 cellspacing=0 width="100%"><tr><td><![endif]><div><p class=MsoNormal>osynlig511 Dnr KS 2025/612</p></div><![if !mso]></td></tr></table><![endif]></v:textbox></v:shape><![endif]-->

<p class=MsoListParagraphCxSpFirst style='margin-left:18.0pt;text-indent:-18.0pt'><![if !supportLists]><span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Budgetuppf\xf6ljning november synlig513</p>

<p class=MsoListParagraphCxSpLast style='margin-left:18.0pt;text-indent:-18.0pt'><!--[if !supportLists]--><span>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->Investeringsplan 2026 synlig514</p>

<p class=MsoNormal>Handlingarna finns p\xe5 webbplatsen<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span class=MsoFootnoteReference><span style='font-size:11.0pt;line-height:107%;font-family:"Calibri",sans-serif'>[1]</span></span></span></a> och i <span class=SpellE>kommun&shy;fullm\xe4ktiges</span> diarium synlig515.<span class=Dold>Anteckning osynlig512</span></p>

<p class=MsoNormal>Kostnaden \xe4r 1&nbsp;200&nbsp;kr per <span class=GramE>deltagare</span> synlig516<span style='mso-spacerun:yes'>&nbsp; </span>enligt taxan.</p>

<span style='font-size:11.0pt;line-height:107%;font-family:"Calibri",sans-serif'><br clear=all style='page-break-before:always'>
</span>

<p class=MsoNormal>V\xe4lkomna! Anna Berg, ordf\xf6rande synlig517</p>

</div>

<div><br clear=all>

<hr align=left size=1 width="33%">

<div id=ftn1>

<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='font-size:10.0pt;line-height:107%'>[1]</span></span></a> www.ekby.se/ks synlig518</p>

</div>

</div>

</body>

</html>
"""


def html(out: Path):
    (out / "google13.html").write_text(GHTML.replace("{p1}", paragraph(21000, 3)).replace("{p2}", paragraph(21010, 3)),
                                       encoding="utf-8")
    EXPECT.add("google13.html", [f"synlig{i}" for i in range(500, 508)], [],
               ["1 parkbänkarna byts ut synlig501", "2 lekplatsen rustas synlig502", "3 belysning utreds synlig504",
                "ansvar per ek synlig505", "budgeten räcker 1 för båda synlig503"])
    (out / "word13.htm").write_bytes(WHTML.replace("\n", "\r\n").encode("cp1252"))
    EXPECT.add("word13.htm", [f"synlig{i}" for i in range(510, 519)], ["osynlig510", "osynlig511", "osynlig512"],
               ["plats sammanträdesrummet ekhammar synlig511", "1 budgetuppföljning november synlig513",
                "2 investeringsplan 2026 synlig514", "i kommunfullmäktiges diarium synlig515",
                "1 200 kr per deltagare synlig516 enligt taxan", "dnr ks 2025 612 synlig512"])


# --- wordpad13.rtf, epost13.rtf ---------------------------------------------------------------

WORDPAD = r"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang1053{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset2 Symbol;}{\f2\fnil\fcharset0 Segoe UI Emoji;}}
{\colortbl ;\red255\green0\blue0;\red0\green77\blue187;}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1 
\pard\sa200\sl276\slmult1\b\f0\fs28\lang29 Minnesanteckningar fr\'e5n f\'f6reningsm\'f6tet synlig520\b0\fs22\par
Deltagare: Anna Berg, Per Ek och \u197?sa Lindstr\'f6m synlig521.\par
Datum:\tab 2025-11-30\par

\pard{\pntext\f1\'b7\tab}{\*\pn\pnlvlblt\pnf1\pnindent0{\pntxtb\'b7}}\fi-360\li720\sa200\sl276\slmult1 F\u246?reningen s\u246?ker bidrag synlig522\par
{\pntext\f1\'b7\tab}Lokalen bokas i januari synlig523\par

\pard{\pntext\f0 1.\tab}{\*\pn\pnlvlbody\pnf0\pnindent0\pnstart1\pndec{\pntxta.}}\fi-360\li720\sa200\sl276\slmult1 Kass\'f6ren redovisar synlig524\par
{\pntext\f0 2.\tab}Styrelsen v\u228?ljs om synlig525\par

\pard\sa200\sl276\slmult1 St\'e4mningen var god {\f2\u-10179?\u-8704?} synlig526 och m\u246?tet avslutades.\par
\cf1\highlight2 Kostnad\cf0\highlight0  1\u8239?200 kr synlig527 \u8211? betalas i f\u246?rskott.\par
\pard\qc\sa200\sl276\slmult1\i \u8220?Tillsammans g\u229?r vi mer\u8221? synlig528\i0\par
\pard\sa200\sl276\slmult1\par
}
"""

EPOST = r"""{\rtf1\ansi\ansicpg1252\fromhtml1 \fbidis \deff0{\fonttbl
{\f0\fswiss\fcharset0 Arial;}
{\f1\fmodern Courier New;}
{\f2\fnil\fcharset2 Symbol;}
{\f3\fmodern\fcharset0 Courier New;}
{\f4\fswiss\fcharset0 Calibri;}}
{\colortbl\red0\green0\blue0;\red5\green99\blue193;}
\uc1\pard\plain\deftab360 \f0\fs24 
{\*\htmltag19 <html xmlns:o="urn:schemas-microsoft-com:office:office">}
{\*\htmltag34 <head>}
{\*\htmltag1 \par }
{\*\htmltag241 <style>}
{\*\htmltag241 p.MsoNormal \{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;\} /* osynlig530 */}
{\*\htmltag241 </style>}
{\*\htmltag41 </head>}
{\*\htmltag2 \par }
{\*\htmltag50 <body lang=SV>}\htmlrtf {\htmlrtf0 
{\*\htmltag96 <div class=WordSection1>}\htmlrtf {\htmlrtf0 
{\*\htmltag64 <p class=MsoNormal>}\htmlrtf {\htmlrtf0 \f4\fs22 Hej Per synlig530,
{\*\htmltag244 <o:p>}
{\*\htmltag252 </o:p>}\htmlrtf \par
}\htmlrtf0 
{\*\htmltag72 </p>}
{\*\htmltag64 <p class=MsoNormal>}\htmlrtf {\htmlrtf0 \f4\fs22 H\'e4r kommer protokollet fr\'e5n s\'e4mmantr\'e4det synlig531. Se 
{\*\htmltag84 <a href="https://ekby.se/protokoll">}\htmlrtf {\field{\*\fldinst{HYPERLINK "https://ekby.se/protokoll"}}{\fldrslt\cf1\ul \htmlrtf0 ekby.se/protokoll synlig532\htmlrtf }\htmlrtf0 \htmlrtf }\htmlrtf0 
{\*\htmltag92 </a>}
 f\'f6r bilagorna.
{\*\htmltag244 <o:p>}
{\*\htmltag252 </o:p>}\htmlrtf \par
}\htmlrtf0 
{\*\htmltag72 </p>}
{\*\htmltag64 <p class=MsoNormal>}\htmlrtf {\htmlrtf0 \f4\fs22 
{\*\htmltag148 <span style="display:none">}\htmlrtf {\v\htmlrtf0 osynlig531 sp\'e5rningspixel\htmlrtf }\htmlrtf0 
{\*\htmltag156 </span>}
Beslutet justeras 
{\*\htmltag4 &nbsp;}\htmlrtf \'a0\htmlrtf0 den 15 december synlig533.
{\*\htmltag244 <o:p>}
{\*\htmltag252 </o:p>}\htmlrtf \par
}\htmlrtf0 
{\*\htmltag72 </p>}
{\*\htmltag64 <p class=MsoNormal>}\htmlrtf {\htmlrtf0 \f4\fs22 Med v\'e4nlig h\'e4lsning
{\*\htmltag116 <br>}\htmlrtf \line
\htmlrtf0 Anna Berg synlig534
{\*\htmltag116 <br>}\htmlrtf \line
\htmlrtf0 Kommunledningskontoret
{\*\htmltag244 <o:p>}
{\*\htmltag252 </o:p>}\htmlrtf \par
}\htmlrtf0 
{\*\htmltag72 </p>}
{\*\htmltag104 </div>}\htmlrtf }\htmlrtf0 
{\*\htmltag58 </body>}\htmlrtf }\htmlrtf0 
{\*\htmltag27 </html>}}
"""


def rtf(out: Path):
    (out / "wordpad13.rtf").write_bytes(WORDPAD.replace("\n", "\r\n").encode("cp1252") + b"\x00")
    EXPECT.add("wordpad13.rtf", [f"synlig{i}" for i in range(520, 529)], [],
               ["deltagare anna berg per ek och åsa lindström synlig521", "föreningen söker bidrag synlig522",
                "1 kassören redovisar synlig524", "2 styrelsen väljs om synlig525", "kostnad 1 200 kr synlig527",
                "tillsammans går vi mer synlig528"])
    EXPECT["wordpad13.rtf"]["exakt"] = ["god 😀 synlig526", "“Tillsammans går vi mer” synlig528"]
    (out / "epost13.rtf").write_bytes(EPOST.replace("\n", "\r\n").encode("cp1252"))
    EXPECT.add("epost13.rtf", [f"synlig{i}" for i in range(530, 535)], ["osynlig530", "osynlig531"],
               ["hej per synlig530", "se ekby se protokoll synlig532 för bilagorna",
                "beslutet justeras den 15 december synlig533", "med vänlig hälsning anna berg synlig534 kommunledningskontoret"])


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for f in (mall, smartart, google, granskad, liggande, html, rtf):
        f(out)
    EXPECT.write(out / "expect13-docx.json")
