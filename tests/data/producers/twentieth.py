#!/usr/bin/env python3
"""The twentieth blind round's Python-made variants (twentieth.sh runs them).

Usage: python3 twentieth.py KIND SRC OUT     (SRC.md -> OUT.pdf)
Every kind pours the page's paragraphs as eighteenth.py does (justified, Times-Roman body);
nothing is added to the text: every kind moves the truth's own paragraphs about the page.
  fakta-sidebar   a "Fakta" box: the body in a narrower measure, the page's last paragraphs
                  (up to a quarter of its words, at least one) in a framed light grey box in a
                  narrow right column from the top of the page, Helvetica 8 pt (read after the
                  body: the truth's order);
  reservation-col a protocol's justification column: the page's longest paragraph set in a
                  narrower measure and the paragraph after it beside it in a narrow right
                  column (Helvetica 7.5 pt, from the same top), the page going on in the full
                  measure under the deeper of the two (left, then right: the truth's order);
  cols2-break     two columns with a column break before the heading nearest the page's middle:
                  the left column ends early (white space under it), the right column starts
                  at the top with that heading;
  figure-caption  one column; after the page's second paragraph a picture (a grey filled box
                  with a frame, no text) 60 % of the measure wide, centred, and the paragraph
                  after it set as its caption: Helvetica-Oblique 7.5 pt, every line centred in
                  the picture's width;
  nbsp-gaps       Word-like non-breaking spaces: every gap next to a word with a digit, "§" or
                  a word of one or two letters written as byte 0xA0 (WinAnsi's no-break space);
                  one TJ per line, every gap's glyph widened by a displacement after it
                  (justified; Tw would not widen 0xA0);
  align-mix       a letter's or invitation's alignments, ragged: headings centred, the other
                  paragraphs in turn flush left, centred and flush right;
  list-2col       a protocol's or report's run of four or more list items set in two columns
                  inside the one-column body (a column section: the items down the left
                  column, then the right one), full-measure paragraphs above and below;
  indent-paras    book style: no space between paragraphs, every paragraph's first line
                  indented 14 pt (headings and list items keep a blank line before them).
Needs pandoc and fpdf2 (base-14 metrics).
"""

import sys

import common
from eighteenth import (BOTTOM, HELV, LEFT, LIST, MEASURE, TIMES, TOP, flow, one_column,
                        plain_draw, shrink, tj, units, wrap)
from fifteenth import Doc, H, W, base14_font, page_dict


def words_of(para):
    return len(" ".join(para[0]).split())


def page_layout(src, out, fonts, layout):
    """Every page of SRC laid by LAYOUT(paras, size) -> ops or None (fonts /F1 ... /Fn)."""
    doc = Doc()
    refs = [base14_font(doc, f) for f in fonts]
    pages = []
    for page in common.plain_pages(src):
        paras = units(page)
        pages.append(page_dict(doc.stream(b"\n".join(shrink(lambda size: layout(paras, size)))), refs))
    doc.write(pages, out)


def column(paras, x, y, measure, size, lead, font=b"/F1", width=TIMES):
    """PARAS set down from Y in a column at X: (ops, y of the last baseline)."""
    ops = []
    for k, para in enumerate(paras):
        if k:
            y -= lead
        for line in wrap(para, measure, size, width):
            y -= lead
            ops.append(tj(line, x, y, size, font, width))
    return ops, y


def fakta_sidebar(src, out):
    boxw, gap = 130.0, 14.0
    body = MEASURE - boxw - gap

    def layout(paras, size):
        lead, total, side = size * 1.2, sum(words_of(p) for p in paras), []
        while len(paras) - len(side) > 2 and (not side or sum(words_of(p) for p in side)
                                              + words_of(paras[-len(side) - 1]) <= total / 4):
            side.insert(0, paras[-len(side) - 1])
        main = paras[:len(paras) - len(side)]
        ops, y = column(main, LEFT, H - TOP, body if side else MEASURE, size, lead)
        if side:
            bs = 8.0
            got, by = column(side, LEFT + body + gap + 6, H - TOP - 6, boxw - 12, bs, bs * 1.2, b"/F2", HELV)
            bx, top = LEFT + body + gap, H - TOP + 4
            ops = [b"q 0.93 g 0.4 G 0.6 w %.2f %.2f %.2f %.2f re B Q" % (bx, by - 8, boxw, top - by + 8)] + ops + got
            if by < BOTTOM:
                return None
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman", "Helvetica"), layout)


def reservation_col(src, out):
    colw, gap = 120.0, 14.0
    body = MEASURE - colw - gap

    def layout(paras, size):
        lead, y, ops = size * 1.2, H - TOP, []
        cands = [k for k in range(len(paras) - 1) if not paras[k][1] and not paras[k + 1][1]]
        pick = max(cands, key=lambda k: words_of(paras[k]), default=None)
        k = 0
        while k < len(paras):
            if k:
                y -= lead
            if k == pick:
                left, ly = column([paras[k]], LEFT, y, body, size, lead)
                right, ry = column([paras[k + 1]], LEFT + body + gap, y, colw, 7.5, 9.0, b"/F2", HELV)
                ops += left + right
                y = min(ly, ry)
                k += 2
                continue
            got, y = column([paras[k]], LEFT, y, MEASURE, size, lead)
            ops += got
            k += 1
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman", "Helvetica"), layout)


