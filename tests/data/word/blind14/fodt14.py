"""Flat ODF sources of the fourteenth blind set (tests/data/word/blind14), which make.sh has
LibreOffice save as .odt/.docx/.doc/.rtf. Usage: python3 fodt14.py OUT_DIR (also writes
expect14-fodt.json). Markers as in blind9-13 (`synligN` read once, `osynligN` never, `fraser`
phrases in order).

- tjanst14.fodt: a tjänsteskrivelse as a LibreOffice template makes it: a header table at the top
  of the body whose "Dnr" cell is a user field (text:user-field-get), a table of contents
  (text:table-of-content with its index body as last updated), tracked changes recorded in
  text:tracked-changes (an insertion, a deletion inside a sentence and a deleted paragraph: the
  deleted text must not be read), a comment over a range (office:annotation … annotation-end:
  its text is no page text), a text box anchored to a paragraph, footnotes and endnotes in the
  same document, and a page header with its own letterhead table.
- orient14.fodt: portrait pages, then a landscape page style (a paragraph's master page)
  holding a 30-row table whose one cell holds a nested table, back to portrait, and a section
  of two columns.
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, fodt, main, odf_styles, oh, onote, op, page_layout, paragraph  # noqa: E402

EXPECT = Expect()

STYLES = odf_styles() + """
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>"""


TABLE_STYLES = ('<style:style style:name="Tab1" style:family="table"><style:table-properties style:width="16cm" '
                'table:align="margins"/></style:style>'
                '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
                'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
                '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="parallel" '
                'style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" '
                'style:horizontal-rel="paragraph" fo:border="0.5pt solid #000000" fo:padding="0.15cm"/></style:style>'
                '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
                '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>')
INFO = '<office:change-info><dc:creator>Per Ek</dc:creator><dc:date>2025-11-20T10:00:00</dc:date></office:change-info>'


def cell(markup):
    return f'<table:table-cell table:style-name="Cell" office:value-type="string">{markup}</table:table-cell>'


def table(name, rows, ncols, style="Tab1"):
    cols = f'<table:table-column table:number-columns-repeated="{ncols}"/>'
    body = "".join("<table:table-row>" + "".join(cell(c) for c in row) + "</table:table-row>\n" for row in rows)
    return f'<table:table table:name="{name}" table:style-name="{style}">{cols}{body}</table:table>\n'


def tc(text):
    return op(escape(text), "Table_20_Contents")


def tjanst(out: Path):
    seen, unseen, phrases = [], [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              + table("Brevhuvud", [[tc("Ekby kommun"), tc("Kommunledningskontoret")]], 2)
              + '</style:header><style:footer>'
              + op('Sida <text:page-number text:select-page="current">1</text:page-number>', "Footer")
              + '</style:footer></style:master-page>')
    changes = ('<text:tracked-changes text:track-changes="false">'
               f'<text:changed-region xml:id="ct1" text:id="ct1"><text:insertion>{INFO}</text:insertion></text:changed-region>'
               f'<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion>{INFO}'
               '<text:p>tidigare beräknade osynlig600 </text:p></text:deletion></text:changed-region>'
               f'<text:changed-region xml:id="ct3" text:id="ct3"><text:deletion>{INFO}'
               '<text:p text:style-name="Text_20_body">Hela detta stycke är struket osynlig602 av handläggaren.</text:p>'
               '<text:p text:style-name="Text_20_body"/></text:deletion></text:changed-region>'
               '</text:tracked-changes>')
    decls = ('<text:user-field-decls><text:user-field-decl office:value-type="string" office:string-value="KS 2025/412" '
             'text:name="Dnr"/></text:user-field-decls>')
    b = [changes, decls]
    b.append(table("Huvud", [
        [tc("Ekby kommun synlig600"), tc("TJÄNSTESKRIVELSE")],
        [tc("Kommunledningskontoret"), op('Dnr <text:user-field-get text:name="Dnr">KS 2025/412</text:user-field-get>'
                                          ' synlig601', "Table_20_Contents")],
        [tc("Handläggare Lena Åström"), tc("Datum 2025-11-20")]], 2))
    seen += ["synlig600", "synlig601"]
    phrases.append("dnr ks 2025 412 synlig601")
    heads = ["Sammanfattning", "Bakgrund", "Ärendet", "Ekonomiska konsekvenser", "Förslag till beslut"]
    toc = ('<text:table-of-content text:style-name="Sect0" text:protected="true" text:name="Innehåll1">'
           '<text:table-of-content-source text:outline-level="2"><text:index-title-template '
           'text:style-name="Contents_20_Heading">Innehåll</text:index-title-template>'
           '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1">'
           '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/>'
           '<text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
           '<text:index-entry-link-end/></text:table-of-content-entry-template></text:table-of-content-source>'
           '<text:index-body><text:index-title text:style-name="Sect0" text:name="Innehåll1_Head">'
           + op("Innehåll synlig602", "Contents_20_Heading") + "</text:index-title>"
           + "".join(op(f"{escape(h)}<text:tab/>{1 + k // 3}", "Contents_20_1") for k, h in enumerate(heads))
           + "</text:index-body></text:table-of-content>\n")
    b.append(toc)
    seen.append("synlig602")
    phrases += ["innehåll synlig602 sammanfattning 1 bakgrund 1"]
    b.append(oh(heads[0], 1))
    b.append(op("Kommunstyrelsen föreslås anta riktlinjen för "
                '<text:change-start text:change-id="ct1"/>digitala möten synlig603 <text:change-end text:change-id="ct1"/>'
                'och den <text:change text:change-id="ct2"/>kostnaden om 2,4 miljoner kronor synlig604.'))
    seen += ["synlig603", "synlig604"]
    unseen.append("osynlig600")
    phrases += ["riktlinjen för digitala möten synlig603 och den kostnaden om 2 4 miljoner kronor synlig604"]
    b.append(op(escape(paragraph(23000, 3))))
    b.append('<text:p text:style-name="Text_20_body"><text:change text:change-id="ct3"/></text:p>\n')
    unseen.append("osynlig602")
    b.append(oh(heads[1], 1))
    b.append(op(escape(paragraph(23010, 3))
                + '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                '<text:note-body>' + op("Se protokoll 2024-05-12 § 88 synlig605.", "Footnote")
                + "</text:note-body></text:note>"))
    seen.append("synlig605")
    b.append(op('<draw:frame draw:style-name="fr1" draw:name="Faktaruta" text:anchor-type="paragraph" svg:width="5.5cm" '
                'svg:height="2.5cm" draw:z-index="0"><draw:text-box>'
                + op("Faktaruta: 14 förvaltningar berörs synlig606", "Frame_20_contents")
                + "</draw:text-box></draw:frame>" + escape(paragraph(23020, 3))))
    seen.append("synlig606")
    phrases.append("faktaruta 14 förvaltningar berörs synlig606")
    b.append(op('Riktlinjen gäller <office:annotation office:name="k1"><dc:creator>Per Ek</dc:creator>'
                '<dc:date>2025-11-20T10:00:00</dc:date><text:p>osynlig601 stämmer datumet?</text:p></office:annotation>'
                'från 1 februari 2026 synlig607<office:annotation-end office:name="k1"/> för alla nämnder.'))
    seen.append("synlig607")
    unseen.append("osynlig601")
    phrases.append("riktlinjen gäller från 1 februari 2026 synlig607 för alla nämnder")
    b.append(oh(heads[2], 1))
    for k in range(4):
        b.append(op(escape(paragraph(23030 + k, 3))))
    b.append(oh(heads[3], 1))
    b.append(op(escape(paragraph(23040, 3))
                + '<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
                '<text:note-body>' + op("Budgetunderlag 2026 bilaga 3 synlig608.", "Endnote")
                + "</text:note-body></text:note>"))
    seen.append("synlig608")
    b.append(op(escape(paragraph(23041, 2))
                + '<text:note text:id="ftn2" text:note-class="footnote"><text:note-citation>2</text:note-citation>'
                '<text:note-body>' + op("Beräknat i 2025 års prisnivå synlig609.", "Footnote")
                + "</text:note-body></text:note>"))
    seen.append("synlig609")
    b.append(oh(heads[4], 1))
    b.append(op("Kommunstyrelsen beslutar att anta riktlinjen synlig610."))
    seen.append("synlig610")
    b.append(op("Lena Åström<text:line-break/>Utredare"))
    auto = page_layout("pm1", orient="portrait") + TABLE_STYLES
    doc = fodt([("Liberation Serif", "roman"), ("Liberation Sans", "swiss")], STYLES, auto, master, "".join(b))
    (out / "tjanst14.fodt").write_text(doc, encoding="utf-8")
    EXPECT.add("tjanst14.fodt", seen, unseen, phrases)


def orient(out: Path):
    seen, unseen, phrases = [], [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>'
              + op('Sida <text:page-number text:select-page="current">1</text:page-number>', "Footer")
              + '</style:footer></style:master-page>'
              '<style:master-page style:name="Landscape" style:page-layout-name="pm2"><style:footer>'
              + op('Sida <text:page-number text:select-page="current">1</text:page-number>', "Footer")
              + '</style:footer></style:master-page>')
    auto = (page_layout("pm1", orient="portrait") + page_layout("pm2", "29.7cm", "21cm", "landscape") + TABLE_STYLES
            + '<style:style style:name="PL" style:family="paragraph" style:parent-style-name="Heading_20_1" '
            'style:master-page-name="Landscape"><style:paragraph-properties style:page-number="auto"/></style:style>'
            '<style:style style:name="PP" style:family="paragraph" style:parent-style-name="Heading_20_1" '
            'style:master-page-name="Standard"><style:paragraph-properties style:page-number="auto"/></style:style>'
            '<style:style style:name="TabW" style:family="table"><style:table-properties style:width="24.7cm" '
            'table:align="margins"/></style:style>'
            '<style:style style:name="TabN" style:family="table"><style:table-properties style:width="7cm" '
            'table:align="left"/></style:style>')
    b = [oh("Investeringsplan 2026–2029", 1)]
    for k in range(9):
        b.append(op(escape(paragraph(24000 + k, 4))))
    b.append(op("Slut på den stående delen synlig620.", "Text_20_body"))
    seen.append("synlig620")
    b.append('<text:h text:style-name="PL" text:outline-level="1">Bilaga 1 Projektlista synlig621</text:h>\n')
    seen.append("synlig621")
    rows = [[tc("Nr"), tc("Projekt"), tc("Nämnd"), tc("2026"), tc("2027"), tc("Kommentar")]]
    for i in range(1, 31):
        note = tc(paragraph(24100 + i, 1)[:90])
        if i == 12:
            inner = ('<table:table table:name="Delprojekt" table:style-name="TabN"><table:table-column '
                     'table:number-columns-repeated="2"/>'
                     + "".join("<table:table-row>" + cell(tc(a)) + cell(tc(c)) + "</table:table-row>"
                               for a, c in (("Etapp 1", "Norra skolan synlig622"), ("Etapp 2", "Södra skolan synlig623")))
                     + "</table:table>")
            note = inner + tc("Delas i två etapper synlig624")
            seen += ["synlig622", "synlig623", "synlig624"]
            phrases += ["etapp 1 norra skolan synlig622", "etapp 2 södra skolan synlig623"]
        rows.append([tc(str(i)), tc(f"Projekt {i} i {['Norrby', 'Söderå', 'Västerby'][i % 3]}"),
                     tc(["BUN", "SN", "TN", "KFN"][i % 4]), tc(f"{i * 1.5:.1f}"), tc(f"{i * 0.8:.1f}"), note])
    b.append(table("Projekt", rows, 6, "TabW"))
    b.append('<text:h text:style-name="PP" text:outline-level="1">Uppföljning synlig625</text:h>\n')
    seen.append("synlig625")
    for k in range(4):
        b.append(op(escape(paragraph(24200 + k, 4))))
    b.append('<text:section text:style-name="Sect2" text:name="Spalter">'
             + "".join(op(escape(paragraph(24300 + k, 4))) for k in range(8))
             + op("Sista stycket i spalterna synlig626.") + "</text:section>")
    seen.append("synlig626")
    for k in range(3):
        b.append(op(escape(paragraph(24400 + k, 4))))
    b.append(op("Planen avslutas här synlig627."))
    seen.append("synlig627")
    doc = fodt([("Liberation Serif", "roman"), ("Liberation Sans", "swiss")], STYLES, auto, master, "".join(b))
    (out / "orient14.fodt").write_text(doc, encoding="utf-8")
    EXPECT.add("orient14.fodt", seen, unseen, phrases)


if __name__ == "__main__":
    main(EXPECT, "expect14-fodt.json", tjanst, orient)
