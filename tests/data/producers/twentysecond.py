#!/usr/bin/env python3
"""The twenty-second blind round's Python-made variants (twentysecond.sh runs them).

Usage: python3 twentysecond.py KIND SRC OUT     (SRC.md -> OUT.pdf)
Every kind pours the page's paragraphs as eighteenth.py does (justified, Times-Roman body);
nothing is added to the text: every kind moves or draws the truth's own paragraphs.
  kern-heads     headings tracked wide as InDesign writes them: Helvetica-Bold 12 pt, one TJ
                 array per heading, every glyph followed by a displacement of -180 thousandths
                 (letters 2 pt apart), the word gaps drawn by a displacement alone (no space
                 glyph, -700);
  num-right      numbered list items with their numbers as text objects of their own, set flush
                 right at a tab 18 pt in ("  9." / "10." right-aligned, as Word's numbering with
                 right-aligned numbers writes them), the item's text from a tab 24 pt in, its
                 wrapped lines there too; the numbers written after the page's body;
  band-box       a "Sammanfattning" box in a two-column page: the body paragraph nearest the
                 page's middle set across both columns in Helvetica 9 pt on a light blue tint
                 (a filled box, no frame), two balanced columns above it and two under it;
  rot-heads      headings turned 90 degrees (reading upwards) in a 20 pt band at the left
                 margin, Helvetica-Bold 9 pt, their end level with the top of the paragraph they
                 head (a heading longer than its paragraph's depth and two lines stays level in
                 the body); the body set 24 pt in (the heading comes before its paragraph in the
                 truth);
  foot-two       a footer in two parts on one baseline under a 0.4 pt rule across the measure:
                 "Malmö stad, stadskontoret" flush left and "Sida N av M" flush right, Helvetica
                 8 pt (not in the truth: page furniture);
  gutter-rule    two balanced columns only 6 pt apart, a 0.4 pt vertical rule in the gutter's
                 middle (newspaper style), justified;
  flip-ctm       the page's y axis turned down (1 0 0 -1 0 842 cm, as Qt's and Skia's writers
                 set it) and every line's text matrix flipping its glyphs back (1 0 0 -1 x y);
  word-smallcaps headings in Word's small caps: Times-Bold, a word's capitals at 11 pt and its
                 lower-case letters drawn as capitals at 8.8 pt, each size run its own Tj on the
                 same baseline (the truth keeps the lower case).
Needs pandoc and fpdf2 (base-14 metrics).
"""

import sys

import common
from eighteenth import (BOLD, HELV, LEFT, LIST, MEASURE, TIMES, TOP, BOTTOM, balance, flow, one_column,
                        plain_draw, set_columns, tj, wrap)
from fifteenth import H
from twentieth import column, page_layout, words_of
from twentyfirst import rule, text_op, two_columns

def kern_heads(src, out):
    hs, track, gap = 12.0, 180, 700

    def draw(k, para, y, size, lead):
        if not para[1]:
            return plain_draw(k, para, y, size, lead)
        ops = []
        for _, words, _ in wrap(para, MEASURE * 0.75, hs, BOLD):
            y -= hs * 1.3
            parts = []
            for n, word in enumerate(words):
                if n:
                    parts.append(b"%d" % -gap)
                for c in word:
                    parts += [common.pdf_string(c), b"%d" % -track]
            ops.append(b"BT /F2 %.2f Tf 1 0 0 1 %.2f %.2f Tm [%s] TJ ET" % (hs, LEFT, y, b" ".join(parts[:-1])))
        return ops, y

    one_column(src, out, draw, ("Times-Roman", "Helvetica-Bold"))


def num_right(src, out):
    tab, text_at = 18.0, 24.0
    numbers = []

    def draw(k, para, y, size, lead):
        first = para[0][0]
        if para[1] or not LIST.match(first) or not first.split()[0][:-1].isdigit():
            return plain_draw(k, para, y, size, lead)
        num, rest = first.split(None, 1)
        item = ([rest] + [line.strip() for line in para[0][1:]], False)
        ops = []
        for n, (_, words, g) in enumerate(wrap(item, MEASURE - text_at, size)):
            y -= lead
            ops.append(tj((0.0, words, g), LEFT + text_at, y, size))
            if n == 0:
                numbers.append(text_op(num, LEFT + tab - TIMES(num, size), y, size))
        return ops, y

    def extra(n, count, doc):
        got = numbers[:]
        numbers.clear()
        return got, b""

    # the numbers of a page are drawn after its body: EXTRA runs after the page's last DRAW,
    # and a layout that does not fit is redone, so only the last try's numbers are kept
    def fitting(k, para, y, size, lead):
        if k == 0:
            numbers.clear()
        return draw(k, para, y, size, lead)

    one_column(src, out, fitting, extra=extra)


