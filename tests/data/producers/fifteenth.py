#!/usr/bin/env python3
"""The fifteenth blind round's Python-made variants (fifteenth.sh runs them).

Usage: python3 fifteenth.py KIND SRC OUT     (SRC.md -> OUT.pdf)
  word-glyphs   Word-like: every glyph its own Tj at its own Tm (positions rounded to 0.05 pt
                with a little jitter), spaces drawn as glyphs at word ends, justified; "fi" and
                "fl" drawn as Times' ligature glyphs (Differences /fi /fl) inside marked
                content /Span <</ActualText (fi)>> as Word does;
  tagged-order  a tagged PDF (StructTreeRoot, MCIDs): two columns per page (the text wrapped
                at 45 columns), the content stream writing the right column first and each
                column's paragraphs bottom up; the structure tree gives the reading order;
  ocg-hidden    the body in a visible Optional Content layer; a second layer, OFF in the
                default configuration, holds a large "UTKAST" across the page's middle and a
                superseded registrar's line at its top (not in the truth: not shown);
  cid-liga      a Type0 font, Identity-H, two-byte glyph ids shuffled as a subset's are, /W
                widths, no space glyphs (word gaps as TJ displacements), justified; its
                ToUnicode maps the ligature glyphs fi to the two letters, fl to U+FB02 and ff
                to U+FB00 (presentation forms, as some producers write them);
  whiteout      Helvetica text; on every page a superseded draft line at the bottom and a
                registrar's number at the top right, each painted over by a white box (the
                text is still in the stream; not in the truth: not visible);
  tj-tight      Times-Roman, one TJ per line without space glyphs: pairs kerned inside words
                (-20 to -70 thousandths) and the word gaps compressed to 0.6-0.9 of a space
                (Word's "compress" justification), so a gap is at times barely wider than a
                kern;
  tz-condensed  Helvetica condensed to 78 % by Tz, spaces drawn as glyphs, their width cut by
                a negative Tw (gaps about 0.6 of a space);
  dropcap       Times-Roman; the first letter of every paragraph of more than one line set
                as a drop cap 2.4 times the body size across the paragraph's first two lines,
                which are indented by its width.
Needs pandoc, fpdf2 (for the base-14 metrics).
"""

import random
import sys
import zlib

import common

W, H = 595, 842


class Doc:
    """A minimal PDF writer with free-form objects."""

    def __init__(self):
        self.objs = [None, None]  # 1 catalog, 2 pages

    def add(self, body):
        self.objs.append(body)
        return len(self.objs)

    def reserve(self):
        return self.add(None)

    def put(self, num, body):
        self.objs[num - 1] = body

    def stream(self, data):
        data = zlib.compress(data, 9)
        return self.add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
                        + b"\nendstream")

    def write(self, pages, out, catalog_extra=b""):
        """PAGES: list of page dictionaries' bodies without /Parent (added here)."""
        kids = [self.add(b"<< /Type /Page /Parent 2 0 R " + p + b" >>") for p in pages]
        self.objs[0] = b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>"
        self.objs[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
            len(kids), b" ".join(b"%d 0 R" % k for k in kids))
        data, offsets = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n", []
        for n, o in enumerate(self.objs, 1):
            offsets.append(len(data))
            data += b"%d 0 obj\n" % n + o + b"\nendobj\n"
        xref = len(data)
        data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.objs) + 1, xref)
        with open(out, "wb") as f:
            f.write(data)
        return kids


def base14_font(doc, name, differences=b""):
    enc = (b"<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [%s] >>"
           % differences) if differences else b"/WinAnsiEncoding"
    return doc.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding %s >>"
                   % (name.encode(), enc))


def page_dict(content, fonts, extra=b"", box=(0, 0, W, H)):
    res = b" ".join(b"/F%d %d 0 R" % (n, f) for n, f in enumerate(fonts, 1))
    return b"/MediaBox [%d %d %d %d] /Resources << /Font << %s >> %s >> /Contents %d 0 R" % (
        *box, res, extra, content)


def fit(size, lead, top, page, left, width, scale=1.0):
    """The size and leading that fit PAGE's lines above the bottom margin and its longest
    line (pandoc's plain text does not wrap headings) inside the right margin: a long page is
    set tighter, never past the edge. WIDTH(s, size) is a string's width, SCALE a condensing."""
    room = H - top - 40
    lines = page.rstrip("\n").split("\n")
    widest = max(width(line.rstrip(), 1.0) * scale for line in lines)
    if widest * size > W - 30 - left:
        size = (W - 30 - left) / widest
    if len(lines) * lead <= room:
        return size, lead
    return min(size, room / len(lines) / 1.12), room / len(lines)


