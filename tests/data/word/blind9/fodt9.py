"""andring9.fodt and innehall9.fodt for the ninth blind set, which make.sh has LibreOffice save
as .odt, .doc and .docx. Usage: python3 fodt9.py OUT_DIR (also writes expect9-fodt.json: the
marker words, as in pydocx9.py: synligN read once, osynligN never).

- andring9.fodt: a tjänsteskrivelse in Liberation Serif 12 with tracked changes (text:
  tracked-changes: deleted paragraphs and words whose text lives only in the change region,
  insertions between text:change-start/-end), hidden text (a character style of
  text:display none, a hidden paragraph, a hidden section), comments (office:annotation),
  footnotes, and numbered lists whose numbering restarts (text:continue-numbering false,
  text:start-value) between sections;
- innehall9.fodt: a report in Liberation Sans 11 with headings numbered by the outline style
  alone, a table of contents (text:table-of-content, its index body filled), footnotes and
  endnotes, a text frame (draw:frame/draw:text-box) beside a paragraph, and a landscape
  master page for one table, then portrait again.
"""
import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import ODF_NS as NS, oh as h, onote as note, op as p, otable as table, paragraph, sentence  # noqa: E402

STYLES = """<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="{gen}"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="sv" fo:country="SE"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="16pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.5cm"><style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Dold" style:family="text"><style:text-properties text:display="none"/></style:style>
 <style:style style:name="Frame" style:family="graphic"><style:graphic-properties style:wrap="parallel" fo:border="0.5pt solid #000000" fo:padding="0.15cm"/></style:style>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format="1" style:num-suffix=" "><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
  <text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2" style:num-suffix=" "><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></text:outline-level-style>
 </text:outline-style>
 <text:list-style style:name="Num"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
 <text:notes-configuration text:note-class="endnote" style:num-format="i"/>
</office:styles>"""

AUTO = """<office:automatic-styles>
 <style:page-layout style:name="pmP"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style></style:page-layout>
 <style:page-layout style:name="pmL"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
 <style:style style:name="PLand" style:family="paragraph" style:parent-style-name="Heading_20_2" style:master-page-name="Liggande"/>
 <style:style style:name="PPort" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Standard"/>
 <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="Tab1" style:family="table"><style:table-properties style:width="{tw}cm" table:align="left"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmP">
  <style:header><text:p text:style-name="Standard">{header} · sida <text:page-number text:select-page="current">1</text:page-number></text:p></style:header>
 </style:master-page>
 <style:master-page style:name="Liggande" style:page-layout-name="pmL"/>
</office:master-styles>"""

EXPECT = {}
CHANGE = '<office:change-info><dc:creator>Per Ek</dc:creator><dc:date>2025-11-20T10:00:00</dc:date></office:change-info>'






def col_styles(widths):
    return "".join(f'<style:style style:name="C{i}" style:family="table-column"><style:table-column-properties '
                   f'style:column-width="{w}cm"/></style:style>' for i, w in enumerate(widths))


def doc(font, gen, size, small, header, widths, changes, body):
    auto = AUTO.format(tw=sum(widths), header=header).replace("</office:automatic-styles>",
                                                             col_styles(widths) + "</office:automatic-styles>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + NS + STYLES.format(font=font, gen=gen, size=size, small=small)
            + auto + "<office:body><office:text>\n" + changes + body + "</office:text></office:body></office:document>\n")


