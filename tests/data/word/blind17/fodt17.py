"""Flat ODF source of the seventeenth blind set (tests/data/word/blind17), which make.sh has
LibreOffice save as .odt/.docx/.doc/.rtf. Usage: python3 fodt17.py OUT_DIR (also writes
expect17-fodt.json). Markers as in blind9-16 (`synligN` read once, `osynligN` never, `fraser`
phrases in order). Shapes no earlier round had:

riktlinje17.fodt, a guideline as a LibreOffice user sets it (Liberation Serif 11): a header of
three lines whose layout asks for at least 2.5 cm (fo:min-height) on every page; paragraphs
with one word in 20 pt (a span of fo:font-size) that makes its line taller; eight boxed notes
(fo:border, fo:padding 0.25 cm, 0.4 cm above and below) among the text; a list of 20 items
whose paragraph style has 0.4 cm below but style:contextual-spacing (no space between
paragraphs of the same style); a passage with characters spaced out (fo:letter-spacing
0.05 cm); a table of 15 rows at least 1.5 cm high (style:min-row-height); and a large
rectangle drawn inline (draw:rect anchored as a character, 16 × 10 cm) in a paragraph of its
own.
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, marker, main, odf_cells_header, odf_style, odf_styles, oh, op, paragraph, save_fodt  # noqa: E402

EXPECT = Expect()
mark = marker(1000)


STYLES = odf_styles("11pt") + "".join([
    odf_cells_header(),
    odf_style("Ruta", "paragraph", '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.4cm" '
              'fo:padding="0.25cm" fo:border="0.06pt solid #1f4e79" fo:background-color="#deeaf6"/>', "Text_20_body"),
    odf_style("Lista", "paragraph", '<style:paragraph-properties fo:margin-left="0.6cm" fo:margin-bottom="0.4cm" '
              'style:contextual-spacing="true"/>', "Text_20_body"),
    odf_style("Gles", "paragraph", '<style:text-properties fo:letter-spacing="0.05cm"/>', "Text_20_body"),
])

AUTO = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'fo:margin-top="1.2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="2.5cm" fo:margin-bottom="0.5cm"/>'
        '</style:header-style></style:page-layout>'
        '<style:style style:name="Stor" style:family="text"><style:text-properties fo:font-size="20pt"/></style:style>'
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Hog" style:family="table-row"><style:table-row-properties '
        'style:min-row-height="1.5cm"/></style:style>'
        '<style:style style:name="TabW" style:family="table"><style:table-properties style:width="16cm" '
        'table:align="margins"/></style:style>'
        '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:fill="none" '
        'svg:stroke-color="#1f4e79" style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>')


def cell(text):
    return f'<table:table-cell table:style-name="Cell" office:value-type="string">{op(escape(text), "Table_20_Contents")}</table:table-cell>'


def riktlinje(out: Path):
    seen, phrases = [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              + op("Ekby kommun", "Header") + op("Riktlinje för föreningsbidrag", "Header")
              + op("Fastställd av kultur- och fritidsnämnden 2026-02-10", "Header") + "</style:header></style:master-page>")
    b = [op(f"Riktlinje för föreningsbidrag {(m := mark())}", "Title")]
    seen.append(m)
    for k in range(6):
        tail = f" {(m := mark())}" if k in (0, 5) else ""
        b.append(op(escape(paragraph(34000 + k, 2)) + ' <text:span text:style-name="Stor">Observera</text:span> '
                    + escape(paragraph(34010 + k, 2)) + tail))
        if tail:
            seen.append(m)
            phrases.append("observera " + " ".join(paragraph(34010 + k, 2).lower().split()[:4]))
    for i in range(1, 9):
        b.append(oh(f"{i}. Villkor {i} {(m := mark())}", 2))
        seen.append(m)
        b.append(op(escape(paragraph(34100 + i, 3))))
        b.append(op(f"Notera att villkor {i} gäller alla föreningar {(m := mark())}. " + escape(paragraph(34120 + i, 1)),
                    "Ruta"))
        seen.append(m)
        if i == 4:
            phrases.append(f"notera att villkor 4 gäller alla föreningar {m}")
        b.append(op(escape(paragraph(34140 + i, 2))))
    b.append(oh(f"Ansökan ska innehålla {(m := mark())}", 1))
    seen.append(m)
    items = "".join(f"<text:list-item>{op(f'Uppgift {i}: ' + escape(paragraph(34200 + i, 1)[:70]) + (f' {mark()}' if i in (1, 20) else ''), 'Lista')}</text:list-item>"
                    for i in range(1, 21))
    seen += [f"synlig{1000 + len(seen)}", f"synlig{1001 + len(seen)}"]
    b.append(f'<text:list text:style-name="L1">{items}</text:list>\n')
    b.append(oh(f"Beräkning av bidraget {(m := mark())}", 1))
    seen.append(m)
    for k in range(5):
        b.append(op(escape(paragraph(34300 + k, 3)) + (f" {(m := mark())}" if k == 4 else ""), "Gles"))
    seen.append(m)
    b.append(op(f"Bidragsnivåerna per förening framgår av tabellen {(m := mark())}."))
    seen.append(m)
    rows = "".join(f'<table:table-row table:style-name="Hog">{cell(f"Förening {i}" + (f" {mark()}" if i == 15 else ""))}'
                   f'{cell(f"{2000 + 150 * i} kr")}{cell("Utbetalas i mars")}</table:table-row>\n' for i in range(1, 16))
    seen.append(f"synlig{1000 + len(seen)}")
    b.append('<table:table table:name="Nivaer" table:style-name="TabW"><table:table-column '
             f'table:number-columns-repeated="3"/>{rows}</table:table>\n')
    b.append(op(f"Figuren visar ansökningsprocessen {(m := mark())}."))
    seen.append(m)
    b.append(op('<draw:rect draw:style-name="gr1" draw:name="Figur1" text:anchor-type="as-char" svg:width="16cm" '
                'svg:height="10cm" draw:z-index="0"><text:p/></draw:rect>', "Standard"))
    for k in range(4):
        b.append(op(escape(paragraph(34400 + k, 4))))
    b.append(op(f"Riktlinjen gäller från och med 1 juli 2026 {(m := mark())}."))
    seen.append(m)
    phrases.append(f"riktlinjen gäller från och med 1 juli 2026 {m}")
    save_fodt(EXPECT, out, "riktlinje17.fodt", (STYLES, AUTO, master, "".join(b)), seen, phrases)


if __name__ == "__main__":
    main(EXPECT, "expect17-fodt.json", riktlinje)
