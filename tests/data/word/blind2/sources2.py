"""Sources of the second blind Word-file set (see make.sh), written before the readers were
changed for it:

    python3 sources2.py OUT_DIR FINAL_DIR

- arende.fodt (OUT_DIR) and its final text (FINAL_DIR: changes accepted, comments and hidden
  text removed): a flat OpenDocument tjänsteskrivelse with a table-of-contents index, tracked
  changes (insertions, deletions of words and of a whole paragraph), a comment, hidden text
  (a character style with text:display="none"), a text box in a frame, footnotes and
  endnotes, soft hyphens (U+00AD) and non-breaking hyphens (U+2011), a two-column section, a
  nested table, a page-number field and a second master page (another header) for the
  annex; LibreOffice converts it to .docx, .doc, .rtf and .odt, AbiWord its final .odt to .rtf;
- plan2.md: a Markdown plan with footnotes, tables and nested lists that pandoc writes as a
  standalone .rtf.
"""
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "blind"))
from texts import paragraph, sentence  # noqa: E402

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
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
 <office:meta><dc:title>Tjänsteskrivelse om biblioteksverksamheten</dc:title></office:meta>
 <office:font-face-decls/>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.21cm"/>
   <style:text-properties fo:font-size="11pt" style:font-name="Liberation Serif"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="2">
   <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"
   style:parent-style-name="Standard"/>
  <style:style style:name="Dold" style:family="text">
   <style:text-properties text:display="none"/>
  </style:style>
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
  <style:style style:name="PBilaga" style:family="paragraph" style:parent-style-name="Heading_20_1"
   style:master-page-name="Bilaga"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard">Kultur- och fritidsförvaltningen Dnr KFN 2024/311</text:p></style:header>
   <style:footer><text:p text:style-name="Standard">Sida <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Bilaga" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Standard">Bilaga 1 till tjänsteskrivelsen</text:p></style:header>
  </style:master-page>
 </office:master-styles>
"""

DELETED_WORDS = "nedläggningen av filialen i Ängsby"
DELETED_PARA = "Förvaltningen föreslog tidigare att bokbussen skulle upphöra helt."
HIDDEN = "Internt utkast: siffrorna stäms av med ekonomienheten."
COMMENT = "Kontrollera beloppet med controllern före utskick."
INSERTED = "ett tilläggsanslag på 450 000 kronor"


def fodt(final: bool) -> str:
    p = lambda t: f'<text:p text:style-name="Standard">{t}</text:p>'
    h = lambda n, t: (f'<text:h text:style-name="Heading_20_{n}" text:outline-level="{n}">'
                      f'{escape(t)}</text:h>')
    body = []
    if not final:
        body.append(f"""<text:tracked-changes>
 <text:changed-region text:id="c1"><text:insertion><office:change-info>
  <dc:creator>Handläggare</dc:creator><dc:date>2024-03-01T09:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
 <text:changed-region text:id="c2"><text:deletion><office:change-info>
  <dc:creator>Handläggare</dc:creator><dc:date>2024-03-01T09:01:00</dc:date></office:change-info>
  <text:p text:style-name="Standard">{escape(DELETED_WORDS)}</text:p></text:deletion></text:changed-region>
 <text:changed-region text:id="c3"><text:deletion><office:change-info>
  <dc:creator>Handläggare</dc:creator><dc:date>2024-03-01T09:02:00</dc:date></office:change-info>
  <text:p text:style-name="Standard">{escape(DELETED_PARA)}</text:p></text:deletion></text:changed-region>