def andring(out: Path):
    seen, unseen = [], []
    regions = []

    def deletion(i, inner):
        regions.append(f'<text:changed-region xml:id="ct{i}" text:id="ct{i}"><text:deletion>{CHANGE}{inner}</text:deletion>'
                       '</text:changed-region>')
        return f'<text:change text:change-id="ct{i}"/>'

    def insertion(i, text):
        regions.append(f'<text:changed-region xml:id="ct{i}" text:id="ct{i}"><text:insertion>{CHANGE}</text:insertion>'
                       '</text:changed-region>')
        return f'<text:change-start text:change-id="ct{i}"/>{text}<text:change-end text:change-id="ct{i}"/>'

    b = [h("Tjänsteskrivelse: Riktlinjer för föreningsbidrag", 1)]
    b.append(p("Dnr KFN 2025/318 · Kultur- och fritidsförvaltningen · 2025-11-24"))
    fn = 0
    for s in range(6):
        b.append(h(f"{['Sammanfattning', 'Bakgrund', 'Förslag', 'Ekonomi', 'Uppföljning', 'Beslut'][s]}", 2))
        for k in range(3):
            txt = escape(paragraph(9500 + s * 10 + k, 3 + (s + k) % 3))
            if k == 1:
                fn += 1
                txt += note("footnote", fn, [sentence(9580 + fn), f"Se även bilaga {fn} synlig{80 + fn}."])
                seen.append(f"synlig{80 + fn}")
            if s == 0 and k == 0:
                txt += " Förvaltningen föreslår" + deletion(1, p("osynlig80 att bidraget sänks")) + insertion(
                    2, " att bidraget synlig90 behålls") + "."
                seen.append("synlig90")
                unseen.append("osynlig80")
            if s == 1 and k == 2:
                txt += ' <text:span text:style-name="Dold">osynlig81 intern anmärkning</text:span> synlig91.'
                seen.append("synlig91")
                unseen.append("osynlig81")
            if s == 2 and k == 0:
                txt += ('<office:annotation><dc:creator>Per Ek</dc:creator><dc:date>2025-11-20T10:00:00</dc:date>'
                        '<text:p>osynlig82 kontrollera beloppen</text:p></office:annotation> Beloppen anges i kronor.')
                unseen.append("osynlig82")
            b.append(p(txt))
        if s == 1:
            # A whole paragraph deleted by a tracked change.
            b.append(deletion(3, p("osynlig83 " + escape(paragraph(9590, 2)))))
            unseen.append("osynlig83")
            # A hidden-paragraph field whose condition LibreOffice does not take as true: shown.
            b.append(p('<text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>synlig94 ' + escape(sentence(9591))))
            seen.append("synlig94")
        if s in (2, 3, 5):
            # Numbered decision lists, restarting at 1 in each part; one starting at 4.
            start = ' text:start-value="4"' if s == 3 else ""
            items = [escape(sentence(9600 + s * 10 + k)) for k in range(3 + s % 2)]
            if s == 5:
                items[1] += insertion(4, " synlig92 med tillägg")
                seen.append("synlig92")
            b.append('<text:list text:style-name="Num" text:continue-numbering="false">' + "".join(
                f"<text:list-item{start if i == 0 else ''}>{p(t, 'Standard')}</text:list-item>" for i, t in enumerate(items))
                + "</text:list>\n")
        if s == 4:
            b.append('<text:section text:name="Dolt" text:display="none">' + p("osynlig85 " + escape(paragraph(9650, 2)))
                     + "</text:section>\n")
            unseen.append("osynlig85")
    b.append(p(f"{escape('Lena Åström')}, förvaltningschef synlig93"))
    seen.append("synlig93")
    changes = '<text:tracked-changes text:track-changes="false">' + "".join(regions) + "</text:tracked-changes>\n"
    (out / "andring9.fodt").write_text(doc("Liberation Serif", "roman", 12, 10, "Kultur- och fritidsförvaltningen",
                                           [4, 12], changes, "".join(b)), encoding="utf-8")
    for ext in ("odt", "doc", "docx"):
        # LibreOffice's .doc and .docx of a hidden section are plain paragraphs: shown there.
        hidden = [w for w in unseen if ext == "odt" or w != "osynlig85"]
        EXPECT[f"andring9-lo.{ext}"] = {"synlig": sorted(seen), "osynlig": sorted(hidden)}


