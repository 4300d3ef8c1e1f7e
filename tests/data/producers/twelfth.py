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

import eleventh
import ninth


def typst_2col(src, out):
    import typst as ty
    doc = ninth.ast(src)
    head = ('#set page(paper: "a4", margin: 1.5cm, columns: 2)\n'
            '#set columns(gutter: 0.6cm)\n'
            '#set text(font: "Liberation Sans", size: 8.5pt, lang: "sv")\n'
            '#set par(leading: 0.5em, justify: true)\n'
            '#show heading.where(level: 1): set text(size: 15pt)\n'
            '#show heading.where(level: 2): set text(size: 12pt)\n'
            '#show heading.where(level: 3): set text(size: 10pt)\n\n')
    work = out + ".typ"
    with open(work, "w", encoding="utf-8") as f:
        f.write(head + ninth.blocks(doc["blocks"]))
    try:
        ty.compile(work, output=out, font_paths=["/usr/share/fonts"])
    finally:
        os.remove(work)


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


def pdf_string(s):
    b = s.encode("cp1252", errors="replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def rawtj(src, out):
    from fpdf import FPDF
    metric = FPDF(unit="pt")
    metric.core_fonts_encoding = "windows-1252"
    metric.set_font("helvetica", size=1000)

    def width(s, size):  # in points
        return sum(metric.get_string_width(c if c.encode("cp1252", "ignore") else "?")
                   for c in s) * size / 1000

    size, lead, left, top, measure = 8.8, 10.8, 56.0, 60.0, 483.0
    pages = []
    for page in eleventh.plain_pages(src):
        lines, ops, y = page.split("\n"), [b"BT", b"/F1 %.1f Tf" % size], 842 - top
        for i, line in enumerate(lines):
            y -= lead
            words = line.split()
            if not words:
                continue
            indent = len(line) - len(line.lstrip(" "))
            x0 = left + indent * width(" ", size)
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            space = width(" ", size)
            natural = sum(width(w, size) for w in words)
            gap = space
            if nxt.strip() and len(words) > 1 and not re.match(r"\s*(\d+\.|-|\*)\s", nxt):
                gap = min(3 * space, max(space, (measure - (x0 - left) - natural) / (len(words) - 1)))
            parts = []
            for wi, w in enumerate(words):
                if wi:
                    parts.append(b"%.0f" % (-gap * 1000 / size))
                run = w[0]
                for a, b in zip(w, w[1:]):
                    k = KERN.get((a, b))
                    if k:
                        parts.append(pdf_string(run))
                        parts.append(b"%d" % -k)
                        run = b
                    else:
                        run += b
                parts.append(pdf_string(run))
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (x0, y, b" ".join(parts)))
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for content in pages:
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                    b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % len(objs))
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    data, offsets = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", []
    for n, o in enumerate(objs, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(out, "wb") as f:
        f.write(data)


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
