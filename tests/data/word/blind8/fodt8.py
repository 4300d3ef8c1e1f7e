"""spalt8.fodt for the eighth blind set: a LibreOffice flat ODF newsletter-like information
sheet whose whole page layout has two columns (style:columns in the page layout's
properties, 0.7 cm apart, a separator line), which make.sh has LibreOffice save as .odt and
.docx. Usage: python3 fodt8.py OUT_DIR

It has: a title and lead, headings (not numbered), short paragraphs in Liberation Sans 10
(Arial's twin) justified, a 3-column table inside a column, a bulleted list, footnotes, a
column break (fo:break-before="column") and, after it, a page of another master page of one
column (a "Kontakt" page)."""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import oh as h, op as p, paragraph, sentence  # noqa: E402

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="sv" fo:country="SE"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="15pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="11pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="8pt"/></style:style>
 <text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmCols"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2cm" fo:margin-right="2cm">
  <style:columns fo:column-count="2" fo:column-gap="0.7cm"><style:column-sep style:width="0.02cm" style:color="#000000" style:height="100%"/></style:columns></style:page-layout-properties>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pmOne"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
 <style:style style:name="PCol" style:family="paragraph" style:parent-style-name="Heading_20_2"><style:paragraph-properties fo:break-before="column"/></style:style>
 <style:style style:name="POne" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="EnSpalt"/>
 <style:style style:name="Tab1" style:family="table"><style:table-properties style:width="8.15cm" table:align="left"/></style:style>
 <style:style style:name="TabA" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="TabB" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="TabC" style:family="table-column"><style:table-column-properties style:column-width="2.15cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmCols">
  <style:footer><text:p text:style-name="Standard">Ekby kommun informerar · nummer 4 · 2025 · sida <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="EnSpalt" style:page-layout-name="pmOne"/>
</office:master-styles>
<office:body><office:text>
"""




def main(out: Path):
    b = [HEAD, h("Ekby kommun informerar om vintern 2025–2026", 1), p(escape(paragraph(9700, 2)), "Lead")]
    fn = 0
    topics = ["Snöröjning", "Halkbekämpning", "Kollektivtrafik", "Skolskjuts", "Avfallshämtning",
              "Äldreomsorgen", "Krisberedskap", "Fritid och motion", "Bibliotekens öppettider", "Evenemang"]
    for t, topic in enumerate(topics):
        b.append(h(topic, 2, "PCol" if t == 6 else None))
        for i in range(2 + t % 3):
            txt = escape(paragraph(9710 + t * 10 + i, 2 + (t + i) % 3))
            if i == 1 and t % 2 == 0:
                fn += 1
                txt += (f'<text:note text:id="fn{fn}" text:note-class="footnote"><text:note-citation>{fn}</text:note-citation>'
                        f'<text:note-body><text:p text:style-name="Footnote">{escape(sentence(9900 + fn))}</text:p>'
                        '</text:note-body></text:note>')
            b.append(p(txt))
        if t == 2:
            b.append('<table:table table:name="Turer" table:style-name="Tab1"><table:table-column table:style-name="TabA"/>'
                     '<table:table-column table:style-name="TabB"/><table:table-column table:style-name="TabC"/>\n')
            for r in range(12):
                row = (["Linje", "Avgång", "Turer/dag"] if r == 0 else
                       [f"{100 + 7 * r} {['Centrum–Åsen', 'Hamnen–Björkdalen', 'Ekby–Södra stranden'][r % 3]}",
                        f"{5 + r % 4:02}.{(r * 13) % 60:02}", str(4 + (r * 5) % 19)])
                b.append("<table:table-row>" + "".join(
                    f'<table:table-cell table:style-name="Cell" office:value-type="string">{p(escape(c), "Table_20_Contents")}</table:table-cell>'
                    for c in row) + "</table:table-row>\n")
            b.append("</table:table>\n")
        if t == 4:
            b.append('<text:list text:style-name="Bullets">' + "".join(
                f"<text:list-item>{p(escape(sentence(9950 + k)), 'Standard')}</text:list-item>" for k in range(6))
                + "</text:list>\n")
    b.append(h("Kontakt", 1, "POne"))
    for i in range(4):
        b.append(p(escape(paragraph(9980 + i, 3))))
    b.append("</office:text></office:body></office:document>\n")
    (out / "spalt8.fodt").write_text("".join(b), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
