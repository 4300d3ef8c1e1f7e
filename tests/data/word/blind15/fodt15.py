"""Flat ODF sources of the fifteenth blind set (tests/data/word/blind15), which make.sh has
LibreOffice save as .odt/.docx/.doc/.rtf. Usage: python3 fodt15.py OUT_DIR (also writes
expect15-fodt.json). Markers as in blind9-14 (`synligN` read once, `osynligN` never, `fraser`
phrases in order). Shapes no earlier round had:

- flode15.fodt: a report whose first page has a header and footer of its own
  (style:header-first/footer-first, the later pages another), Heading 1 set "page break before"
  (fo:break-before="page" in the style, not in the paragraph), headings kept with the next
  paragraph, body text with widow and orphan control of 3 lines, a 55-row table over pages whose
  first row repeats (table:table-header-rows), and a numbered list interrupted by a table and
  continued after it (text:continue-list), then a second list restarting at 1.
- spalt15.fodt: a two-column section (style:columns) in which a paragraph starts a new column
  (fo:break-before="column"), a frame anchored to a paragraph holding an image and its caption
  (Figur 1 with text:sequence), a hidden paragraph (text:display="none" style), and a last page
  set "page break before" by the paragraph's own automatic style.
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, fodt, main, odf_styles, oh, op, page_layout, paragraph  # noqa: E402

EXPECT = Expect()
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

STYLES = odf_styles(body=' fo:widows="3" fo:orphans="3"',
                    h1='<style:paragraph-properties fo:break-before="page"/>') + """
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="24pt"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Text_20_body"/>
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>"""


AUTO = ('<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="TabW" style:family="table"><style:table-properties style:width="16cm" '
        'table:align="margins"/></style:style>')
PAGE_NO = 'Sida <text:page-number text:select-page="current">1</text:page-number>'


def cell(markup):
    return f'<table:table-cell table:style-name="Cell" office:value-type="string">{markup}</table:table-cell>'


def tc(text, style="Table_20_Contents"):
    return op(escape(text), style)


def table(name, head, rows, ncols):
    cols = f'<table:table-column table:number-columns-repeated="{ncols}"/>'
    h = ("<table:table-header-rows><table:table-row>" + "".join(cell(tc(c, "Table_20_Heading")) for c in head)
         + "</table:table-row></table:table-header-rows>") if head else ""
    body = "".join("<table:table-row>" + "".join(cell(tc(c)) for c in row) + "</table:table-row>\n" for row in rows)
    return f'<table:table table:name="{name}" table:style-name="TabW">{cols}{h}{body}</table:table>\n'


def item(text):
    return f"<text:list-item>{op(escape(text), 'List_20_Paragraph')}</text:list-item>"


def flode(out: Path):
    seen, unseen, phrases = [], [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
              '<style:header>' + op("Ekby kommun · Årsrapport folkhälsa", "Header") + '</style:header>'
              '<style:header-first>' + op("EKBY KOMMUN<text:tab/>Socialförvaltningen", "Header") + '</style:header-first>'
              '<style:footer>' + op(PAGE_NO, "Footer") + '</style:footer>'
              '<style:footer-first>' + op("Postadress 123 45 Ekby · Telefon 0123-456 00", "Footer")
              + '</style:footer-first></style:master-page>')
    b = [op("Årsrapport folkhälsa 2025 synlig700", "Title")]
    seen.append("synlig700")
    b.append(op(escape(paragraph(25000, 5))))
    b.append(op("Rapporten beslutades av nämnden 2026-02-12 synlig701."))
    seen.append("synlig701")
    phrases.append("rapporten beslutades av nämnden 2026 02 12 synlig701")
    b.append(oh("Inledning synlig702", 1))
    seen.append("synlig702")
    for k in range(3):
        b.append(op(escape(paragraph(25010 + k, 5))))
    b.append(oh("Mål och åtgärder synlig703", 1))
    seen.append("synlig703")
    b.append(op(escape(paragraph(25020, 3))))
    b.append('<text:list xml:id="list1" text:style-name="Numbering_20_123">'
             + item("Öka andelen elever med godkända betyg synlig704")
             + item("Minska antalet hushåll med långvarigt försörjningsstöd synlig705") + "</text:list>\n")
    seen += ["synlig704", "synlig705"]
    b.append(table("Mal", ["Mål", "Utfall 2024", "Utfall 2025"],
                   [["Godkända betyg", "81 %", "83 % synlig706"], ["Försörjningsstöd", "412", "398"]], 3))
    seen.append("synlig706")
    b.append('<text:list text:continue-list="list1" text:style-name="Numbering_20_123">'
             + item("Fler unga i arbete eller studier synlig707")
             + item("Bättre psykisk hälsa bland äldre synlig708") + "</text:list>\n")
    seen += ["synlig707", "synlig708"]
    phrases += ["3 fler unga i arbete eller studier synlig707", "4 bättre psykisk hälsa bland äldre synlig708"]
    b.append(op(escape(paragraph(25030, 4))))
    b.append('<text:list text:style-name="Numbering_20_123">'
             + item("Ny lista börjar om synlig709") + item("Andra punkten synlig710") + "</text:list>\n")
    seen += ["synlig709", "synlig710"]
    phrases += ["1 ny lista börjar om synlig709", "2 andra punkten synlig710"]
    b.append(oh("Insatser per område synlig711", 1))
    seen.append("synlig711")
    b.append(op(escape(paragraph(25040, 3))))
    rows = []
    for i in range(1, 56):
        rows.append([str(i), f"Område {['Norrby', 'Söderå', 'Västerby', 'Österå'][i % 4]} insats {i}",
                     ["BUN", "SN", "KFN", "TN"][i % 4], paragraph(25100 + i, 1)[:70]])
    rows[27][1] += " synlig712"
    rows[54][1] += " synlig713"
    seen += ["synlig712", "synlig713"]
    b.append(table("Insatser", ["Nr", "Insats", "Nämnd", "Kommentar synlig714"], rows, 4))
    seen.append("synlig714")
    for k in range(2):
        b.append(oh(f"Avsnitt {k + 1} synlig{715 + k}", 2))
        seen.append(f"synlig{715 + k}")
        b.append(op(escape(paragraph(25200 + k, 6))))
    b.append(oh("Slutsatser synlig717", 1))
    seen.append("synlig717")
    for k in range(4):
        b.append(op(escape(paragraph(25300 + k, 5))))
    b.append(op("Rapporten slutar här synlig718."))
    seen.append("synlig718")
    auto = page_layout("pm1") + AUTO
    doc = fodt([("Liberation Serif", "roman"), ("Liberation Sans", "swiss")], STYLES, auto, master, "".join(b))
    (out / "flode15.fodt").write_text(doc, encoding="utf-8")
    EXPECT.add("flode15.fodt", seen, unseen, phrases)


def spalt(out: Path):
    seen, unseen, phrases = [], [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
              + op(PAGE_NO, "Footer") + '</style:footer></style:master-page>')
    auto = (page_layout("pm1") + AUTO
            + '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
            '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>'
            '<style:style style:name="PCol" style:family="paragraph" style:parent-style-name="Text_20_body">'
            '<style:paragraph-properties fo:break-before="column"/></style:style>'
            '<style:style style:name="PPage" style:family="paragraph" style:parent-style-name="Heading_20_2">'
            '<style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="Hid" style:family="paragraph" style:parent-style-name="Text_20_body">'
            '<style:text-properties text:display="none"/></style:style>'
            '<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>'
            '<style:style style:name="frG" style:family="graphic"><style:graphic-properties style:wrap="none" '
            'style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" '
            'style:horizontal-rel="paragraph" fo:padding="0cm" fo:border="none"/></style:style>')
    b = ['<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
         '</text:sequence-decls>', oh("Informationsblad om hemtjänst synlig720", 2)]
    seen.append("synlig720")
    b.append(op(escape(paragraph(26000, 4))))
    b.append('<text:section text:style-name="Sect2" text:name="Spalter">')
    for k in range(3):
        b.append(op(escape(paragraph(26010 + k, 3))))
    b.append(op("Vänster spalt slutar tidigt synlig721."))
    b.append(op("Höger spalt börjar med en spaltbrytning synlig722. " + escape(paragraph(26020, 3)), "PCol"))
    seen += ["synlig721", "synlig722"]
    for k in range(2):
        b.append(op(escape(paragraph(26030 + k, 3))))
    b.append("</text:section>")
    fig = (f'<draw:frame draw:style-name="frG" draw:name="Bild1" text:anchor-type="as-char" svg:width="7cm" svg:height="4cm" '
           f'draw:z-index="1"><draw:image><office:binary-data>{PNG}</office:binary-data></draw:image>'
           '<svg:title>osynlig720 foto</svg:title></draw:frame>')
    cap = op(fig + '<text:line-break/>Figur <text:sequence text:ref-name="refIllustration0" text:name="Illustration" '
             'text:formula="ooow:Illustration+1" style:num-format="1">1</text:sequence>: Hemtjänstens områden synlig723',
             "Caption")
    b.append(op('<draw:frame draw:style-name="frG" draw:name="Ram1" text:anchor-type="paragraph" svg:width="7.4cm" '
                f'svg:height="5.2cm" draw:z-index="0"><draw:text-box>{cap}</draw:text-box></draw:frame>'
                + escape(paragraph(26040, 4))))
    seen.append("synlig723")
    unseen.append("osynlig720")
    phrases.append("figur hemtjänstens områden synlig723")  # LibreOffice shows the sequence empty
    b.append(op("Dolt stycke för handläggaren osynlig721.", "Hid"))
    b.append(op('Avgiften är 2 350 kronor <text:span text:style-name="T1">osynlig722 </text:span>per månad synlig724.'))
    unseen += ["osynlig721", "osynlig722"]
    seen.append("synlig724")
    phrases.append("avgiften är 2 350 kronor per månad synlig724")
    for k in range(3):
        b.append(op(escape(paragraph(26050 + k, 4))))
    b.append('<text:h text:style-name="PPage" text:outline-level="2">Kontakt synlig725</text:h>\n')
    seen.append("synlig725")
    b.append(op(escape(paragraph(26060, 3))))
    b.append(op("Ring 0123-456 00 synlig726."))
    seen.append("synlig726")
    doc = fodt([("Liberation Serif", "roman"), ("Liberation Sans", "swiss")], STYLES, auto, master, "".join(b))
    (out / "spalt15.fodt").write_text(doc, encoding="utf-8")
    EXPECT.add("spalt15.fodt", seen, unseen, phrases)


if __name__ == "__main__":
    main(EXPECT, "expect15-fodt.json", flode, spalt)
