#!/usr/bin/env python3
"""The nineteenth blind round's Python-made variants (nineteenth.sh runs them).

Usage: python3 nineteenth.py KIND SRC OUT     (SRC.md -> OUT.pdf; outlined-invisible: SRC.pdf)
Every kind pours the page's paragraphs as eighteenth.py does (justified, Times-Roman body).
  watermark        a draft's watermark: "UTKAST" in Helvetica-Bold 110 pt, light grey, turned
                   45 degrees across the page's middle, drawn after the body in the page's
                   content (as Word's watermark or a print server's stamp; not in the truth);
  pull-quote       a magazine page: two justified columns with a pull quote (the page's longest
                   paragraph's first words, Helvetica-Bold 12 pt between two rules) in a box
                   centred across the gutter in the page's middle, both columns' lines
                   shortened beside it (the text runs round it); the quote is not in the truth;
  hanging-list     list items with their marker ("1.", "-") as a text object of its own at the
                   margin and the item's text at a tab stop 22 pt in, its wrapped lines at the
                   tab stop; other paragraphs of more than one line with a hanging indent
                   (first line at the margin, the rest 18 pt in) as reference lists are set;
  curve-seal       a registrar's round seal at the top right of every page: "MALMÖ STAD *
                   KOMMUNSTYRELSEN * INKOM *" set glyph by glyph along a circle (each glyph
                   its own Tm turned to the tangent) inside a drawn ring, over the body's
                   right edge (not in the truth);
  callout-heads    the body in a narrower measure; every heading (not the page's first line,
                   nor one followed by another heading: a label over its value stays in the body)
                   in a framed box in the right margin beside the first line of the paragraph
                   it heads, Helvetica-Bold 8.5 pt (the heading comes before its paragraph in
                   the truth);
  liga-names       Times-Roman (base 14, not embedded) whose /Differences name the ligature
                   glyphs /fi and /fl on codes 1 and 2, every "fi" and "fl" drawn by them; no
                   ToUnicode and no ActualText (the glyph names are the only way back);
  tc-justify       lines justified by character spacing first (Tc up to 0.45 pt, different
                   on every line, as InDesign's letter-spacing justification), the rest by Tw;
  reversed-heads   headings in white Helvetica-Bold on a dark blue bar across the measure
                   (reversed-out type: white text that is visible);
  outlined-invisible  (the protocol and the follow-up only: the brochure's outlines are 9 MB)
                   a PDF whose glyphs are outlines (Ghostscript -dNoOutputFonts of the
                   committed LibreOffice PDF: no text left), under an invisible text layer
                   (render mode 3) line by line from pdftotext -bbox-layout, each line scaled
                   by Tz to its box, as "make searchable" tools write over vector pages;
  sign-boxes       a protocol's foot on every page: a bordered three-cell table at the bottom
                   with small labels "Justerandes signatur" and "Utdragsbestyrkande" in
                   Helvetica 6.5 pt (empty boxes for initials; not in the truth);
  glyphs-reversed  every glyph its own Tj at its own Tm, each line's glyphs written from the
                   last to the first (no space glyphs), as some right-to-left aware writers do;
  shy-winansi      sixteenth.py's hyphen-justify, but the hyphen added where a long word is
                   broken is byte 0xAD (WinAnsi's soft hyphen, as Word writes an optional
                   hyphen), the hyphens of "STK-2019-1535" staying 0x2D.
Needs pandoc, fpdf2 (base-14 metrics), poppler-utils, ghostscript and pypdf (outlined-invisible).
"""

import html
import math
import os
import re
import subprocess
import sys
import tempfile

import common
from eighteenth import (BOLD as HELVB, BOTTOM, HELV, LEFT, LIST, MEASURE, TIMES, TOP, one_column,
                        plain_draw, shrink, tj, units, wrap)
from fifteenth import Doc, H, W, base14_font, fit, page_dict
from sixteenth import hyphenated



def watermark(src, out):
    def extra(n, total, doc):
        size, c, s = 110.0, math.cos(math.pi / 4), math.sin(math.pi / 4)
        half = HELVB("UTKAST", size) / 2
        x, y = W / 2 - c * half, H / 2 - s * half
        return [b"q 0.82 g BT /F2 %.1f Tf %.4f %.4f %.4f %.4f %.2f %.2f Tm (UTKAST) Tj ET Q" % (
            size, c, s, -s, c, x, y)], b""

    one_column(src, out, plain_draw, ("Times-Roman", "Helvetica-Bold"), extra=extra)


