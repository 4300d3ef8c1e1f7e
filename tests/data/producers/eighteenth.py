#!/usr/bin/env python3
"""The eighteenth blind round's Python-made variants (eighteenth.sh runs them).

Usage: python3 eighteenth.py KIND SRC OUT     (SRC.md -> OUT.pdf; scan-under: SRC.pdf)
Every kind pours the page's paragraphs (pandoc's plain text; a list item or a heading is a
paragraph of its own, a table-like paragraph that fits keeps its lines, a hard line break
stays one) into frames as a
layout program does: words wrapped greedily to the frame, justified (gaps at most three
spaces), a blank line between paragraphs; Times-Roman body, Helvetica-Bold headings where said.
  cols2-midspan   two balanced columns, then the page's middle heading (not a list item) set across the page in
                  Helvetica-Bold 11 pt, then two new balanced columns under it (a "band" layout:
                  each band's left column, then its right); the right columns written first;
  cols2-figure    two columns, each one frame with a text wrap round a grey picture (a filled
                  box with a cross, no text) spanning both columns in the page's middle: each
                  column reads above the picture, then below it, then the next column;
  cols3-ingress   a spanning title (the page's first line, Helvetica-Bold 15 pt) and a spanning
                  ingress (the next paragraph, Times 10.5 pt across the page), then the rest in
                  three balanced columns of 7.5 pt;
  cols2-unequal   a narrow first column (a third of the measure) and a wide second one, the
                  text threaded from the narrow into the wide one mid-paragraph;
  cols2-foot      two balanced columns; the page's last paragraph set across the page under a
                  short rule at the foot in 7 pt (a footnote area spanning both columns);
  shaded-box      one column; every fourth paragraph in a framed box with a light grey fill
                  (drawn before its text), indented 18 pt on both sides, in Helvetica 8.5 pt;
  artifact-chrome the body in /P marked content with MCIDs, with a running head ("Malmö stad"
                  left, "Kommunstyrelsen" right) and foot ("Sida N (M)") in the body's font and
                  size, each inside /Artifact marked content as Word's "Save as PDF" writes
                  them (not in the truth);
  sida-av         the same head and foot, untagged, no marks: a tjänsteskrivelse's "Dnr KS
                  2020/375" left and "Sida N (M)" right at the top, in the body's size (not
                  in the truth);
  line-numbers    every fifth line numbered in the left margin (Helvetica 7 pt, grey, right
                  aligned 14 pt before the text), the numbers written after the body (not in
                  the truth);
  tm-scale        the font selected at size 1 (1 Tf) and every line's size and a horizontal
                  condensing to 88 % given by its Tm ([8.8 0 0 10 x y]); Tw in text space;
  fake-oblique    headings and every third paragraph slanted by the text matrix ([s 0 0.21s s x
                  y], a synthetic italic as office programs draw a missing italic);
  header-table    page 1's first short lines in a bordered two-column table (row by row, as a
                  tjänsteskrivelse's header: "Datum" | "Dnr"), each cell's text 4 pt in, then
                  the body;
  words-reversed  every word its own Tj at its own Tm (no space glyphs), each line's words
                  written last to first;
  turned-pages    every second page's content turned 90 degrees counter-clockwise inside the
                  portrait media box, with no /Rotate (a landscape page pasted in sideways:
                  its lines run bottom to top);
  scan-under      a "searchable" scan as office scanners make it: each line of text (pdftotext
                  -bbox-layout of SRC.pdf) one Tj in Times, visible (render mode 0) and scaled
                  by Tz to the line's box, then the page's grey JPEG (45 dpi) painted over it.
Needs pandoc, fpdf2 (base-14 metrics), poppler-utils and Pillow (scan-under).
"""

import html
import os
import re
import subprocess
import sys
import tempfile

import common
from fifteenth import Doc, H, W, base14_font, page_dict
from seventeenth import bold_metric, is_heading

TIMES = common.base14("times")
HELV = common.base14("helvetica")
BOLD = bold_metric()
LIST = re.compile(r"\s*(\d+\.|-|\*)\s")
TABLE = re.compile(r"\S {2,}\S")


