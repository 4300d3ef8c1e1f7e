#!/usr/bin/env python3
"""The twenty-first blind round's Python-made variants (twentyfirst.sh runs them).

Usage: python3 twentyfirst.py KIND SRC OUT     (SRC.md -> OUT.pdf)
Every kind pours the page's paragraphs as eighteenth.py does (justified, Times-Roman body) and
moves the truth's own paragraphs about the page; only chapter-head adds text (page chrome that
is not in the truth, as sida-av's).
  num-table      every run of numbered list items ("1. ...") as a ruled table: the number in a
                 narrow first cell, centred vertically in its row (Word's cell alignment "centre"),
                 the item's text in a second cell a third of the measure wide (two to four lines),
                 the cells framed by 0.5 pt rules;
  label-rows     a form's label/value rows: every body paragraph of eight words or more set as
                 a row, its first three words the label (Helvetica-Bold 8 pt in a 90 pt column,
                 wrapping; a paragraph with a wider word there stays in the body), the rest the
                 value beside it from the same top; a hairline under every row;
  chapter-head   a running header that changes per chapter: the last heading (not a list item)
                 before the page's body (or its first) in Helvetica-Oblique 8 pt at the top left, the page number
                 at the top right, a 0.5 pt rule under both (not in the truth);
  landscape-page every third page (the second, fifth, ...) a landscape A4 sheet (MediaBox
                 842 x 595, no /Rotate) with the page's text in two balanced columns;
  foot-rule      the page's last paragraph (a body paragraph of at most a quarter of the page's
                 words) set as a footnote area at the foot of the page: Times 7.5 pt under a
                 short 0.5 pt rule, white space between the body and it;
  distributed    Word's "distributed" alignment: every line of a body paragraph, its last line
                 too, fills the measure; a last line is spread by character spacing alone (Tc,
                 which widens its spaces as much as its letters);
  tight-title    headings in Helvetica-Bold 15 pt on 14 pt leading (tighter than their size),
                 wrapped at half the measure, so that most take two or three lines;
  cols2-offset   two balanced columns whose rows never line up: the right column starts half a
                 leading lower than the left (a heading's space above, as in a real page).
Needs pandoc and fpdf2 (base-14 metrics).
"""

import re
import sys

import common
from eighteenth import (BOLD, BOTTOM, HELV, LEFT, LIST, MEASURE, TIMES, TOP, balance, flow, one_column,
                       plain_draw, set_columns, shrink, tj, units, wrap)
from fifteenth import Doc, H, W, base14_font, page_dict
from twentieth import column, page_layout, words_of

NUMBERED = r"\s*\d+\.\s"


def text_op(text, x, y, size, font=b"/F1"):
    return b"BT %s %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (font, size, x, y, common.pdf_string(text))


def rule(x0, y0, x1, y1, width=0.5):
    return b"q %.2f w 0 G %.2f %.2f m %.2f %.2f l S Q" % (width, x0, y0, x1, y1)


def num_table(src, out):
    numw = 28.0
    textw = MEASURE * 0.33

    def layout(paras, size):
        lead, y, ops, k = size * 1.2, H - TOP, [], 0
        while k < len(paras):
            if k:
                y -= lead
            if not re.match(NUMBERED, paras[k][0][0]):
                got, y = column([paras[k]], LEFT, y, MEASURE, size, lead)
                ops += got
                k += 1
                continue
            top = y
            while k < len(paras) and re.match(NUMBERED, paras[k][0][0]):
                lines, _ = paras[k]
                num, rest = lines[0].split(None, 1)
                item = ([rest] + [line.strip() for line in lines[1:]], False)
                laid = wrap(item, textw - 8, size)
                rowh = len(laid) * lead + 6
                for n, line in enumerate(laid):
                    ops.append(tj((0.0, line[1], line[2]), LEFT + numw + 4, y - 3 - (n + 1) * lead + 2, size))
                # the number centred between the row's top and bottom
                ops.append(text_op(num, LEFT + 4, y - rowh / 2 - size * 0.35, size))
                ops.append(rule(LEFT, y - rowh, LEFT + numw + textw, y - rowh))
                y -= rowh
                k += 1
            for x in (LEFT, LEFT + numw, LEFT + numw + textw):
                ops.append(rule(x, top, x, y))
            ops.append(rule(LEFT, top, LEFT + numw + textw, top))
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman",), layout)


def label_rows(src, out):
    labw, gap = 90.0, 10.0

    def layout(paras, size):
        lead, y, ops = size * 1.2, H - TOP, []
        for k, para in enumerate(paras):
            if k:
                y -= lead
            words = " ".join(para[0]).split()
            if para[1] or LIST.match(para[0][0]) or len(words) < 8 or \
                    max(BOLD(w, 8.0) for w in words[:3]) > labw:
                got, y = column([para], LEFT, y, MEASURE, size, lead)
                ops += got
                continue
            label = ([" ".join(words[:3])], True)
            value = ([" ".join(words[3:])], False)
            left, ly = column([label], LEFT, y, labw, 8.0, 9.6, b"/F2", BOLD)
            right, ry = column([value], LEFT + labw + gap, y, MEASURE - labw - gap, size, lead)
            y = min(ly, ry) - 4
            ops += left + right + [b"q 0.3 w 0.5 G %.2f %.2f m %.2f %.2f l S Q" % (LEFT, y, LEFT + MEASURE, y)]
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman", "Helvetica-Bold"), layout)


