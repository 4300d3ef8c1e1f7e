"""A .docx written with python-docx plus WordprocessingML that Word writes and the first two
blind sets did not try, for the third blind Word-file set (tests/data/word/blind3). Usage:

    python3 pydocx3.py OUT_DIR

OUT_DIR gets pydocx-ks.docx and pydocx-ks.truth.json (what a reader sees, written here from
the same strings, never from a reader):
- headings numbered by a multilevel list linked to the heading styles (the number is in
  numbering.xml only, "1", "1.1"), a legal-style list (level 0 "I.", levels 1–2 w:isLgl:
  "1.1", "1.1.1" under "I."), a list restarted per chapter by a new w:num with
  w:startOverride on its first item while the next items keep the style's list, and a list
  that starts at 5 by an override;
- content controls (w:sdt) at block, run and table-cell level, a checkbox control's glyph;
- fields: a TOC whose entries are hyperlinks with nested PAGEREF fields, REF to a bookmark
  (w:fldChar) and w:fldSimple, PAGE and NUMPAGES in the footer;
- a VML-only text box, two footnotes and two endnotes, a comment (range and reference), a
  smart tag and custom XML around runs;
- a nested table, a table with vertical merges (w:vMerge) and a gridSpan;
- headers and footers with a different first page (w:titlePg) and even pages
  (w:evenAndOddHeaders); sections of three page sizes (A4 portrait, A4 landscape, A5), a
  page break in a run and a "page break before" paragraph.
"""
import json
import sys
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blind"))
sys.path.insert(0, str(HERE.parent))
import docx_parts  # noqa: E402
from texts import paragraph  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:v="urn:schemas-microsoft-com:vml"'
      ' xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')

COMMENT = "Stäm av formuleringen med kommunjuristen."
HEADER_FIRST = "KOMMUNSTYRELSEN Ekby kommun"
HEADER = "Tjänsteskrivelse Handlingsplan för trygghet"
HEADER_EVEN = "Ekby kommun jämn sida"

# The reader's text, in order (a list of blocks), and list labels with their item's text.
truth_blocks: list[str] = []
labels: list[list[str]] = []


def xml(par, s: str):
    for el in list(parse_xml(f"<w:wrap {NS}>{s}</w:wrap>")):
        par._p.append(el)


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr and f"<w:rPr>{rpr}</w:rPr>"}<w:t xml:space="preserve">{text}</w:t></w:r>'


def fld(instr: str, shown: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def para(d, text: str, style=None, keep=True):
    p = d.add_paragraph(text, style=style)
    if keep:
        truth_blocks.append(text)
    return p


def numbered(d, text: str, num: int, ilvl: int, label: str, style=None):
    p = d.add_paragraph(text, style=style)
    if num:
        p._p.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))
    truth_blocks.append(f"{label} {text}")
    labels.append([label, text])
    return p


def abstract(aid: int, levels: list[tuple[str, str, bool, str]]) -> str:
    """levels: (numFmt, lvlText, isLgl, pStyle)"""
    out = f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:multiLevelType w:val="multilevel"/>'
    for i, (fmt, text, legal, pstyle) in enumerate(levels):
        out += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                + (f'<w:pStyle w:val="{pstyle}"/>' if pstyle else "")
                + ('<w:isLgl/>' if legal else "")
                + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>')
    return out + "</w:abstractNum>"


def num(nid: int, aid: int, start: dict[int, int] | None = None) -> str:
    out = f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
    for lvl, s in (start or {}).items():
        out += f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{s}"/></w:lvlOverride>'
    return out + "</w:num>"


def numbering(d):
    """Lists 101–105 on abstract lists 91–94 (ids far from python-docx's own)."""
    el = d.part.numbering_part.element
    first_num = el.find(qn("w:num"))
    for a in (abstract(91, [("decimal", "%1", False, "Heading1"), ("decimal", "%1.%2", False, "Heading2")]),
              abstract(92, [("upperRoman", "%1.", False, ""), ("decimal", "%1.%2", True, ""),
                            ("decimal", "%1.%2.%3", True, "")]),
              abstract(93, [("decimal", "%1.", False, "")]),
              abstract(94, [("lowerLetter", "%1)", False, "")])):
        first_num.addprevious(parse_xml(a))
    for n in (num(101, 91), num(102, 92), num(103, 93), num(104, 93, {0: 1}), num(105, 93, {0: 1}),
              num(106, 94, {0: 5})):
        el.append(parse_xml(n))
    # Heading 1 and 2 carry the chapter list in their style, as Word's "linked to heading
    # styles" multilevel lists do.
    for sid, lvl in (("Heading1", 0), ("Heading2", 1)):
        st = d.styles[{"Heading1": "Heading 1", "Heading2": "Heading 2"}[sid]].element
        st.get_or_add_pPr().insert(0, parse_xml(
            f'<w:numPr {W}><w:ilvl w:val="{lvl}"/><w:numId w:val="101"/></w:numPr>'))


