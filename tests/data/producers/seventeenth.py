#!/usr/bin/env python3
"""The seventeenth blind round's Python-made variants (seventeenth.sh runs them).

Usage: python3 seventeenth.py KIND SRC OUT     (SRC.md -> OUT.pdf; hocr-scan: SRC.pdf)
  cid-cmap        a Type0 font, Identity-H, over a CIDFontType2 (DejaVu Serif subset by
                  fontTools, CIDToGIDMap /Identity) with NO ToUnicode: the only way back to the
                  letters is the embedded font's own cmap table; word gaps are space glyphs
                  widened by TJ displacements (justified);
  tt-symbolic     a simple /TrueType font (DejaVu Sans subset) flagged symbolic, no /Encoding,
                  no ToUnicode; codes given in order of first use from 33, the font's only
                  cmap a (3,0) table from 0xF000+code to the glyph (as Word's old PDF maker
                  writes symbolic subsets); the glyphs keep their post table names;
  render-heads    Helvetica, justified by Tw; the headings (a short line alone; same font and
                  size as the body) drawn in the text render modes layout programs use for effects, in turn 7 (clip only,
                  then a colour box painted through the clip), 1 (outline), 2 (fill and
                  stroke) and 5 (stroke and clip, then a box);
  tz-wide         Times-Roman, justified by Tw; every paragraph at its own horizontal scaling
                  in turn 100, 112, 90 and 106 % by Tz ("fit copy"); the lines' widths and the
                  word gaps follow the scaling;
  tj-track        Helvetica, one TJ per line: every glyph pair of a word pulled together by
                  -28 thousandths (negative tracking set word-wide, as InDesign writes it),
                  spaces as glyphs widened by a displacement after them (justified);
  newsletter      a newsletter page: the page's first line as a spanning title (Helvetica-Bold
                  16 pt across the page), the rest in three columns of Times 8 pt (46-column
                  text threaded from column to column), a rule under the title;
  word-forms      every distinct word a Form XObject (BT /F1 1 Tf (word) Tj ET) drawn where
                  the word occurs by "q s 0 0 s x y cm /Wn Do Q", reused across pages (as
                  print drivers with a glyph-run cache write);
  userunit        Helvetica, justified by Tw, on pages of /UserUnit 2.5 (MediaBox 238 x 337 user
                  units, A4 when shown): every size and gap 1/2.5 of the usual, the body set
                  at 3.5 units;
  accsupp-hyphen  Times, justified, hyphenated as sixteenth.py's hyphen-justify; every hyphen
                  added at a line end inside marked content /Span <</ActualText ()>> (LaTeX's
                  accsupp way: the hyphen shows but is not the text);
  hocr-scan       a scan with an invisible OCR text layer as hOCR-to-PDF tools write it: the
                  page a grey JPEG (pdftoppm of SRC.pdf at 45 dpi), over it every word in
                  Helvetica with render mode 3 (invisible), each at its own Tm and scaled by Tz
                  to its box (words and boxes from pdftotext -bbox of SRC.pdf), no space
                  glyphs;
  macroman        Times-Roman with /Encoding /MacRomanEncoding (å, ä, ö at 0x8C, 0x8A, 0x9A;
                  as old Mac DTP programs write), lines by TL and T*, indents by Td;
  uni-names       Helvetica with codes shuffled over 1-255 and a /Differences naming every
                  glyph /uniXXXX (space /space at 32), /Widths given, no ToUnicode;
  quote-ops       Times-Roman, every line shown by the " operator (aw ac string "): the word
                  spacing and character spacing set by the line's own operands (justified;
                  headings tracked by ac 0.6), blank lines by T*, indents by Td;
  filters-old     Helvetica, justified by Tw, every content stream /Filter [/ASCII85Decode
                  /LZWDecode] in a PDF-1.2 file (as Acrobat Distiller 3 wrote);
  margin-vertical Times, justified by Tw; on every page a vertical label in the right margin,
                  one letter under the other ("MALMÖ STAD", Helvetica-Bold 9 pt; not in the
                  truth: page furniture).
Needs pandoc, fpdf2 (base-14 metrics), fontTools (the subsets), poppler-utils (hocr-scan).
"""

import base64
import io
import os
import random
import re
import subprocess
import sys
import tempfile
import zlib

import common
from fifteenth import Doc, H, W, base14_font, fit, page_dict
from sixteenth import body_ops

DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def lines_of(src, width, size0, lead0, left, top, measure, scale=1.0):
    """Per page: (size, lead, [(i, indent, words, gap)]) as the other rounds lay them."""
    out = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width, scale)
        out.append((page, size, lead, list(common.laid_lines(
            page, measure, width(" ", size), lambda w: width(w, size)))))
    return out


def bold_metric():
    """Helvetica-Bold's string widths (fpdf2's metrics), as common.base14."""
    return common.base14("helvetica", "B")


def is_heading(page, i):
    lines = page.split("\n")
    return ((i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
            and 0 < len(lines[i].strip()) < 70 and not lines[i].startswith(" "))


def subset_font(path, chars):
    from fontTools import subset
    from fontTools.ttLib import TTFont
    opts = subset.Options()
    opts.glyph_names = True
    opts.notdef_outline = True
    opts.layout_features = []
    opts.name_IDs = ["*"]
    font = TTFont(path)
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in chars])
    sub.subset(font)
    return font


def font_bytes(font):
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def cid_cmap(src, out):
    pages_text = common.plain_pages(src)
    chars = sorted({c for p in pages_text for c in p if c != "\n"} | {" "})
    font = subset_font(DEJAVU + "DejaVuSerif.ttf", chars)
    cmap = font.getBestCmap()
    upm = font["head"].unitsPerEm
    gid = {c: font.getGlyphID(cmap[ord(c)]) for c in chars if ord(c) in cmap}
    adv = {c: font["hmtx"][cmap[ord(c)]][0] * 1000 / upm for c in gid}
    width = lambda s, size: sum(adv.get(c, 500) for c in s) * size / 1000
    doc = Doc()
    data = font_bytes(font)
    ff = doc.add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(data), len(data)) + data
                 + b"\nendstream")
    desc = doc.add(b"<< /Type /FontDescriptor /FontName /ABCDEF+DejaVuSerif /Flags 6 "
                   b"/FontBBox [-770 -347 2105 1109] /ItalicAngle 0 /Ascent 928 /Descent -236 "
                   b"/CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    w = b" ".join(b"%d [%d]" % (g, round(adv[c])) for c, g in sorted(gid.items(), key=lambda kv: kv[1]))
    cid = doc.add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+DejaVuSerif "
                  b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                  b"/FontDescriptor %d 0 R /DW 500 /W [%s] /CIDToGIDMap /Identity >>" % (desc, w))
    f1 = doc.add(b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+DejaVuSerif "
                 b"/Encoding /Identity-H /DescendantFonts [%d 0 R] >>" % cid)
    size0, lead0, left, top, measure = 9.0, 11.6, 60.0, 60.0, 475.0
    pages = []
    for page in pages_text:
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT /F1 %.2f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda s: width(s, size)):
            parts = []
            for k, word in enumerate(words):
                parts.append(b"<%s>" % "".join("%04X" % gid.get(c, 0) for c in word).encode())
                if k + 1 < len(words):
                    parts.append(b"<%04X> %.1f" % (gid[" "], -(gap - width(" ", size)) * 1000 / size))
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (left + indent, H - top - (i + 1) * lead,
                                                       b" ".join(parts)))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def tt_symbolic(src, out):
    from fontTools.ttLib.tables._c_m_a_p import CmapSubtable
    pages_text = common.plain_pages(src)
    order = []
    for p in pages_text:
        for c in p:
            if c != "\n" and c not in order:
                order.append(c)
    if len(order) > 220:
        raise SystemExit("too many characters for one simple font")
    font = subset_font(DEJAVU + "DejaVuSans.ttf", order)
    best = font.getBestCmap()
    code = {c: 33 + n for n, c in enumerate(order)}
    sym = CmapSubtable.newSubtable(4)
    sym.platformID, sym.platEncID, sym.language = 3, 0, 0
    sym.cmap = {0xF000 + code[c]: best[ord(c)] for c in order if ord(c) in best}
    font["cmap"].tables = [sym]
    upm = font["head"].unitsPerEm
    adv = {c: font["hmtx"][best[ord(c)]][0] * 1000 / upm for c in order if ord(c) in best}
    width = lambda s, size: sum(adv.get(c, 500) for c in s) * size / 1000
    doc = Doc()
    data = font_bytes(font)
    ff = doc.add(b"<< /Length %d /Length1 %d >>\nstream\n" % (len(data), len(data)) + data
                 + b"\nendstream")
    desc = doc.add(b"<< /Type /FontDescriptor /FontName /BCDEFG+DejaVuSans /Flags 4 "
                   b"/FontBBox [-1021 -463 1793 1232] /ItalicAngle 0 /Ascent 928 /Descent -236 "
                   b"/CapHeight 729 /StemV 80 /FontFile2 %d 0 R >>" % ff)
    last = 32 + len(order)
    f1 = doc.add(b"<< /Type /Font /Subtype /TrueType /BaseFont /BCDEFG+DejaVuSans /FirstChar 33 "
                 b"/LastChar %d /Widths [%s] /FontDescriptor %d 0 R >>" % (
                     last, b" ".join(b"%d" % round(adv.get(c, 500)) for c in order), desc))
    size0, lead0, left, top, measure = 8.6, 11.0, 58.0, 60.0, 479.0
    pages = []
    for page in pages_text:
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT /F1 %.2f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda s: width(s, size)):
            # Tw applies to code 32 only, which this font does not use: gaps by TJ instead
            parts = []
            for k, word in enumerate(words):
                parts.append(b"<%s>" % "".join("%02X" % code[c] for c in word).encode())
                if k + 1 < len(words):
                    parts.append(b"<%02X> %.1f" % (code[" "], -(gap - width(" ", size)) * 1000 / size))
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (
                left + indent, H - top - (i + 1) * lead, b" ".join(parts)))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def render_heads(src, out):
    width = common.base14("helvetica")
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    left, top, measure = 56.0, 60.0, 483.0
    pages = []
    n = 0
    for page, size, lead, laid in lines_of(src, width, 8.8, 11.0, left, top, measure):
        ops = []
        for i, indent, words, gap in laid:
            y = H - top - (i + 1) * lead
            text = " ".join(words)
            if is_heading(page, i):
                mode = (7, 1, 2, 5)[n % 4]
                n += 1
                w = width(text, size)
                ops.append(b"q 0.3 w 0.1 0.25 0.5 RG BT /F1 %.2f Tf %d Tr 1 0 0 1 %.2f %.2f Tm %s "
                           b"Tj ET" % (size, mode, left, y, common.pdf_string(text)))
                if mode in (5, 7):
                    ops.append(b"0.1 0.25 0.5 rg %.2f %.2f %.2f %.2f re f" % (
                        left - 1, y - size * 0.3, w + 2, size * 1.4))
                ops.append(b"Q")
                continue
            ops.append(b"BT /F1 %.2f Tf %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                size, gap - width(" ", size), left + indent, y, common.pdf_string(text)))
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def tz_wide(src, out):
    width = common.base14("times")
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    left, top, measure = 60.0, 60.0, 475.0
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(10.0, 12.0, top, page, left, width, 1.12)
        lines = page.split("\n")
        para = 0
        ops = [b"BT /F1 %.2f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size) * 1.12, lambda w: width(w, size) * 1.12):
            if i == 0 or not lines[i - 1].strip():
                para += 1
            tz = (100, 112, 90, 106)[para % 4]
            s = tz / 100
            natural = sum(width(w, size) for w in words) * s
            # the gap laid for 112 %, re-spread for this paragraph's scaling
            if gap > width(" ", size) * 1.12 + 1e-6 and len(words) > 1:
                real = min(3 * width(" ", size) * s, (measure - indent - natural) / (len(words) - 1))
            else:
                real = width(" ", size) * s
            tw = real / s - width(" ", size)
            ops.append(b"%d Tz %.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                tz, tw, left + indent, H - top - (i + 1) * lead, common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def tj_track(src, out):
    width = common.base14("helvetica")
    track = -28.0
    tw = lambda s, size: width(s, size) + max(0, len(s) - 1) * track * size / 1000
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    left, top, measure = 56.0, 60.0, 483.0
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(9.0, 11.2, top, page, left, width)
        ops = [b"BT /F1 %.2f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: tw(w, size)):
            parts = []
            for k, word in enumerate(words):
                parts.append((b" %d " % track).join(common.pdf_string(c) for c in word))
                if k + 1 < len(words):
                    parts.append(b"( ) %.1f" % (-(gap - width(" ", size)) * 1000 / size))
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (
                left + indent, H - top - (i + 1) * lead, b" ".join(parts)))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def newsletter(src, out):
    width = common.base14("times")
    bold = bold_metric()
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    f2 = base14_font(doc, "Helvetica-Bold")
    left, gutter, top = 42.0, 12.0, 110.0
    colw = (W - 2 * left - 2 * gutter) / 3
    pages = []
    for page in common.plain_pages(src, columns=40):
        lines = page.strip("\n").split("\n")
        title = lines[0].strip()
        rest = lines[1:]
        while rest and not rest[0].strip():
            rest.pop(0)
        tsize = min(16.0, (W - 2 * left) / max(bold(title, 1.0), 1e-3))
        ops = [b"BT /F2 %.2f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
            tsize, left, H - 70, common.pdf_string(title)),
            b"q 0.8 w %.2f %.2f m %.2f %.2f l S Q" % (left, H - 82, W - left, H - 82)]
        rows = -(-len(rest) // 3)
        lead = min(10.0, (H - top - 40) / max(1, rows))
        widest = max([width(line.rstrip(), 1.0) for line in rest] or [1.0])
        size = min(8.0, lead / 1.15, colw / max(widest, 1e-3))
        ops.append(b"BT /F1 %.2f Tf" % size)
        for i, indent, words, gap in common.laid_lines(
                "\n".join(rest), colw, width(" ", size), lambda w: width(w, size)):
            c, k = divmod(i, rows)
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + c * (colw + gutter) + indent,
                H - top - (k + 1) * lead, common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1, f2]))
    doc.write(pages, out)


