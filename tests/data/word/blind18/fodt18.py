"""Flat ODF sources of the eighteenth blind set (tests/data/word/blind18), which make.sh has
LibreOffice save as .odt/.docx/.doc/.rtf. Usage: python3 fodt18.py OUT_DIR (also writes
expect18-fodt.json). Markers as in blind9-17.

utdrag18.fodt, an extract of a committee's protocol as a secretary sets it in LibreOffice
(Liberation Sans 11): a header table on every page (the body's name, "PROTOKOLLSUTDRAG", the
meeting date, "Sida N (M)" in page fields), a title block, five § items (a bold "§ 41"
paragraph with the item's title beside it at a tab, "Dnr", the case, "Beslut" with a numbered
list of decision points), a signature table for the adjusters and a certification
("Utdragsbestyrkande") at the end.

tom18.fodt (the answer is nothing): a blank form a template leaves: three empty table rows,
empty paragraphs, a page break, a paragraph set hidden (text:display none), and a comment
(office:annotation) anchored on an empty paragraph.
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, marker, main, odf_cells_header, odf_style, odf_styles, op, paragraph, save_fodt, sentence  # noqa: E402

EXPECT = Expect()
mark = marker(1200)

STYLES = odf_styles("11pt") + "".join([
    odf_cells_header(),
    odf_style("Paragraf", "paragraph", '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" '
              'fo:keep-with-next="always"><style:tab-stops><style:tab-stop style:position="2cm"/></style:tab-stops>'
              '</style:paragraph-properties><style:text-properties fo:font-weight="bold"/>', "Text_20_body"),
    odf_style("Rubrik", "paragraph", '<style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>', "Standard"),
])

AUTO = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'fo:margin-top="1.0cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2cm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/>'
        '</style:header-style></style:page-layout>'
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Tom" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="none"/></style:style>'
        '<style:style style:name="Hog" style:family="table-row"><style:table-row-properties '
        'style:min-row-height="1.2cm"/></style:style>'
        '<style:style style:name="Dold" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties text:display="none"/></style:style>'
        '<style:style style:name="Bryt" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:paragraph-properties fo:break-before="page"/></style:style>')


def cell(text, style="Cell"):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string">'
            f'{op(text, "Table_20_Contents")}</table:table-cell>')


def table(name, rows, ncols, style="Cell", row_style=None):
    rs = f' table:style-name="{row_style}"' if row_style else ""
    body = "".join(f"<table:table-row{rs}>" + "".join(cell(c, style) for c in row) + "</table:table-row>\n" for row in rows)
    return (f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="{ncols}"/>'
            f'{body}</table:table>\n')


def utdrag(out: Path):
    seen, phrases = [], []
    page = 'Sida <text:page-number text:select-page="current">1</text:page-number> (<text:page-count>2</text:page-count>)'
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              + table("Huvud", [["Ekby kommun<text:line-break/>Socialnämnden", "PROTOKOLLSUTDRAG<text:line-break/>"
                                 "Sammanträdesdatum 2026-03-18", page]], 3, "Tom")
              + "</style:header></style:master-page>")
    b = [op(f"Socialnämndens arbetsutskott {(m := mark())}", "Rubrik")]
    seen.append(m)
    b.append(table("Narvaro", [["Plats och tid", "Stadshuset, sal B, kl. 13.00–15.30"],
                               ["Beslutande", "Anna Berg (S), ordförande; Per Ek (M); Lena Åström (C)"],
                               ["Övriga", "Karin Lindqvist, nämndsekreterare"]], 2))
    for i, n in enumerate(range(41, 46)):
        b.append(op(f"§ {n}<text:tab/>{escape(['Yttrande över motion om fritidskort', 'Riktlinjer för försörjningsstöd', 'Delegationsordning', 'Internkontrollplan 2026', 'Anmälningsärenden'][i])}"
                    + (f" {(m := mark())}" if i in (0, 4) else ""), "Paragraf"))
        if i in (0, 4):
            seen.append(m)
            if i == 0:
                phrases.append(f"§ 41 yttrande över motion om fritidskort {m}")
        b.append(op(f"Dnr SN 2026/{30 + 7 * i}"))
        for k in range(2 + i % 3):
            b.append(op(escape(paragraph(37200 + 10 * i + k, 4))))
        b.append(op("<text:span>Beslut</text:span>", "Text_20_body"))
        items = "".join(f"<text:list-item>{op(escape(sentence(37300 + 10 * i + j)) + (f' {mark()}' if (i, j) == (2, 1) else ''))}</text:list-item>"
                        for j in range(1 + i % 3))
        if i == 2:
            seen.append(f"synlig{int(seen[-1][6:]) + 1}")
        b.append(f'<text:list text:style-name="Numbering_20_123">{items}</text:list>\n')
    b.append(op(f"Justerandes signatur {(m := mark())}"))
    seen.append(m)
    b.append(table("Just", [["Ordförande", "Justerande", "Utdragsbestyrkande"], ["Anna Berg", "Per Ek", "Karin Lindqvist"]],
                   3, row_style="Hog"))
    b.append(op(f"Utdraget bestyrks av nämndsekreteraren {(m := mark())}."))
    seen.append(m)
    styles = STYLES + ('<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">'
                       '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
                       '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                       '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" '
                       'fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
                       '</text:list-level-style-number></text:list-style>')
    save_fodt(EXPECT, out, "utdrag18.fodt", (styles, AUTO, master, "".join(b)), seen, phrases)


def tom(out: Path):
    o = marker(1250)
    unseen = []
    master = '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
    b = [op("", "Standard"), table("Falt", [["", ""], ["", ""], ["", ""]], 2, row_style="Hog"), op("", "Standard")]
    b.append(op('<office:annotation><dc:creator>Per Ek</dc:creator><dc:date>2026-01-10T10:00:00</dc:date>'
                f'<text:p>Fyll i blanketten {(u := o().replace("synlig", "osynlig"))}</text:p></office:annotation>', "Standard"))
    unseen.append(u)
    b.append(op(f"Dold instruktion till handläggaren {(u := o().replace('synlig', 'osynlig'))}", "Dold"))
    unseen.append(u)
    b += [op("", "Standard")] * 3 + [op("", "Bryt"), op("", "Standard")]
    save_fodt(EXPECT, out, "tom18.fodt", (STYLES, AUTO, master, "".join(b)), [], [])
    EXPECT["tom18.fodt"]["osynlig"] = unseen


if __name__ == "__main__":
    main(EXPECT, "expect18-fodt.json", utdrag, tom)
