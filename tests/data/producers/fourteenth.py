#!/usr/bin/env python3
"""The fourteenth blind round's Python-made variants (fourteenth.sh runs them).

Usage: python3 fourteenth.py KIND SRC OUT
  shy-html       pandoc's HTML for Chromium in two justified CSS columns, 8.5 pt, with soft
                 hyphens (U+00AD) written into every long word at its syllables, as CMSs and
                 Word's HTML export do (hyphens: manual) (SRC.md -> OUT.html);
  spacing-html   pandoc's HTML for Chromium: body letter-spacing 0.05em and word-spacing
                 0.12em, justified; headings in small caps tracked 0.18em (SRC.md -> OUT.html);
  margin-stamp   a copy of the PDF SRC with a registrar's line along the left margin of every
                 page, turned 90 degrees in the page content (not an annotation): "Inkom
                 2020-04-14 · Dnr KS 2020/375 · Sida N" (pypdf; not in the truth);
  acroform       pandoc's plain text set by ReportLab's canvas in Helvetica; the first six
                 lines of every page are read-only AcroForm text fields whose values are drawn
                 by their appearance streams (a filled-in form) (SRC.md -> OUT.pdf);
  ps-xshow       a hand-made PostScript file (Times-Roman re-encoded ISOLatin1, every word by
                 xshow with per-glyph widths, justified) for Ghostscript's ps2pdf (SRC.md ->
                 OUT.ps);
  raw-tc         a hand-made PDF: Helvetica, letter-spaced by Tc 0.9, one TJ per line with no
                 space glyphs (word gaps as displacements only), justified;
  raw-wordsplit  a hand-made PDF as Word writes justified lines glyph run by glyph run:
                 every word cut in two at a seeded place, each part its own Tj at its own Td,
                 the parts' x off their natural place by up to 0.25 pt (rounding), spaces as
                 glyphs at the end of words;
  skew-scan      pages of the PDF SRC rendered at 200 dpi grey, turned 1.1 degrees with a
                 grey background and noise, as a sheet fed crookedly (SRC.pdf -> OUT prefix,
                 one JPEG (quality 60) per page).
Needs pandoc, `pip install reportlab pypdf pillow`, ghostscript.
"""

import random
import re
import sys

import common
import ninth

VOWELS = "aeiouyåäöAEIOUYÅÄÖ"


def soft_hyphens(word):
    """Soft hyphens at the syllables of a long word: before a consonant that starts a vowel
    group (the Swedish rule of thumb: one consonant goes to the next syllable)."""
    if len(word) < 9 or not word.isalpha():
        return word
    out, last = [], 0
    for i in range(2, len(word) - 3):
        if word[i] not in VOWELS and word[i + 1] in VOWELS and word[i - 1] in VOWELS \
                and i - last >= 3:
            out.append(word[last:i])
            last = i
    out.append(word[last:])
    return "\u00ad".join(out)


def shy_text(html):
    # only text between tags, never inside a tag
    parts = re.split(r"(<[^>]+>)", html)
    return "".join(p if p.startswith("<") else re.sub(r"[^\W\d_]+", lambda m: soft_hyphens(
        m.group(0)), p) for p in parts)


def shy_html(src, out):
    css = (' .footnote-back { display: none; } section.footnotes hr { display: none; }'
           ' html { font-size: 8.5pt; } @page { size: A4; margin: 1.5cm; }'
           ' p, li { text-align: justify; hyphens: manual; }'
           ' .cols { columns: 2; column-gap: 0.8cm; break-after: page; }'
           ' .cols:last-child { break-after: auto; }')
    head, pages, tail = common.split_pages(ninth.html(src, css))
    body = "".join(f'<div class="cols">{shy_text(p)}</div>' for p in pages)
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "<body>" + body + "</body>" + tail)