def heading(d, text: str, level: int, label: str):
    d.add_heading(text, level)
    truth_blocks.append(f"{label} {text}")
    labels.append([label, text])


def build(out: Path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    numbering(d)
    s1 = d.sections[0]
    s1.page_width, s1.page_height = Cm(21), Cm(29.7)
    s1.left_margin = s1.right_margin = Cm(2.5)
    s1.different_first_page_header_footer = True
    d.settings.odd_and_even_pages_header_footer = True
    s1.first_page_header.paragraphs[0].text = HEADER_FIRST
    s1.header.paragraphs[0].text = HEADER
    s1.even_page_header.paragraphs[0].text = HEADER_EVEN
    fp = s1.footer.paragraphs[0]
    fp.add_run("Sida ")
    xml(fp, fld("PAGE", "2") + r(" av ") + fld("NUMPAGES", "6"))

    t = "Handlingsplan för trygghet i Västra Ekby"
    d.add_heading(t, 0)
    truth_blocks.append(t)
    # A block-level content control (Word's document-property control) and one in a run.
    body = d.element.body
    sdt = parse_xml(
        f'<w:sdt {NS}><w:sdtPr><w:alias w:val="Diarienummer"/><w:tag w:val="dnr"/><w:id w:val="1001"/>'
        '</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Diarienummer: KS 2025/118</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>')
    body.insert(len(body) - 1, sdt)
    truth_blocks.append("Diarienummer: KS 2025/118")
    p = d.add_paragraph("Handläggare: ")
    xml(p, '<w:sdt><w:sdtPr><w:alias w:val="Handläggare"/><w:id w:val="1002"/></w:sdtPr>'
           f'<w:sdtContent>{r("Karin Lindqvist")}</w:sdtContent></w:sdt>' + r(", säkerhetssamordnare"))
    truth_blocks.append("Handläggare: Karin Lindqvist, säkerhetssamordnare")
    p = d.add_paragraph()
    xml(p, '<w:sdt><w:sdtPr><w:id w:val="1003"/><w14:checkbox><w14:checked w14:val="1"/></w14:checkbox>'
           f'</w:sdtPr><w:sdtContent>{r("☒")}</w:sdtContent></w:sdt>' + r(" Ärendet har samråtts med polisen"))
    truth_blocks.append("☒ Ärendet har samråtts med polisen")

    # The table of contents: Word's own shape (hyperlinks, nested PAGEREF fields).
    p = d.add_paragraph("Innehåll")
    truth_blocks.append("Innehåll")
    toc = [("1", "Bakgrund", 1), ("1.1", "Uppdraget", 1), ("2", "Åtgärder", 2), ("3", "Uppföljning", 4),
           ("Bilaga", "Kostnader", 5)]
    for i, (n, title, page) in enumerate(toc):
        p = d.add_paragraph()
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
                 ' TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 if i == 0 else "")
        xml(p, begin + f'<w:hyperlink w:anchor="_Toc{9000 + i}" w:history="1">'
                       f'{r(n)}<w:r><w:tab/></w:r>{r(title)}<w:r><w:tab/></w:r>'
                       + fld(f"PAGEREF _Toc{9000 + i} " + "\\h", str(page)) + '</w:hyperlink>'
               + ('<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(toc) - 1 else ""))
        truth_blocks.append(f"{n} {title} {page}")

    d.add_page_break()
    heading(d, "Bakgrund", 1, "1")
    para(d, paragraph(3100))
    p = d.add_paragraph("Ekby kommun ")
    xml(p, '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
           f'{r("Västra Ekby")}</w:smartTag>' + r(" har haft")
           + '<w:customXml w:element="antal">' + r(" fler anmälda brott") + '</w:customXml>'
           + r(" än jämförbara områden")
           + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
           + r(", se avsnitt ") + fld("REF _Ref501 \\r \\h", "1.1") + r("."))
    truth_blocks.append("Ekby kommun Västra Ekby har haft fler anmälda brott än jämförbara områden 1, se avsnitt 1.1.")
    heading(d, "", 2, "1.1")
    labels.pop()
    truth_blocks[-1] = "1.1 Uppdraget"
    labels.append(["1.1", "Uppdraget"])
    xml(d.paragraphs[-1], '<w:bookmarkStart w:id="501" w:name="_Ref501"/>' + r("Uppdraget") + '<w:bookmarkEnd w:id="501"/>')
    p = d.add_paragraph()
    xml(p, r("Kommunfullmäktige gav uppdraget") + '<w:commentRangeStart w:id="0"/>'
           + r(" i mars 2024 att ta fram en plan") + '<w:commentRangeEnd w:id="0"/>')
    d.add_comment(p.runs[-1] if p.runs else p.add_run(""), text=COMMENT, author="Jurist")
    xml(p, r(" för ") + '<w:fldSimple w:instr=" REF _Ref502 \\h "><w:r><w:t>de tre målen</w:t></w:r></w:fldSimple>' + r("."))
    truth_blocks.append("Kommunfullmäktige gav uppdraget i mars 2024 att ta fram en plan för de tre målen.")
    para(d, paragraph(3110))
    p = d.add_paragraph("Planen bygger på medborgardialogen.")
    xml(p, '<w:r><w:pict><v:shape id="Ruta1" type="#_x0000_t202" style="position:absolute;'
           'margin-left:300pt;margin-top:0;width:150pt;height:60pt;z-index:1"><v:textbox><w:txbxContent>'
           '<w:p><w:r><w:t>Dialogen samlade 412 svar från boende.</w:t></w:r></w:p></w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>')
    truth_blocks.append("Planen bygger på medborgardialogen. Dialogen samlade 412 svar från boende.")

    # Legal-style list (roman first level, decimal below).
    p = para(d, "Målen i planen:")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:pageBreakBefore {W}/>'))
    numbered(d, "Minska otryggheten i centrum", 102, 0, "I.")
    numbered(d, "Bättre belysning längs gång- och cykelvägar", 102, 1, "1.1")
    numbered(d, "Tunnlar och gångbroar ses över", 102, 2, "1.1.1")
    numbered(d, "Parkerna rustas", 102, 2, "1.1.2")
    numbered(d, "Fler vuxna ute på kvällarna", 102, 1, "1.2")
    numbered(d, "Förebygga brott bland unga", 102, 0, "II.")
    numbered(d, "Fritidsgårdarna håller öppet längre", 102, 1, "2.1")
    numbered(d, "Stärka samverkan med polisen", 102, 0, "III.")

    d.add_page_break()
    heading(d, "Åtgärder", 1, "2")
    para(d, paragraph(3120))
    # Per chapter a list that restarts: a new num with startOverride on its first item, the
    # next items keep the style's list (List Number → numId 103 here).
    ln = d.styles["List Number"].element
    ppr = ln.get_or_add_pPr()
    for old in ppr.findall(qn("w:numPr")):
        ppr.remove(old)
    ppr.insert(0, parse_xml(f'<w:numPr {W}><w:numId w:val="103"/></w:numPr>'))
    para(d, "Åtgärder för centrum:")
    numbered(d, "Byt armaturer på torget", 0, 0, "1.", style="List Number")
    numbered(d, "Kameraövervakning vid resecentrum", 0, 0, "2.", style="List Number")
    para(d, "Åtgärder för skolorna:")
    numbered(d, "Nattvandring varje helg", 104, 0, "1.", style="List Number")
    numbered(d, "Läxhjälp på biblioteket", 0, 0, "2.", style="List Number")
    numbered(d, "Sommarjobb för alla sökande", 0, 0, "3.", style="List Number")
    para(d, "Åtgärder för fritiden:")
    numbered(d, "Öppen hall på fredagar", 105, 0, "1.", style="List Number")
    numbered(d, "Fler spontanidrottsplatser", 0, 0, "2.", style="List Number")
    para(d, "Övriga förslag, numrerade från förra planen:")
    numbered(d, "Trygghetsvandringar med boende", 106, 0, "e)")
    numbered(d, "Klottersanering inom ett dygn", 106, 0, "f)")

    # A table with a nested table, vertical merges and a span; a content control in a cell.
    para(d, "Tabell 1. Ansvar och tidsplan")
    tb = d.add_table(rows=4, cols=3)
    tb.style = "Table Grid"
    for j, h in enumerate(["Åtgärd", "Ansvar", "Klart"]):
        tb.cell(0, j).text = h
    tb.cell(1, 0).text = "Belysning"
    tb.cell(1, 1).text = "Tekniska nämnden"
    tb.cell(1, 0).merge(tb.cell(2, 0))
    tb.cell(2, 1).text = "Fastighetsbolaget"
    tb.cell(1, 2).text = "2025"
    tb.cell(2, 2).text = "2026"
    tb.cell(3, 0).merge(tb.cell(3, 1))
    tb.cell(3, 0).text = "Fritid och skola"
    inner = tb.cell(3, 2).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Höst", "7 tkr"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "Vår", "9 tkr"
    cp = tb.cell(2, 2).paragraphs[0]
    xml(cp, '<w:sdt><w:sdtPr><w:id w:val="1004"/><w:date w:fullDate="2026-06-30T00:00:00Z">'
            '<w:dateFormat w:val="yyyy-MM-dd"/></w:date></w:sdtPr><w:sdtContent>'
            f'{r(" senast 2026-06-30")}</w:sdtContent></w:sdt>')
    truth_blocks.extend(["Åtgärd Ansvar Klart", "Belysning Tekniska nämnden 2025",
                     "Fastighetsbolaget 2026 senast 2026-06-30", "Fritid och skola Höst 7 tkr Vår 9 tkr"])

    # Section 2: A4 landscape.
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Cm(29.7), Cm(21)
    heading(d, "Uppföljning", 1, "3")
    para(d, paragraph(3130))
    p = d.add_paragraph("Uppföljningen redovisas årligen")
    xml(p, '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'
           + r(" till kommunstyrelsen och ")
           + '<w:bookmarkStart w:id="502" w:name="_Ref502"/>' + r("de tre målen") + '<w:bookmarkEnd w:id="502"/>'
           + r(" mäts med trygghetsmätningen")
           + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>'
           + r("."))
    truth_blocks.append("Uppföljningen redovisas årligen i till kommunstyrelsen och de tre målen mäts med trygghetsmätningen 2.")
    p = para(d, paragraph(3131))
    p.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    para(d, paragraph(3132))

    # Section 3: A5 portrait, its own header.
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Cm(14.8), Cm(21)
    s3.left_margin = s3.right_margin = Cm(1.5)
    s3.header.is_linked_to_previous = False
    s3.header.paragraphs[0].text = "Bilagor till tjänsteskrivelsen"
    t = "Bilaga: Kostnader"
    d.add_heading(t, 1)
    truth_blocks.append(t)  # numbered by the style's list too, unless taken off below
    d.paragraphs[-1]._p.get_or_add_pPr().insert(0, parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
    p = d.add_paragraph("Kostnaden beräknas till 2,4 mnkr")
    xml(p, '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="2"/></w:r>' + r("."))
    truth_blocks.append("Kostnaden beräknas till 2,4 mnkr ii.")
    para(d, paragraph(3140, 2))

    path = out / "pydocx-ks.docx"
    d.save(path)
    notes(path)
    truth_blocks.extend(["1 Statistik från polisens öppna data 2023.",
                         "2 Trygghetsmätningen görs vartannat år.",
                         "i Första rapporten lämnas i mars 2026.",
                         "ii Inom ram för kommunstyrelsen."])
    json.dump({"file": path.name, "text": "\n".join(truth_blocks), "labels": labels,
               "absent": [COMMENT, HEADER_FIRST, HEADER, HEADER_EVEN, "Bilagor till tjänsteskrivelsen"],
               # text in content controls, the text box, a merged cell's control, the notes
               "present": ["Diarienummer: KS 2025/118", "Handläggare: Karin Lindqvist",
                           "Dialogen samlade 412 svar från boende", "2026 senast 2026-06-30",
                           "Statistik från polisens öppna data 2023", "Inom ram för kommunstyrelsen"]},
              open(out / "pydocx-ks.source.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)


NOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:{kind}s {W}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>
<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>
{body}</w:{kind}s>"""
NOTE = """<w:{kind} w:id="{id}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>
<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>"""


def notes(path: Path):
    """footnotes.xml and endnotes.xml (python-docx writes neither); endnotes in lower roman."""
    parts = docx_parts.read(path)
    for kind, style, texts in (("footnote", "FootnoteText", ["Statistik från polisens öppna data 2023.",
                                                              "Trygghetsmätningen görs vartannat år."]),
                               ("endnote", "EndnoteText", ["Första rapporten lämnas i mars 2026.",
                                                           "Inom ram för kommunstyrelsen."])):
        body = "".join(NOTE.format(kind=kind, id=i + 1, style=style, text=t) for i, t in enumerate(texts))
        parts[f"word/{kind}s.xml"] = NOTES.format(kind=kind, W=W, body=body).encode()
    ct = parts["[Content_Types].xml"].decode().replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()
    rels = parts["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>",
        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdEn1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" '
        'Target="endnotes.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    settings = parts["word/settings.xml"].decode().replace(
        "</w:settings>", '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
        '<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
        '</w:settings>')
    parts["word/settings.xml"] = settings.encode()
    docx_parts.write(path, parts)


if __name__ == "__main__":
    build(Path(sys.argv[1]))
