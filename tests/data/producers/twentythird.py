#!/usr/bin/env python3
"""The twenty-third blind round's Python-made variants (twentythird.sh runs them).

Usage: python3 twentythird.py KIND SRC OUT     (SRC.md -> OUT.pdf)
Every kind pours the page's paragraphs as eighteenth.py does (justified, Times-Roman body);
nothing of the truth is added or lost: what is drawn besides it is no text a reader sees.
  foot-address   a letterhead footer under a 0.4 pt rule on every page: three columns of
                 Helvetica 7 pt, three lines each ("Postadress" / "Malmö stad" / "205 80
                 Malmö", "Besöksadress" / ..., "Telefon" / ...), the first line of each bold
                 (not in the truth: page furniture);
  redact-box     a registrar's masking ("maskning") as done with a drawing tool: after the
                 page's first paragraph a line naming a person and a personal identity number
                 (another on each page),
                 then an opaque black box drawn over that line (the text stays in the stream;
                 not in the truth: a reader sees a black bar);
  highlight-mul  every fourth paragraph marked with a yellow highlighter drawn after its text,
                 in an ExtGState with /BM /Multiply (a PDF editor's flattened highlight: the
                 text shows through and is in the truth);
  clip-hidden    the body drawn inside a clip path of its frame (q re W n ... Q, as layout
                 programs write a text frame); inside the same clip a superseded version line
                 set under the frame's bottom edge, wholly outside the clip, naming the page's
                 first words (so no two pages repeat it; not in the truth: not shown);
  table-wrap     a table of the source as a ruled table whose columns are as wide as their
                 data cells: header cells wrap inside them ("Andel" / "barn (%)"), numeric
                 cells flush right, each cell its own text object, row by row;
  shadow-heads   headings at 14 pt in Helvetica-Bold from one Form XObject drawn twice: first
                 grey, 1.2 pt right and down (a drop shadow, as Publisher and Word's text
                 effects write it), then black in place;
Two documents whose right text is nothing (their truth, NAME.truth.json beside them, has
empty pages):
  organisation.drawn-chart  an organisation chart: boxes, connectors and labels whose glyphs are
                 outlines (text converted to curves: filled paths, no font), two pages;
  baksida.unused-parts      a back cover: a coloured band and a logo of paths; in its resources
                 a Form XObject with text that the page never draws (left by an editor); a
                 hidden FreeText annotation (flag 2) whose appearance says "UTKAST"; an empty
                 form field (value "", appearance /Tx BMC EMC); a link annotation whose
                 /Contents names its target.
Needs pandoc, fpdf2 (base-14 metrics) and fontTools (the outlines; DejaVu Sans).
"""

import json
import os
import re
import sys

import common
from eighteenth import (BOLD, BOTTOM, HELV, LEFT, MEASURE, TABLE, TIMES, TOP, one_column,
                        plain_draw, tj, units, wrap)
from fifteenth import Doc, H, W, base14_font, page_dict
from twentyfirst import rule, text_op


def foot_address(src, out):
    cols = (("Postadress", "Malmö stad", "205 80 Malmö"),
            ("Besöksadress", "August Palms plats 1", "211 20 Malmö"),
            ("Telefon", "040-34 10 00 (växel)", "malmo.se"))

    def extra(n, count, doc):
        fs, top = 7.0, 40.0
        ops = [rule(LEFT, top + fs + 3, LEFT + MEASURE, top + fs + 3, 0.4)]
        for c, lines in enumerate(cols):
            for r, text in enumerate(lines):
                ops.append(text_op(text, LEFT + c * MEASURE / 3, top - r * fs * 1.25, fs,
                                   b"/F3" if r == 0 else b"/F2"))
        return ops, b""

    one_column(src, out, plain_draw, ("Times-Roman", "Helvetica", "Helvetica-Bold"), extra=extra)


