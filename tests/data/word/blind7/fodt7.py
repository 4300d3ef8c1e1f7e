"""rapport7.fodt for the seventh blind set: a LibreOffice flat ODF a municipality's report
template would give, which make.sh has LibreOffice save as .odt (with its soft page breaks),
.docx and .doc. Usage: python3 fodt7.py OUT_DIR

It has: headings numbered by the outline (text:outline-style, 1 / 1.1), footnotes and
endnotes (SLUTNOT in every endnote), a frame with a text box beside the text (draw:frame /
draw:text-box), a section of two columns (text:section), a table of 45 rows whose header row
repeats (table:table-header-rows), a page of another master page (landscape) and back, and a
header and footer with page-number fields. Liberation Serif 11 (Times New Roman's twin)."""
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
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.14cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="sv" fo:country="SE"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.21cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="16pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.76cm" fo:text-indent="-0.76cm" fo:margin-left="0.76cm"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.02cm" fo:text-indent="-1.02cm" fo:margin-left="1.02cm"/></style:list-level-properties></text:outline-level-style>
 </text:outline-style>
 <text:notes-configuration text:note-class="footnote" text:citation-style-name="" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmA4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pmLand"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
 <style:style style:name="PLand" style:family="paragraph" style:parent-style-name="Heading_20_2" style:master-page-name="Liggande"/>
 <style:style style:name="PBack" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard"/>
 <style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 <style:style style:name="Tab1" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="TabA" style:family="table-column"><style:table-column-properties style:column-width="1.2cm"/></style:style>
 <style:style style:name="TabB" style:family="table-column"><style:table-column-properties style:column-width="9.3cm"/></style:style>
 <style:style style:name="TabC" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
 <style:style style:name="TabD" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="Fr1" style:family="graphic"><style:graphic-properties style:wrap="parallel" fo:border="0.5pt solid #000000" fo:padding="0.2cm" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmA4">
  <style:header><text:p text:style-name="Standard">Ekby kommun · Årsredovisning 2025 för vatten och avlopp</text:p></style:header>
  <style:footer><text:p text:style-name="Standard">Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Liggande" style:page-layout-name="pmLand"/>
</office:master-styles>
<office:body><office:text>
"""




def note(kind, n, text):
    cls = "footnote" if kind == "fn" else "endnote"
    st = "Footnote" if kind == "fn" else "Endnote"
    return (f'<text:note text:id="{kind}{n}" text:note-class="{cls}"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="{st}">{escape(text)}</text:p></text:note-body></text:note>')


def main(out: Path):
    b = [HEAD]
    b.append(h("Verksamhetsberättelse för VA-verksamheten 2025", 1))
    fn = en = 0
    for ch in range(3):
        b.append(h(["Inledning", "Dricksvatten", "Avloppsrening"][ch], 1))
        for s in range(2):
            b.append(h(" ".join(sentence(4000 + ch * 7 + s).split(" ")[2:6]).capitalize(), 2))
            for i in range(2):
                txt = escape(paragraph(4010 + ch * 20 + s * 4 + i, 3 + (ch + i) % 3))
                if i == 0:
                    fn += 1
                    txt += note("fn", fn, sentence(4100 + fn))
                else:
                    en += 1
                    txt += note("en", en, "SLUTNOT " + sentence(4150 + en))
                if ch == 1 and s == 0 and i == 0:
                    txt = ('<draw:frame draw:style-name="Fr1" draw:name="Faktaruta" text:anchor-type="paragraph" '
                           'svg:width="6cm"><draw:text-box fo:min-height="3cm">'
                           '<text:p text:style-name="Standard">Nyckeltal 2025</text:p>'
                           f'<text:p text:style-name="Standard">{escape(sentence(4200))}</text:p>'
                           '</draw:text-box></draw:frame>') + txt
                b.append(p(txt))
    b.append('<text:section text:style-name="Sect2" text:name="Tvåspalt">\n')
    b.append(h("Frågor och svar", 2))
    for i in range(8):
        b.append(p(f"<text:span>{escape(sentence(4300 + i).split(' ', 1)[1].capitalize()[:-1])}?</text:span> "
                   + escape(paragraph(4310 + i, 2 + i % 3))))
    b.append("</text:section>\n")
    b.append(h("Ledningsnätet per område", 2, "PLand"))
    b.append('<table:table table:name="Ledningsnät" table:style-name="Tab1">'
             '<table:table-column table:style-name="TabA"/><table:table-column table:style-name="TabB"/>'
             '<table:table-column table:style-name="TabC"/><table:table-column table:style-name="TabD"/>\n'
             '<table:table-header-rows><table:table-row>')
    for c in ["Nr", "Åtgärd på ledningsnätet", "Längd (m)", "Område"]:
        b.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">{p(c, "Table_20_Contents")}</table:table-cell>')
    b.append("</table:table-row></table:table-header-rows>\n")
    for i in range(45):
        b.append("<table:table-row>")
        for c in [str(i + 1), escape(sentence(4400 + i)), str(120 + (i * 67) % 900),
                  ["Norra Ekby", "Åsen", "Hamnen", "Björkdalen", "Södra stranden"][i % 5]]:
            b.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">{p(c, "Table_20_Contents")}</table:table-cell>')
        b.append("</table:table-row>\n")
    b.append("</table:table>\n")
    b.append(h("Ekonomi och uppföljning", 1, "PBack"))
    for i in range(5):
        en += 1
        b.append(p(escape(paragraph(4500 + i, 4)) + (note("en", en, "SLUTNOT " + sentence(4550 + i)) if i % 2 else "")))
    b.append("</office:text></office:body></office:document>\n")
    (out / "rapport7.fodt").write_text("".join(b), encoding="utf-8")


def plan_md(out: Path):
    """Markdown for pandoc: numbered sections, footnotes, a long pipe table, a definition list."""
    lines = ["---", "title: Handlingsplan mot buller 2026–2030", "lang: sv-SE", "---", ""]
    n = 0
    for ch in range(5):
        lines += [f"# {['Bakgrund', 'Kartläggning', 'Mål', 'Åtgärder', 'Uppföljning'][ch]}", ""]
        for s in range(2):
            lines += ["## " + " ".join(sentence(4600 + ch * 5 + s).split(" ")[1:4]), ""]
            n += 1
            lines += [paragraph(4610 + ch * 10 + s, 3 + (ch + s) % 3) + f"[^n{n}]", ""]
            lines += [f"[^n{n}]: {sentence(4700 + n)}", ""]
        if ch == 1:
            lines += ["Trafikbuller", ":   " + sentence(4720), "", "Industribuller", ":   " + sentence(4721), ""]
        if ch == 3:
            lines += ["| Nr | Åtgärd | Ansvar | Kostnad (tkr) |", "|--:|:--|:--|--:|"]
            lines += [f"| {k + 1} | {sentence(4730 + k)} | {['Tekniska nämnden', 'Miljönämnden', 'Kommunstyrelsen'][k % 3]}"
                      f" | {150 + 35 * k} |" for k in range(40)] + [""]
    (out / "plan7.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
    plan_md(Path(sys.argv[1]))