def spacing_html(src, out):
    css = (' .footnote-back { display: none; } section.footnotes hr { display: none; }'
           ' html { font-size: 8.5pt; letter-spacing: 0.05em; word-spacing: 0.12em; }'
           ' p, li { text-align: justify; }'
           ' h1, h2, h3 { font-variant: small-caps; letter-spacing: 0.18em; }')
    head, pages, tail = common.split_pages(ninth.html(src, css))
    with open(out, "w", encoding="utf-8") as f:
        f.write(head + "<body>" + '<div class="page-break"></div>'.join(pages) + "</body>" + tail)


def margin_stamp(src, out):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
    w = PdfWriter(clone_from=PdfReader(src))
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
                             NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    ref = w._add_object(font)
    for n, page in enumerate(w.pages, 1):
        box = page.mediabox
        x0, y0 = float(box.left), float(box.bottom)
        s = DecodedStreamObject()
        text = common.pdf_string(f"Inkom 2020-04-14 \u00b7 Dnr KS 2020/375 \u00b7 Sida {n}")
        # turned a quarter counter-clockwise: read bottom to top along the left edge
        s.set_data(b"q BT /KStamp 7.5 Tf 0.35 g 0 1 -1 0 %.2f %.2f Tm %s Tj ET Q"
                   % (x0 + 22, y0 + 200, text))
        res = page["/Resources"]
        if "/Font" not in res:
            res[NameObject("/Font")] = DictionaryObject()
        fonts = res["/Font"].get_object()
        fonts[NameObject("/KStamp")] = ref
        contents = page.get_contents()
        data = (contents.get_data() if contents is not None else b"") + b"\n" + s.get_data()
        new = DecodedStreamObject()
        new.set_data(data)
        page[NameObject("/Contents")] = w._add_object(new)
    with open(out, "wb") as f:
        w.write(f)


def acroform(src, out):
    from reportlab.pdfgen import canvas
    width = common.base14("helvetica")
    size, lead, left, top, measure = 8.8, 11.0, 56.0, 60.0, 483.0
    c = canvas.Canvas(out, pagesize=(595, 842), invariant=1)
    form = c.acroForm
    n = 0
    for page in common.plain_pages(src):
        fields = 0
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            y = 842 - top - (i + 1) * lead
            text = " ".join(words)
            # ReportLab's field appearances take Latin-1 only: other lines stay plain text
            if fields < 6 and text == text.encode("latin-1", "ignore").decode("latin-1"):
                fields += 1
                n += 1
                form.textfield(name=f"f{n}", value=text, x=left + indent - 2, y=y - 3,
                               width=measure - indent + 4, height=lead + 1, fontName="Helvetica",
                               fontSize=size, borderWidth=0, fillColor=None, borderColor=None,
                               fieldFlags="readOnly", forceBorder=False)
                continue
            t = c.beginText()
            t.setFont("Helvetica", size)
            t.setTextOrigin(left + indent, y)
            t.setWordSpace(gap - width(" ", size))
            t.textOut(text)
            c.drawText(t)
        c.showPage()
    c.save()


