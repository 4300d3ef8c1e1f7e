#!/usr/bin/env python3
"""The tenth blind round's Python-made variant (tenth.sh runs it).

Usage: python3 tenth.py fpdf2-sup SRC.md OUT.pdf
  fpdf2-sup  ninth.py's fpdf2 route, but the footnote markers kept as <sup>: fpdf2 raises
             them with the text-rise operator (Ts) on the same line, in a smaller size.
"""

import re
import sys

import ninth


def fpdf2_sup(src, out):
    from fpdf import FPDF
    body = ninth.html_body(src)
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    fonts = "/usr/share/fonts/truetype/dejavu/"
    for style, name in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
        pdf.add_font("DejaVu", style, fonts + f"DejaVuSerif{name}.ttf")
    pdf.set_font("DejaVu", size=8)
    pdf.add_page()
    for i, part in enumerate(re.split(r'<div class="page-break">\s*</div>', body)):
        if i:
            pdf.add_page()
        # the wrappers fpdf2 does not know go; <sup> stays
        part = re.sub(r"</?(section|div|span|a)[^>]*>", "", part)
        pdf.write_html(part, font_family="DejaVu")
    pdf.output(out)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"fpdf2-sup": fpdf2_sup}[kind](src, out)
