#!/usr/bin/env python3
"""The sixteenth blind round's Python-made variants (sixteenth.sh runs them).

Usage: python3 sixteenth.py KIND SRC OUT     (SRC.md -> OUT.pdf)
  word-sup        Word-like: every glyph its own Tm (rounded to 0.05 pt, jittered), spaces as
                  glyphs, justified; after about every seventh word a footnote mark (the
                  page's running number) at 0.65 of the size raised by Ts (text rise), as Word
                  writes a superscript (the marks are not in the truth: 1-2 characters each);
  type3-tm        a Type3 font with FontMatrix [0.01 0 0 0.01 0 0] (glyph space of 100),
                  glyph names /g1 ... /gN on shuffled codes, a ToUnicode, space on code 32;
                  set at 1 Tf with the size in the text matrix (size 0 0 size x y Tm), as
                  some converters write, justified by Tw;
  form-letterhead every page's body in its own Form XObject (with its own /Resources and a
                  /Matrix moving it) drawn scaled to 96 % by cm ("fit to page"), and one
                  letterhead Form XObject drawn after it on every page (the municipality's
                  name and address at the top; not in the truth, 2 lines a page);
  threaded-frames InDesign-like: two columns of 46-column text threaded mid-paragraph (the
                  first column's last line goes on at the second column's top); each line its
                  own BT/ET, the second column's frame written before the first's, the
                  lines of each frame bottom up;
  slug-crop       a press PDF: MediaBox with 36 pt of bleed and slug round the A4 CropBox /
                  TrimBox, the body drawn through a cm offset, crop marks and a slug line
                  ("FILE.indd  3  2020-04-06 10:12") outside the CropBox (not shown: not in
                  the truth);
  overprint-bold  Helvetica, justified by Tw; every heading (a short line alone between blank
                  lines) in "printer-driver bold": each glyph drawn, then drawn again 0.35 pt to
                  its right, glyph by glyph, each at its own Tm (the body is plain);
  hyphen-justify  Times, justified by Tw, hyphenated as a word processor does: where the next
                  line of the paragraph starts with a word of 8 letters or more, its first part
                  (half, at least 3 letters) ends this line with a hyphen "-" (a word with a
                  hyphen of its own, "STK-2019-1535", breaks after it, with no hyphen added);
                  lines ending in a suspended compound ("hälso- och") keep their hyphen;
  rotate-mixed    pages in turn portrait, /Rotate 90 and /Rotate 270, the rotated pages'
                  content drawn turned back (cm) so that each shows upright as a landscape
                  page, its text set across the landscape width.
  narrow-gutter   two justified columns of Times 8.6 pt (46-column text threaded from the
                  first column into the second) with a gutter of 7 pt, a little more than three
                  of its spaces (newsletter-style); each line one Tj at its Tm, justified by Tw;
  mixed-runs      Word-like runs of pasted text: the words of a line in turn Times-Roman 10 pt
                  on the baseline, Arial (Helvetica) 9.4 pt 0.6 pt lower and Times-Roman 10 pt
                  0.35 pt higher (fonts' differing baselines), each run its own Tm, justified;
  split-contents  Helvetica, justified by Tw; every page's /Contents an array of streams cut
                  at token boundaries every 40 tokens or so, so that a cut falls inside text
                  objects and between operands and their operator ("1 0 0 1 56" | "700 Tm");
  inline-image    Helvetica, justified by Tw; before every paragraph a small inline image
                  (BI ... ID ... EI, 24x6 RGB, uncompressed, binary data with bytes such as
                  "(", ")", "%" and "EI" followed by a letter), as ReportLab and Ghostscript
                  write small images;
  incremental     Helvetica, justified by Tw; the file's first revision holds a superseded
                  draft of every page (its last third of lines missing, a "FÖRSLAG" line at the
                  top), and an incremental update appended after it (new content streams under
                  the same object numbers, a new xref section with /Prev) holds the final text:
                  what a viewer shows is the update (as Acrobat saves an edit);
  xref-shift      a copy of the PDF SRC with a comment line inserted after its header, so every
                  offset of its cross-reference table is 23 bytes off (as a tool that edits
                  the header leaves it; viewers repair it).
Needs pandoc, fpdf2 (for the base-14 metrics).
"""

import math
import os
import random
import re
import sys
import zlib

import common
from fifteenth import Doc, H, W, base14_font, fit, page_dict