def ps_string(s):
    b = s.encode("latin-1", errors="replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def ps_xshow(src, out):
    width = common.base14("times")
    size, lead, left, top, measure = 9.5, 11.4, 60.0, 60.0, 475.0
    ps = [b"%!PS-Adobe-3.0", b"%%Pages: (atend)", b"%%EndComments",
          b"/Times-Roman findfont dup length dict begin { 1 index /FID ne { def } { pop pop }"
          b" ifelse } forall /Encoding ISOLatin1Encoding def currentdict end"
          b" /Times-Latin1 exch definefont pop",
          b"/F { /Times-Latin1 findfont %.1f scalefont setfont } def" % size]
    pages = common.plain_pages(src)
    for n, page in enumerate(pages, 1):
        ps += [b"%%%%Page: %d %d" % (n, n), b"<< /PageSize [595 842] >> setpagedevice F"]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            x, y = left + indent, 842 - top - (i + 1) * lead
            for w in words:
                w = w.replace("\u2013", "-").replace("\u201d", '"').replace("\u2019", "'")
                ws = b" ".join(b"%.3f" % width(ch, size) for ch in w)
                ps.append(b"%.2f %.2f moveto %s [%s] xshow" % (x, y, ps_string(w), ws))
                x += width(w, size) + gap
        ps.append(b"showpage")
    ps += [b"%%Trailer", b"%%%%Pages: %d" % len(pages), b"%%EOF"]
    with open(out, "wb") as f:
        f.write(b"\n".join(ps) + b"\n")


def raw_tc(src, out):
    width = common.base14("helvetica")
    size, lead, left, top, measure, tc = 8.5, 10.8, 56.0, 60.0, 483.0, 0.9

    def wide(w):
        return width(w, size) + tc * len(w)
    pages = []
    for page in common.plain_pages(src):
        ops = [b"BT", b"/F1 %.1f Tf" % size, b"%.2f Tc" % tc]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size) + tc, wide):
            arr = []
            for k, w in enumerate(words):
                if k:
                    # the gap as a displacement: thousandths of the font size, negative = right
                    arr.append(b"%d" % round(-(gap - tc) * 1000 / size))
                arr.append(common.pdf_string(w))
            ops.append(b"1 0 0 1 %.2f %.2f Tm [%s] TJ" % (
                left + indent, 842 - top - (i + 1) * lead, b" ".join(arr)))
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    common.write_pdf(pages, ["Helvetica"], out)


def raw_wordsplit(src, out):
    width = common.base14("times")
    size, lead, left, top, measure = 9.8, 11.8, 62.0, 62.0, 470.0
    rng = random.Random(14)
    pages = []
    for page in common.plain_pages(src):
        ops = [b"BT", b"/F1 %.1f Tf" % size]
        for i, indent, words, gap in common.laid_lines(
                page, measure, width(" ", size), lambda w: width(w, size)):
            y = 842 - top - (i + 1) * lead
            x = left + indent
            for k, w in enumerate(words):
                text = w + (" " if k + 1 < len(words) else "")
                cut = rng.randint(1, max(1, len(w) - 1)) if len(w) > 1 else len(w)
                for part, shift in ((text[:cut], 0.0), (text[cut:], rng.uniform(-0.25, 0.25))):
                    if part:
                        ops.append(b"1 0 0 1 %.2f %.2f Tm %s Tj" % (
                            x + shift, y, common.pdf_string(part)))
                        x += width(part, size)
                x += gap - width(" ", size) if k + 1 < len(words) else 0
        ops.append(b"ET")
        pages.append(b"\n".join(ops))
    common.write_pdf(pages, ["Times-Roman"], out)


def skew_scan(src, out):
    import subprocess
    import tempfile
    from PIL import Image, ImageFilter
    rng = random.Random(1114)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", src, tmp + "/p"], check=True)
        import glob
        for n, path in enumerate(sorted(glob.glob(tmp + "/p-*.png")), 1):
            img = Image.open(path).convert("L")
            img = img.rotate(1.1 if n % 2 else -0.8, resample=Image.BICUBIC, expand=False,
                             fillcolor=235)
            px = img.load()
            w, h = img.size
            for _ in range(w * h // 400):
                x, y = rng.randrange(w), rng.randrange(h)
                px[x, y] = rng.choice((90, 140, 200))
            img = img.point(lambda v: min(v, 238)).filter(ImageFilter.GaussianBlur(0.5))
            img.save(f"{out}-{n:02d}.jpg", dpi=(200, 200), quality=60)


if __name__ == "__main__":
    kind, src, out = sys.argv[1:4]
    {"shy-html": shy_html, "spacing-html": spacing_html, "margin-stamp": margin_stamp,
     "acroform": acroform, "ps-xshow": ps_xshow, "raw-tc": raw_tc,
     "raw-wordsplit": raw_wordsplit, "skew-scan": skew_scan}[kind](src, out)
