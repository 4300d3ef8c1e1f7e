"""ram13.fodt for the thirteenth blind set, which make.sh has LibreOffice save as .odt and .doc
(the shapes of a real LibreOffice information sheet). Usage: python3 fodt13.py OUT_DIR (also
writes expect13-fodt.json).

ram13.fodt: an information sheet in Liberation Serif 11 of three pages whose text stands in
frames of every anchoring: a frame anchored to a paragraph (draw:frame/draw:text-box beside the
text), a frame anchored as a character inside a sentence, a captioned figure (a frame holding
an image, whose svg:title and svg:desc are alt text and no page text, and a caption with a
text:sequence number), two text boxes chained (draw:chain-next-name: the story flows from the
first into the second, which holds no text of its own), a frame anchored to page 2, a custom
shape and a rectangle holding text, a frame in the header, and a section of two columns.
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, fodt, main, odf_styles, oh, op, page_layout, paragraph  # noqa: E402

EXPECT = Expect()

STYLES = odf_styles("11pt", sans=False) + """
 <style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-style="italic" fo:font-size="10pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>"""

PAGE = page_layout("pm1", orient="portrait")

GRAPHIC = ('<style:style style:name="fr{n}" style:family="graphic"><style:graphic-properties style:wrap="{wrap}" '
           'style:vertical-pos="{vpos}" style:vertical-rel="{vrel}" style:horizontal-pos="{hpos}" style:horizontal-rel="{hrel}" '
           'fo:border="0.5pt solid #000000" fo:padding="0.15cm"/></style:style>')
AUTO = (PAGE + '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
        '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>'
        + GRAPHIC.format(n=1, wrap="parallel", vpos="top", vrel="paragraph", hpos="right", hrel="paragraph")
        + GRAPHIC.format(n=2, wrap="none", vpos="middle", vrel="baseline", hpos="from-left", hrel="paragraph")
        + GRAPHIC.format(n=3, wrap="none", vpos="top", vrel="paragraph", hpos="center", hrel="paragraph")
        + GRAPHIC.format(n=4, wrap="parallel", vpos="from-top", vrel="page", hpos="from-left", hrel="page")
        + '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:fill="solid" '
        'draw:fill-color="#dee6ef" style:wrap="parallel" style:vertical-pos="top" style:vertical-rel="paragraph" '
        'style:horizontal-pos="left" style:horizontal-rel="paragraph"/></style:style>')

# A 1×1 PNG.
PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def tb(name, style, anchor, w, h, body, extra="", chain=""):
    ch = f' draw:chain-next-name="{chain}"' if chain else ""
    return (f'<draw:frame draw:style-name="{style}" draw:name="{name}" text:anchor-type="{anchor}" svg:width="{w}" '
            f'svg:height="{h}"{extra} draw:z-index="0"><draw:text-box{ch}>{body}</draw:text-box></draw:frame>')