def units(page):
    """The page's paragraphs: [(lines, heading)]; a list item or heading is its own."""
    lines = page.strip("\n").split("\n")
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        new = i == 0 or not lines[i - 1].strip() or LIST.match(line)
        if new:
            out.append(([], is_heading(page.strip("\n"), i)))
        out[-1][0].append(line)
    return out


def hard_lines(lines, columns=90):
    """The words of a paragraph's lines joined where pandoc wrapped them (the next line's
    first word would not have fit), kept apart at a hard break ("Förord" / "Inledning")."""
    out = [lines[0].split()]
    for prev, line in zip(lines, lines[1:]):
        first = line.split()[0]
        if len(prev.rstrip()) + 1 + len(first) > columns:
            out[-1].extend(line.split())
        else:
            out.append(line.split())
    return out


def wrap(para, measure, size, width=TIMES):
    """A paragraph's lines in a frame MEASURE wide: [(indent, words, gap)]."""
    lines, heading = para
    space = width(" ", size)
    if any(TABLE.search(line.strip()) for line in lines) and \
            all(width(line.strip(), size) <= measure for line in lines):
        return [(0.0, line.split(), space) for line in lines]
    indent = (len(lines[0]) - len(lines[0].lstrip(" "))) * space
    # a list item's further lines hang two spaces in: they are wrapped that much narrower
    # (before the twenty-third round they were not, and ran two spaces past the measure; the
    # PDFs committed before then keep those lines)
    hang = 2 * space if LIST.match(lines[0]) else 0.0
    out = []
    for words in hard_lines(lines):
        cur = []
        for w in words:
            if cur and width(" ".join(cur + [w]), size) > measure - indent - (hang if out else 0.0):
                out.append(cur)
                cur = []
            cur.append(w)
        out.append(cur)
    laid = []
    for n, ws in enumerate(out):
        gap = space
        room = measure - indent - (hang if n else 0.0)
        if n + 1 < len(out) and len(ws) > 1 and not heading:
            natural = sum(width(w, size) for w in ws)
            gap = min(3 * space, max(space, (room - natural) / (len(ws) - 1)))
        laid.append((indent + (hang if n else 0.0), ws, gap))
    return laid


def flow(paras, measure, size, width=TIMES):
    """PARAS wrapped, a None between paragraphs (a blank line)."""
    out = []
    for para in paras:
        if out:
            out.append(None)
        out.extend(wrap(para, measure, size, width))
    return out


def balance(lines, n):
    """LINES in N columns of about equal rows (a column never starts with a blank)."""
    rows = -(-len(lines) // n)
    cols, start = [], 0
    for _ in range(n):
        col = lines[start:start + rows]
        start += rows
        while start < len(lines) and lines[start] is None:
            start += 1
        cols.append(col)
    return cols


def tj(line, x, y, size, font=b"/F1", width=TIMES):
    indent, words, gap = line
    return b"BT %s %.2f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
        font, size, gap - width(" ", size), x + indent, y, common.pdf_string(" ".join(words)))


def set_columns(cols, top, colw, gutter, size, lead, order=None, drop=0.0):
    """COLS (of [`balance`]) side by side under TOP, the first at LEFT, in ORDER (left to
    right unless given), column c DROP * c lower: the ops."""
    ops = []
    for c in order or range(len(cols)):
        for r, line in enumerate(cols[c]):
            if line is not None:
                ops.append(tj(line, LEFT + c * (colw + gutter), top - (r + 1) * lead - c * drop, size))
    return ops


def shrink(fits, size=9.5):
    """The largest size (steps of 0.25 pt down to 4) for which FITS(size) gives a layout."""
    while size > 4:
        got = fits(size)
        if got is not None:
            return got
        size -= 0.25
    raise SystemExit("a page does not fit at 4 pt")


LEFT, TOP, BOTTOM = 50.0, 56.0, 40.0
MEASURE = W - 2 * LEFT


