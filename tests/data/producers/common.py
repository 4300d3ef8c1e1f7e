#!/usr/bin/env python3
"""What the rounds' Python-made variants (ninth.py ... thirteenth.py) share.

  GYRE              the TeX Gyre OpenType fonts;
  split_pages(doc)  an HTML document as (head, [page bodies], tail) at the source's page breaks;
  plain_pages(src, columns)  pandoc's plain text of SRC.md, one string per page of the truth;
  typst_pdf(src, out, head, fonts)  pandoc's AST as Typst markup after HEAD, compiled by Typst;
  laid_lines(page, measure, space, width)  a page of plain text laid out line by line: each
                    line's indent, words and word gap, the gap stretched so that the lines of a
                    paragraph are justified (at most three spaces);
  base14(name)      a base-14 font's string widths (fpdf2's metrics);
  pdf_string(s), write_pdf(contents, fonts, out, boxes)  a minimal PDF writer: one content
                    stream per page, base-14 fonts by name (WinAnsi, not embedded).
"""

import os
import re
import subprocess

import ninth

GYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre/"
PAGE_BREAK = r'<div class="page-break">\s*</div>'


def split_pages(doc):
    head, rest = doc.split("<body>", 1)
    body, tail = rest.rsplit("</body>", 1)
    return head, re.split(PAGE_BREAK, body), tail


def plain_pages(src, columns=90):
    marked = re.sub(r'(```\{=html\}\n)?<div class="page-break"></div>(\n```)?', "FORMFEEDMARK",
                    open(src, encoding="utf-8").read())
    text = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "plain", f"--columns={columns}"],
                          input=marked.encode("utf-8"), capture_output=True,
                          check=True).stdout.decode("utf-8")
    return re.split(r"\n*FORMFEEDMARK\n*", text)


def typst_pdf(src, out, head, fonts=()):
    import typst as ty
    work = out + ".typ"
    with open(work, "w", encoding="utf-8") as f:
        f.write(head + ninth.blocks(ninth.ast(src)["blocks"]))
    try:
        ty.compile(work, output=out, font_paths=["/usr/share/fonts", *fonts])
    finally:
        os.remove(work)


def laid_lines(page, measure, space, width):
    """(line number, indent in points, words, gap) for each line of PAGE that has words."""
    lines = page.split("\n")
    for i, line in enumerate(lines):
        words = line.split()
        if not words:
            continue
        indent = (len(line) - len(line.lstrip(" "))) * space
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        gap = space
        if nxt.strip() and len(words) > 1 and not re.match(r"\s*(\d+\.|-|\*)\s", nxt):
            natural = sum(width(w) for w in words)
            gap = min(3 * space, max(space, (measure - indent - natural) / (len(words) - 1)))
        yield i, indent, words, gap


def base14(name, style=""):
    """The width in points of a string in a base-14 font (WinAnsi; STYLE fpdf2's "B", "I") at a
    size: f(s, size)."""
    from fpdf import FPDF
    metric = FPDF(unit="pt")
    metric.core_fonts_encoding = "windows-1252"
    metric.set_font(name, style=style, size=1000)
    return lambda s, size: sum(metric.get_string_width(c if c.encode("cp1252", "ignore") else "?")
                               for c in s) * size / 1000


def pdf_string(s):
    b = s.encode("cp1252", errors="replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(contents, fonts, out, box=(0, 0, 595, 842)):
    """CONTENTS: one content stream (bytes) per page; FONTS: base-14 names, /F1 ... /Fn."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None]
    res = b" ".join(b"/F%d %d 0 R" % (n, len(objs) + n) for n in range(1, len(fonts) + 1))
    for name in fonts:
        objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
                    % name.encode())
    kids = []
    for content in contents:
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [%d %d %d %d] /Resources "
                    b"<< /Font << %s >> >> /Contents %d 0 R >>" % (*box, res, len(objs)))
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