LIGA = {"fi": (1, 556), "fl": (2, 556)}


def word_glyphs(src, out):
    width = common.base14("times")
    size0, lead0, left, top, measure = 10.0, 12.2, 62.0, 64.0, 470.0
    rng = random.Random(15)
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman", b"1 /fi /fl")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT", b"/F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            y = H - top - (i + 1) * lead
            x = left + indent
            for k, w in enumerate(words):
                text = w + (" " if k + 1 < len(words) else "")
                j = 0
                while j < len(text):
                    pos = round((x + rng.uniform(-0.04, 0.04)) * 20) / 20
                    pair = text[j:j + 2]
                    if pair in LIGA:
                        code, adv = LIGA[pair]
                        ops.append(b"/Span <</ActualText <FEFF%s>>> BDC 1 0 0 1 %.2f %.2f Tm "
                                   b"(\\%03o) Tj EMC" % (pair.encode("utf-16-be").hex().upper()
                                                         .encode(), pos, y, code))
                        x += adv * size / 1000
                        j += 2
                        continue
                    ch = text[j]
                    ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (pos, y, common.pdf_string(ch)))
                    x += width(ch, size) if ch != " " else gap
                    j += 1
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def paragraphs(lines):
    """Runs of non-empty lines: [(first line number, [lines])]."""
    out, cur = [], None
    for i, line in enumerate(lines):
        if line.strip():
            if cur is None:
                cur = (i, [])
                out.append(cur)
            cur[1].append(line)
        else:
            cur = None
    return out


def tagged_order(src, out):
    width = common.base14("helvetica")
    size, lead, top = 8.0, 9.8, 56.0
    cols = (50.0, 312.0)
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    struct_root = doc.reserve()
    doc_elem = doc.reserve()
    kids_elems, pages, parent_tree = [], [], []
    page_nums = []
    for page in common.plain_pages(src, columns=46):
        lines = page.split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        # split at the blank line nearest the middle (a column breaks between paragraphs)
        mid = len(lines) // 2
        blanks = [i for i, l in enumerate(lines) if not l.strip()] or [mid]
        cut = min(blanks, key=lambda i: abs(i - mid))
        columns = [lines[:cut], lines[cut:]]
        while columns[1] and not columns[1][0].strip():
            columns[1].pop(0)
        page_ref = doc.reserve()
        page_nums.append(page_ref)
        mcid = 0
        blocks = []  # (reading index, bytes)
        reading = []
        for c, col_lines in enumerate(columns):
            for first, para in paragraphs(col_lines):
                ops = [b"/P <</MCID %d>> BDC BT /F1 %.1f Tf" % (mcid, size)]
                for k, line in enumerate(para):
                    y = H - top - (first + k + 1) * lead
                    indent = (len(line) - len(line.lstrip(" "))) * width(" ", size)
                    ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (
                        cols[c] + indent, y, common.pdf_string(line.strip())))
                ops.append(b"ET EMC")
                reading.append(mcid)
                blocks.append((c, first, b"\n".join(ops)))
                mcid += 1
        # the stream: the right column first, each column's paragraphs bottom up
        blocks.sort(key=lambda b: (-b[0], -b[1]))
        content = doc.stream(b"\n".join(b[2] for b in blocks))
        elems = []
        for m in reading:
            elems.append(doc.add(b"<< /Type /StructElem /S /P /P %d 0 R /Pg %d 0 R /K %d >>"
                                 % (doc_elem, page_ref, m)))
        kids_elems += elems
        parent_tree.append(elems)
        doc.put(page_ref, b"<< /Type /Page /Parent 2 0 R " + page_dict(content, [f1])
                + b" /StructParents %d >>" % (len(parent_tree) - 1))
    doc.put(doc_elem, b"<< /Type /StructElem /S /Document /P %d 0 R /K [%s] >>" % (
        struct_root, b" ".join(b"%d 0 R" % e for e in kids_elems)))
    nums = b" ".join(b"%d [%s]" % (n, b" ".join(b"%d 0 R" % e for e in els))
                     for n, els in enumerate(parent_tree))
    tree = doc.add(b"<< /Nums [%s] >>" % nums)
    doc.put(struct_root, b"<< /Type /StructTreeRoot /K %d 0 R /ParentTree %d 0 R "
                         b"/ParentTreeNextKey %d >>" % (doc_elem, tree, len(parent_tree)))
    # the pages are already objects: write the tree of pages by hand
    doc.objs[0] = (b"<< /Type /Catalog /Pages 2 0 R /MarkInfo << /Marked true >> "
                   b"/StructTreeRoot %d 0 R /Lang (sv-SE) >>" % struct_root)
    doc.objs[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (
        len(page_nums), b" ".join(b"%d 0 R" % k for k in page_nums))
    data, offsets = b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n", []
    for n, o in enumerate(doc.objs, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(doc.objs) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(doc.objs) + 1, xref)
    with open(out, "wb") as f:
        f.write(data)


def ocg_hidden(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 8.8, 11.0, 56.0, 60.0, 483.0
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    f2 = base14_font(doc, "Helvetica-Bold")
    body = doc.add(b"<< /Type /OCG /Name (Text) >>")
    draft = doc.add(b"<< /Type /OCG /Name (Utkast) >>")
    pages = []
    for n, page in enumerate(common.plain_pages(src), 1):
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"/OC /L1 BDC BT /F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + indent, H - top - (i + 1) * lead,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET EMC")
        ops.append(b"/OC /L2 BDC BT 0.8 g /F2 64 Tf 0 Tw 1 0 0 1 150 400 Tm (UTKAST) Tj "
                   b"0.4 g /F1 8 Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET EMC" % (
                       left, H - top + 16, common.pdf_string(
                           f"Ersätter version 2019-11-02 · Dnr KS 2019/123 · sida {n}")))
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1, f2],
                               b"/Properties << /L1 %d 0 R /L2 %d 0 R >>" % (body, draft)))
    doc.write(pages, out, b"/OCProperties << /OCGs [%d 0 R %d 0 R] /D << /Order [%d 0 R %d 0 R]"
              b" /ON [%d 0 R] /OFF [%d 0 R] >> >>" % (body, draft, body, draft, body, draft))