def innehall(out: Path):
    seen = []
    chapters = ["Inledning", "Nuläge", "Mål och inriktning", "Åtgärder", "Ekonomi", "Uppföljning"]
    toc = [p("Innehåll", "Contents_20_Heading")]
    for c, name in enumerate(chapters):
        toc.append(p(f"{c + 1} {escape(name)}<text:tab/>{2 + c}", "Contents_20_1"))
        for s in range(2):
            toc.append(p(f"{c + 1}.{s + 1} Del {s + 1}<text:tab/>{2 + c}", "Contents_20_2"))
    b = [p("Kommunens klimatplan 2026–2030", "Contents_20_Heading")]
    b.append(p(escape(paragraph(9700, 2))))
    b.append('<text:table-of-content text:name="Innehåll1" text:protected="true"><text:table-of-content-source text:outline-level="2">'
             '<text:index-title-template text:style-name="Contents_20_Heading">Innehåll</text:index-title-template>'
             '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-chapter/>'
             '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
             '</text:table-of-content-entry-template><text:table-of-content-entry-template text:outline-level="2" '
             'text:style-name="Contents_20_2"><text:index-entry-chapter/><text:index-entry-text/><text:index-entry-tab-stop '
             'style:type="right" style:leader-char="."/><text:index-entry-page-number/></text:table-of-content-entry-template>'
             '</text:table-of-content-source><text:index-body><text:index-title text:name="Innehåll1_Head">'
             + toc[0] + "</text:index-title>" + "".join(toc[1:]) + "</text:index-body></text:table-of-content>\n")
    fn = en = 0
    for c, name in enumerate(chapters):
        b.append(h(name, 1, "PBreak" if c else None).replace('text:style-name="Heading_20_1"', 'text:style-name="PBreak"')
                 if c else h(name, 1))
        for s in range(2):
            b.append(h(f"Del {s + 1}", 2))
            for k in range(2 + (c + s) % 2):
                txt = escape(paragraph(9710 + c * 10 + s * 3 + k, 3))
                if k == 0 and s == 0:
                    fn += 1
                    txt += note("footnote", fn, [f"synlig{100 + fn} " + sentence(9790 + fn)])
                    seen.append(f"synlig{100 + fn}")
                if k == 1 and s == 1 and c % 2 == 0:
                    en += 1
                    txt += note("endnote", en, [f"synlig{110 + en} " + sentence(9795 + en)])
                    seen.append(f"synlig{110 + en}")
                if c == 1 and s == 0 and k == 0:
                    txt = ('<draw:frame draw:style-name="Frame" draw:name="Ruta1" text:anchor-type="paragraph" svg:x="10.5cm" '
                           'svg:y="0cm" svg:width="5.5cm" draw:z-index="0"><draw:text-box fo:min-height="2cm">'
                           + p("Fakta", "Standard") + p("Utsläppen minskade med 12 procent 2024 synlig120", "Standard")
                           + "</draw:text-box></draw:frame>" + txt)
                    seen.append("synlig120")
                b.append(p(txt))
        if c == 3:
            b.append(h("Åtgärdslista", 2, "PLand"))
            rows = [["Nr", "Åtgärd", "Ansvar", "Start", "Kostnad", "Effekt"]]
            for i in range(22):
                rows.append([str(i + 1), sentence(9850 + i), ["KS", "TN", "MBN", "KFN"][i % 4], f"{2026 + i % 4}",
                             f"{(i * 17) % 40 + 2} mnkr", ["Hög", "Medel", "Låg"][i % 3]])
            rows[-1][1] += " synlig121"
            seen.append("synlig121")
            b.append(table(rows, [1.2, 13.5, 2.2, 2.0, 3.0, 3.5]))
    b = [x.replace('text:style-name="PBreak"', 'text:style-name="PPort"', 1) if "Ekonomi" in x else x for x in b]
    (out / "innehall9.fodt").write_text(doc("Liberation Sans", "swiss", 11, 9, "Klimatplan 2026–2030",
                                            [1.2, 13.5, 2.2, 2.0, 3.0, 3.5], "", "".join(b)), encoding="utf-8")
    for ext in ("odt", "doc", "docx"):
        EXPECT[f"innehall9-lo.{ext}"] = {"synlig": sorted(seen), "osynlig": []}


if __name__ == "__main__":
    out = Path(sys.argv[1])
    andring(out)
    innehall(out)
    with open(out / "expect9-fodt.json", "w") as f:
        json.dump(EXPECT, f, ensure_ascii=False, indent=1, sort_keys=True)
