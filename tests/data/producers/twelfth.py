#!/usr/bin/env python3
"""The twelfth blind round's Python-made variants (twelfth.sh runs them).

Usage: python3 twelfth.py KIND SRC OUT
  typst-2col    ninth.py's Typst route, every page in two columns (Typst's page columns),
                Liberation Sans 8.5 pt, footnotes at the foot of the page (SRC.md -> OUT.pdf);
  grid-html     pandoc's HTML for Chromium: the body a CSS grid, the headings in a narrow
                left column beside their text (margin headings), the text justified with
                hyphens: auto, bold text in small caps (SRC.md -> OUT.html);
  running-html  pandoc's HTML for WeasyPrint: @page running header (the document's title,
                with a rule under it) and footer ("Sida N av M") on every page, Liberation
                Sans (SRC.md -> OUT.html); neither is in the truth;
  rawtj         pandoc's plain text written by a hand-made PDF writer: Helvetica (base 14,
                WinAnsi, not embedded), one TJ array per line with kerning pairs as numbers
                and the word gaps as displacements (no space glyph), justified lines
                (SRC.md -> OUT.pdf);
  enscript-pages  pandoc's plain text at 60 columns, one Latin-1 file per page of the truth
                (OUT is a folder; twelfth.sh sets each in two columns with enscript -2);
  turn180       a copy of the PDF SRC whose every page's content is turned 180 degrees and
                whose /Rotate 180 turns it back upright for the viewer (pypdf).
Needs pandoc, `pip install typst pypdf fpdf2`, fonts-liberation2.
"""

import os
import re
import sys

import common
import eleventh
import ninth


def typst_2col(src, out):
    common.typst_pdf(src, out, '#set page(paper: "a4", margin: 1.5cm, columns: 2)\n'
                     '#set columns(gutter: 0.6cm)\n'
                     '#set text(font: "Liberation Sans", size: 8.5pt, lang: "sv")\n'
                     '#set par(leading: 0.5em, justify: true)\n'
                     '#show heading.where(level: 1): set text(size: 15pt)\n'
                     '#show heading.where(level: 2): set text(size: 12pt)\n'
                     '#show heading.where(level: 3): set text(size: 10pt)\n\n')


def grid_html(src, out):
    css = (' .footnote-back { display: none; } section.footnotes hr { display: none; }'
           ' body { display: grid; grid-template-columns: 3.2cm 1fr; column-gap: 0.5cm; }'
           ' body > * { grid-column: 2; }'
           ' body > h2, body > h3 { grid-column: 1; font-size: 10pt; margin-top: 0.3em; }'
           ' body > h1, body > header { grid-column: 1 / span 2; }'
           ' .page-break { grid-column: 1 / span 2; }'
           ' p, li { text-align: justify; hyphens: auto; }'
           ' strong { font-variant: small-caps; }')
    doc = ninth.html(src, css).replace('lang="sv"', 'lang="sv-SE"')
    with open(out, "w", encoding="utf-8") as f:
        f.write(doc)


def running_html(src, out):
    title = re.search(r"^title:\s*(.*)$", open(src, encoding="utf-8").read(), flags=re.M)
    title = title.group(1).strip() if title else os.path.basename(src)
    css = (' .footnote-back { display: none; } section.footnotes hr { display: none; }'
           ' html { font-family: "Liberation Sans", sans-serif; font-size: 9pt; }'
           ' @page { size: A4; margin: 2.4cm 1.8cm 2.2cm 1.8cm;'
           '   @top-left { content: "' + title.replace('"', '') + '"; font-size: 8pt;'
           '     border-bottom: 0.5pt solid #000; vertical-align: bottom; }'
           '   @top-right { content: "Region Skåne"; font-size: 8pt;'
           '     border-bottom: 0.5pt solid #000; vertical-align: bottom; }'
           '   @bottom-right { content: "Sida " counter(page) " av " counter(pages);'
           '     font-size: 8pt; } }')
    with open(out, "w", encoding="utf-8") as f:
        f.write(ninth.html(src, css))


# Kerning pairs (thousandths of an em, negative: closer), as a layout program's pair table
KERN = {("T", "o"): -70, ("T", "a"): -70, ("T", "e"): -70, ("V", "a"): -40, ("V", "e"): -40,
        ("A", "V"): -70, ("A", "T"): -90, ("L", "T"): -90, ("r", "."): -40, ("r", ","): -40,
        ("y", "."): -80, ("y", ","): -80, ("f", "f"): -20, ("P", "."): -120, ("F", "."): -110,
        ("1", "1"): -60, ("k", "o"): -15, ("v", "ä"): -15, ("r", "a"): -10, ("å", "r"): 10}


def rawtj(src, out):
    width = common.base14("helvetica")
    size, lead, left, top, measure = 8.8, 10.8, 56.0, 60.0, 483.0
    pages = []
    for page in eleventh.plain_pages(src):
        ops = [b"BT", b"/F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            parts = []
            for wi, w in enumerate(words):
                if wi:
                    parts.append(b"%.0f" % (-gap * 1000 / size))
                run = w[0]
                for a, b in zip(w, w[1:]):
                    k = KERN.get((a, b))
                    if k:
                        parts.append(common.pdf_string(run))
                        parts.append(b"%d" % -k)
                        run = b
                    else:
                        run += b
                parts.append(common.pdf_string(run))
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (
                left + indent, 842 - top - (i + 1) * lead, b" ".join(parts)))
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    common.write_pdf(pages, ["Helvetica"], out)


def enscript_pages(src, out):
    os.makedirs(out, exist_ok=True)
    for n, page in enumerate(eleventh.plain_pages(src, 60)):
        with open(os.path.join(out, "%03d.txt" % n), "w", encoding="latin-1",
                  errors="replace") as f:
            f.write(page.replace("–", "-"))


def turn180(src, out):
    from pypdf import PdfReader, PdfWriter, Transformation
    w = PdfWriter(clone_from=PdfReader(src))
    for page in w.pages:
        box = page.mediabox
        page.add_transformation(Transformation().rotate(180).translate(
            float(box.left) + float(box.right), float(box.bottom) + float(box.top)))
        page.rotate(180)
    with open(out, "wb") as f:
        w.write(f)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"typst-2col": typst_2col, "grid-html": grid_html, "running-html": running_html,
     "rawtj": rawtj, "enscript-pages": enscript_pages, "turn180": turn180}[kind](src, out)