def cols2_break(src, out):
    gutter = 14.0
    colw = (MEASURE - gutter) / 2

    def layout(paras, size):
        lead = size * 1.2
        total, seen, cut, best = sum(words_of(p) for p in paras), 0, None, None
        for k, p in enumerate(paras):
            if 0 < k and p[1] and not LIST.match(p[0][0]) and (best is None or abs(seen - total / 2) < best):
                cut, best = k, abs(seen - total / 2)
            seen += words_of(p)
        if cut is None:
            seen, cut = 0, len(paras)
            for k, p in enumerate(paras):
                if seen >= total * 0.4:
                    cut = k
                    break
                seen += words_of(p)
        ops, y0 = column(paras[:cut], LEFT, H - TOP, colw, size, lead)
        got, y1 = column(paras[cut:], LEFT + colw + gutter, H - TOP, colw, size, lead)
        return ops + got if min(y0, y1) >= BOTTOM else None

    page_layout(src, out, ("Times-Roman",), layout)


def figure_caption(src, out):
    figw, figh = MEASURE * 0.6, 90.0

    def draw(k, para, y, size, lead):
        if k != 2 or para[1]:
            return plain_draw(k, para, y, size, lead)
        fx = LEFT + (MEASURE - figw) / 2
        ops = [b"q 0.75 g 0.2 G 0.8 w %.2f %.2f %.2f %.2f re B Q" % (fx, y - figh, figw, figh)]
        y -= figh + 4
        cs = 7.5
        for _, words, _ in wrap(para, figw, cs, HELV):
            text = " ".join(words)
            y -= cs * 1.25
            ops.append(b"BT /F2 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                cs, fx + (figw - HELV(text, cs)) / 2, y, common.pdf_string(text)))
        return ops, y - 4

    one_column(src, out, draw, ("Times-Roman", "Helvetica-Oblique"))


def nbsp_gaps(src, out):
    def hard(a, b):
        return any(ch.isdigit() for ch in a + b) or "§" in (a, b) or len(a.strip(",.:;")) <= 2

    def draw(k, para, y, size, lead):
        ops = []
        for indent, words, gap in wrap(para, MEASURE, size):
            y -= lead
            extra = (gap - TIMES(" ", size)) * 1000 / size
            parts = [common.pdf_string(words[0])]
            for a, b in zip(words, words[1:]):
                sp = b"(\xa0)" if hard(a, b) else b"( )"
                parts += [sp] + ([b"%.1f" % -extra] if abs(extra) > 0.05 else []) + [common.pdf_string(b)]
            ops.append(b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm [%s] TJ ET" % (
                size, LEFT + indent, y, b" ".join(parts)))
        return ops, y

    one_column(src, out, draw)


def align_mix(src, out):
    def draw(k, para, y, size, lead):
        ops, how = [], 1 if para[1] else k % 3
        for indent, words, _ in wrap((para[0], True), MEASURE, size):
            y -= lead
            text = " ".join(words)
            free = MEASURE - TIMES(text, size)
            x = LEFT + (indent if how == 0 else free / 2 if how == 1 else free)
            ops.append(b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (size, x, y, common.pdf_string(text)))
        return ops, y

    one_column(src, out, draw)


def list_2col(src, out):
    gutter = 14.0
    colw = (MEASURE - gutter) / 2

    def layout(paras, size):
        lead, y, ops, k = size * 1.2, H - TOP, [], 0
        while k < len(paras):
            run = k
            while run < len(paras) and LIST.match(paras[run][0][0]) and not paras[run][1]:
                run += 1
            if k:
                y -= lead
            if run - k >= 4:
                items = [([line.strip() for line in p[0]], False) for p in paras[k:run]]
                lines = [line for line in flow(items, colw, size) if line is not None]
                rows = -(-len(lines) // 2)
                # a column never starts inside an item: the break goes to the item's start
                starts, n = [], 0
                for p in items:
                    starts.append(n)
                    n += len(wrap(p, colw, size))
                cut = min(starts, key=lambda s: (abs(s - rows), s))
                for c, part in enumerate((lines[:cut], lines[cut:])):
                    for r, line in enumerate(part):
                        ops.append(tj(line, LEFT + c * (colw + gutter), y - (r + 1) * lead, size))
                y -= max(cut, len(lines) - cut) * lead
                k = run
                continue
            got, y = column([paras[k]], LEFT, y, MEASURE, size, lead)
            ops += got
            k += 1
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman",), layout)


def indent_paras(src, out):
    def layout(paras, size):
        lead, y, ops = size * 1.2, H - TOP, []
        for k, para in enumerate(paras):
            if k and (para[1] or LIST.match(para[0][0]) or paras[k - 1][1]):
                y -= lead * 0.8
            first = k and not para[1] and not paras[k - 1][1] and not LIST.match(para[0][0])
            for n, line in enumerate(wrap(para, MEASURE - 14, size)):
                y -= lead
                ops.append(tj(line, LEFT + (14 if first and n == 0 else 0), y, size))
        return ops if y >= BOTTOM else None

    page_layout(src, out, ("Times-Roman",), layout)


KINDS = {"fakta-sidebar": fakta_sidebar, "reservation-col": reservation_col,
         "cols2-break": cols2_break, "figure-caption": figure_caption, "nbsp-gaps": nbsp_gaps,
         "align-mix": align_mix, "list-2col": list_2col, "indent-paras": indent_paras}

if __name__ == "__main__":
    KINDS[sys.argv[1]](sys.argv[2], sys.argv[3])