def cols2_midspan(src, out):
    doc = Doc()
    f1, f2 = base14_font(doc, "Times-Roman"), base14_font(doc, "Helvetica-Bold")
    gutter = 14.0
    colw = (MEASURE - gutter) / 2
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)
        total = sum(len(" ".join(p[0])) for p in paras)
        seen, mid = 0, None
        for k, p in enumerate(paras):
            if p[1] and not LIST.match(p[0][0]) and 1 < k < len(paras) - 1 and (mid is None or abs(seen - total / 2) < best):
                mid, best = k, abs(seen - total / 2)
            seen += len(" ".join(p[0]))
        bands = [paras] if mid is None else [paras[:mid], paras[mid + 1:]]

        def fits(size):
            lead, ops, y = size * 1.2, [], H - TOP
            for b, band in enumerate(bands):
                if b == 1:
                    text = " ".join(paras[mid][0]).strip()
                    hs = min(11.0, MEASURE / max(BOLD(text, 1.0), 1e-3))
                    y -= hs * 1.6
                    ops.append(b"BT /F2 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                        hs, LEFT, y, common.pdf_string(text)))
                    y -= hs * 0.6
                cols = balance(flow(band, colw, size), 2)
                ops += set_columns(cols, y, colw, gutter, size, lead, (1, 0))
                y -= len(cols[0]) * lead
            return ops if y >= BOTTOM else None

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1, f2]))
    doc.write(pages, out)


def cols2_figure(src, out):
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    gutter = 14.0
    colw = (MEASURE - gutter) / 2
    figh = 150.0
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)

        def fits(size):
            lead = size * 1.2
            lines = flow(paras, colw, size)
            room = H - TOP - BOTTOM - figh - 2 * lead
            rows = int(room // lead)
            if len(lines) > 2 * rows:
                return None
            cols = balance(lines, 2)
            above = len(cols[0]) // 2
            fig_top = H - TOP - above * lead - lead * 0.4
            ops = [b"q 0.82 g %.2f %.2f %.2f %.2f re f 0.5 G 1 w %.2f %.2f m %.2f %.2f l %.2f %.2f "
                   b"m %.2f %.2f l S Q" % (LEFT, fig_top - figh, MEASURE, figh, LEFT, fig_top,
                                           LEFT + MEASURE, fig_top - figh, LEFT, fig_top - figh,
                                           LEFT + MEASURE, fig_top)]
            for c, col in enumerate(cols):
                for k, line in enumerate(col):
                    if line is None:
                        continue
                    y = H - TOP - (k + 1) * lead
                    if k >= above:
                        y -= figh + lead
                    ops.append(tj(line, LEFT + c * (colw + gutter), y, size))
            return ops

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1]))
    doc.write(pages, out)


def cols3_ingress(src, out):
    doc = Doc()
    f1, f2 = base14_font(doc, "Times-Roman"), base14_font(doc, "Helvetica-Bold")
    gutter = 11.0
    colw = (MEASURE - 2 * gutter) / 3
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)
        title = " ".join(paras[0][0]).strip() if paras else ""
        ingress, rest = paras[1:2], paras[2:]

        def fits(size):
            ts = min(15.0, MEASURE / max(BOLD(title, 1.0), 1e-3))
            y = H - TOP - ts
            ops = [b"BT /F2 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                ts, LEFT, y, common.pdf_string(title))]
            isize = min(10.5, size * 1.4)
            y -= ts * 0.6
            for line in flow(ingress, MEASURE, isize):
                y -= isize * 1.25
                if line is not None:
                    ops.append(tj(line, LEFT, y, isize))
            y -= isize * 0.8
            lead = size * 1.2
            cols = balance(flow(rest, colw, size), 3)
            ops += set_columns(cols, y, colw, gutter, size, lead)
            return ops if y - len(cols[0]) * lead >= BOTTOM else None

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits, 7.5))), [f1, f2]))
    doc.write(pages, out)


