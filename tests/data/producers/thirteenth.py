#!/usr/bin/env python3
"""The thirteenth blind round's Python-made variants (thirteenth.sh runs them).

Usage: python3 thirteenth.py KIND SRC OUT
  reportlab-2col  pandoc's plain text set by ReportLab's Platypus (not through xhtml2pdf):
                  two frames per page (columns), Liberation Sans (TrueType, subset by
                  ReportLab), justified paragraphs (SRC.md -> OUT.pdf);
  float-html      pandoc's HTML for Chromium: justified, hyphens: auto, a drawing (an SVG
                  without text) floated right at the top of every page with the text wrapped
                  round it (SRC.md -> OUT.html);
  cols-html       pandoc's HTML for WeasyPrint: every page in two CSS columns (column-fill:
                  auto), DejaVu Sans 8 pt (SRC.md -> OUT.html);
  fpdf2-otf       ninth.py's fpdf2 route with TeX Gyre Heros (OpenType with CFF outlines,
                  subset by fpdf2) (SRC.md -> OUT.pdf);
  raw-tw          pandoc's plain text by a hand-made PDF writer: Times-Roman (base 14, not
                  embedded), one Tj per line with its spaces, lines justified by the word
                  spacing operator Tw, all text condensed to 92 % by Tz (SRC.md -> OUT.pdf);
  raw-shuffled    the same writer in Helvetica: each word its own Tj at its own Tm (no space
                  glyphs), the lines of a page written in a shuffled order (fixed seed), as
                  layout programs that write text frames out of reading order do;
  turn270         a copy of the PDF SRC whose every page's content is turned 90 degrees
                  clockwise in a landscape media box, /Rotate 270 turning it back (pypdf).
Needs pandoc, `pip install reportlab fpdf2 pypdf`, fonts-liberation2, DejaVu, TeX Gyre.
"""

import os
import random
import re
import sys

import common
import ninth


def reportlab_2col(src, out):
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph
    from xml.sax.saxutils import escape
    lib = "/usr/share/fonts/truetype/liberation2/"
    if not os.path.exists(lib):
        lib = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LibSans", lib + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", lib + "LiberationSans-Bold.ttf"))
    body = ParagraphStyle("body", fontName="LibSans", fontSize=7.5, leading=9, alignment=TA_JUSTIFY,
                          spaceAfter=3)
    head = ParagraphStyle("head", parent=body, fontName="LibSans-Bold", fontSize=10, leading=12,
                          alignment=0, spaceBefore=4)
    w, h = A4
    m, gap = 1.5 * cm, 0.6 * cm
    col = (w - 2 * m - gap) / 2
    frames = [Frame(m, m, col, h - 2 * m, id="left"),
              Frame(m + col + gap, m, col, h - 2 * m, id="right")]
    doc = BaseDocTemplate(out, pagesize=A4, pageTemplates=[PageTemplate("two", frames)],
                          invariant=1)
    story = []
    for n, page in enumerate(common.plain_pages(src, 100000)):
        if n:
            story.append(PageBreak())
        for para in re.split(r"\n\s*\n", page):
            text = " ".join(para.split())
            if not text:
                continue
            # the plain writer's headings are short lines without a full stop
            style = head if len(text) < 70 and not text.endswith((".", ":", ";", ",")) else body
            story.append(Paragraph(escape(text), style))
    doc.build(story)


SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="180" height="120" viewBox="0 0 180 120">'
       '<rect x="1" y="1" width="178" height="118" fill="#dde4ee" stroke="#456"/>'
       '<circle cx="60" cy="70" r="30" fill="#8aa"/><path d="M100 100 L140 30 L170 100 Z" '
       'fill="#cba"/></svg>')