def cid_liga(src, out):
    width = common.base14("times")
    size0, lead0, left, top, measure = 9.6, 11.6, 60.0, 62.0, 475.0
    rng = random.Random(1515)
    glyph_w = {"fi": 556, "fl": 556, "ff": 606}
    unicode = {"fi": "fi", "fl": "\ufb02", "ff": "\ufb00"}
    pages_text = common.plain_pages(src)
    chars = sorted({c for p in pages_text for c in p if c not in " \n"})
    ids = rng.sample(range(3, 3 + 4 * (len(chars) + 3)), len(chars) + 3)
    cid = dict(zip(chars + ["fi", "fl", "ff"], ids))

    def glyphs(word):
        out, j = [], 0
        while j < len(word):
            if word[j:j + 2] in glyph_w:
                out.append(word[j:j + 2])
                j += 2
            else:
                out.append(word[j])
                j += 1
        return out

    def adv(g):
        return glyph_w[g] if g in glyph_w else width(g, 1000)
    doc = Doc()
    cmap_lines = [f"<{cid[g]:04X}> <{(unicode.get(g, g)).encode('utf-16-be').hex().upper()}>"
                  for g in cid]
    chunks = [cmap_lines[k:k + 100] for k in range(0, len(cmap_lines), 100)]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + "".join(f"{len(c)} beginbfchar\n" + "\n".join(c) + "\nendbfchar\n" for c in chunks)
            + "endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    tounicode = doc.stream(cmap)
    desc = doc.add(b"<< /Type /FontDescriptor /FontName /ABCDEF+TimesNewRomanPSMT /Flags 34 "
                   b"/FontBBox [-568 -307 2046 1040] /ItalicAngle 0 /Ascent 891 /Descent -216 "
                   b"/CapHeight 662 /StemV 80 >>")
    wl = b" ".join(b"%d [%d]" % (cid[g], round(adv(g))) for g in cid)
    cidfont = doc.add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+TimesNewRomanPSMT"
                      b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                      b" /FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>"
                      % (desc, wl))
    f1 = doc.add(b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+TimesNewRomanPSMT "
                 b"/Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>"
                 % (cidfont, tounicode))
    pages = []
    for page in pages_text:
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT", b"/F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size),
                lambda w: sum(adv(g) for g in glyphs(w)) * size / 1000):
            arr = []
            for k, w in enumerate(words):
                if k:
                    arr.append(b"%d" % round(-gap * 1000 / size))
                arr.append(b"<" + b"".join(b"%04X" % cid[g] for g in glyphs(w)) + b">")
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (
                left + indent, H - top - (i + 1) * lead, b" ".join(arr)))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def whiteout(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, measure = 8.8, 11.0, 56.0, 60.0, 483.0
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages = []
    for n, page in enumerate(common.plain_pages(src), 1):
        size, lead = fit(size0, lead0, top, page, left, width)
        hidden = [(left, 40.0, 8.0, f"Utkast 2020-03-30 – ej för spridning – version {n}"),
                  (430.0, H - 40.0, 9.0, "Dnr KS 2019/999")]
        ops = []
        for x, y, s, t in hidden:
            ops.append(b"BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj ET" % (
                s, x, y, common.pdf_string(t)))
        for x, y, s, t in hidden:
            ops.append(b"q 1 g %.2f %.2f %.2f %.2f re f Q" % (
                x - 2, y - 3, width(t, s) + 4, s + 5))
        ops.append(b"BT /F1 %.1f Tf" % size)
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), left + indent, H - top - (i + 1) * lead,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