def word_sup(src, out):
    width = common.base14("times")
    size0, lead0, left, top, measure = 10.0, 12.2, 62.0, 64.0, 462.0
    rng = random.Random(16)
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT", b"/F1 %.1f Tf" % size]
        mark = 0
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            y = H - top - (i + 1) * lead
            x = left + indent
            for k, w in enumerate(words):
                for ch in w:
                    pos = round((x + rng.uniform(-0.04, 0.04)) * 20) / 20
                    ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (pos, y, common.pdf_string(ch)))
                    x += width(ch, size)
                if w[-1].isalpha() and rng.random() < 0.14:
                    mark += 1
                    small = round(size * 0.65, 1)
                    ops.append(b"/F1 %.1f Tf %.2f Ts 1 0 0 1 %.2f %.2f Tm (%d) Tj 0 Ts /F1 %.1f Tf"
                               % (small, size * 0.33, x, y, mark, size))
                    x += width(str(mark), small)
                if k + 1 < len(words):
                    ops.append(b"1 0 0 1 %.2f %.2f Tm ( ) Tj" % (x, y))
                    x += gap
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def type3_tm(src, out):
    width = common.base14("times")
    size0, lead0, left, top, measure = 9.8, 12.0, 60.0, 62.0, 472.0
    rng = random.Random(1601)
    pages_text = common.plain_pages(src)
    chars = sorted({c for p in pages_text for c in p if c not in " \n"})
    free = [c for c in range(33, 256)]
    rng.shuffle(free)
    if len(chars) > len(free):
        raise SystemExit("too many characters for one Type3 font")
    code = dict(zip(chars, free))
    code[" "] = 32
    doc = Doc()
    procs, widths = {}, {}
    for n, (ch, c) in enumerate(sorted(code.items(), key=lambda kv: kv[1]), 1):
        w = width(ch, 100)
        widths[c] = w
        body = b"%.2f 0 d0" % w
        if ch != " ":
            body += b"\n%.1f 0 %.1f 70 re f" % (w * 0.1, w * 0.8)
        procs[c] = (b"g%d" % n if ch != " " else b"space", doc.stream(body))
    lo, hi = min(code.values()), max(code.values())
    diffs = b" ".join(b"%d /%s" % (c, procs[c][0]) for c in sorted(procs))
    cmap_lines = [f"<{c:02X}> <{ch.encode('utf-16-be').hex().upper()}>" for ch, c in code.items()]
    chunks = [cmap_lines[k:k + 100] for k in range(0, len(cmap_lines), 100)]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <00> <FF> endcodespacerange\n"
            + "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
            + "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    tounicode = doc.stream(cmap)
    f1 = doc.add(
        b"<< /Type /Font /Subtype /Type3 /FontBBox [0 -25 120 90] /FontMatrix [0.01 0 0 0.01 0 0]"
        b" /Resources << >> /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >>"
        b" /FirstChar %d /LastChar %d /Widths [%s] /ToUnicode %d 0 R >>" % (
            b" ".join(b"/%s %d 0 R" % (name, obj) for name, obj in procs.values()), diffs,
            lo, hi, b" ".join(b"%.2f" % widths.get(c, 0) for c in range(lo, hi + 1)),
            tounicode))
    pages = []
    for page in pages_text:
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT", b"/F1 1 Tf"]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            text = " ".join(words)
            # Tw is in unscaled text space units: the text matrix scales it by the size
            ops.append(b"%.4f Tw %.2f 0 0 %.2f %.2f %.2f Tm <%s> Tj" % (
                (gap - width(" ", size)) / size, size, size, left + indent,
                H - top - (i + 1) * lead, "".join(f"{code[c]:02X}" for c in text).encode()))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def form_letterhead(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 9.0, 11.2, 56.0, 90.0, 483.0
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    f2 = base14_font(doc, "Helvetica-Bold")
    data = (b"q 0.2 0.3 0.5 rg 56 792 4 26 re f Q BT 0.2 0.3 0.5 rg /F2 15 Tf 1 0 0 1 66 806 Tm "
            b"(Exempelby kommun) Tj 0 g /F1 7.5 Tf 1 0 0 1 66 795 Tm "
            b"(Kommunledningskontoret \x95 Stadshusgatan 1, 123 45 Exempelby \x95 0123-456 00) Tj"
            b" ET q 0.5 w 56 786 m 539 786 l S Q")
    head = doc.add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] /Resources << /Font << "
                   b"/F1 %d 0 R /F2 %d 0 R >> >> /Length %d >>\nstream\n" % (W, H, f1, f2, len(data))
                   + data + b"\nendstream")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT /Fb %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + indent, H - top - (i + 1) * lead + 20,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        data = b"\n".join(ops)  # the form's own resources name the font /Fb
        body = doc.add(b"<< /Type /XObject /Subtype /Form /BBox [0 0 %d %d] "
                       b"/Matrix [1 0 0 1 0 -20] /Resources << /Font << /Fb %d 0 R >> >> "
                       b"/Length %d >>\nstream\n" % (W, H + 20, f1, len(data))
                       + data + b"\nendstream")
        content = doc.stream(b"q 0.96 0 0 0.96 11.9 4 cm /Body Do Q\n/Head Do")
        pages.append(b"/MediaBox [0 0 %d %d] /Resources << /XObject << /Body %d 0 R /Head %d 0 R"
                     b" >> >> /Contents %d 0 R" % (W, H, body, head, content))
    doc.write(pages, out)