def chapter_head(src, out):
    doc = Doc()
    refs = [base14_font(doc, f) for f in ("Times-Roman", "Helvetica-Oblique")]
    pages, chapter = [], ""
    for n, page in enumerate(common.plain_pages(src)):
        paras = units(page)
        heads = [" ".join(p[0]).strip() for p in paras if p[1] and not LIST.match(p[0][0])]
        if not chapter and heads:
            chapter = heads[0]
        ops = [text_op(chapter, LEFT, H - 34, 8.0, b"/F2"),
               text_op(str(n + 1), W - LEFT - HELV(str(n + 1), 8.0), H - 34, 8.0, b"/F2"),
               rule(LEFT, H - 38, W - LEFT, H - 38)]

        def fits(size):
            got, y = column(paras, LEFT, H - TOP, MEASURE, size, size * 1.2)
            return got if y >= BOTTOM else None

        ops += shrink(fits)
        pages.append(page_dict(doc.stream(b"\n".join(ops)), refs))
        if heads:
            chapter = heads[-1]
    doc.write(pages, out)


def landscape_page(src, out):
    doc = Doc()
    refs = [base14_font(doc, "Times-Roman")]
    pages = []
    for n, page in enumerate(common.plain_pages(src)):
        paras = units(page)
        if n % 3 != 1:
            def fits(size):
                got, y = column(paras, LEFT, H - TOP, MEASURE, size, size * 1.2)
                return got if y >= BOTTOM else None
            pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), refs))
            continue
        gutter, measure = 24.0, H - 2 * LEFT
        colw = (measure - gutter) / 2

        def fits(size):
            lead, ops = size * 1.2, []
            cols = balance(flow(paras, colw, size), 2)
            if max(len(c) for c in cols) * lead > W - TOP - BOTTOM:
                return None
            return set_columns(cols, W - TOP, colw, gutter, size, lead)

        pages.append(page_dict(doc.stream(b"\n".join(shrink(fits))), refs, box=(0, 0, H, W)))
    doc.write(pages, out)


def foot_rule(src, out):
    def layout(paras, size):
        lead, total = size * 1.2, sum(words_of(p) for p in paras)
        last = paras[-1] if paras else ([""], True)
        foot = (len(paras) >= 3 and not last[1] and not LIST.match(last[0][0])
                and words_of(last) <= total / 4)
        body = paras[:-1] if foot else paras
        ops, y = column(body, LEFT, H - TOP, MEASURE, size, lead)
        if foot:
            fs = 7.5
            lines = wrap(last, MEASURE, fs)
            fy = BOTTOM + len(lines) * fs * 1.2
            if y - lead < fy + 10:
                return None
            ops.append(rule(LEFT, fy + 6, LEFT + 60, fy + 6))
            for n, line in enumerate(lines):
                ops.append(tj(line, LEFT, fy - (n + 1) * fs * 1.2 + fs * 0.2, fs))
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman",), layout)


def distributed(src, out):
    def draw(k, para, y, size, lead):
        ops, y = plain_draw(k, para, y, size, lead)
        if para[1] or LIST.match(para[0][0]):
            return ops, y
        indent, words, _ = wrap(para, MEASURE, size)[-1]
        text = " ".join(words)
        tc = (MEASURE - indent - TIMES(text, size)) / max(1, len(text) - 1)
        ops[-1] = b"BT /F1 %.2f Tf %.3f Tc 1 0 0 1 %.2f %.2f Tm %s Tj 0 Tc ET" % (
            size, tc, LEFT + indent, y, common.pdf_string(text))
        return ops, y

    one_column(src, out, draw)


def tight_title(src, out):
    hs, hl = 15.0, 14.0

    def draw(k, para, y, size, lead):
        if not para[1]:
            return plain_draw(k, para, y, size, lead)
        ops = []
        for line in wrap(para, MEASURE / 2, hs, BOLD):
            y -= hl
            ops.append(text_op(" ".join(line[1]), LEFT, y, hs, b"/F2"))
        return ops, y - 2

    one_column(src, out, draw, ("Times-Roman", "Helvetica-Bold"))


def two_columns(src, out, gutter, drop=0.0, rule_width=None):
    """Two balanced columns GUTTER apart, the right one DROP leadings lower; a vertical rule
    RULE_WIDTH wide down the gutter's middle when given."""
    colw = (MEASURE - gutter) / 2

    def layout(paras, size):
        lead = size * 1.2
        cols = balance(flow(paras, colw, size), 2)
        depth = (max(len(c) for c in cols) + 2 * drop) * lead
        ops = []
        if rule_width:
            mid = LEFT + colw + gutter / 2
            ops.append(b"q %.1f w 0 G %.2f %.2f m %.2f %.2f l S Q" % (
                rule_width, mid, H - TOP, mid, H - TOP - depth - lead / 3))
        ops += set_columns(cols, H - TOP, colw, gutter, size, lead, drop=drop * lead)
        return ops if H - TOP - depth >= BOTTOM else None

    page_layout(src, out, ("Times-Roman",), layout)


def cols2_offset(src, out):
    two_columns(src, out, 16.0, drop=0.5)


KINDS = {"num-table": num_table, "label-rows": label_rows, "chapter-head": chapter_head,
         "landscape-page": landscape_page, "foot-rule": foot_rule, "distributed": distributed,
         "tight-title": tight_title, "cols2-offset": cols2_offset}

if __name__ == "__main__":
    KINDS[sys.argv[1]](sys.argv[2], sys.argv[3])