KERNED = {"Te", "Ta", "To", "Vå", "Va", "Ve", "av", "ov", "ev", "yr", "ry", "Fö", "fö", "Pr",
          "P.", "r.", "y.", "r,", "We", "LY", "AV", "AT", "ty", "ky", "vä", "wa", "rå"}


def tj_tight(src, out):
    width = common.base14("times")
    size0, lead0, left, top, measure = 9.5, 11.4, 60.0, 60.0, 475.0
    rng = random.Random(1516)
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        ops = [b"BT", b"/F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            squeeze = rng.uniform(0.6, 0.9)
            arr = []
            for k, w in enumerate(words):
                if k:
                    arr.append(b"%d" % round(-width(" ", 1000) * squeeze))
                part = w[0]
                for a, b in zip(w, w[1:]):
                    if a + b in KERNED:
                        arr.append(common.pdf_string(part))
                        arr.append(b"%d" % rng.randint(20, 70))
                        part = b
                    else:
                        part += b
                arr.append(common.pdf_string(part))
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (
                left + indent, H - top - (i + 1) * lead, b" ".join(arr)))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def tz_condensed(src, out):
    width = common.base14("helvetica")
    size0, lead0, left, top, tz = 10.0, 11.6, 58.0, 60.0, 0.78
    doc = Doc()
    f1 = base14_font(doc, "Helvetica")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width, tz)
        tw = -0.4 * width(" ", size)  # the space's advance is (w + Tw) * Tz
        ops = [b"BT", b"/F1 %.1f Tf %d Tz %.3f Tw" % (size, round(tz * 100), tw)]
        for i, line in enumerate(page.split("\n")):
            if not line.strip():
                continue
            indent = (len(line) - len(line.lstrip(" "))) * width(" ", size) * tz
            ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (
                left + indent, H - top - (i + 1) * lead, common.pdf_string(" ".join(
                    line.split()))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


def dropcap(src, out):
    width = common.base14("times")
    size0, lead0, left, top, measure = 10.0, 12.0, 62.0, 62.0, 470.0
    doc = Doc()
    f1 = base14_font(doc, "Times-Roman")
    pages = []
    for page in common.plain_pages(src):
        size, lead = fit(size0, lead0, top, page, left, width)
        cap = 2.4 * size
        lines = page.split("\n")
        laid = {i: (indent, words, gap) for i, indent, words, gap in common.laid_lines(
            page, measure, width(" ", size), lambda w: width(w, size))}
        shift = {}
        caps = []
        for i, (indent, words, gap) in laid.items():
            prev = lines[i - 1].strip() if i else ""
            if (not prev and i + 1 in laid and indent == 0 and laid[i + 1][0] == 0
                    and words[0][0].isalpha() and len(words[0]) > 1):
                c = words[0][0]
                cw = width(c, cap) + 3
                caps.append((c, left, H - top - (i + 2) * lead))
                shift[i] = shift[i + 1] = cw
                laid[i] = (indent, [words[0][1:]] + words[1:], gap)
        ops = [b"BT"]
        for c, x, y in caps:
            ops.append(b"/F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm %s Tj" % (cap, x, y,
                                                                   common.pdf_string(c)))
        ops.append(b"/F1 %.1f Tf" % size)
        for i, (indent, words, gap) in sorted(laid.items()):
            x = left + indent + shift.get(i, 0)
            # the shifted lines are justified to the narrower measure
            if i in shift and len(words) > 1 and gap > width(" ", size):
                natural = sum(width(w, size) for w in words)
                gap = max(width(" ", size), (measure - indent - shift[i] - natural)
                          / (len(words) - 1))
            ops.append(b"%.3f Tw 1 0 0 1 %.2f %.2f Tm %s Tj" % (
                gap - width(" ", size), x, H - top - (i + 1) * lead,
                common.pdf_string(" ".join(words))))
        ops.append(b"ET")
        pages.append(page_dict(doc.stream(b"\n".join(ops)), [f1]))
    doc.write(pages, out)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"word-glyphs": word_glyphs, "tagged-order": tagged_order, "ocg-hidden": ocg_hidden,
     "cid-liga": cid_liga, "whiteout": whiteout, "tj-tight": tj_tight,
     "tz-condensed": tz_condensed, "dropcap": dropcap}[kind](src, out)