def threaded_frames(src, out):
    width = common.base14("helvetica")
    top, cols = 56.0, (50.0, 312.0)
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages = []
    for page in common.plain_pages(src, columns=46):
        lines = page.rstrip("\n").split("\n")
        rows = math.ceil(len(lines) / 2)
        lead = min(9.8, (H - top - 40) / max(1, rows))
        size = min(8.0, lead / 1.15)
        # a line no wider than its frame (pandoc's plain text does not wrap tables)
        widest = max(width(line.rstrip(), 1.0) for line in lines)
        size = min(size, (cols[1] - cols[0] - 8) / max(widest, 1e-3))
        frames = [lines[:rows], lines[rows:]]
        ops = []
        for c in (1, 0):
            for k in reversed(range(len(frames[c]))):
                line = frames[c][k]
                if not line.strip():
                    continue
                indent = (len(line) - len(line.lstrip(" "))) * width(" ", size)
                ops.append(b"BT /F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                    size, cols[c] + indent, H - top - (k + 1) * lead,
                    common.pdf_string(line.strip())))
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def slug_crop(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 8.8, 11.0, 56.0, 60.0, 483.0
    m = 36.0
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages = []
    name = os.path.basename(src).rsplit(".", 1)[0] + ".indd"
    for n, page in enumerate(common.plain_pages(src), 1):
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"q 0.25 w"]
        for x, y, dx, dy in ((m, m, -1, -1), (m + W, m, 1, -1), (m, m + H, -1, 1),
                             (m + W, m + H, 1, 1)):
            ops.append(b"%.1f %.1f m %.1f %.1f l S %.1f %.1f m %.1f %.1f l S" % (
                x + dx * 9, y, x + dx * 27, y, x, y + dy * 9, x, y + dy * 27))
        ops.append(b"Q BT /F1 6 Tf 1 0 0 1 %.1f 12 Tm %s Tj ET" % (
            m, common.pdf_string(f"{name}   {n}   2020-04-06   10:12")))
        ops.append(b"q 1 0 0 1 %.1f %.1f cm BT /F1 %.1f Tf" % (m, m, size))
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + indent, H - top - (i + 1) * lead,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET Q")
        pages.append(b"/MediaBox [0 0 %d %d] /CropBox [%d %d %d %d] /TrimBox [%d %d %d %d] "
                     b"/BleedBox [%d %d %d %d] /Resources << /Font << /F1 %d 0 R >> >> "
                     b"/Contents %d 0 R" % (
                         W + 2 * m, H + 2 * m, m, m, W + m, H + m, m, m, W + m, H + m,
                         m - 8.5, m - 8.5, W + m + 8.5, H + m + 8.5, f1,
                         doc.stream(b"\n".join(ops))))
    doc.write(pages, out)


def rotate_mixed(src, out):
    width = common.base14("times")
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for n, page in enumerate(common.plain_pages(src)):
        turn = (0, 90, 270)[n % 3]
        pw, ph = (W, H) if not turn else (H, W)  # the page as shown
        left, top = 60.0, 56.0
        measure = pw - 2 * left
        lines = page.rstrip("\n").split("\n")
        size, lead = 10.0, 12.0
        widest = max(width(line.rstrip(), 1.0) for line in lines)
        if widest * size > pw - 30 - left:
            size = (pw - 30 - left) / widest
        room = ph - top - 40
        if len(lines) * lead > room:
            lead = room / len(lines)
            size = min(size, lead / 1.12)
        ops = []
        if turn == 90:
            ops.append(b"q 0 1 -1 0 %d 0 cm" % W)
        elif turn == 270:
            ops.append(b"q 0 -1 1 0 0 %d cm" % H)
        else:
            ops.append(b"q")
        ops.append(b"BT /F1 %.2f Tf" % size)
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + indent, ph - top - (i + 1) * lead,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET Q")
        extra = b" /Rotate %d" % turn if turn else b""
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]) + extra)
    doc.write(pages, out)


