"""Sources for the blind Word-file set that other programs convert (see make.sh):

    python3 sources.py OUT_DIR FINAL_DIR

- protokoll.fodt (OUT_DIR) and its final text (FINAL_DIR): a flat OpenDocument protocol
  written as an office suite writes one: header with a diary number, footer with page number
  and count fields, a two-column section, a frame with a text box, footnotes, a date field and
  a page-reference field to a bookmark, tracked changes (an insertion and a deletion), a
  table with merged cells, a three-level numbered list, a hyperlink; LibreOffice converts it
  to .docx, .doc and .odt;
- plan.md: a long Markdown plan (pandoc converts it to .docx and .odt): headings, nested
  lists, pipe tables, footnotes, links; no page break;
- beslut.html: a web page with a table (rowspan and colspan) and nested lists, which
  LibreOffice's Writer converts to .docx.
"""
import sys
from html import escape
from pathlib import Path

from texts import paragraph, sentence

FODT_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>Protokoll från kommunstyrelsens arbetsutskott</dc:title></office:meta>
 <office:font-face-decls/>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.21cm"/>
   <style:text-properties fo:font-size="11pt" style:font-name="Liberation Sans"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="2">
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <text:list-style style:name="Numrering">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
   <text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>
   <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="i"/>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Sect2" style:family="section">
   <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties>
  </style:style>
  <style:style style:name="fr1" style:family="graphic">
   <style:graphic-properties style:wrap="parallel" fo:border="0.5pt solid #000000" fo:padding="0.2cm"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard">Kommunstyrelsens arbetsutskott Dnr KS 2023/88</text:p></style:header>
   <style:footer><text:p text:style-name="Standard">Sida <text:page-number text:select-page="current">1</text:page-number> av <text:page-count>1</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
"""


def fodt(final: bool) -> str:
    p = lambda t: f'<text:p text:style-name="Standard">{escape(t)}</text:p>'
    h = lambda n, t: (f'<text:h text:style-name="Heading_20_{n}" text:outline-level="{n}">'
                      f'{escape(t)}</text:h>')
    body = []
    if not final:
        body.append("""<text:tracked-changes>
 <text:changed-region text:id="ct1"><text:insertion><office:change-info>
  <dc:creator>Sekreterare</dc:creator><dc:date>2023-02-01T09:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
 <text:changed-region text:id="ct2"><text:deletion><office:change-info>
  <dc:creator>Sekreterare</dc:creator><dc:date>2023-02-01T09:05:00</dc:date></office:change-info>
  <text:p text:style-name="Standard">Ärendet bordläggs till nästa sammanträde.</text:p></text:deletion></text:changed-region>
</text:tracked-changes>""")
    body.append(h(1, "Protokoll från kommunstyrelsens arbetsutskott"))
    body.append('<text:p text:style-name="Standard">Sammanträdesdatum: '
                '<text:date text:date-value="2023-02-01">2023-02-01</text:date></text:p>')
    body.append('<text:p text:style-name="Standard">Mer information finns på '
                '<text:a xlink:type="simple" xlink:href="https://www.example.se/protokoll">'
                'kommunens webbplats</text:a>.</text:p>')
    body.append('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" '
                'text:anchor-type="paragraph" svg:width="6cm" svg:x="10cm" svg:y="0cm" '
                'draw:z-index="0"><draw:text-box>'
                + p("Justeras senast den 8 februari av ordföranden och en ledamot.")
                + '</draw:text-box></draw:frame>Närvarande ledamöter enligt bilaga 1.</text:p>')
    for k in range(1, 9):
        body.append(h(2, f"§ {k} {sentence(k * 13).split(' ', 1)[1][:50]}"))
        if k == 2:
            body.append('<text:p text:style-name="Standard"><text:bookmark text:name="p2"/>'
                        + escape(paragraph(300 + k)) + '</text:p>')
        else:
            body.append(p(paragraph(300 + k)))
        body.append('<text:p text:style-name="Standard">' + escape(paragraph(320 + k, 2))
                    + f'<text:note text:id="n{k}" text:note-class="footnote"><text:note-citation>{k}'
                    '</text:note-citation><text:note-body>'
                    + p(f"Se underlaget i diarienummer KS 2023/{40 + k}.")
                    + '</text:note-body></text:note></text:p>')
        if k == 3:
            body.append('<text:p text:style-name="Standard">Arbetsutskottet föreslår att '
                        + ('' if final else '<text:change-start text:change-id="ct1"/>')
                        + 'kommunstyrelsen '
                        + ('' if final else '<text:change-end text:change-id="ct1"/>')
                        + 'beslutar enligt förvaltningens förslag.</text:p>')
            if not final:
                body.append('<text:change text:change-id="ct2"/>')
        if k == 4:
            body.append('<text:list text:style-name="Numrering">')
            for a in range(3):
                body.append('<text:list-item>' + p(sentence(400 + a)) + '<text:list>')
                for b in range(2):
                    body.append('<text:list-item>' + p(sentence(410 + a * 2 + b)) + '<text:list>'
                                + ''.join('<text:list-item>' + p(sentence(430 + a * 4 + b * 2 + c))
                                          + '</text:list-item>' for c in range(2))
                                + '</text:list></text:list-item>')
                body.append('</text:list></text:list-item>')
            body.append('</text:list>')
        if k == 5:
            body.append('<text:section text:style-name="Sect2" text:name="Kolumner">'
                        + ''.join(p(paragraph(500 + j)) for j in range(4)) + '</text:section>')
        if k == 6:
            body.append("""<table:table table:name="Kostnader"><table:table-column table:number-columns-repeated="3"/>