def redact_box(src, out):
    people = ("Anna Andersson, 19750312-1234, Lönngatan 7", "Omar Haddad, 19881130-5678, Ystadvägen 41",
              "Birgitta Ek, 19420604-2468, Köpenhamnsvägen 3")
    page = [0]

    def draw(k, para, y, size, lead):
        ops, y = plain_draw(k, para, y, size, lead)
        if k == 0:
            secret = "Sökande: " + people[page[0] % len(people)]
            y -= lead * 2
            ops.append(text_op(secret, LEFT, y, size))
            w = TIMES(secret, size)
            ops.append(b"q 0 g %.2f %.2f %.2f %.2f re f Q" % (LEFT - 1, y - size * 0.3, w + 2, size * 1.25))
        return ops, y

    def extra(n, count, doc):
        page[0] += 1
        return [], b""

    one_column(src, out, draw, extra=extra)


def highlight_mul(src, out):
    def draw(k, para, y, size, lead):
        top = y
        ops, y = plain_draw(k, para, y, size, lead)
        if k % 4 == 3 and not para[1]:
            ops.append(b"q /Hi gs 1 0.95 0.2 rg %.2f %.2f %.2f %.2f re f Q" % (
                LEFT - 1, y - size * 0.3, MEASURE + 2, top - y + size * 0.1))
        return ops, y

    def extra(n, count, doc):
        return [], b"/ExtGState << /Hi << /Type /ExtGState /BM /Multiply >> >>"

    one_column(src, out, draw, extra=extra)


def clip_hidden(src, out):
    stale = "Ersätter version 2020-03-%02d (utkast %d, ej gällande): %s"
    first = []
    frame = b"q %.2f %.2f %.2f %.2f re W n" % (LEFT, BOTTOM - 16, MEASURE, H - TOP - BOTTOM + 16)

    def draw(k, para, y, size, lead):
        ops, y = plain_draw(k, para, y, size, lead)
        if k == 0:
            first[:] = [" ".join(" ".join(para[0]).split()[:4])]
            ops = [frame] + ops
        return ops, y

    def extra(n, count, doc):
        # the frame's clip again (a page without paragraphs opened none): the line is set
        # under its bottom edge, so never shown
        text = stale % (30 - n % 28, n + 1, first[0] if first else "")
        close = [b"Q"] if first else []
        first.clear()
        return close + [frame, text_op(text, LEFT, BOTTOM - 30, 9.0), b"Q"], b""

    one_column(src, out, draw, extra=extra)


def table_wrap(src, out):
    pad = 4.0

    def cells(line):
        return re.split(r" {2,}", line.strip())

    def draw(k, para, y, size, lead):
        lines = [line for line in para[0] if line.strip() and not set(line.strip()) <= set("- ")]
        if len(lines) < 2 or not all(TABLE.search(line.strip()) for line in lines):
            return plain_draw(k, para, y, size, lead)
        rows = [cells(line) for line in lines]
        n = max(len(r) for r in rows)
        rows = [r + [""] * (n - len(r)) for r in rows]
        # a column as wide as its widest data cell (at least a word of its header)
        widths = []
        for c in range(n):
            data = max(TIMES(r[c], size) for r in rows[1:])
            word = max(TIMES(w, size) for w in rows[0][c].split() or [""])
            widths.append(max(data, word) + 2 * pad)
        numeric = [all(re.fullmatch(r"[-+–0-9 ,.%]*", r[c]) for r in rows[1:]) for c in range(n)]
        ops = []
        y -= lead * 0.3
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        for r, row in enumerate(rows):
            parts = [wrap(([cell], False), widths[c] - 2 * pad, size) if cell else [] for c, cell in enumerate(row)]
            depth = max(1, max(len(p) for p in parts))
            ops.append(rule(xs[0], y, xs[-1], y, 0.5))
            for c, part in enumerate(parts):
                for i, (_, words, _) in enumerate(part):
                    text = " ".join(words)
                    x = xs[c + 1] - pad - TIMES(text, size) if numeric[c] else xs[c] + pad
                    ops.append(text_op(text, x, y - pad - (i + 1) * lead + 2, size))
            bottom = y - depth * lead - pad
            for x in xs:
                ops.append(rule(x, y, x, bottom, 0.5))
            y = bottom
        ops.append(rule(xs[0], y, xs[-1], y, 0.5))
        return ops, y - 2

    one_column(src, out, draw)