def overprint_bold(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 8.8, 11.0, 56.0, 60.0, 483.0
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        lines = page.split("\n")
        ops = [b"BT /F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            y = H - top - (i + 1) * lead
            alone = ((i == 0 or not lines[i - 1].strip())
                     and (i + 1 == len(lines) or not lines[i + 1].strip()))
            if alone and len(lines[i].strip()) < 70 and not indent:
                x = left
                ops.append(b"0 Tw")
                for ch in " ".join(words):
                    for dx in (0.0, 0.35):
                        ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (x + dx, y,
                                                                   common.pdf_string(ch)))
                    x += width(ch, size)
                continue
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + indent, y, common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def hyphenated(page):
    """PAGE's lines with the next line's long first word broken at this line's end."""
    lines = [line.rstrip() for line in page.split("\n")]
    for i in range(len(lines) - 1):
        cur, nxt = lines[i], lines[i + 1]
        if not cur.strip() or not nxt.strip() or re.match(r"\s*(\d+\.|-|\*)\s", nxt):
            continue
        indent = len(nxt) - len(nxt.lstrip(" "))
        first, _, rest = nxt.strip().partition(" ")
        if "-" in first.strip("-") and first[0].isalnum():
            head, tail = first.split("-", 1)
            if not tail:
                continue
            lines[i] = cur + " " + head + "-"
        elif len(first) >= 8 and first.isalpha():
            k = max(3, len(first) // 2)
            head, tail = first[:k], first[k:]
            lines[i] = cur + " " + head + "-"
        else:
            continue
        lines[i + 1] = " " * indent + (tail + " " + rest).strip()
    return "\n".join(lines)


def hyphen_justify(src, out):
    width = common.base14("times")
    size0, lead0, left, top, measure = 10.0, 12.0, 62.0, 62.0, 470.0
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for page in common.plain_pages(src):
        page = hyphenated(page)
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT /F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + indent, H - top - (i + 1) * lead,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def body_ops(page, width, size, lead, left, top, measure, keep=None):
    ops = [b"BT /F1 %.1f Tf" % size]
    for i, indent, words, gap in common.laid_lines(
            page, measure, width(" ", size), lambda w: width(w, size)):
        if keep is not None and i >= keep:
            break
        ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
            gap - width(" ", size), left + indent, H - top - (i + 1) * lead,
            common.pdf_string(" ".join(words))))
    ops.append(b"ET")
    return ops