def band_box(src, out):
    gutter = 14.0
    colw = (MEASURE - gutter) / 2

    def layout(paras, size):
        total, seen, mid, best = sum(words_of(p) for p in paras), 0, None, None
        for k, p in enumerate(paras):
            if 0 < k < len(paras) - 1 and not p[1] and not LIST.match(p[0][0]) and \
                    (best is None or abs(seen - total / 2) < best):
                mid, best = k, abs(seen - total / 2)
            seen += words_of(p)
        bands = [paras] if mid is None else [paras[:mid], paras[mid + 1:]]
        lead, ops, y = size * 1.2, [], H - TOP
        for b, band in enumerate(bands):
            if b == 1:
                bs = 9.0
                lines = wrap(paras[mid], MEASURE - 16, bs, HELV)
                h = len(lines) * bs * 1.25 + 12
                y -= lead
                ops.append(b"q 0.86 0.92 0.97 rg %.2f %.2f %.2f %.2f re f Q" % (LEFT, y - h, MEASURE, h))
                by = y - 4
                for line in lines:
                    by -= bs * 1.25
                    ops.append(tj(line, LEFT + 8, by, bs, b"/F2", HELV))
                y -= h + lead * 0.5
            cols = balance(flow(band, colw, size), 2)
            ops += set_columns(cols, y, colw, gutter, size, lead)
            y -= len(cols[0]) * lead
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman", "Helvetica"), layout)


def rot_heads(src, out):
    band, hs = 24.0, 9.0

    def layout(paras, size):
        lead, y, ops, k = size * 1.2, H - TOP, [], 0
        while k < len(paras):
            if k:
                y -= lead
            para = paras[k]
            text = " ".join(para[0]).strip()
            if para[1] and k + 1 < len(paras) and not paras[k + 1][1]:
                got, by = column([paras[k + 1]], LEFT + band, y, MEASURE - band, size, lead)
                if BOLD(text, hs) <= y - by + 2 * lead:
                    ops.append(b"BT /F2 %.2f Tf 0 1 -1 0 %.2f %.2f Tm %s Tj ET" % (
                        hs, LEFT + hs, y - BOLD(text, hs), common.pdf_string(text)))
                    ops += got
                    y = min(by, y - BOLD(text, hs) - 4)
                    k += 2
                    continue
            got, y = column([para], LEFT + band, y, MEASURE - band, size, lead)
            ops += got
            k += 1
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman", "Helvetica-Bold"), layout)


def foot_two(src, out):
    def extra(n, count, doc):
        fs, y = 8.0, 26.0
        right = "Sida %d av %d" % (n + 1, count)
        return [rule(LEFT, y + fs + 2, LEFT + MEASURE, y + fs + 2, 0.4),
                text_op("Malmö stad, stadskontoret", LEFT, y, fs, b"/F2"),
                text_op(right, LEFT + MEASURE - HELV(right, fs), y, fs, b"/F2")], b""

    one_column(src, out, plain_draw, ("Times-Roman", "Helvetica"), extra=extra)


def gutter_rule(src, out):
    two_columns(src, out, 6.0, rule_width=0.4)


def flip_ctm(src, out):
    def draw(k, para, y, size, lead):
        ops = []
        for indent, words, gap in wrap(para, MEASURE, size):
            y -= lead
            ops.append(b"BT /F1 %.2f Tf %.3f Tw 1 0 0 -1 %.2f %.2f Tm %s Tj ET" % (
                size, gap - TIMES(" ", size), LEFT + indent, H - y, common.pdf_string(" ".join(words))))
        return ops, y

    def extra(n, count, doc):
        return [b"Q"], b""

    def flipped(k, para, y, size, lead):
        ops, y = draw(k, para, y, size, lead)
        return ([b"q 1 0 0 -1 0 %.2f cm" % H] if k == 0 else []) + ops, y

    one_column(src, out, flipped, extra=extra)


def word_smallcaps(src, out):
    cap, small = 11.0, 8.8
    tb = common.base14("times", "B")

    def runs(text):
        """TEXT as (string, size) runs: upper case (and what is no letter) at CAP, lower case
        drawn as capitals at SMALL."""
        out = []
        for c in text:
            size = small if c.islower() else cap
            if out and out[-1][1] == size:
                out[-1][0] += c.upper() if size == small else c
            else:
                out.append([c.upper() if size == small else c, size])
        return out

    def draw(k, para, y, size, lead):
        if not para[1]:
            return plain_draw(k, para, y, size, lead)
        ops = []
        for _, words, _ in wrap(para, MEASURE, cap, tb):
            y -= cap * 1.3
            x = LEFT
            for s, sz in runs(" ".join(words)):
                ops.append(b"BT /F2 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (sz, x, y, common.pdf_string(s)))
                x += tb(s, sz)
        return ops, y

    one_column(src, out, draw, ("Times-Roman", "Times-Bold"))


KINDS = {"kern-heads": kern_heads, "num-right": num_right, "band-box": band_box,
         "rot-heads": rot_heads, "foot-two": foot_two, "gutter-rule": gutter_rule,
         "flip-ctm": flip_ctm, "word-smallcaps": word_smallcaps}

if __name__ == "__main__":
    KINDS[sys.argv[1]](sys.argv[2], sys.argv[3])