def shadow_heads(src, out):
    hs = 14.0
    forms = []

    def draw(k, para, y, size, lead):
        if not para[1]:
            return plain_draw(k, para, y, size, lead)
        ops = []
        for _, words, _ in wrap(para, MEASURE, hs, BOLD):
            y -= hs * 1.3
            name = b"H%d" % len(forms)
            forms.append(b"BT /F2 %.2f Tf 0 0 Td %s Tj ET" % (hs, common.pdf_string(" ".join(words))))
            ops.append(b"q 0.6 g 1 0 0 1 %.2f %.2f cm /%s Do Q" % (LEFT + 1.2, y - 1.2, name))
            ops.append(b"q 0 g 1 0 0 1 %.2f %.2f cm /%s Do Q" % (LEFT, y, name))
        return ops, y

    fonts = {}

    def fitting(k, para, y, size, lead):
        if k == 0:
            forms.clear()
        return draw(k, para, y, size, lead)

    def extra(n, count, doc):
        if "f2" not in fonts:
            fonts["f2"] = base14_font(doc, "Helvetica-Bold")
        refs = []
        for n, data in enumerate(forms):
            ref = doc.add(b"<< /Type /XObject /Subtype /Form /BBox [-2 -6 %d 20] /Resources << /Font << "
                          b"/F2 %d 0 R >> >> /Length %d >>\nstream\n" % (W, fonts["f2"], len(data))
                          + data + b"\nendstream")
            refs.append(b"/H%d %d 0 R" % (n, ref))
        forms.clear()
        return [], b"/XObject << %s >>" % b" ".join(refs)

    one_column(src, out, fitting, extra=extra)


