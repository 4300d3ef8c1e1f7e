"""A .docx written with python-docx plus the WordprocessingML that Word itself writes for
what editing and layout leave, for the second blind Word-file set. Usage:

    python3 pydocx2.py OUT_DIR FINAL_DIR

OUT_DIR gets pydocx-andring.docx: tracked insertion, deletion and a move (w:moveFrom /
w:moveTo), a comment, hidden text (w:vanish), a DrawingML text box inside
mc:AlternateContent with its VML fallback (the same text twice in the file, once on the
page), a TOC field with its result, PAGE fields, footnotes and endnotes, soft hyphens
(w:softHyphen and U+00AD) and non-breaking hyphens (w:noBreakHyphen), a continuous section
in two columns, a nested table and a last section with another header. FINAL_DIR gets the
same document as a reader sees it (changes accepted, comment and hidden text removed): its
LibreOffice PDF is the truth.
"""
import sys
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "blind"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import docx_parts  # noqa: E402
from texts import paragraph, sentence  # noqa: E402

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS = (W + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
      ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
      ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
      ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
      ' xmlns:v="urn:schemas-microsoft-com:vml"')

DELETED = "nedläggningen av filialen i Ängsby"
HIDDEN = "Internt utkast: siffrorna stäms av med ekonomienheten."
COMMENT = "Kontrollera beloppet med controllern före utskick."
MOVED = "Beslutet gäller från och med den första juli."


def runs(par, xml: str):
    """Append the elements of `xml` (runs, w:ins, w:del, w:moveFrom, w:moveTo) to `par`."""
    for el in list(parse_xml(f"<w:wrap {NS}>{xml}</w:wrap>")):
        par._p.append(el)


def field(par, instr: str, shown: str):
    for x in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r><w:t>{shown}</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        runs(par, x)


