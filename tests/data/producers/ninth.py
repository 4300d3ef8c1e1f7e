#!/usr/bin/env python3
"""The ninth blind round of the producer matrix: producers no earlier round used.

Usage: python3 ninth.py KIND SRC.md OUT.pdf
  typst     pandoc's AST written as Typst markup, compiled by Typst (the `typst` package on
            PyPI): Typst's own PDF writer and font subsetting;
  xhtml2pdf pandoc's HTML through xhtml2pdf (ReportLab underneath, as web applications
            that print forms and letters use it);
  fpdf2     pandoc's HTML through fpdf2's write_html (a TrueType font embedded: DejaVu Serif);
  sidebar   pandoc's HTML for Chromium (make.sh prints it): the first page's table and its
            source line in a bordered box floated right, the body text flowing around it; the
            second page in two balanced CSS columns;
  plain     pandoc's plain text, one form feed per page break (for enscript, make.sh).
Needs pandoc, and `pip install typst xhtml2pdf fpdf2`. Page breaks are the source's
`<div class="page-break">` (html) blocks, so each page of the truth is one page.
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def ast(src):
    out = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "json", src],
                         capture_output=True, check=True).stdout
    return json.loads(out)


def html_body(src):
    body = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "html", src],
                          capture_output=True, check=True).stdout.decode("utf-8")
    # the notes as the other HTML producers print them (make.sh's notes.css): no back link,
    # no rule above them
    body = re.sub(r'<a href="#fnref\d+"\s+class="footnote-back"[^>]*>.*?</a>', "", body, flags=re.S)
    return re.sub(r"<hr\s*/?>", "", body)


def html(src, extra_css=""):
    css = open(os.path.join(HERE, "print.css"), encoding="utf-8").read() + extra_css
    body = html_body(src)
    return ("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><style>"
            + css + "</style></head><body>" + body + "</body></html>")


# --- Typst -------------------------------------------------------------------------------

def tstr(s):
    return '#"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def inlines(xs):
    out = []
    for x in xs:
        t, c = x["t"], x.get("c")
        if t == "Str":
            out.append(tstr(c))
        elif t in ("Space", "SoftBreak"):
            out.append(" ")
        elif t == "LineBreak":
            out.append("#linebreak()")
        elif t == "Strong":
            out.append("#strong[" + inlines(c) + "]")
        elif t == "Emph":
            out.append("#emph[" + inlines(c) + "]")
        elif t == "SmallCaps":
            out.append("#smallcaps[" + inlines(c) + "]")
        elif t == "Span":
            cls = c[0][1]
            inner = inlines(c[1])
            out.append("#smallcaps[" + inner + "]" if "smallcaps" in cls else inner)
        elif t == "Link":
            out.append(inlines(c[1]))
        elif t == "Note":
            out.append("#footnote[" + blocks(c) + "]")
        elif t == "Quoted":
            out.append(tstr("”") + inlines(c[1]) + tstr("”"))
        elif t == "Code":
            out.append(tstr(c[1]))
        else:
            raise SystemExit(f"typst: inline {t} not handled")
    return "".join(out)


def cell_blocks(cell):
    return "[" + blocks(cell[4]) + "]"


def blocks(bs):
    out = []
    for b in bs:
        t, c = b["t"], b.get("c")
        if t in ("Para", "Plain"):
            out.append(inlines(c) + "\n\n")
        elif t == "Header":
            out.append(f"#heading(level: {c[0]})[" + inlines(c[2]) + "]\n\n")
        elif t == "OrderedList":
            start = c[0][0]
            items = ", ".join("[" + blocks(i).strip() + "]" for i in c[1])
            out.append(f"#enum(start: {start}, {items})\n\n")
        elif t == "BulletList":
            items = ", ".join("[" + blocks(i).strip() + "]" for i in c)
            out.append(f"#list({items})\n\n")
        elif t == "RawBlock":
            if c[0] == "html" and "page-break" in c[1]:
                out.append("#pagebreak()\n\n")
            elif c[0] == "html" and "empty-page" in c[1]:
                out.append("#box(height: 1pt)\n\n")
        elif t == "Div":
            out.append(blocks(c[1]))
        elif t == "Table":
            colspecs = c[2]
            aligns = ", ".join("right" if a[0]["t"] == "AlignRight" else "left"
                               for a in colspecs)
            rows = [r for r in c[3][1]]
            for body in c[4]:
                rows += body[3]
            cells = ", ".join(cell_blocks(cell) for r in rows for cell in r[1])
            out.append(f"#table(columns: {len(colspecs)}, align: ({aligns},), {cells})\n\n")
        elif t == "HorizontalRule":
            out.append("#line(length: 100%)\n\n")
        else:
            raise SystemExit(f"typst: block {t} not handled")
    return "".join(out)


def typst(src, out):
    import typst as ty
    doc = ast(src)
    head = ('#set page(paper: "a4", margin: 1.8cm)\n'
            '#set text(font: "Liberation Serif", size: 9.5pt, lang: "sv")\n'
            '#set par(leading: 0.5em)\n'
            '#show heading.where(level: 1): set text(size: 20pt)\n'
            '#show heading.where(level: 2): set text(size: 15pt)\n'
            '#show heading.where(level: 3): set text(size: 12pt)\n\n')
    markup = head + blocks(doc["blocks"])
    work = out + ".typ"
    with open(work, "w", encoding="utf-8") as f:
        f.write(markup)
    try:
        ty.compile(work, output=out, font_paths=["/usr/share/fonts"])
    finally:
        os.remove(work)


# --- xhtml2pdf and fpdf2 -------------------------------------------------------------------

def xhtml2pdf(src, out):
    from xhtml2pdf import pisa
    # xhtml2pdf knows page-break-after, not break-after.
    doc = html(src, ".page-break { page-break-after: always; }")
    with open(out, "wb") as f:
        status = pisa.CreatePDF(doc, dest=f, encoding="utf-8")
    if status.err:
        raise SystemExit("xhtml2pdf failed")


def fpdf2(src, out):
    from fpdf import FPDF
    body = html_body(src)
    pdf = FPDF(format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 15)
    fonts = "/usr/share/fonts/truetype/dejavu/"
    pdf.add_font("DejaVu", "", fonts + "DejaVuSerif.ttf")
    pdf.add_font("DejaVu", "B", fonts + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVu", "I", fonts + "DejaVuSerif-Italic.ttf")
    pdf.add_font("DejaVu", "BI", fonts + "DejaVuSerif-BoldItalic.ttf")
    pdf.set_font("DejaVu", size=8)
    pdf.add_page()
    parts = re.split(r'<div class="page-break">\s*</div>', body)
    for i, part in enumerate(parts):
        if i:
            pdf.add_page()
        # fpdf2 knows no <section>/<aside>/<sup> wrappers pandoc writes around notes
        part = re.sub(r"</?(section|div|span|a|sup)[^>]*>", "", part)
        pdf.write_html(part, font_family="DejaVu")
    pdf.output(out)


def plain(src, out):
    # pandoc's plain writer drops raw html: mark the page breaks first
    marked = re.sub(r'(```\{=html\}\n)?<div class="page-break"></div>(\n```)?', "FORMFEEDMARK",
                    open(src, encoding="utf-8").read())
    text = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "plain", "--columns=78"],
                          input=marked.encode("utf-8"), capture_output=True,
                          check=True).stdout.decode("utf-8")
    text = re.sub(r"\n*FORMFEEDMARK\n*", "\f", text)
    # Latin-1 (enscript's input) has no en dash
    text = text.replace("–", "-")
    with open(out, "w", encoding="latin-1", errors="replace") as f:
        f.write(text)


def sidebar(src, out):
    css = (".box { float: right; width: 45%; margin: 0 0 0.6em 1em; padding: 4pt;"
           " border: 0.75pt solid #444; background: #eef; }"
           " .cols { columns: 2; column-gap: 0.8cm; column-fill: balance; }"
           " .footnote-back { display: none; } section.footnotes hr { display: none; }")
    doc = html(src, css)
    head, rest = doc.split("<body>", 1)
    body, tail = rest.rsplit("</body>", 1)
    first, second = re.split(r'<div class="page-break">\s*</div>', body, maxsplit=1)
    # the table and the paragraph after it (its source) go into the box, placed before the
    # paragraph that introduces the table
    m = re.search(r"(<table.*?</table>\s*<p>.*?</p>)", first, flags=re.S)
    box = '<aside class="box">' + m.group(1) + "</aside>"
    first = first.replace(m.group(1), "")
    intro = first.index("<p>Regionstyrelsen")
    first = first[:intro] + box + first[intro:]
    body = first + '<div class="page-break"></div><div class="cols">' + second + "</div>"
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "<body>" + body + "</body>" + tail)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"typst": typst, "xhtml2pdf": xhtml2pdf, "fpdf2": fpdf2, "plain": plain,
     "sidebar": sidebar}[kind](src, out)