<table:table-row><table:table-cell><text:p>Åtgärd</text:p></table:table-cell><table:table-cell><text:p>Ansvarig</text:p></table:table-cell><table:table-cell><text:p>Kostnad</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>Ny förskola i Östra byn</text:p></table:table-cell><table:table-cell><text:p>Barn- och utbildningsnämnden</text:p></table:table-cell><table:table-cell><text:p>42 mnkr</text:p></table:table-cell></table:table-row>
<table:table-row><table:covered-table-cell/><table:table-cell><text:p>Fastighetsavdelningen</text:p></table:table-cell><table:table-cell><text:p>3 mnkr per år</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>Finansieras genom upplåning enligt budget 2024</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/></table:table-row>
</table:table>""")
        if k == 7:
            body.append('<text:p text:style-name="Standard">Frågan behandlades även under paragrafen '
                        'på sidan <text:bookmark-ref text:reference-format="page" text:ref-name="p2">1'
                        '</text:bookmark-ref>.</text:p>')
    return (FODT_HEAD + "<office:body><office:text>" + "\n".join(body)
            + "</office:text></office:body></office:document>\n")


def plan_md() -> str:
    out = ["---", "title: Översiktsplan för Sjöbygdens kommun 2030", "lang: sv-SE", "---", ""]
    n = 0
    for ch in range(1, 19):
        out += [f"# {ch} {sentence(ch * 17).split(' ', 2)[2][:45]}", ""]
        for _ in range(3):
            out += [paragraph(600 + n), ""]
            n += 1
        out += [f"## {ch}.1 Mål och åtgärder", ""]
        for a in range(3):
            out += [f"{a + 1}. {sentence(700 + n + a)}"]
            out += [f"    - {sentence(800 + n + a)}", f"    - {sentence(900 + n + a)}"]
        out += ["", paragraph(1000 + n) + f"[^{ch}]", "", f"[^{ch}]: Källa: underlag till kapitel {ch}, "
                "se [länsstyrelsens rapport](https://www.example.se/rapport).", ""]
        if ch % 5 == 0:
            out += ["| Område | Mål 2025 | Mål 2030 |", "|---|---|---|"]
            out += [f"| {o[:30]} | {i * 10} % | {i * 20} % |" for i, o in enumerate(
                ["Kollektivtrafikens andel", "Förnybar energi", "Återvunnet avfall"], 1)]
            out += [""]
    return "\n".join(out) + "\n"


def beslut_html() -> str:
    rows = "".join(f"<li>{escape(sentence(1100 + i))}<ul><li>{escape(sentence(1120 + i))}</li>"
                   f"</ul></li>" for i in range(5))
    paras = "".join(f"<p>{escape(paragraph(1200 + i))}</p>" for i in range(10))
    return f"""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Beslut om bidrag till föreningar 2024</title></head><body>
<h1>Beslut om bidrag till föreningar 2024</h1>
<p>Kultur- och fritidsnämnden beslutade den 12 mars 2024 (Dnr KFN 2024/19).</p>
<h2>Beslut</h2><ol>{rows}</ol>
<h2>Fördelning</h2>
<table border="1"><tr><th>Förening</th><th>Verksamhet</th><th>Belopp</th></tr>
<tr><td rowspan="2">Idrottsföreningen Kamraterna</td><td>Fotboll för flickor</td><td>45 000 kr</td></tr>
<tr><td>Simskola</td><td>12 500 kr</td></tr>
<tr><td colspan="2">Summa till idrottsföreningar</td><td>57 500 kr</td></tr></table>
<h2>Motivering</h2>{paras}
</body></html>
"""


if __name__ == "__main__":
    out, fin = Path(sys.argv[1]), Path(sys.argv[2])
    (out / "protokoll.fodt").write_text(fodt(False), encoding="utf-8")
    (fin / "protokoll.fodt").write_text(fodt(True), encoding="utf-8")
    (out / "plan.md").write_text(plan_md(), encoding="utf-8")
    (out / "beslut.html").write_text(beslut_html(), encoding="utf-8")