# --- the two documents whose right text is nothing -------------------------------------------

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def outlined(text, x, y, size):
    """TEXT's glyphs as filled paths (DejaVu Sans) with the baseline's start at X, Y."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = outlined.font = getattr(outlined, "font", None) or TTFont(DEJAVU)
    scale = size / font["head"].unitsPerEm
    cmap, glyphs, hmtx = font.getBestCmap(), font.getGlyphSet(), font["hmtx"]
    ops = []

    class Pen(BasePen):
        def __init__(self, dx):
            super().__init__(glyphs)
            self.dx = dx

        def p(self, pt):
            return b"%.2f %.2f" % (x + self.dx + pt[0] * scale, y + pt[1] * scale)

        def _moveTo(self, pt):
            ops.append(self.p(pt) + b" m")

        def _lineTo(self, pt):
            ops.append(self.p(pt) + b" l")

        def _curveToOne(self, a, b, c):
            ops.append(b"%s %s %s c" % (self.p(a), self.p(b), self.p(c)))

        def _closePath(self):
            ops.append(b"h")

    dx = 0.0
    for ch in text:
        name = cmap.get(ord(ch))
        if name is None:
            continue
        glyphs[name].draw(Pen(dx))
        dx += hmtx[name][0] * scale
    return b"\n".join(ops) + b"\nf", dx


def drawn_chart(out):
    doc = Doc()
    boxes = [
        [("Kommunfullmäktige", 297, 760)],
        [("Kommunstyrelsen", 297, 680), ("Revisionen", 470, 680)],
        [("Stadskontoret", 150, 590), ("Serviceförvaltningen", 297, 590), ("Miljöförvaltningen", 444, 590)],
    ]
    pages = []
    for p in range(2):
        ops = [b"0.2 0.3 0.5 RG 0.8 w"]
        for level in boxes:
            for label, cx, cy in level:
                cy -= p * 40
                _, w = outlined(label, 0, 0, 9)
                bw = w + 16
                ops.append(b"q 0.88 0.92 0.97 rg %.2f %.2f %.2f 24 re B Q" % (cx - bw / 2, cy - 8, bw))
                path, _ = outlined(label, cx - w / 2, cy, 9)
                ops.append(b"q 0.1 0.15 0.3 rg " + path + b" Q")
        for (a, b) in ((760, 704), (680, 614)):
            ops.append(b"297 %d m 297 %d l S" % (a - 8 - p * 40, b - p * 40))
        ops.append(b"150 %d m 444 %d l S" % (624 - p * 40, 624 - p * 40))
        ops.append(b"150 %d m 150 %d l S 444 %d m 444 %d l S" % (
            624 - p * 40, 614 - p * 40, 624 - p * 40, 614 - p * 40))
        pages.append(b"/MediaBox [0 0 %d %d] /Resources << >> /Contents %d 0 R" % (
            W, H, doc.stream(b"\n".join(ops))))
    doc.write(pages, out)


def unused_parts(out):
    doc = Doc()
    font = base14_font(doc, "Helvetica")
    left = b"BT /F1 10 Tf 72 400 Td (Klicka eller tryck h\xe4r f\xf6r att ange text.) Tj ET"
    unused = doc.add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources << /Font << "
                     b"/F1 %d 0 R >> >> /Length %d >>\nstream\n" % (W, H, font, len(left)) + left + b"\nendstream")
    draft = b"BT /F1 28 Tf 0.8 0 0 rg 10 10 Td (UTKAST) Tj ET"
    draft_ap = doc.add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 140 50] /Resources << /Font << "
                       b"/F1 %d 0 R >> >> /Length %d >>\nstream\n" % (font, len(draft)) + draft + b"\nendstream")
    empty = b"/Tx BMC EMC"
    empty_ap = doc.add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << "
                       b"/F1 %d 0 R >> >> /Length %d >>\nstream\n" % (font, len(empty)) + empty + b"\nendstream")
    hidden = doc.add(b"<< /Type /Annot /Subtype /FreeText /Rect [220 420 360 470] /F 2 /DA "
                     b"(/F1 28 Tf 0.8 0 0 rg) /Contents (UTKAST) /AP << /N %d 0 R >> >>" % draft_ap)
    field = doc.add(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (Diarienummer) /V () /F 4 "
                    b"/Rect [72 120 272 140] /DA (/F1 10 Tf 0 g) /AP << /N %d 0 R >> >>" % empty_ap)
    link = doc.add(b"<< /Type /Annot /Subtype /Link /Rect [240 60 355 80] /Border [0 0 0] /Contents "
                   b"(malmo.se) /A << /S /URI /URI (https://malmo.se/) >> >>")
    ops = [b"0.0 0.33 0.6 rg 0 0 %d 180 re f" % W,
           b"1 g 297 90 m 317 130 l 337 90 l h f 0.85 g 287 70 60 8 re f"]
    content = doc.stream(b"\n".join(ops))
    page = (b"/MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> /XObject << /Mall %d 0 R >> >> "
            b"/Contents %d 0 R /Annots [%d 0 R %d 0 R %d 0 R]" % (W, H, font, unused, content, hidden, field, link))
    doc.write([page], out, catalog_extra=b"/AcroForm << /Fields [%d 0 R] /DA (/F1 10 Tf 0 g) >>" % field)


NOTHING = {"organisation.drawn-chart": (drawn_chart, 2), "baksida.unused-parts": (unused_parts, 1)}


def nothing(name, here):
    make, pages = NOTHING[name]
    make(os.path.join(here, name + ".pdf"))
    doc_id = name.split(".")[0]
    with open(os.path.join(here, doc_id + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump({"id": doc_id, "note": "twentythird.py: nothing on these pages is text a reader sees",
                   "pages": [{"number": n + 1, "text": ""} for n in range(pages)]}, f, ensure_ascii=False, indent=1)
        f.write("\n")


KINDS = {"foot-address": foot_address, "redact-box": redact_box, "highlight-mul": highlight_mul,
         "clip-hidden": clip_hidden, "table-wrap": table_wrap, "shadow-heads": shadow_heads}

if __name__ == "__main__":
    if sys.argv[1] == "nothing":
        nothing(sys.argv[2], sys.argv[3])
    else:
        KINDS[sys.argv[1]](sys.argv[2], sys.argv[3])