def pour(paras, slots, size, font=b"/F1", width=TIMES):
    """PARAS' words poured into SLOTS [(x, y, measure)], a blank slot between paragraphs;
    the text objects, or None when they do not fit."""
    ops, k = [], 0
    space = width(" ", size)
    for p, (lines, heading) in enumerate(paras):
        if p:
            k += 1
        words = " ".join(lines).split()
        while words:
            if k >= len(slots):
                return None
            x, y, measure = slots[k]
            n = 1
            while n < len(words) and width(" ".join(words[:n + 1]), size) <= measure:
                n += 1
            line, words = words[:n], words[n:]
            gap = space
            if words and n > 1 and not heading:
                gap = min(3 * space, (measure - sum(width(w, size) for w in line)) / (n - 1))
            ops.append(tj((0.0, line, gap), x, y, size, font, width))
            k += 1
    return ops


def pull_quote(src, out):
    doc = Doc()
    f1, f2 = base14_font(doc, "Times-Roman"), base14_font(doc, "Helvetica-Bold")
    gutter, boxw = 14.0, 170.0
    colw = (MEASURE - gutter) / 2
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)
        longest = max(paras, key=lambda p: len(" ".join(p[0])), default=([""], False))
        quote = "”" + " ".join(" ".join(longest[0]).split()[:12]) + " …”"
        qlines = [(0.0, ws, HELVB(" ", 12)) for _, ws, _ in wrap(([quote], True), boxw - 16, 12, HELVB)]

        def fits(size):
            lead = size * 1.2
            rows = int((H - TOP - BOTTOM) // lead)
            qh = len(qlines) * 15 + 16
            q0 = rows // 2 - int(qh / lead / 2) - 1
            q1 = q0 + int(qh / lead) + 2
            cut = boxw / 2 - gutter / 2 + 6
            slots = []
            for c in range(2):
                x = LEFT + c * (colw + gutter)
                for r in range(rows):
                    y = H - TOP - (r + 1) * lead
                    if q0 <= r < q1:
                        slots.append((x + (cut if c else 0), y, colw - cut))
                    else:
                        slots.append((x, y, colw))
            ops = pour(paras, slots, size)
            if ops is None:
                return None
            top = H - TOP - q0 * lead - 4
            bx = W / 2 - boxw / 2
            ops.append(b"q 1 w %.2f %.2f m %.2f %.2f l %.2f %.2f m %.2f %.2f l S Q" % (
                bx, top, bx + boxw, top, bx, top - qh, bx + boxw, top - qh))
            for k, line in enumerate(qlines):
                ops.append(tj(line, bx + 8, top - 8 - (k + 1) * 15 + 3, 12, b"/F2", HELVB))
            return ops

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1, f2]))
    doc.write(pages, out)


def hanging_list(src, out):
    def draw(k, para, y, size, lead):
        lines, heading = para
        m = LIST.match(lines[0])
        if heading or (not m and len(wrap(para, MEASURE, size)) < 2):
            return plain_draw(k, para, y, size, lead)
        ops = []
        if m:
            marker, tab = m.group(1), 22.0
            body = ([lines[0][m.end():].strip()] + [line.strip() for line in lines[1:]], False)
            ops.append(b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                size, LEFT, y - lead, common.pdf_string(marker)))
            for line in wrap(body, MEASURE - tab, size):
                y -= lead
                ops.append(tj((0.0, line[1], line[2]), LEFT + tab, y, size))
            return ops, y
        first = wrap(para, MEASURE, size)[0]
        y -= lead
        ops.append(tj(first, LEFT, y, size))
        words = " ".join(lines).split()[len(first[1]):]
        if words:
            for line in wrap(([" ".join(words)], False), MEASURE - 18, size):
                y -= lead
                ops.append(tj((0.0, line[1], line[2]), LEFT + 18, y, size))
        return ops, y

    one_column(src, out, draw)


def curve_seal(src, out):
    text = "MALMÖ STAD * KOMMUNSTYRELSEN * INKOM * "

    def extra(n, total, doc):
        cx, cy, r, size = W - 70, H - 92, 40.0, 7.5
        ops = [b"q 0.1 0.2 0.6 RG 0.1 0.2 0.6 rg 1.2 w"]
        for rr in (r + 9, r - 4):
            k = 0.5523 * rr
            ops.append(b"%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
                       b"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c S" % (
                           cx + rr, cy, cx + rr, cy + k, cx + k, cy + rr, cx, cy + rr,
                           cx - k, cy + rr, cx - rr, cy + k, cx - rr, cy,
                           cx - rr, cy - k, cx - k, cy - rr, cx, cy - rr,
                           cx + k, cy - rr, cx + rr, cy - k, cx + rr, cy))
        total_w = HELVB(text, size)
        step = 2 * math.pi * r / total_w
        a = math.pi / 2 + math.pi * 0.9
        ops.append(b"BT /F2 %.1f Tf" % size)
        for ch in text:
            w = HELVB(ch, size)
            mid = a - step * w / 2
            # the glyph's baseline is the tangent at its middle, clockwise round the ring
            t = mid - math.pi / 2
            x = cx + r * math.cos(mid) - math.cos(t) * w / 2
            y = cy + r * math.sin(mid) - math.sin(t) * w / 2
            ops.append(b"%.4f %.4f %.4f %.4f %.2f %.2f Tm %s Tj" % (
                math.cos(t), math.sin(t), -math.sin(t), math.cos(t), x, y, common.pdf_string(ch)))
            a -= step * w
        return ops + [b"ET Q"], b""

    one_column(src, out, plain_draw, ("Times-Roman", "Helvetica-Bold"), extra=extra)


