"""What the blind Word-file generators (blind7 on) share: python-docx documents with the
WordprocessingML python-docx does not write (runs, fields, notes, comments, numbering), flat
ODF documents for LibreOffice to save as .odt/.doc/.docx/.rtf, and the marker lists that
../markers.py checks (`synligN` read once, `osynligN` never, `fraser` phrases read as written).
"""
import json
import re
import struct
import sys
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "blind"))
sys.path.insert(0, str(HERE))
import docx_parts  # noqa: E402,F401
from texts import paragraph, sentence  # noqa: E402,F401

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS_ALL = (W + ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
NAMES = ["Anna Berg", "Per Ek", "Karin Lindqvist", "Omar Haddad", "Lena Åström", "Jonas Öberg"]
DATE = 'w:author="Per Ek" w:date="2025-11-20T10:00:00Z"'


class Expect(dict):
    """Marker words per file, written as JSON for ../markers.py."""

    def add(self, name, seen, unseen, phrases=()):
        self[name] = {"synlig": sorted(seen), "osynlig": sorted(unseen)}
        if phrases:
            self[name]["fraser"] = list(phrases)

    def write(self, path):
        with open(path, "w") as f:
            json.dump(self, f, ensure_ascii=False, indent=1, sort_keys=True)


def png(path: Path, w: int = 120, h: int = 80):
    """A small grey-and-white PNG (no imaging library needed)."""
    rows = b"".join(b"\x00" + bytes((200 if (x // 10 + y // 10) % 2 else 255) for x in range(w))
                    for y in range(h))

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def marker(first):
    """A round's marker words: each call of the function returned gives the next synligN from
    `first` on."""
    n = iter(range(first, first + 1000))
    return lambda: f"synlig{next(n)}"


# --- python-docx ------------------------------------------------------------------------------


def base(font: str, size: float, after: float = 6):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(after)
    for h in ("Heading 1", "Heading 2", "Title"):
        d.styles[h].font.name = font
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return d


def margins(sec, top, bottom, left, right):
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)


def widths(table, cm):
    for row in table.rows:
        for cell, w in zip(row.cells, cm):
            cell.width = Cm(w)


def grid_row(table, texts, cm, trpr=""):
    """A row added to `table` of the cell texts `texts` in cells `cm` wide, with the row
    properties `trpr` (WordprocessingML, e.g. a w:trHeight)."""
    row = table.add_row()
    if trpr:
        row._tr.get_or_add_trPr().append(x(trpr))
    for c, tx, w in zip(row.cells, texts, cm):
        c.width = Cm(w)
        c.text = tx
    return row


def x(s):
    """An element from WordprocessingML text, its namespaces added to the first tag."""
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {NS_ALL}", s, count=1))


def r(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def add(par, *frags):
    """Append runs or other inline markup (text or elements) to a paragraph."""
    for f in frags:
        for e in list(x(f"<w:wrap>{f}</w:wrap>")) if isinstance(f, str) else [f]:
            par._p.append(e)


def ppr(par, xml):
    par._p.get_or_add_pPr().append(x(xml))


def fld(instr, shown, rpr=""):
    """A complex field as runs: its instruction, then its shown result."""
    res = "".join(r(s, rpr) for s in ([shown] if isinstance(shown, str) else shown))
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {escape(instr)} '
            f'</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{res}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


NOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:{k}s {W}><w:{k} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{k}>
<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{k}>
{body}</w:{k}s>"""


def note(kind, i, paras):
    ps = "".join(f'<w:p><w:pPr><w:pStyle w:val="{kind.capitalize()}Text"/></w:pPr>'
                 + (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Ref/></w:r>' if j == 0 else "")
                 + f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p>' for j, t in enumerate(paras))
    return f'<w:{kind} w:id="{i}">{ps}</w:{kind}>'


def notes_part(path, kind, bodies):
    """footnotes.xml or endnotes.xml of the notes `bodies` (each a list of paragraphs)."""
    body = "".join(note(kind, i + 1, ps) for i, ps in enumerate(bodies))
    docx_parts.add_part(path, f"{kind}s.xml", NOTES.format(W=W, k=kind, body=body), f"{kind}s", f"{kind}s",
                        f"rId{kind[:3]}9")


def note_ref(kind, i):
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{i}"/></w:r>'


def comments_part(path, texts):
    """comments.xml: comment i holds the paragraphs texts[i]."""
    body = "".join(f'<w:comment w:id="{i}" {DATE} w:initials="PE">' + "".join(
        f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        + ('<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' if j == 0 else "")
        + r(t) + "</w:p>" for j, t in enumerate(ps)) + "</w:comment>" for i, ps in enumerate(texts))
    docx_parts.add_part(path, "comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f"<w:comments {W}>{body}</w:comments>", "comments", "comments", "rIdCm9")


def numbering_part(path, abstracts):
    """Replace numbering.xml by the abstract numberings `abstracts` (id → list of w:lvl text),
    each with a w:num of the same id."""
    parts = docx_parts.read(path)
    body = "".join(f'<w:abstractNum w:abstractNumId="{a}"><w:multiLevelType w:val="multilevel"/>{"".join(lv)}'
                   "</w:abstractNum>" for a, lv in abstracts.items())
    body += "".join(f'<w:num w:numId="{a}"><w:abstractNumId w:val="{a}"/></w:num>' for a in abstracts)
    parts["word/numbering.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                   f"<w:numbering {W}>{body}</w:numbering>").encode()
    docx_parts.write(path, parts)


def lvl(i, fmt, text, start=1, style=None, extra=""):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{st}{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{567 + 283 * i}" '
            f'w:hanging="567"/></w:pPr></w:lvl>')


# --- flat ODF ---------------------------------------------------------------------------------

ODF_NS = """<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">"""


def fodt(fonts, styles, auto, master, body):
    """A flat ODF text document: font faces [(name, generic)], then the styles, automatic
    styles, master pages and body text as ODF markup."""
    faces = "".join(f'<style:font-face style:name="{n}" svg:font-family="\'{n}\'" style:font-family-generic="{g}"/>'
                    for n, g in fonts)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + ODF_NS + f"<office:font-face-decls>{faces}</office:font-face-decls>\n"
            + f"<office:styles>{styles}</office:styles>\n<office:automatic-styles>{auto}</office:automatic-styles>\n"
            + f"<office:master-styles>{master}</office:master-styles>\n<office:body><office:text>\n{body}"
            + "</office:text></office:body></office:document>\n")


def save_fodt(expect, out, name, parts, seen, phrases):
    """Write the flat ODF document `name` into `out` in Liberation Serif and Sans, of `parts`
    (styles, automatic styles, master pages, body), and note its markers in `expect`."""
    doc = fodt([("Liberation Serif", "roman"), ("Liberation Sans", "swiss")], *parts)
    (out / name).write_text(doc, encoding="utf-8")
    expect.add(name, seen, [], phrases)


def op(text, style="Text_20_body"):
    """An ODF paragraph of markup `text`."""
    return f'<text:p text:style-name="{style}">{text}</text:p>\n'


def oh(text, level, style=None):
    style = style or f"Heading_20_{level}"
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{escape(text)}</text:h>\n'


def onote(cls, i, body):
    return (f'<text:note text:id="{cls[:2]}{i}" text:note-class="{cls}"><text:note-citation>{i}</text:note-citation>'
            f'<text:note-body>{"".join(op(escape(b), cls.capitalize()) for b in body)}</text:note-body></text:note>')


def otable(rows, widths):
    """An ODF table of `rows` (lists of cell texts) in columns of styles C0, C1 … (`widths`),
    each cell of style Cell, the table of style Tab1."""
    cols = "".join(f'<table:table-column table:style-name="C{i}"/>' for i in range(len(widths)))
    body = "".join("<table:table-row>" + "".join(
        f'<table:table-cell table:style-name="Cell" office:value-type="string">{op(escape(c), "Table_20_Contents")}</table:table-cell>'
        for c in row) + "</table:table-row>\n" for row in rows)
    return f'<table:table table:name="T{len(rows)}" table:style-name="Tab1">{cols}{body}</table:table>\n'


ODF_BODY = ('<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>'
            '<style:text-properties style:font-name="Liberation Serif" fo:font-size="{size}" fo:language="sv" '
            'fo:country="SE"/></style:default-style>\n <style:style style:name="Standard" style:family="paragraph"/>\n'
            ' <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
            'style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm" '
            'fo:line-height="115%"{body}/></style:style>\n <style:style style:name="Heading" style:family="paragraph" '
            'style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" '
            'fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties{font} '
            'fo:font-weight="bold"/></style:style>\n <style:style style:name="Heading_20_1" style:display-name="Heading 1" '
            'style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1">{h1}'
            '<style:text-properties fo:font-size="16pt"/></style:style>\n <style:style style:name="Heading_20_2" '
            'style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" '
            'style:default-outline-level="2"><style:text-properties fo:font-size="13pt"/></style:style>')


def odf_styles(size="12pt", body="", h1="", sans=True):
    """The styles every blind flat ODF source opens with: default 'size' Liberation Serif in
    Swedish, Text body (`body`: more paragraph properties), Heading (in Liberation Sans when
    `sans`), Heading 1 (`h1`: its paragraph properties) and Heading 2."""
    return "\n " + ODF_BODY.format(size=size, body=body, h1=h1,
                                   font=' style:font-name="Liberation Sans"' if sans else "")


def odf_style(name, family, inner="", parent="Standard", display=None):
    """A named ODF style of `family` whose properties are the markup `inner`."""
    disp = f' style:display-name="{display}"' if display else ""
    return (f'\n <style:style style:name="{name}"{disp} style:family="{family}" '
            f'style:parent-style-name="{parent}">{inner}</style:style>')


def odf_cells_header():
    """The Table Contents style of table cells' paragraphs and a 9-pt Header style."""
    return (odf_style("Table_20_Contents", "paragraph", display="Table Contents")
            + odf_style("Header", "paragraph", '<style:text-properties fo:font-size="9pt"/>'))


def page_layout(name, w="21cm", h="29.7cm", orient=None, m=("2cm", "2cm", "2.5cm", "2.5cm")):
    """An ODF page layout of margins `m` (top, bottom, left, right), with a header and footer
    0.4 cm from the text."""
    o = f' style:print-orientation="{orient}"' if orient else ""
    return (f'<style:page-layout style:name="{name}"><style:page-layout-properties fo:page-width="{w}" '
            f'fo:page-height="{h}"{o} fo:margin-top="{m[0]}" fo:margin-bottom="{m[1]}" '
            f'fo:margin-left="{m[2]}" fo:margin-right="{m[3]}"/><style:header-style><style:header-footer-properties '
            'fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>'
            '</style:page-layout>')


def main(expect, name, *makers):
    """A generator's command line: OUT_DIR; run each maker into it, then write `name`."""
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for make in makers:
        make(out)
    expect.write(out / name)


def merge_expect(work, dest, n, lo, more=None):
    """expectN.json from the generators' expectN-docx.json and expectN-fodt.json in `work`:
    LibreOffice's saves of a source (`lo`: a source's file name → the extensions it is saved
    as, each as STEM-lo.EXT) take the source's markers; `more` (file → markers) is added."""
    made = {}
    for kind in ("docx", "fodt"):
        p = Path(work) / f"expect{n}-{kind}.json"
        made |= json.load(open(p)) if p.exists() else {}
    d = {k: v for k, v in made.items() if not k.endswith(".fodt")}
    for src, exts in lo.items():
        for ext in exts:
            d[f"{Path(src).stem}-lo.{ext}"] = json.loads(json.dumps(made[src]))
    d.update(more or {})
    json.dump(d, open(dest, "w"), ensure_ascii=False, indent=1, sort_keys=True)
    return d


def lo_save(src, filt, dest):
    """LibreOffice's save of the file `src` with the filter `filt` ("odt:writer8",
    "doc:MS Word 97") as `dest`, in a private profile."""
    import shutil
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as work:
        shutil.copy(src, work)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless", "--convert-to", filt,
                        "--outdir", work, f"{work}/{Path(src).name}"], check=True, capture_output=True)
        shutil.move(f"{work}/{Path(src).stem}.{filt.split(':')[0]}", dest)