def cols2_unequal(src, out):
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    gutter = 16.0
    narrow = (MEASURE - gutter) / 3
    wide = MEASURE - gutter - narrow
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)

        def fits(size):
            lead = size * 1.2
            rows = int((H - TOP - BOTTOM) // lead)
            # the narrow frame's lines first; the paragraph it stops in goes on in the wide one
            first = flow(paras, narrow, size)[:rows]
            placed = sum(1 for line in first if line is not None)
            words_done = sum(len(line[1]) for line in first if line is not None)
            left_over, rest_paras = words_done, []
            for p in paras:
                n = len(" ".join(p[0]).split())
                if left_over >= n:
                    left_over -= n
                    continue
                if left_over:
                    tail = " ".join(p[0]).split()[left_over:]
                    rest_paras.append(([" ".join(tail)], False))
                    left_over = 0
                else:
                    rest_paras.append(p)
            second = flow(rest_paras, wide, size)
            if len(second) > rows or (paras and not placed):
                return None
            ops = []
            for k, line in enumerate(first):
                if line is not None:
                    ops.append(tj(line, LEFT, H - TOP - (k + 1) * lead, size))
            for k, line in enumerate(second):
                if line is not None:
                    ops.append(tj(line, LEFT + narrow + gutter, H - TOP - (k + 1) * lead, size))
            return ops

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1]))
    doc.write(pages, out)


def cols2_foot(src, out):
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    gutter = 14.0
    colw = (MEASURE - gutter) / 2
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)
        body, foot = (paras[:-1], paras[-1:]) if len(paras) > 2 else (paras, [])

        def fits(size):
            lead = size * 1.2
            cols = balance(flow(body, colw, size), 2)
            fl = flow(foot, MEASURE, min(7.0, size))
            fy = BOTTOM + len(fl) * 8.4
            ops = []
            for c, col in enumerate(cols):
                for k, line in enumerate(col):
                    if line is not None:
                        ops.append(tj(line, LEFT + c * (colw + gutter), H - TOP - (k + 1) * lead, size))
            if H - TOP - len(cols[0]) * lead < fy + 20:
                return None
            if fl:
                ops.append(b"q 0.5 w %.2f %.2f m %.2f %.2f l S Q" % (LEFT, fy + 6, LEFT + 120, fy + 6))
            for k, line in enumerate(fl):
                if line is not None:
                    ops.append(tj(line, LEFT, fy - (k + 1) * 8.4, min(7.0, size)))
            return ops

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1]))
    doc.write(pages, out)


def one_column(src, out, draw, fonts=("Times-Roman",), size0=9.5, extra=None):
    """Pages poured into one column; DRAW(k, para, lines, y, size, lead) -> (ops, y) lays one
    paragraph (k its number on the page); EXTRA(n, pages) -> (ops, resources) per page."""
    doc = Doc()
    refs = [base14_font(doc, f) for f in fonts]
    texts = common.plain_pages(src)
    pages = []
    for n, page in enumerate(texts):
        paras = units(page)

        def fits(size):
            lead, y, ops = size * 1.2, H - TOP, []
            for k, para in enumerate(paras):
                got, y = draw(k, para, y, size, lead)
                ops.extend(got)
                y -= lead
            return ops if y >= BOTTOM - lead else None

        ops = shrink(fits, size0)
        more, res = extra(n, len(texts), doc) if extra else ([], b"")
        pages.append(page_dict(doc.stream(b"\n".join(ops + more)), refs, res))
    doc.write(pages, out)


def plain_draw(k, para, y, size, lead):
    ops = []
    for line in wrap(para, MEASURE, size):
        y -= lead
        ops.append(tj(line, LEFT, y, size))
    return ops, y


def shaded_box(src, out):
    def draw(k, para, y, size, lead):
        if k % 4 != 3 or para[1]:
            return plain_draw(k, para, y, size, lead)
        bs = size * 0.9
        lines = wrap(para, MEASURE - 36 - 12, bs, HELV)
        h = len(lines) * bs * 1.2 + 10
        ops = [b"q 0.92 g 0.3 G 0.6 w %.2f %.2f %.2f %.2f re B Q" % (LEFT + 18, y - h, MEASURE - 36, h)]
        y -= 4
        for line in lines:
            y -= bs * 1.2
            ops.append(tj(line, LEFT + 24, y, bs, b"/F2", HELV))
        return ops, y - 6

    one_column(src, out, draw, ("Times-Roman", "Helvetica"))