def textbox(text: str) -> str:
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Textruta 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="900000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="Textruta1" type="#_x0000_t202" '
        'style="position:absolute;margin-left:283pt;margin-top:0;width:157pt;height:71pt;z-index:2">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def build(out: Path, final: bool):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = "Samhällsbyggnadsförvaltningen Dnr SBN 2024/52"
    fp = sec.footer.paragraphs[0]
    fp.add_run("Sida ")
    field(fp, "PAGE", "1")
    d.add_heading("Tjänsteskrivelse om ny detaljplan för Strandängen", 1)
    chapters = ["Sammanfattning", "Bakgrund", "Planförslaget", "Ekonomi", "Förslag till beslut"]
    p = d.add_paragraph()
    field(p, 'TOC \\o "1-2" \\h \\z \\u', "Innehåll")
    for i, c in enumerate(chapters, 1):
        d.add_paragraph(f"{i} {c}\t{1 + i // 3}")
    runs(d.add_paragraph(), '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    n = 0
    for k, ch in enumerate(chapters, 1):
        d.add_heading(f"{k} {ch}", 2)
        for _ in range(3):
            d.add_paragraph(paragraph(2100 + n))
            n += 1
        if k == 1:
            p = d.add_paragraph("Förvaltningen föreslår ")
            if final:
                p.add_run("att planen antas")
            else:
                runs(p, f'<w:del w:id="11" w:author="Planarkitekt" w:date="2024-04-02T10:00:00Z">'
                        f'<w:r><w:delText>{DELETED} och </w:delText></w:r></w:del>'
                        '<w:ins w:id="12" w:author="Planarkitekt" w:date="2024-04-02T10:00:00Z">'
                        '<w:r><w:t>att planen antas</w:t></w:r></w:ins>')
            p.add_run(" i sin helhet.")
            if not final:
                d.add_comment(p.runs[-1], text=COMMENT, author="Ekonom")
                runs(p, f'<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> {HIDDEN}</w:t></w:r>')
            p = d.add_paragraph()
            runs(p, '<w:r><w:t>Den nya plan</w:t></w:r><w:r><w:softHyphen/></w:r><w:r><w:t>beskrivningen och '
                    'e</w:t></w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:t>tjänsten för bygg\u00adlov '
                    'finns på kommunens webbplats.</w:t></w:r>')
            if not final:
                p = d.add_paragraph()
                runs(p, '<w:moveFrom w:id="21" w:author="Planarkitekt" w:date="2024-04-02T10:05:00Z">'
                        f'<w:r><w:t>{MOVED}</w:t></w:r></w:moveFrom>')
        if k == 2:
            p = d.add_paragraph("Området ligger vid ån")
            runs(p, '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
                    '<w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> och omfattar fyra kvarter</w:t></w:r>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'
                    '<w:r><w:t>.</w:t></w:r>')
            p = d.add_paragraph("Planområdet visas i rutan bredvid.")
            runs(p, textbox("Faktaruta: planen ger plats för 140 bostäder och en förskola."))
        if k == 3:
            # A continuous section break ends the one-column part; the next ends the two columns.
            p = d.add_paragraph(paragraph(2200))
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:sectPr {W}><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1417" w:bottom="1440" w:left="1417" w:header="708" '
                'w:footer="708" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>'))
            for j in range(3):
                d.add_paragraph(paragraph(2210 + j))
            p = d.add_paragraph(paragraph(2213))
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:sectPr {W}><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1417" w:bottom="1440" w:left="1417" w:header="708" '
                'w:footer="708" w:gutter="0"/><w:cols w:num="2" w:space="454"/></w:sectPr>'))
        if k == 4:
            t = d.add_table(rows=3, cols=2)
            t.style = "Table Grid"
            t.cell(0, 0).text, t.cell(0, 1).text = "Post", "Belopp"
            t.cell(1, 0).text = "Exploatering av Strandängen"
            inner = t.cell(1, 1).add_table(rows=2, cols=2)
            inner.cell(0, 0).text, inner.cell(0, 1).text = "Gator", "12 mnkr"
            inner.cell(1, 0).text, inner.cell(1, 1).text = "Parker", "4 mnkr"
            t.cell(2, 0).text, t.cell(2, 1).text = "Intäkter från tomtförsäljning", "19 mnkr"
        if k == 5:
            p = d.add_paragraph()
            if final:
                p.add_run(MOVED)
            else:
                runs(p, '<w:moveTo w:id="22" w:author="Planarkitekt" w:date="2024-04-02T10:05:00Z">'
                        f'<w:r><w:t>{MOVED}</w:t></w:r></w:moveTo>')
    new = d.add_section()
    new.header.is_linked_to_previous = False
    new.header.paragraphs[0].text = "Bilaga 1 – Samrådsredogörelse"
    d.add_heading("Bilaga 1: Samrådsredogörelse", 1)
    for j in range(4):
        d.add_paragraph(paragraph(2300 + j))
    path = out / "pydocx-andring.docx"
    d.save(path)
    notes(path)


NOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:{kind}s {W}><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>
<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>
<w:{kind} w:id="1"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>
<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}></w:{kind}s>"""


def notes(path: Path):
    """Add footnotes.xml and endnotes.xml (python-docx writes neither)."""
    parts = docx_parts.read(path)
    parts["word/footnotes.xml"] = NOTES.format(kind="footnote", W=W, style="FootnoteText",
                                               text="Strandängen är riksintresse för friluftslivet.").encode()
    parts["word/endnotes.xml"] = NOTES.format(kind="endnote", W=W, style="EndnoteText",
                                              text="Kvarteren numreras från norr enligt plankartan.").encode()
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>",
                    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>",
                        '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                        'relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdEn1" '
                        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" '
                        'Target="endnotes.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    docx_parts.write(path, parts)


if __name__ == "__main__":
    build(Path(sys.argv[1]), False)
    build(Path(sys.argv[2]), True)
