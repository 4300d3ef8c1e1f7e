#!/usr/bin/env python3
"""The eleventh blind round's Python-made variants (eleventh.sh runs them).

Usage: python3 eleventh.py KIND SRC OUT
  typst-otf     ninth.py's Typst route with an OpenType (CFF) font, TeX Gyre Pagella, justified
                and hyphenated (lang sv), 9 pt, tighter leading;
  cols-html     pandoc's HTML for Chromium: every page of the source in two CSS columns,
                justified, hyphens: auto, lang sv, in TeX Gyre Pagella (CFF) (SRC.md -> OUT.html);
  table-html    pandoc's HTML for WeasyPrint: tables without borders, rows told apart by a
                background of every other row, figures right-aligned, TeX Gyre Heros
                (SRC.md -> OUT.html);
  fpdf2-glyphs  pandoc's plain text laid out line by line by fpdf2, every glyph drawn by its
                own text object at its own position (no space glyphs; word gaps stretched so
                that the lines of a paragraph are justified; glyphs 0.15 pt apart), as
                per-glyph positioning producers write (SRC.md -> OUT.pdf);
  plain-wide    pandoc's plain text at 120 columns, a form feed per page, Latin-1 (for enscript
                in landscape) (SRC.md -> OUT.txt);
  stamp         a copy of the PDF SRC with a registrar's stamp on its first page: a /Stamp
                annotation whose appearance draws "INKOM 2020-04-14 / Dnr KS 2020/375" turned
                by 20 degrees over the body text (pypdf; the stamp is not in the truth);
  rotate        a copy of the PDF SRC whose every page says /Rotate 90 (content unchanged,
                upright in its own space; a viewer shows it turned) (pypdf).
Needs pandoc, `pip install typst fpdf2 pypdf`, the TeX Gyre fonts (texlive-fonts-extra or
tex-gyre) and DejaVu.
"""

import re
import sys

import common
import ninth

GYRE = common.GYRE


def typst_otf(src, out):
    common.typst_pdf(src, out, '#set page(paper: "a4", margin: 1.8cm)\n'
                     '#set text(font: "TeX Gyre Pagella", size: 9pt, lang: "sv", hyphenate: true)\n'
                     '#set par(leading: 0.45em, justify: true)\n'
                     '#show heading.where(level: 1): set text(size: 18pt)\n'
                     '#show heading.where(level: 2): set text(size: 14pt)\n'
                     '#show heading.where(level: 3): set text(size: 11pt)\n\n', [GYRE])


def cols_html(src, out):
    css = ('@font-face { font-family: Pagella; src: url("file://' + GYRE
           + 'texgyrepagella-regular.otf"); }'
           '@font-face { font-family: Pagella; font-weight: bold; src: url("file://' + GYRE
           + 'texgyrepagella-bold.otf"); }'
           '@font-face { font-family: Pagella; font-style: italic; src: url("file://' + GYRE
           + 'texgyrepagella-italic.otf"); }'
           ' html { font-family: Pagella; font-size: 9pt; }'
           ' .cols { columns: 2; column-gap: 0.7cm; column-fill: auto; break-after: page; }'
           ' .cols:last-child { break-after: auto; }'
           ' p, li { text-align: justify; hyphens: auto; }'
           ' h1, h2, h3 { column-span: none; }')
    head, pages, tail = common.split_pages(ninth.html(src, css).replace('lang="sv"', 'lang="sv-SE"'))
    body = "".join(f'<div class="cols">{p}</div>' for p in pages)
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "<body>" + body + "</body>" + tail)


def table_html(src, out):
    css = ('@font-face { font-family: Heros; src: url("file://' + GYRE
           + 'texgyreheros-regular.otf"); }'
           '@font-face { font-family: Heros; font-weight: bold; src: url("file://' + GYRE
           + 'texgyreheros-bold.otf"); }'
           '@font-face { font-family: Heros; font-style: italic; src: url("file://' + GYRE
           + 'texgyreheros-italic.otf"); }'
           ' html { font-family: Heros; font-size: 9pt; }'
           ' td, th { border: none; padding: 1pt 8pt 1pt 0; }'
           ' tr:nth-child(even) td { background: #e4e8f0; }'
           ' th { border-bottom: 1pt solid #000; }')
    doc = ninth.html(src, css)
    doc = re.sub(r'<ol start="(\d+)"',
                 lambda m: '<ol start="%s" style="counter-reset: list-item %d"'
                 % (m.group(1), int(m.group(1)) - 1), doc)
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)


plain_pages = common.plain_pages


def fpdf2_glyphs(src, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4", unit="pt")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    size, lead, left, top, width = 8.5, 10.6, 50.0, 50.0, 495.0
    pdf.set_font("DejaVu", size=size)
    pdf.set_auto_page_break(False)
    track = 0.15
    for page in plain_pages(src):
        pdf.add_page()
        for i, indent, words, gap in common.laid_lines(
                page, width, pdf.get_string_width(" "),
                lambda w: pdf.get_string_width(w) + track * len(w)):
            x = left + indent
            for w in words:
                for ch in w:
                    pdf.text(x, top + (i + 1) * lead, ch)
                    x += pdf.get_string_width(ch) + track
                x += gap
    pdf.output(out)


def plain_wide(src, out):
    # for enscript in landscape: lines of 120 columns, one form feed per page, Latin-1
    text = "\f".join(plain_pages(src, 120)).replace("–", "-")
    with open(out, "w", encoding="latin-1", errors="replace") as f:
        f.write(text)


def stamp(src, out):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject,
                               NameObject, TextStringObject)
    w = PdfWriter(clone_from=PdfReader(src))
    page = w.pages[0]
    box = page.mediabox
    x, y = float(box.right) - 230, float(box.top) - 260
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica-Bold"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    ap = DecodedStreamObject()
    ap.set_data(b"q 0.8 0 0 RG 1.5 w 0.9397 0.3420 -0.3420 0.9397 30 0 cm "
                b"0 0 160 46 re S BT /F1 13 Tf 0.8 0 0 rg 10 28 Td (INKOM 2020-04-14) Tj "
                b"0 -18 Td (Dnr KS 2020/375) Tj ET Q")
    ap.update({NameObject("/Type"): NameObject("/XObject"),
               NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, 180, 110)]),
               NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject(
                   {NameObject("/F1"): font})})})
    annot = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Stamp"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (x, y, x + 180, y + 110)]),
        NameObject("/Contents"): TextStringObject("INKOM 2020-04-14 Dnr KS 2020/375"),
        NameObject("/Name"): NameObject("/Approved"),
        NameObject("/F"): FloatObject(4),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): w._add_object(ap)}),
    })
    page[NameObject("/Annots")] = ArrayObject([w._add_object(annot)])
    with open(out, "wb") as f:
        w.write(f)


def rotate(src, out):
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(src))
    for page in w.pages:
        page.rotate(90)
    with open(out, "wb") as f:
        w.write(f)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"typst-otf": typst_otf, "cols-html": cols_html, "table-html": table_html,
     "fpdf2-glyphs": fpdf2_glyphs, "plain-wide": plain_wide, "stamp": stamp, "rotate": rotate}[kind](src, out)