def callout_heads(src, out):
    doc = Doc()
    f1, f2 = base14_font(doc, "Times-Roman"), base14_font(doc, "Helvetica-Bold")
    boxw, gap = 112.0, 14.0
    body = MEASURE - boxw - gap
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)

        def fits(size):
            lead, y, ops, pending = size * 1.2, H - TOP, [], None
            for k, para in enumerate(paras):
                if para[1] and k > 0 and k + 1 < len(paras) and not LIST.match(para[0][0]) \
                        and not paras[k + 1][1]:
                    pending = " ".join(para[0]).strip()
                    continue
                top = y
                for line in wrap(para, body, size):
                    y -= lead
                    ops.append(tj(line, LEFT, y, size))
                if pending:
                    hl = wrap(([pending], True), boxw - 10, 8.5, HELVB)
                    h = len(hl) * 10.5 + 8
                    bx = LEFT + body + gap
                    ops.append(b"q 0.6 w %.2f %.2f %.2f %.2f re S Q" % (bx, top - h, boxw, h))
                    for i, line in enumerate(hl):
                        ops.append(tj(line, bx + 5, top - 4 - (i + 1) * 10.5 + 2, 8.5, b"/F2", HELVB))
                    y = min(y, top - h)
                    pending = None
                y -= lead
            return ops if y >= BOTTOM - lead else None

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1, f2]))
    doc.write(pages, out)


def liga_names(src, out):
    def lig(s):
        body = common.pdf_string(s)
        return body.replace(b"fi", b"\\001").replace(b"fl", b"\\002")

    def draw(k, para, y, size, lead):
        ops = []
        for indent, words, gap in wrap(para, MEASURE, size):
            y -= lead
            ops.append(b"BT /F1 %.2f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                size, gap - TIMES(" ", size), LEFT + indent, y, lig(" ".join(words))))
        return ops, y

    doc = Doc()
    f1 = base14_font(doc, "Times-Roman", b"1 /fi /fl")
    texts = common.plain_pages(src)
    pages = []
    for page in texts:
        paras = units(page)

        def fits(size):
            lead, y, ops = size * 1.2, H - TOP, []
            for k, para in enumerate(paras):
                got, y = draw(k, para, y, size, lead)
                ops.extend(got)
                y -= lead
            return ops if y >= BOTTOM - lead else None

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), [f1]))
    doc.write(pages, out)


