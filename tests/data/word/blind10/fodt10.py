"""spalt10.fodt and rapport10.fodt for the tenth blind set, which make.sh has LibreOffice save
as .odt/.docx and .doc/.rtf. Usage: python3 fodt10.py OUT_DIR (also writes expect10-fodt.json).

- spalt10.fodt: an information brochure in Liberation Serif 11 whose page layout is one
  column and whose body alternates one-column text with sections (text:section) of two
  columns (0.6 cm apart, one with a separator line and a column break, one with unequal
  columns), a table in a column, and a header and footer;
- rapport10.fodt: a report in Liberation Sans 10.5 with a first page of another master
  page (no header, a letterhead footer) followed by pages with a header and a "Sida N av M"
  footer, 14 footnotes (two of two paragraphs), three endnotes, a comment (office:annotation)
  and hidden text (a character style of text:display none).
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, fodt, oh, onote, op, otable as table, paragraph, sentence  # noqa: E402

EXPECT = Expect()

STYLES = """
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="sv" fo:country="SE"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="17pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Dold" style:family="text"><style:text-properties text:display="none"/></style:style>
 <text:notes-configuration text:note-class="endnote" style:num-format="i"/>"""

PAGE = ('<style:page-layout style:name="{n}"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="{top}cm" fo:margin-bottom="1.5cm" fo:margin-left="2.3cm" '
        'fo:margin-right="2.3cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" '
        'fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties '
        'fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>')



def table_styles(widths):
    return (f'<style:style style:name="Tab1" style:family="table"><style:table-properties style:width="{sum(widths)}cm" '
            'table:align="left"/></style:style><style:style style:name="Cell" style:family="table-cell">'
            '<style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/></style:style>'
            + "".join(f'<style:style style:name="C{i}" style:family="table-column"><style:table-column-properties '
                      f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths)))


def spalt(out: Path):
    two = ('<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">'
           '<style:columns fo:column-count="2" fo:column-gap="0.6cm"><style:column-sep style:width="0.02cm" style:color="#000000" '
           'style:height="100%"/></style:columns></style:section-properties></style:style>'
           '<style:style style:name="SectU" style:family="section"><style:section-properties><style:columns fo:column-count="2">'
           '<style:column style:rel-width="3000*" fo:start-indent="0cm" fo:end-indent="0.3cm"/>'
           '<style:column style:rel-width="2000*" fo:start-indent="0.3cm" fo:end-indent="0cm"/></style:columns>'
           '</style:section-properties></style:style>'
           '<style:style style:name="PCol" style:family="paragraph" style:parent-style-name="Heading_20_2">'
           '<style:paragraph-properties fo:break-before="column"/></style:style>')
    auto = PAGE.format(n="pm1", top=2.0) + two + table_styles([3.2, 2.5, 2.3])
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              + op("Ekby kommun · Information till fastighetsägare · Hösten 2025", "Header")
              + "</style:header><style:footer>" + op('Sida <text:page-number text:select-page="current">1</text:page-number>', "Footer")
              + "</style:footer></style:master-page>")
    seen = []
    b = [oh("Nytt sophämtningssystem i Ekby kommun", 1), op(escape(paragraph(12000, 3)))]
    for part in range(3):
        sect = "Sect2" if part != 1 else "SectU"
        inner = []
        for ch in range(3 + part % 2):
            title = sentence(12010 + part * 9 + ch).split(" ")[0] + " och " + ["hämtning", "kärl", "taxor", "frågor"][ch % 4]
            inner.append(oh(title, 2, "PCol" if (part == 0 and ch == 2) else None))
            for k in range(2 + (ch + part) % 3):
                txt = escape(paragraph(12100 + part * 30 + ch * 5 + k, 3 + k % 2))
                if (part, ch, k) == (1, 1, 0):
                    txt += " synlig160"
                    seen.append("synlig160")
                inner.append(op(txt))
            if part == 2 and ch == 1:
                inner.append(table([["Kärl", "Volym", "Pris/år"]] + [[f"Kärl {i}", f"{140 + 50 * i} l", f"{1200 + 310 * i} kr"]
                                                                    for i in range(1, 6)], [3.2, 2.5, 2.3]))
        b.append(f'<text:section text:style-name="{sect}" text:name="Spalter{part}">' + "".join(inner) + "</text:section>\n")
        b.append(oh(["Så här gör du", "Viktiga datum", "Kontakt"][part], 2))
        for k in range(2):
            b.append(op(escape(paragraph(12300 + part * 5 + k, 3))))
    b.append(op("Med vänliga hälsningar, Tekniska förvaltningen synlig161"))
    seen.append("synlig161")
    (out / "spalt10.fodt").write_text(fodt([("Liberation Serif", "roman")], STYLES.format(font="Liberation Serif", size=11),
                                           auto, master, "".join(b)), encoding="utf-8")
    for ext in ("odt", "docx"):
        EXPECT.add(f"spalt10-lo.{ext}", seen, [])


def rapport(out: Path):
    auto = (PAGE.format(n="pmF", top=3.0) + PAGE.format(n="pmS", top=2.0) + table_styles([5, 4, 4])
            + '<style:style style:name="PFirst" style:family="paragraph" style:parent-style-name="Heading_20_1" '
              'style:master-page-name="Forsta"/>')
    master = ('<style:master-page style:name="Forsta" style:page-layout-name="pmF" style:next-style-name="Standard"><style:footer>'
              + op("Ekby kommun · Box 100 · 123 45 Ekby · 0123-456 00 · kommun@ekby.se", "Footer") + "</style:footer></style:master-page>"
              '<style:master-page style:name="Standard" style:page-layout-name="pmS"><style:header>'
              + op("Revisionsrapport · Granskning av intern kontroll 2025", "Header") + "</style:header><style:footer>"
              + op('Sida <text:page-number text:select-page="current">2</text:page-number> av <text:page-count>6</text:page-count>', "Footer")
              + "</style:footer></style:master-page>")
    seen, unseen = [], []
    b = ['<text:h text:style-name="PFirst" text:outline-level="1">Granskning av intern kontroll i socialnämnden</text:h>\n',
         op("Revisionsrapport · Dnr REV 2025/14 · 2025-11-30")]
    fn = en = 0
    for s in range(7):
        b.append(oh(["Sammanfattning", "Inledning", "Syfte och revisionsfrågor", "Metod", "Iakttagelser",
                     "Bedömningar", "Rekommendationer"][s], 2))
        for k in range(3 + s % 2):
            txt = escape(paragraph(12500 + s * 10 + k, 3 + (s + k) % 3))
            if (s + k) % 2 == 0 and fn < 14:
                fn += 1
                body = [f"{sentence(12700 + fn)}" + (f" synlig{170 + fn}" if fn % 3 == 1 else "")]
                if fn in (4, 9):
                    body.append(f"Se även bilaga {fn // 4}. {sentence(12750 + fn)}")
                if fn % 3 == 1:
                    seen.append(f"synlig{170 + fn}")
                txt += onote("footnote", fn, body)
            if s in (2, 5) and k == 1:
                en += 1
                txt += onote("endnote", en, [f"Källa: {sentence(12800 + en)} synlig{190 + en}"])
                seen.append(f"synlig{190 + en}")
            if (s, k) == (1, 1):
                txt += (' <office:annotation><dc:creator>Per Ek</dc:creator><dc:date>2025-11-20T10:00:00</dc:date>'
                        '<text:p>osynlig160 stäm av siffrorna med förvaltningen</text:p></office:annotation>Uppgifterna avser 2024.')
                unseen.append("osynlig160")
            if (s, k) == (4, 2):
                txt += ' <text:span text:style-name="Dold">osynlig161 utkastets formulering</text:span>Iakttagelsen gäller hela nämnden.'
                unseen.append("osynlig161")
            b.append(op(txt))
        if s == 4:
            b.append(table([["Kontrollmoment", "Utfört", "Avvikelse"]] + [[f"Moment {i}", "Ja" if i % 3 else "Nej",
                                                                         "–" if i % 3 else "Se avsnitt 5"] for i in range(1, 9)], [5, 4, 4]))
    if en < 3:
        en += 1
        b.append(op("Slutord." + onote("endnote", en, [f"Källa: {sentence(12800 + en)} synlig{190 + en}"])))
        seen.append(f"synlig{190 + en}")
    b.append(op(f"{escape('Lena Åström')}, certifierad kommunal revisor"))
    (out / "rapport10.fodt").write_text(fodt([("Liberation Sans", "swiss")], STYLES.format(font="Liberation Sans", size=10.5),
                                             auto, master, "".join(b)), encoding="utf-8")
    for ext in ("doc", "rtf"):
        EXPECT.add(f"rapport10-lo.{ext}", seen, unseen)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    spalt(out)
    rapport(out)
    EXPECT.write(out / "expect10-fodt.json")