def word_forms(src, out):
    width = common.base14("times")
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    res = doc.add(b"<</Font<</F1 %d 0 R>>>>" % f1)
    forms = {}
    left, top, measure = 62.0, 62.0, 470.0
    laid_pages = lines_of(src, width, 10.0, 12.2, left, top, measure)
    for _, _, _, laid in laid_pages:
        for _, _, words, _ in laid:
            for w in words:
                if w not in forms:
                    data = b"BT/F1 1 Tf%sTj ET" % common.pdf_string(w)
                    forms[w] = doc.add(b"<</Subtype/Form/BBox[0 -.25 %.2f 1]/Resources %d 0 R"
                                       b"/Length %d>>stream\n" % (width(w, 1.0) + 0.01, res, len(data))
                                       + data + b"\nendstream")
    names = {w: b"W%d" % n for n, w in enumerate(forms)}
    xobjs = doc.add(b"<<%s>>" % b"".join(b"/%s %d 0 R" % (names[w], r) for w, r in forms.items()))
    pages = []
    for page, size, lead, laid in laid_pages:
        ops = []
        for i, indent, words, gap in laid:
            x, y = left + indent, H - top - (i + 1) * lead
            for w in words:
                ops.append(b"q %.2f 0 0 %.2f %.2f %.2f cm /%s Do Q" % (size, size, x, y, names[w]))
                x += width(w, size) + gap
        pages.append(b"/MediaBox [0 0 %d %d] /Resources << /XObject %d 0 R >> /Contents %d 0 R"
                     % (W, H, xobjs, doc.stream(b"\n".join(ops))))
    doc.write(pages, out)