def tc_justify(src, out):
    def draw(k, para, y, size, lead):
        ops = []
        lines = wrap(para, MEASURE, size)
        for n, (indent, words, gap) in enumerate(lines):
            y -= lead
            text = " ".join(words)
            tc = tw = 0.0
            if n + 1 < len(lines) and len(words) > 1 and not para[1]:
                slack = MEASURE - indent - TIMES(text, size)
                tc = min(0.45 * (0.6 + 0.4 * ((n * 7 + k * 3) % 5) / 4), slack / max(1, len(text) - 1))
                tw = max(0.0, (slack - tc * (len(text) - 1)) / (len(words) - 1))
            ops.append(b"BT /F1 %.2f Tf %.3f Tc %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                size, tc, tw, LEFT + indent, y, common.pdf_string(text)))
        return ops, y

    one_column(src, out, draw)


def reversed_heads(src, out):
    def draw(k, para, y, size, lead):
        if not para[1]:
            return plain_draw(k, para, y, size, lead)
        hs = size * 1.05
        lines = wrap(para, MEASURE - 12, hs, HELVB)
        h = len(lines) * hs * 1.25 + 6
        ops = [b"q 0.12 0.22 0.45 rg %.2f %.2f %.2f %.2f re f Q" % (LEFT, y - h, MEASURE, h)]
        yy = y - 3
        for line in lines:
            yy -= hs * 1.25
            ops.append(b"q 1 g " + tj(line, LEFT + 6, yy + hs * 0.2, hs, b"/F2", HELVB) + b" Q")
        return ops, y - h

    one_column(src, out, draw, ("Times-Roman", "Helvetica-Bold"))


def outlined_invisible(src, out):
    from pypdf import PdfReader, PdfWriter
    with tempfile.TemporaryDirectory() as work:
        outlined = os.path.join(work, "outlined.pdf")
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-dNoOutputFonts",
                        "-sDEVICE=pdfwrite", "-o", outlined, src], check=True)
        layout = subprocess.run(["pdftotext", "-bbox-layout", src, "-"], capture_output=True,
                                check=True).stdout.decode("utf-8")
        doc = Doc()
        f1 = base14_font(doc, "Helvetica")
        pages = []
        page_re = r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>'
        for m in re.finditer(page_re, layout, re.S):
            pw, ph = float(m.group(1)), float(m.group(2))
            ops = [b"BT 3 Tr"]
            for line in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                    r'yMax="([\d.]+)">(.*?)</line>', m.group(3), re.S):
                x0, y0, x1, y1 = (float(line.group(k)) for k in range(1, 5))
                words = [html.unescape(t) for t in re.findall(r'<word [^>]*>(.*?)</word>', line.group(5))]
                text = " ".join(words)
                size = round((y1 - y0) * 0.8, 1)
                natural = HELV(text, size)
                if natural <= 0 or size <= 0:
                    continue
                ops.append(b"/F1 %.1f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                    size, 100 * (x1 - x0) / natural, x0, ph - y1 + (y1 - y0) * 0.22,
                    common.pdf_string(text)))
            ops.append(b"ET")
            pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1], box=(0, 0, round(pw), round(ph))))
        layer = os.path.join(work, "layer.pdf")
        doc.write(pages, layer)
        writer = PdfWriter(clone_from=outlined)
        for base, text in zip(writer.pages, PdfReader(layer).pages):
            base.merge_page(text)
            base.compress_content_streams()
        writer.compress_identical_objects()
        with open(out, "wb") as f:
            writer.write(f)


def sign_boxes(src, out):
    def extra(n, total, doc):
        y0, h, cw = 6.0, 24.0, MEASURE / 3
        ops = [b"q 0.5 w"]
        for c in range(3):
            ops.append(b"%.2f %.2f %.2f %.2f re" % (LEFT + c * cw, y0, cw, h))
        ops.append(b"S Q BT /F2 6.5 Tf")
        for c, label in ((0, "Justerandes signatur"), (2, "Utdragsbestyrkande")):
            ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (LEFT + c * cw + 3, y0 + h - 8,
                                                     common.pdf_string(label)))
        return ops + [b"ET"], b""

    one_column(src, out, plain_draw, ("Times-Roman", "Helvetica"), extra=extra)


def glyphs_reversed(src, out):
    def draw(k, para, y, size, lead):
        ops = []
        for indent, words, gap in wrap(para, MEASURE, size):
            y -= lead
            placed, x = [], LEFT + indent
            for w in words:
                for ch in w:
                    placed.append((x, ch))
                    x += TIMES(ch, size)
                x += gap
            ops.append(b"BT /F1 %.2f Tf" % size)
            for x, ch in reversed(placed):
                ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (x, y, common.pdf_string(ch)))
            ops.append(b"ET")
        return ops, y

    one_column(src, out, draw)


def shy_winansi(src, out):
    size0, lead0, left, top, measure = 10.0, 12.0, 62.0, 62.0, 470.0
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for page in common.plain_pages(src):
        old = [line.rstrip() for line in page.split("\n")]
        new = hyphenated(page).split("\n")
        for i in range(len(new) - 1):
            first = old[i + 1].strip().split(" ")[0] if old[i + 1].strip() else ""
            if new[i] != old[i] and new[i].endswith("-") and "-" not in first.strip("-"):
                new[i] = new[i][:-1] + "\u00ad"
        page = "\n".join(new)
        size, lead = fit(size0, lead0, top, page, left, TIMES)
        ops = [b"BT /F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, TIMES(" ", size), lambda w: TIMES(w.replace("\u00ad", "-"), size)):
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - TIMES(" ", size), left + indent, H - top - (i + 1) * lead,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


KINDS = {"watermark": watermark, "pull-quote": pull_quote, "hanging-list": hanging_list,
         "curve-seal": curve_seal, "callout-heads": callout_heads, "liga-names": liga_names,
         "tc-justify": tc_justify, "reversed-heads": reversed_heads,
         "outlined-invisible": outlined_invisible, "sign-boxes": sign_boxes,
         "glyphs-reversed": glyphs_reversed, "shy-winansi": shy_winansi}

if __name__ == "__main__":
    KINDS[sys.argv[1]](sys.argv[2], sys.argv[3])