def float_html(src, out):
    css = (' .footnote-back { display: none; } section.footnotes hr { display: none; }'
           ' p, li { text-align: justify; hyphens: auto; }'
           ' .fig { float: right; width: 6cm; margin: 0 0 0.4em 0.8em; }')
    import base64
    img = ('<img class="fig" alt="" src="data:image/svg+xml;base64,'
           + base64.b64encode(SVG.encode()).decode() + '">')
    head, pages, tail = common.split_pages(ninth.html(src, css).replace('lang="sv"', 'lang="sv-SE"'))
    # the drawing after each page's first block, so that the text wraps round it
    pages = [re.sub(r"(</(h1|h2|h3|p|header)>)", r"\1" + img, p, count=1) for p in pages]
    body = '<div class="page-break"></div>'.join(pages)
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "<body>" + body + "</body>" + tail)


def cols_html(src, out):
    css = (' .footnote-back { display: none; } section.footnotes hr { display: none; }'
           ' html { font-family: "DejaVu Sans", sans-serif; font-size: 8pt; }'
           ' @page { size: A4; margin: 1.5cm; }'
           ' .cols { columns: 2; column-gap: 0.7cm; column-fill: auto; break-after: page; }'
           ' .cols:last-child { break-after: auto; }')
    head, pages, tail = common.split_pages(ninth.html(src, css))
    body = "".join(f'<div class="cols">{p}</div>' for p in pages)
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "<body>" + body + "</body>" + tail)


def fpdf2_otf(src, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    for style, name in (("", "regular"), ("B", "bold"), ("I", "italic"), ("BI", "bolditalic")):
        pdf.add_font("Heros", style, common.GYRE + f"texgyreheros-{name}.otf")
    pdf.set_font("Heros", size=8)
    pdf.add_page()
    for i, part in enumerate(re.split(common.PAGE_BREAK, ninth.html_body(src))):
        if i:
            pdf.add_page()
        part = re.sub(r"</?(section|div|span|a|sup)[^>]*>", "", part)
        pdf.write_html(part, font_family="Heros")
    pdf.output(out)


def raw_tw(src, out):
    width = common.base14("times")
    size, lead, left, top, measure, tz = 9.5, 11.2, 60.0, 60.0, 475.0, 92
    scale = tz / 100
    pages = []
    for page in common.plain_pages(src):
        ops = [b"BT", b"/F1 %.1f Tf" % size, b"%d Tz" % tz]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size) * scale, lambda w: width(w, size) * scale):
            text = " ".join(words)
            # Tw is in unscaled text space units; Tz scales it with the glyphs
            tw = (gap - width(" ", size) * scale) / scale
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                tw, left + indent, 842 - top - (i + 1) * lead, common.pdf_string(text)))
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    common.write_pdf(pages, ["Times-Roman"], out)


def raw_shuffled(src, out):
    width = common.base14("helvetica")
    size, lead, left, top, measure = 8.8, 10.8, 56.0, 60.0, 483.0
    rng = random.Random(13)
    pages = []
    for page in common.plain_pages(src):
        lines = []
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            y, x, ops = 842 - top - (i + 1) * lead, left + indent, []
            for w in words:
                ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, common.pdf_string(w)))
                x += width(w, size) + gap
            lines.append(b"\n".join(ops))
        rng.shuffle(lines)
        pages.append(b"\n".join([b"BT", b"/F1 %.1f Tf" % size] + lines + [b"ET"]))
    common.write_pdf(pages, ["Helvetica"], out)


def turn270(src, out):
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject
    w = PdfWriter(clone_from=PdfReader(src))
    for page in w.pages:
        box = page.mediabox
        x0, y0, x1, y1 = (float(v) for v in (box.left, box.bottom, box.right, box.top))
        # (x, y) -> (y, width - x): turned a quarter clockwise into a landscape box
        page.add_transformation(Transformation().translate(-x0, -y0).rotate(-90)
                                .translate(0, x1 - x0))
        land = RectangleObject([0, 0, y1 - y0, x1 - x0])
        page.mediabox = land
        page.cropbox = land
        page.rotate(270)
    with open(out, "wb") as f:
        w.write(f)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"reportlab-2col": reportlab_2col, "float-html": float_html, "cols-html": cols_html,
     "fpdf2-otf": fpdf2_otf, "raw-tw": raw_tw, "raw-shuffled": raw_shuffled,
     "turn270": turn270}[kind](src, out)