def userunit(src, out):
    width = common.base14("helvetica")
    u = 2.5
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    left, top, measure = 56.0, 60.0, 483.0
    pages = []
    for page, size, lead, laid in lines_of(src, width, 8.8, 11.0, left, top, measure):
        ops = [b"BT /F1 %.3f Tf" % (size / u)]
        for i, indent, words, gap in laid:
            ops.append(b"%.4f Tw 1 0 0 1 %.3f %.3f Tm %s Tj" % (
                (gap - width(" ", size)) / u, (left + indent) / u, (H - top - (i + 1) * lead) / u,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(b"/MediaBox [0 0 %.2f %.2f] /UserUnit %.1f /Resources << /Font << /F1 %d 0 R"
                     b" >> >> /Contents %d 0 R" % (W / u, H / u, u, f1, doc.stream(b"\n".join(ops))))
    doc.write(pages, out)


def soft_broken(page):
    """PAGE's lines with the next line's long first word broken at this line's end, and for
    each line whether it ends in such an added hyphen."""
    lines = [line.rstrip() for line in page.split("\n")]
    soft = [False] * len(lines)
    for i in range(len(lines) - 1):
        cur, nxt = lines[i], lines[i + 1]
        if not cur.strip() or not nxt.strip() or re.match(r"\s*(\d+\.|-|\*)\s", nxt):
            continue
        indent = len(nxt) - len(nxt.lstrip(" "))
        first, _, rest = nxt.strip().partition(" ")
        if len(first) >= 8 and first.isalpha():
            k = max(3, len(first) // 2)
            lines[i] = cur + " " + first[:k] + "-"
            lines[i + 1] = " " * indent + (first[k:] + " " + rest).strip()
            soft[i] = True
    return "\n".join(lines), soft


def accsupp_hyphen(src, out):
    width = common.base14("times")
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    left, top, measure = 62.0, 62.0, 470.0
    pages = []
    for page in common.plain_pages(src):
        page, soft = soft_broken(page)
        size, lead = fit(10.0, 12.0, top, page, left, width)
        ops = [b"BT /F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            text = " ".join(words)
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm" % (
                gap - width(" ", size), left + indent, H - top - (i + 1) * lead))
            if soft[i]:
                ops.append(b"%s Tj /Span <</ActualText ()>> BDC (-) Tj EMC" % common.pdf_string(text[:-1]))
            else:
                ops.append(b"%s Tj" % common.pdf_string(text))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def hocr_scan(src, out):
    import html
    width = common.base14("helvetica")
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", "45", "-gray", "-jpeg", "-jpegopt", "quality=30",
                        src, os.path.join(work, "p")], check=True)
        images = sorted(f for f in os.listdir(work) if f.endswith(".jpg"))
        bbox = subprocess.run(["pdftotext", "-bbox", src, "-"], capture_output=True,
                              check=True).stdout.decode("utf-8")
        page_words = []
        for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S):
            words = [(float(a), float(b), float(c), float(d), html.unescape(t)) for a, b, c, d, t in
                     re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                r'yMax="([\d.]+)">(.*?)</word>', m.group(3))]
            page_words.append((float(m.group(1)), float(m.group(2)), words))
        doc = Doc()
        f1 = base14_font(doc, "Helvetica")
        pages = []
        for img, (pw, ph, words) in zip(images, page_words):
            data = open(os.path.join(work, img), "rb").read()
            from PIL import Image
            iw, ih = Image.open(os.path.join(work, img)).size
            im = doc.add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
                         b"/DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\n"
                         b"stream\n" % (iw, ih, len(data)) + data + b"\nendstream")
            ops = [b"q %.2f 0 0 %.2f 0 0 cm /Im1 Do Q" % (pw, ph), b"BT 3 Tr"]
            for x0, y0, x1, y1, t in words:
                h = y1 - y0
                size = round(h * 0.85, 1)
                natural = width(t, size)
                if natural <= 0 or size <= 0:
                    continue
                tz = 100 * (x1 - x0) / natural
                ops.append(b"/F1 %.1f Tf %.1f Tz 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                    size, tz, x0, ph - y1 + h * 0.2, common.pdf_string(t)))
            ops.append(b"ET")
            pages.append(b"/MediaBox [0 0 %.2f %.2f] /Resources << /Font << /F1 %d 0 R >> "
                         b"/XObject << /Im1 %d 0 R >> >> /Contents %d 0 R" % (
                             pw, ph, f1, im, doc.stream(b"\n".join(ops))))
        doc.write(pages, out)


def macroman(src, out):
    width = common.base14("times")
    doc = Doc()
    f1 = doc.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding "
                 b"/MacRomanEncoding >>")
    mac = lambda s: b"(" + s.encode("mac_roman", "replace").replace(b"\\", b"\\\\").replace(
        b"(", b"\\(").replace(b")", b"\\)") + b")"
    left, top, measure = 62.0, 62.0, 470.0
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(10.0, 12.2, top, page, left, width)
        ops = [b"BT /F1 %.1f Tf %.2f TL 1 0 0 1 %.2f %.2f Tm" % (size, lead, left, H - top)]
        line, x = -1, left
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops += [b"T*"] * (i - line - 1)
            want = left + indent
            if want != x:
                ops.append(b"%.2f %.2f Td" % (want - x, -lead))
                x = want
            else:
                ops.append(b"T*")
            ops.append(b"%.3f Tw %s Tj" % (gap - width(" ", size), mac(" ".join(words))))
            line = i
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def uni_names(src, out):
    width = common.base14("helvetica")
    pages_text = common.plain_pages(src)
    chars = sorted({c for p in pages_text for c in p if c not in " \n"})
    rng = random.Random(1717)
    free = [c for c in range(1, 256) if c != 32]
    rng.shuffle(free)
    code = dict(zip(chars, free))
    code[" "] = 32
    diffs = b" ".join(b"%d /%s" % (c, b"space" if ch == " " else b"uni%04X" % ord(ch))
                      for ch, c in sorted(code.items(), key=lambda kv: kv[1]))
    lo, hi = min(code.values()), max(code.values())
    by_code = {c: ch for ch, c in code.items()}
    widths = b" ".join(b"%d" % round(width(by_code[c], 1000)) if c in by_code else b"0"
                       for c in range(lo, hi + 1))
    doc = Doc()
    f1 = doc.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar %d /LastChar %d "
                 b"/Widths [%s] /Encoding << /Type /Encoding /Differences [%s] >> >>" % (
                     lo, hi, widths, diffs))
    left, top, measure = 56.0, 60.0, 483.0
    pages = []
    for page in pages_text:
        size, lead = fit(8.8, 11.0, top, page, left, width)
        ops = [b"BT /F1 %.2f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            text = " ".join(words)
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm <%s> Tj" % (
                gap - width(" ", size), left + indent, H - top - (i + 1) * lead,
                "".join("%02X" % code[c] for c in text).encode()))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def quote_ops(src, out):
    width = common.base14("times")
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    left, top, measure = 62.0, 62.0, 470.0
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(10.0, 12.2, top, page, left, width, 1.1)
        ops = [b"BT /F1 %.1f Tf %.2f TL 1 0 0 1 %.2f %.2f Tm" % (size, lead, left, H - top)]
        line, x = -1, left
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops += [b"T*"] * (i - line - 1)
            want = left + indent
            if want != x:
                ops.append(b"%.2f 0 Td" % (want - x))
                x = want
            text = " ".join(words)
            ac = 0.6 if is_heading(page, i) else 0.0
            ops.append(b"%.3f %.2f %s \"" % (gap - width(" ", size), ac, common.pdf_string(text)))
            line = i
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def lzw(data):
    """LZW as PDF's LZWDecode reads it (EarlyChange 1, clear 256, end 257, 9-12 bit codes)."""
    out, acc, nbits = bytearray(), 0, 0
    width = 9

    def put(code):
        nonlocal acc, nbits
        acc = (acc << width) | code
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)

    table = {bytes([i]): i for i in range(256)}
    nxt = 258
    put(256)
    cur = b""
    for b in data:
        c = cur + bytes([b])
        if c in table:
            cur = c
            continue
        put(table[cur])
        table[c] = nxt
        nxt += 1
        if nxt + 1 > (1 << width):  # early change: wider one code before the table needs it
            if width < 12:
                width += 1
        if nxt >= 4094:
            put(256)
            table = {bytes([i]): i for i in range(256)}
            nxt, width = 258, 9
        cur = bytes([b])
    if cur:
        put(table[cur])
    put(257)
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