</text:tracked-changes>""")
    body.append(h(1, "Tjänsteskrivelse om biblioteksverksamheten 2025"))
    chapters = ["Bakgrund", "Ärendet", "Ekonomi", "Förslag till beslut"]
    body.append('<text:table-of-content text:name="Innehållsförteckning"><text:table-of-content-source '
                'text:outline-level="2"><text:index-title-template>Innehåll</text:index-title-template>'
                '</text:table-of-content-source><text:index-body>'
                '<text:index-title text:name="Innehållsförteckning_Head"><text:p text:style-name="Standard">'
                'Innehåll</text:p></text:index-title>'
                + "".join(f'<text:p text:style-name="Contents_20_1">{i + 1} {c}<text:tab/>1</text:p>'
                          for i, c in enumerate(chapters))
                + '</text:index-body></text:table-of-content>')
    body.append('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" '
                'text:anchor-type="paragraph" svg:width="6cm" svg:x="10cm" svg:y="0cm" '
                'draw:z-index="0"><draw:text-box>'
                + p("Faktaruta: kommunen har sju bibliotek och en bokbuss.")
                + '</draw:text-box></draw:frame>Skrivelsen gäller verksamhetsåret 2025.</text:p>')
    n = 0
    for k, ch in enumerate(chapters, 1):
        body.append(h(2, f"{k} {ch}"))
        for j in range(3):
            body.append(p(escape(paragraph(1500 + n))))
            n += 1
        if k == 1:
            body.append(p('Biblioteken har under året haft fler besökare'
                          '<text:note text:id="f1" text:note-class="footnote"><text:note-citation>1'
                          '</text:note-citation><text:note-body>'
                          + p("Besöksräkningen gjordes med automatiska räknare vid entréerna.")
                          + '</text:note-body></text:note> och längre öppettider'
                          '<text:note text:id="e1" text:note-class="endnote"><text:note-citation>i'
                          '</text:note-citation><text:note-body>'
                          + p("Öppettiderna framgår av biblioteksplanen för Norrbyn.")
                          + '</text:note-body></text:note>.'))
            body.append(p('Den nya kultur\u00adpolitiska strategin och e\u2011tjänsterna för '
                          'låne\u00adkort följer av fullmäktiges beslut.'))
        if k == 2:
            body.append(p('Nämnden föreslås avstå från '
                          + ('' if final else f'<text:change text:change-id="c2"/>')
                          + 'att ändra öppettiderna'
                          + ('' if final else '<office:annotation><dc:creator>Ekonom</dc:creator>'
                             f'<text:p>{escape(COMMENT)}</text:p></office:annotation>')
                          + ' under året.'))
            if not final:
                body.append('<text:change text:change-id="c3"/>')
            body.append(p('Verksamheten behöver '
                          + ('' if final else '<text:change-start text:change-id="c1"/>')
                          + escape(INSERTED)
                          + ('' if final else '<text:change-end text:change-id="c1"/>')
                          + ' för att behålla bokbussen.'
                          + ('' if final else f'<text:span text:style-name="Dold"> {escape(HIDDEN)}</text:span>')))
            body.append('<text:section text:style-name="Sect2" text:name="Kolumner">'
                        + ''.join(p(escape(paragraph(1600 + j))) for j in range(3)) + '</text:section>')
        if k == 3:
            inner = ('<table:table table:name="Inre"><table:table-column table:number-columns-repeated="2"/>'
                     + "".join(f'<table:table-row><table:table-cell><text:p>{a}</text:p></table:table-cell>'
                               f'<table:table-cell><text:p>{b}</text:p></table:table-cell></table:table-row>'
                               for a, b in [("Personal", "2,1 mnkr"), ("Medier", "0,8 mnkr"), ("Lokaler", "1,4 mnkr")])
                     + '</table:table>')
            body.append('<table:table table:name="Budget"><table:table-column table:number-columns-repeated="2"/>'
                        '<table:table-row><table:table-cell><text:p>Enhet</text:p></table:table-cell>'
                        '<table:table-cell><text:p>Kostnader</text:p></table:table-cell></table:table-row>'
                        '<table:table-row><table:table-cell><text:p>Huvudbiblioteket i Norrbyn</text:p></table:table-cell>'
                        f'<table:table-cell>{inner}</table:table-cell></table:table-row>'
                        '<table:table-row><table:table-cell><text:p>Bokbussen</text:p></table:table-cell>'
                        '<table:table-cell><text:p>0,6 mnkr</text:p></table:table-cell></table:table-row>'
                        '</table:table>')
    body.append(f'<text:h text:style-name="PBilaga" text:outline-level="1">Bilaga 1: Besöksstatistik</text:h>')
    for j in range(4):
        body.append(p(escape(paragraph(1700 + j))))
    return (HEAD + "<office:body><office:text>" + "\n".join(body)
            + "</office:text></office:body></office:document>\n")


def plan_md() -> str:
    out = ["---", "title: Biblioteksplan för Norrbyns kommun 2025–2028", "lang: sv-SE", "---", ""]
    n = 0
    for ch in range(1, 9):
        out += [f"# {ch} {sentence(ch * 19).split(' ', 2)[2][:45]}", ""]
        for _ in range(3):
            out += [paragraph(1800 + n) + (f"[^{ch}-{n}]" if n % 2 == 0 else ""), ""]
            if n % 2 == 0:
                out += [f"[^{ch}-{n}]: Enligt underlaget till avsnitt {ch} i diarienummer KFN 2024/{n + 10}.", ""]
            n += 1
        for a in range(3):
            out += [f"{a + 1}. {sentence(1900 + n + a)}"]
            out += [f"    - {sentence(2000 + n + a)}"]
        out += [""]
        if ch % 3 == 0:
            out += ["| Bibliotek | Lån 2023 | Lån 2024 |", "|---|---|---|"]
            out += [f"| {o} | {i * 1200} | {i * 1300} |" for i, o in enumerate(
                ["Huvudbiblioteket", "Östra filialen", "Bokbussen"], 1)]
            out += [""]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    out, fin = Path(sys.argv[1]), Path(sys.argv[2])
    (out / "arende.fodt").write_text(fodt(False), encoding="utf-8")
    (fin / "arende.fodt").write_text(fodt(True), encoding="utf-8")
    (out / "plan2.md").write_text(plan_md(), encoding="utf-8")