def tagged_draw(k, para, y, size, lead):
    ops = [b"/P <</MCID %d>> BDC" % k]
    got, y = plain_draw(k, para, y, size, lead)
    return ops + got + [b"EMC"], y


def chrome(n, total, size, marked, left_text):
    right = "Sida %d (%d)" % (n + 1, total)
    ops = []
    for text, x, y in ((left_text, LEFT, H - 34), ("Kommunstyrelsen", W - LEFT - TIMES("Kommunstyrelsen", size), H - 34),
                       (right, W - LEFT - TIMES(right, size), 24)):
        op = b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (size, x, y, common.pdf_string(text))
        ops.append(b"/Artifact <</Type /Pagination>> BDC " + op + b" EMC" if marked else op)
    return ops


def artifact_chrome(src, out):
    one_column(src, out, tagged_draw,
               extra=lambda n, total, doc: (chrome(n, total, 9.5, True, "Malmö stad"), b""))


def sida_av(src, out):
    one_column(src, out, plain_draw,
               extra=lambda n, total, doc: (chrome(n, total, 9.5, False, "Dnr KS 2020/375"), b""))


def line_numbers(src, out):
    ys = []

    def draw(k, para, y, size, lead):
        if k == 0:
            ys.clear()
        ops, y2 = plain_draw(k, para, y, size, lead)
        ys.extend(y - (i + 1) * lead for i in range(len(ops)))
        return ops, y2

    def extra(n, total, doc):
        ops = [b"q 0.45 g BT /F2 7 Tf"]
        for i, y in enumerate(ys, 1):
            if i % 5 == 0:
                ops.append(b"1 0 0 1 %.2f %.2f Tm (%d) Tj" % (LEFT - 14 - HELV(str(i), 7), y, i))
        return ops + [b"ET Q"], b""

    one_column(src, out, draw, ("Times-Roman", "Helvetica"), extra=extra)


def tm_scale(src, out):
    sx = 0.88

    def draw(k, para, y, size, lead):
        ops = []
        width = lambda s, sz: TIMES(s, sz) * sx
        for indent, words, gap in wrap(para, MEASURE, size, width):
            y -= lead
            tw = (gap - width(" ", size)) / (size * sx)
            ops.append(b"BT /F1 1 Tf %.4f Tw %.3f 0 0 %.3f %.2f %.2f Tm %s Tj ET" % (
                tw, size * sx, size, LEFT + indent, y, common.pdf_string(" ".join(words))))
        return ops, y

    one_column(src, out, draw, size0=10.0)


def fake_oblique(src, out):
    def draw(k, para, y, size, lead):
        if not (para[1] or k % 3 == 2):
            return plain_draw(k, para, y, size, lead)
        ops = []
        for indent, words, gap in wrap(para, MEASURE, size):
            y -= lead
            ops.append(b"BT /F1 %.2f Tf %.3f Tw 1 0 0.21 1 %.2f %.2f Tm %s Tj ET" % (
                size, gap - TIMES(" ", size), LEFT + indent, y, common.pdf_string(" ".join(words))))
        return ops, y

    one_column(src, out, draw)


def header_table(src, out):
    cellw = MEASURE / 2
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for n, page in enumerate(common.plain_pages(src)):
        paras = units(page)
        cells = []
        if n == 0:
            while len(cells) < 6 and paras and len(paras[0][0]) == 1 and \
                    TIMES(paras[0][0][0].strip(), 9.5) < cellw - 10:
                cells.append(paras.pop(0)[0][0].strip())
            if len(cells) % 2:
                paras.insert(0, ([cells.pop()], True))

        def fits(size):
            lead, y, ops = size * 1.2, H - TOP, []
            rowh = size * 2.2
            for r in range(0, len(cells), 2):
                for c in range(2):
                    x = LEFT + c * cellw
                    ops.append(b"q 0.5 w %.2f %.2f %.2f %.2f re S Q" % (x, y - rowh, cellw, rowh))
                    ops.append(b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                        size, x + 4, y - rowh + size * 0.7, common.pdf_string(cells[r + c])))
                y -= rowh
            if cells:
                y -= lead
            for k, para in enumerate(paras):
                got, y = plain_draw(k, para, y, size, lead)
                ops.extend(got)
                y -= lead
            return ops if y >= BOTTOM - lead else None

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1]))
    doc.write(pages, out)