def ram(out: Path):
    seen, unseen, phrases = [], [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              + op(tb("Logga", "fr2", "as-char", "3cm", "0.6cm", op("Ekby kommun", "Frame_20_contents"))
                   + " Informationsblad", "Header")
              + "</style:header><style:footer>"
              + op('Sida <text:page-number text:select-page="current">1</text:page-number>', "Footer")
              + "</style:footer></style:master-page>")
    b = ['<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
         '</text:sequence-decls>', oh("Ny avfallstaxa från 1 januari 2026", 1)]
    b.append(op(tb("Faktaruta", "fr1", "paragraph", "5.5cm", "3cm",
                   op("Faktaruta: taxan höjs med 4 procent synlig540", "Frame_20_contents")
                   + op("Beslut i KF 2025-10-30 synlig541", "Frame_20_contents"))
                + escape(paragraph(22000, 3))))
    seen += ["synlig540", "synlig541"]
    phrases += ["faktaruta taxan höjs med 4 procent synlig540", "beslut i kf 2025 10 30 synlig541"]
    b.append(op("Avgiften för "
                + tb("Inline", "fr2", "as-char", "2.6cm", "0.6cm", op("kärl 190 liter synlig542", "Frame_20_contents"))
                + " betalas kvartalsvis synlig543."))
    seen += ["synlig542", "synlig543"]
    for k in range(3):
        b.append(op(escape(paragraph(22010 + k, 3))))
    # A captioned figure: the image's alt text is no page text.
    fig = (f'<draw:frame draw:style-name="fr3" draw:name="Bild1" text:anchor-type="as-char" svg:width="6cm" svg:height="3cm" '
           f'draw:z-index="1"><draw:image><office:binary-data>{PNG}</office:binary-data></draw:image>'
           '<svg:title>osynlig540 karta</svg:title><svg:desc>osynlig541 beskrivning av kartan</svg:desc></draw:frame>')
    cap = op(fig + '<text:line-break/>Figur <text:sequence text:ref-name="refIllustration0" text:name="Illustration" '
             'text:formula="ooow:Illustration+1" style:num-format="1">1</text:sequence>: Återvinningscentraler synlig544',
             "Caption")
    b.append(op(tb("Figur", "fr3", "paragraph", "6.4cm", "4.2cm", cap)))
    seen.append("synlig544")
    unseen += ["osynlig540", "osynlig541"]
    phrases.append("återvinningscentraler synlig544")
    # Two chained text boxes: the second holds no text of its own.
    b.append(op(tb("Kedja1", "fr1", "paragraph", "5cm", "1.2cm",
                   op("Öppettider vardagar 7–19 synlig545 och helger 9–15 synlig546", "Frame_20_contents"),
                   chain="Kedja2") + escape(paragraph(22020, 2))))
    b.append(op(tb("Kedja2", "fr1", "paragraph", "5cm", "1.2cm", "") + escape(paragraph(22022, 2))))
    seen += ["synlig545", "synlig546"]
    phrases.append("öppettider vardagar 7 19 synlig545 och helger 9 15 synlig546")
    for k in range(5):
        b.append(op(escape(paragraph(22030 + k, 3))))
    # A frame anchored to page 2 (at the body's level).
    b.insert(1, tb("Sida2", "fr4", "page", "7cm", "2cm", op("Kontakt: kundtjänst 0123-100 00 synlig547",
                                                             "Frame_20_contents"),
                   extra=' text:anchor-page-number="2" svg:x="11cm" svg:y="12cm"') + "\n")
    seen.append("synlig547")
    b.append(oh("Sortering", 2))
    b.append(op('<draw:custom-shape draw:style-name="gr1" draw:name="Form1" text:anchor-type="paragraph" svg:width="8cm" '
                'svg:height="1.5cm" draw:z-index="2"><text:p>Sortera matavfall i papperspåsen synlig548</text:p>'
                '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle" '
                'draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N"/></draw:custom-shape>'
                + escape(paragraph(22040, 2))))
    b.append(op('<draw:rect draw:style-name="gr1" draw:name="Rekt1" text:anchor-type="paragraph" svg:width="8cm" '
                'svg:height="1.2cm" draw:z-index="3"><text:p>Farligt avfall lämnas på centralen synlig549</text:p>'
                '</draw:rect>' + escape(paragraph(22042, 2))))
    seen += ["synlig548", "synlig549"]
    phrases += ["sortera matavfall i papperspåsen synlig548", "farligt avfall lämnas på centralen synlig549"]
    b.append('<text:section text:style-name="Sect2" text:name="Spalter">'
             + "".join(op(escape(paragraph(22050 + k, 3))) for k in range(6))
             + op("Sista stycket i spalterna synlig550.") + "</text:section>")
    seen.append("synlig550")
    for k in range(3):
        b.append(op(escape(paragraph(22060 + k, 3))))
    doc = fodt([("Liberation Serif", "roman"), ("Liberation Sans", "swiss")], STYLES, AUTO, master, "".join(b))
    (out / "ram13.fodt").write_text(doc, encoding="utf-8")
    EXPECT.add("ram13.fodt", seen, unseen, phrases)


if __name__ == "__main__":
    main(EXPECT, "expect13-fodt.json", ram)