def incremental(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 8.8, 11.0, 56.0, 60.0, 483.0
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages, finals = [], []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        n = len(page.split("\n"))
        draft = [b"BT /F1 9 Tf 1 0 0 1 %.2f %.2f Tm (F\326RSLAG \226 ej justerat) Tj ET" % (
            left, H - 40)] + body_ops(page, width, size, lead, left, top, measure, n * 2 // 3)
        content = doc.stream(b"\n".join(draft))
        finals.append((content, b"\n".join(body_ops(page, width, size, lead, left, top, measure))))
        pages.append(page_dict(content, [f1]))
    doc.write(pages, out)
    data = open(out, "rb").read()
    prev = int(data.rsplit(b"startxref", 1)[1].split()[0])
    size = len(doc.objs) + 1
    update, offsets = b"", []
    for num, body in finals:
        z = zlib.compress(body, 9)
        offsets.append((num, len(data) + len(update)))
        update += (b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (num, len(z))
                   + z + b"\nendstream\nendobj\n")
    xref = len(data) + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n"
    for num, off in offsets:
        update += b"%d 1\n%010d 00000 n \n" % (num, off)
    update += b"trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, prev, xref)
    with open(out, "ab") as f:
        f.write(update)


def xref_shift(src, out):
    data = open(src, "rb").read()
    first = data.index(b"\n") + 1
    with open(out, "wb") as f:
        f.write(data[:first] + b"% edited 2020-04-07\r\n\r\n" + data[first:])


def narrow_gutter(src, out):
    width = common.base14("times")
    top, gutter = 56.0, 7.0
    left, colw = 50.0, (W - 100.0 - gutter) / 2
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for page in common.plain_pages(src, columns=46):
        lines = page.rstrip("\n").split("\n")
        rows = math.ceil(len(lines) / 2)
        lead = min(10.4, (H - top - 40) / max(1, rows))
        size = min(8.6, lead / 1.15)
        widest = max(width(line.rstrip(), 1.0) for line in lines)
        size = min(size, colw / max(widest, 1e-3))
        ops = [b"BT /F1 %.2f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                "\n".join(lines), colw, width(" ", size), lambda w: width(w, size)):
            c, k = divmod(i, rows)
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + c * (colw + gutter) + indent,
                H - top - (k + 1) * lead, common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def mixed_runs(src, out):
    fonts = [("Times-Roman", "times", 10.0, 0.0), ("Helvetica", "helvetica", 9.4, -0.6),
             ("Times-Roman", "times", 10.0, 0.35)]
    widths = [common.base14(f[1]) for f in fonts]
    left, top, measure, lead0 = 62.0, 62.0, 470.0, 12.4
    doc = Doc()
    refs = [base14_font(doc, name) for name in ("Times-Roman", "Helvetica")]
    pages = []
    for page in common.plain_pages(src):
        base_w = widths[0]
        size_scale, lead = fit(1.0, lead0, top, page, left, lambda s, z: base_w(s, 11.0) * z)
        ops = [b"BT"]
        for i, indent, words, gap in common.laid_lines(
                page, measure, base_w(" ", 10.0 * size_scale),
                lambda w: base_w(w, 10.0 * size_scale)):
            y = H - top - (i + 1) * lead
            x = left + indent
            for k, w in enumerate(words):
                f = (i + k) % 3 if len(words) > 2 else 0
                size = fonts[f][2] * size_scale
                ops.append(b"/F%d %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                    1 if f != 1 else 2, size, x, y + fonts[f][3] * size_scale,
                    common.pdf_string(w)))
                x += widths[f](w, size) + gap
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), refs))
    doc.write(pages, out)


def split_contents(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 8.8, 11.0, 56.0, 60.0, 483.0
    rng = random.Random(1616)
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = body_ops(page, width, size, lead, left, top, measure)
        # tokens: the string operands stay whole
        tokens = []
        for op in ops:
            head, sep, rest = op.partition(b"(")
            tokens += head.split()
            if sep:
                string, _, tail = rest.rpartition(b")")
                tokens.append(b"(" + string + b")")
                tokens += tail.split()
        parts, cur = [], []
        for t in tokens:
            cur.append(t)
            if len(cur) >= 40 and rng.random() < 0.2:
                parts.append(cur)
                cur = []
        parts.append(cur)
        refs = [doc.stream(b" ".join(p) + b"\n") for p in parts]
        pages.append(b"/MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >> >> "
                     b"/Contents [%s]" % (W, H, f1, b" ".join(b"%d 0 R" % r for r in refs)))
    doc.write(pages, out)


def inline_image(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 8.8, 11.0, 70.0, 60.0, 470.0
    rng = random.Random(1617)
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        lines = page.split("\n")
        ops = []
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            y = H - top - (i + 1) * lead
            if i == 0 or not lines[i - 1].strip():
                data = bytearray(rng.randrange(256) for _ in range(24 * 6 * 3))
                for k, b in enumerate((b"(", b")", b"%", b"EIx", b"ET", b"BT")):
                    at = 30 + 60 * k
                    data[at:at + len(b)] = b
                ops.append(b"q 12 0 0 3 52 %.2f cm BI /W 24 /H 6 /CS /RGB /BPC 8 ID " % y
                           + bytes(data) + b" EI Q")
            ops.append(b"BT /F1 %.1f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                size, gap - width(" ", size), left + indent, y,
                common.pdf_string(" ".join(words))))
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"word-sup": word_sup, "type3-tm": type3_tm, "form-letterhead": form_letterhead,
     "threaded-frames": threaded_frames, "slug-crop": slug_crop,
     "rotate-mixed": rotate_mixed, "overprint-bold": overprint_bold,
     "hyphen-justify": hyphen_justify, "incremental": incremental,
     "narrow-gutter": narrow_gutter, "split-contents": split_contents,
     "inline-image": inline_image, "mixed-runs": mixed_runs, "xref-shift": xref_shift}[kind](src, out)
