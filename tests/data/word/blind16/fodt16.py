"""Flat ODF source of the sixteenth blind set (tests/data/word/blind16), which make.sh has
LibreOffice save as .odt/.docx/.doc/.rtf. Usage: python3 fodt16.py OUT_DIR (also writes
expect16-fodt.json). Markers as in blind9-15 (`synligN` read once, `osynligN` never, `fraser`
phrases in order). Shapes no earlier round had:

protokoll16.fodt, a protokoll as a LibreOffice template makes it: a first paragraph with a
drop cap of two lines (style:drop-cap), minutes in 11 pt with line spacing exactly 12 pt
(fo:line-height="12pt") and a quoted proposal at least 16 pt (style:line-height-at-least),
a 40-row table whose first column spans four rows at a time (table:number-rows-spanned and
covered cells), a page break to a right-hand page (a master page whose layout has
style:page-usage="right": LibreOffice adds an empty page when the break falls on a left one),
from there pages of narrower side margins (1.5 cm, a second page layout), and a signature
table of two columns at the end (name lines over printed names).
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, marker, main, odf_cells_header, odf_style, odf_styles, oh, op, page_layout, paragraph, save_fodt  # noqa: E402

EXPECT = Expect()
mark = marker(800)


STYLES = odf_styles("11pt") + "".join([
    odf_cells_header(),
    odf_style("Protokoll", "paragraph", '<style:paragraph-properties fo:line-height="12pt" fo:margin-bottom="0.2cm"/>',
              "Standard"),
    odf_style("Citat", "paragraph", '<style:paragraph-properties style:line-height-at-least="16pt" '
              'fo:margin-left="1cm" fo:margin-right="1cm"/><style:text-properties fo:font-style="italic"/>'),
])

AUTO = (page_layout("pm1") + page_layout("pm2", m=("2cm", "2cm", "1.5cm", "1.5cm")).replace(
    '"pm2">', '"pm2" style:page-usage="right">')
        + '<style:style style:name="Drop" style:family="paragraph" style:parent-style-name="Protokoll">'
        '<style:paragraph-properties><style:drop-cap style:lines="2" style:length="1" style:distance="0.1cm"/>'
        '</style:paragraph-properties></style:style>'
        '<style:style style:name="Bred" style:family="paragraph" style:parent-style-name="Heading_20_1" '
        'style:master-page-name="Bred"/>'
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Plain" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="none"/></style:style>'
        '<style:style style:name="TabW" style:family="table"><style:table-properties style:width="16cm" '
        'table:align="margins"/></style:style>')


def cell(text, style="Cell", extra=""):
    return (f'<table:table-cell table:style-name="{style}"{extra} office:value-type="string">'
            f'{op(escape(text), "Table_20_Contents")}</table:table-cell>')


def protokoll(out: Path):
    seen, phrases = [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              + op("Ekby kommun · Protokoll · Barn- och utbildningsnämnden", "Header") + '</style:header></style:master-page>'
              '<style:master-page style:name="Bred" style:page-layout-name="pm2"><style:header>'
              + op("Ekby kommun · Bilaga till protokoll", "Header") + '</style:header></style:master-page>')
    b = [op(f"Protokoll {(m := mark())}", "Title"), op(escape("Sammanträdesdatum 2026-03-11"))]
    seen.append(m)
    b.append(op(escape(paragraph(30000, 4)) + f" {(m := mark())}.", "Drop"))
    seen.append(m)
    for i in range(1, 9):
        b.append(oh(f"§ {40 + i} Ärende {i} {(m := mark())}", 2))
        seen.append(m)
        for k in range(2):
            b.append(op(escape(paragraph(30010 + 3 * i + k, 3)), "Protokoll"))
        if i % 3 == 0:
            b.append(op(f"Förslaget lyder att nämnden godkänner planen {(m := mark())}. "
                        + escape(paragraph(30100 + i, 2)), "Citat"))
            seen.append(m)
            phrases.append(f"förslaget lyder att nämnden godkänner planen {m}")
        b.append(op(f"Nämnden beslutar att bifalla förslaget i ärende {i} {(m := mark())}.", "Protokoll"))
        seen.append(m)
    b.append(oh(f"Skolornas elevtal {(m := mark())}", 2))
    seen.append(m)
    rows = []
    areas = ["Norrby", "Söderå", "Västerby", "Österå", "Centrum", "Hamnen", "Berga", "Dalby", "Ekhagen", "Fjällsta"]
    for g, area in enumerate(areas):
        for k in range(4):
            first = cell(f"{area} {(m := mark())}", extra=' table:number-rows-spanned="4"') if k == 0 \
                else "<table:covered-table-cell/>"
            if k == 0:
                seen.append(m)
            note = paragraph(30200 + 4 * g + k, 1)[:50]
            if g * 4 + k == 37:
                note += f" sista raden {(m := mark())}"
                seen.append(m)
            rows.append(f"<table:table-row>{first}{cell(f'Skola {area} {k + 1}')}{cell(str(120 + 13 * g + k))}"
                        f"{cell(note)}</table:table-row>\n")
    b.append('<table:table table:name="Elevtal" table:style-name="TabW">'
             '<table:table-column table:number-columns-repeated="4"/>' + "".join(rows) + "</table:table>\n")
    b.append(op(escape(paragraph(30300, 3)), "Protokoll"))
    b.append(f'<text:h text:style-name="Bred" text:outline-level="1">Bilaga 1 Verksamhetsplan {(m := mark())}</text:h>\n')
    seen.append(m)
    for k in range(6):
        b.append(op(escape(paragraph(30400 + k, 5))))
    b.append(op(f"Bilagan slutar här {(m := mark())}."))
    seen.append(m)
    m1, m2 = mark(), mark()
    sig = ('<table:table table:name="Underskrifter" table:style-name="TabW"><table:table-column '
           'table:number-columns-repeated="2"/>'
           + "".join(f"<table:table-row>{cell(a, 'Plain')}{cell(b_, 'Plain')}</table:table-row>"
                     for a, b_ in [("Vid protokollet", "Justeras"), ("", ""), ("__________________", "__________________"),
                                   (f"Anna Berg sekreterare {m1}", f"Per Ek ordförande {m2}")])
           + "</table:table>\n")
    b.append(sig)
    seen += [m1, m2]
    phrases.append(f"anna berg sekreterare {m1} per ek ordförande {m2}")
    save_fodt(EXPECT, out, "protokoll16.fodt", (STYLES, AUTO, master, "".join(b)), seen, phrases)


if __name__ == "__main__":
    main(EXPECT, "expect16-fodt.json", protokoll)