def words_reversed(src, out):
    def draw(k, para, y, size, lead):
        ops = []
        for indent, words, gap in wrap(para, MEASURE, size):
            y -= lead
            xs, x = [], LEFT + indent
            for w in words:
                xs.append(x)
                x += TIMES(w, size) + gap
            for x, w in reversed(list(zip(xs, words))):
                ops.append(b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                    size, x, y, common.pdf_string(w)))
        return ops, y

    one_column(src, out, draw)


def turned_pages(src, out):
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for n, page in enumerate(common.plain_pages(src)):
        paras = units(page)
        turned = n % 2 == 1
        pw, ph = (H, W) if turned else (W, H)
        measure = pw - 2 * LEFT

        def fits(size):
            lead, y, ops = size * 1.2, ph - TOP, []
            for para in paras:
                for line in wrap(para, measure, size):
                    y -= lead
                    ops.append(tj(line, LEFT, y, size))
                y -= lead
            return ops if y >= BOTTOM - lead else None

        ops = shrink(fits)
        if turned:
            # landscape content turned counter-clockwise into the portrait box: x' = W - y, y' = x
            ops = [b"q 0 1 -1 0 %.2f 0 cm" % W] + ops + [b"Q"]
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def scan_under(src, out):
    from PIL import Image
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", "45", "-gray", "-jpeg", "-jpegopt", "quality=30",
                        src, os.path.join(work, "p")], check=True)
        images = sorted(f for f in os.listdir(work) if f.endswith(".jpg"))
        layout = subprocess.run(["pdftotext", "-bbox-layout", src, "-"], capture_output=True,
                                check=True).stdout.decode("utf-8")
        doc = Doc()
        f1 = base14_font(doc, "Times-Roman")
        pages = []
        page_re = r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>'
        for img, m in zip(images, re.finditer(page_re, layout, re.S)):
            pw, ph = float(m.group(1)), float(m.group(2))
            ops = [b"BT 0 Tr"]
            for line in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                    r'yMax="([\d.]+)">(.*?)</line>', m.group(3), re.S):
                x0, y0, x1, y1 = (float(line.group(k)) for k in range(1, 5))
                words = [html.unescape(t) for t in re.findall(r'<word [^>]*>(.*?)</word>', line.group(5))]
                text = " ".join(words)
                size = round((y1 - y0) * 0.85, 1)
                natural = TIMES(text, size)
                if natural <= 0 or size <= 0:
                    continue
                ops.append(b"/F1 %.1f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                    size, 100 * (x1 - x0) / natural, x0, ph - y1 + (y1 - y0) * 0.2,
                    common.pdf_string(text)))
            ops.append(b"ET")
            data = open(os.path.join(work, img), "rb").read()
            iw, ih = Image.open(os.path.join(work, img)).size
            im = doc.add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
                         b"/DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\n"
                         b"stream\n" % (iw, ih, len(data)) + data + b"\nendstream")
            ops.append(b"q %.2f 0 0 %.2f 0 0 cm /Im1 Do Q" % (pw, ph))
            pages.append(b"/MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R >> "
                         b"/XObject << /Im1 %d 0 R >> >> /Contents %d 0 R" % (
                             pw, ph, f1, im, doc.stream(b"\n".join(ops))))
        doc.write(pages, out)


KINDS = {"cols2-midspan": cols2_midspan, "cols2-figure": cols2_figure,
         "cols3-ingress": cols3_ingress, "cols2-unequal": cols2_unequal, "cols2-foot": cols2_foot,
         "shaded-box": shaded_box, "artifact-chrome": artifact_chrome, "sida-av": sida_av,
         "line-numbers": line_numbers, "tm-scale": tm_scale, "fake-oblique": fake_oblique,
         "header-table": header_table, "words-reversed": words_reversed,
         "turned-pages": turned_pages, "scan-under": scan_under}

if __name__ == "__main__":
    KINDS[sys.argv[1]](sys.argv[2], sys.argv[3])