def filters_old(src, out):
    width = common.base14("helvetica")
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    left, top, measure = 56.0, 60.0, 483.0
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(8.8, 11.0, top, page, left, width)
        data = b"\n".join(body_ops(page, width, size, lead, left, top, measure))
        enc = base64.a85encode(lzw(data), wrapcol=72) + b"~>"
        ref = doc.add(b"<< /Length %d /Filter [/ASCII85Decode /LZWDecode] >>\nstream\n" % len(enc)
                      + enc + b"\nendstream")
        pages.append(page_dict(ref, [f1]))
    doc.write(pages, out)
    data = open(out, "rb").read().replace(b"%PDF-1.6", b"%PDF-1.2", 1)
    open(out, "wb").write(data)


def margin_vertical(src, out):
    width = common.base14("times")
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    f2 = base14_font(doc, "Helvetica-Bold")
    left, top, measure = 62.0, 62.0, 460.0
    pages = []
    for page, size, lead, laid in lines_of(src, width, 10.0, 12.2, left, top, measure):
        ops = body_ops(page, width, size, lead, left, top, measure)
        ops.append(b"BT /F2 9 Tf")
        for k, ch in enumerate("MALMÖ STAD"):
            if ch != " ":
                ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (560.0, 640.0 - 11 * k,
                                                          common.pdf_string(ch)))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1, f2]))
    doc.write(pages, out)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"cid-cmap": cid_cmap, "tt-symbolic": tt_symbolic, "render-heads": render_heads,
     "tz-wide": tz_wide, "tj-track": tj_track, "newsletter": newsletter,
     "word-forms": word_forms, "userunit": userunit, "accsupp-hyphen": accsupp_hyphen,
     "hocr-scan": hocr_scan, "macroman": macroman, "uni-names": uni_names,
     "quote-ops": quote_ops, "filters-old": filters_old,
     "margin-vertical": margin_vertical}[kind](src, out)
