"""kallelse11.fodt for the eleventh blind set, which make.sh has LibreOffice save as .odt, .doc,
.rtf and .docx. Usage: python3 fodt11.py OUT_DIR (also writes expect11-fodt.json).

kallelse11.fodt: a kallelse with föredragningslista in Liberation Sans 10.5 whose text traps
are the ones of real LibreOffice files:
- a numbered list of matters (xml:id L1) interrupted by a paragraph and continued
  (text:continue-numbering), then a second list of the same list style that starts again at
  1 (decision points), then a list that continues the FIRST list by its id
  (text:continue-list="L1", not the list just before it), with a sub-list shown "8.1"
  (text:display-levels 2), an unnumbered list-header and an item restarted at 12
  (text:start-value);
- a section in two columns (text:section) holding the list of members;
- words set in capitals by fo:text-transform="uppercase" and fo:font-variant="small-caps",
  typed in lower case (exakt: the capitals the page shows);
- a soft hyphen (U+00AD) inside a word, a non-breaking hyphen (U+2011), no-break spaces;
- a conditional text field (shows its current value, not the other); (a hidden text field
  and a hidden paragraph were tried and left out: LibreOffice shows both, their conditions
  are the application's to evaluate);
- a table of contents whose title (text:index-title) is on the page and whose source
  template title (text:index-title-template) is not;
- a frame anchored to the page (draw:frame at the body's level) with the Dnr.
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wordgen import Expect, fodt, oh, onote, op, paragraph, sentence  # noqa: E402

EXPECT = Expect()

STYLES = """
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:language="sv" fo:country="SE"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="16pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"/>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="Versal" style:family="text"><style:text-properties fo:text-transform="uppercase"/></style:style>
 <style:style style:name="Kapital" style:family="text"><style:text-properties fo:font-variant="small-caps"/></style:style>
 <text:list-style style:name="Num1">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-suffix="" style:num-format="1" text:display-levels="2"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.8cm" fo:text-indent="-1cm" fo:margin-left="1.8cm"/></style:list-level-properties></text:list-level-style-number>
 </text:list-style>
 <text:list-style style:name="Att">
  <text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number>
 </text:list-style>"""

PAGE = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.3cm" '
        'fo:margin-right="2.3cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" '
        'fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties '
        'fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>')

AUTO = (PAGE + '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
        '<style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>'
        '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" '
        'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" '
        'fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>')


def items(texts, start=None):
    out = []
    for k, t in enumerate(texts):
        sv = f' text:start-value="{start}"' if (start is not None and k == 0) else ""
        out.append(f"<text:list-item{sv}>{op(t)}</text:list-item>")
    return "".join(out)


def lst(body, style="Num1", attrs=""):
    return f'<text:list text:style-name="{style}"{attrs}>{body}</text:list>\n'


def kallelse(out: Path):
    seen, unseen, phrases, exact = [], [], [], []
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>'
              + op("Ekby kommun · Kallelse · Socialnämnden", "Header") + "</style:header><style:footer>"
              + op('Sida <text:page-number text:select-page="current">1</text:page-number>', "Footer")
              + "</style:footer></style:master-page>")
    b = ['<draw:frame draw:style-name="fr1" draw:name="Dnr" text:anchor-type="page" text:anchor-page-number="1" '
         'svg:x="13.5cm" svg:y="1.2cm" svg:width="5.2cm" svg:height="1.2cm" draw:z-index="0"><draw:text-box>'
         + op("Dnr SN 2025/77 synlig300") + "</draw:text-box></draw:frame>\n"]
    seen.append("synlig300")
    b.append(oh("Kallelse till sammanträde med socialnämnden", 1))
    b.append(op(escape("Tid: torsdagen den 11 december 2025 kl.\u00a013.00. Plats: Stadshuset, sammanträdesrum Ekån.")))
    b.append(op('Kallelsen skickas till <text:span text:style-name="Versal">ledamöter och ersättare</text:span> i '
                '<text:span text:style-name="Kapital">socialnämnden</text:span>.'))
    exact += ["LEDAMÖTER OCH ERSÄTTARE", "SOCIALNÄMNDEN"]
    # A table of contents: its title on the page, its template's title not.
    b.append('<text:table-of-content text:protected="true" text:name="Innehåll">'
             '<text:table-of-content-source text:outline-level="2"><text:index-title-template text:style-name="Contents_20_Heading">'
             'osynlig300 Innehållsförteckning</text:index-title-template><text:table-of-content-entry-template text:outline-level="1" '
             'text:style-name="Contents_20_1"><text:index-entry-chapter/><text:index-entry-text/><text:index-entry-tab-stop '
             'style:type="right" style:leader-char="."/><text:index-entry-page-number/></text:table-of-content-entry-template>'
             '</text:table-of-content-source><text:index-body><text:index-title text:name="Innehåll_Head">'
             + op("Innehåll synlig301", "Contents_20_Heading") + "</text:index-title>"
             + op("Ärenden<text:tab/>1", "Contents_20_1") + op("Ledamöter<text:tab/>2", "Contents_20_1")
             + "</text:index-body></text:table-of-content>\n")
    seen.append("synlig301")
    unseen.append("osynlig300")
    b.append(oh("Ärenden", 2))
    b.append(lst(items(["Val av justerare", "Godkännande av dagordning", "Budgetuppföljning november"]),
                 attrs=' xml:id="L1"'))
    b.append(op("Informationsärenden:"))
    b.append(lst(items(["Rapport om försörjningsstöd", "Information om nya riktlinjer synlig302"]),
                 attrs=' text:continue-numbering="true"'))
    seen.append("synlig302")
    phrases += ["1 val av justerare", "3 budgetuppföljning november", "4 rapport om försörjningsstöd",
                "5 information om nya riktlinjer synlig302"]
    b.append(op("Förvaltningens förslag till beslut i ärende 3:"))
    b.append(lst(items(["Nämnden godkänner budgetuppföljningen.", "Nämnden överlämnar uppföljningen till kommunstyrelsen."])))
    phrases += ["1 nämnden godkänner budgetuppföljningen", "2 nämnden överlämnar uppföljningen"]
    b.append(op(escape(paragraph(13000, 2))))
    b.append(oh("Beslutsärenden", 2))
    sub = lst(items(["Riktlinjer för ekonomiskt bistånd", "Riktlinjer för boendestöd"]))
    b.append(lst(items(["Yttrande över motion om e\u2011tjänster", "Delegationsordning 2026"])
                 + f"<text:list-item>{op('Riktlinjer')}{sub}</text:list-item>"
                 + "<text:list-header>" + op("Ärenden som kan tillkomma synlig303:") + "</text:list-header>"
                 + items(["Extra ärende om lokaler"], start=12),
                 attrs=' text:continue-list="L1"'))
    seen.append("synlig303")
    exact.append("e-tjänster")
    phrases += ["6 yttrande över motion om e tjänster", "7 delegationsordning 2026", "8 riktlinjer",
                "8 1 riktlinjer för ekonomiskt bistånd", "8 2 riktlinjer för boendestöd",
                "ärenden som kan tillkomma synlig303", "12 extra ärende om lokaler"]
    b.append(op("Förslag till beslut i ärende 6, att nämnden"))
    b.append(lst(items(["antar yttrandet som sitt eget", "överlämnar det till kommunfullmäktige"]), style="Att"))
    phrases += ["a antar yttrandet som sitt eget", "b överlämnar det till kommunfullmäktige"]
    # Fields that show one text and hide another.
    b.append(op('Ärendet är <text:conditional-text text:condition="ooow:1 == 1" text:string-value-if-true="synlig304 berett" '
                'text:string-value-if-false="osynlig301 inte berett" text:current-value="true">synlig304 berett</text:conditional-text>'
                ' i arbetsutskottet.'))
    seen.append("synlig304")
    unseen.append("osynlig301")
    b.append(op(escape("Sam\u00admanträdes\u00adhandlingarna syn\u00adlig305 finns på webbplatsen en vecka före sammanträdet.")))
    seen.append("synlig305")
    phrases.append("sammanträdeshandlingarna synlig305 finns på webbplatsen")
    b.append(op(escape(paragraph(13010, 3)) + onote("footnote", 1, ["Enligt nämndens reglemente 5 § synlig306."])))
    seen.append("synlig306")
    b.append(oh("Ledamöter", 2))
    members = [("Anna Berg", "ordförande"), ("Per Ek", "vice ordförande"), ("Karin Lindqvist", "ledamot"),
               ("Omar Haddad", "ledamot"), ("Lena Åström", "ledamot"), ("Jonas Öberg", "ledamot synlig307"),
               ("Sara Nilsson", "ersättare"), ("Ali Hassan", "ersättare"), ("Eva Holm", "ersättare"),
               ("Nils Ström", "ersättare synlig308")]
    b.append('<text:section text:style-name="Sect2" text:name="Ledamoter">'
             + "".join(op(f"{escape(n)}, {escape(r)}") for n, r in members)
             + "</text:section>\n")
    seen += ["synlig307", "synlig308"]
    b.append(op(escape(paragraph(13020, 3))))
    b.append(op("Anmäl förhinder till nämndsekreteraren senast den 9 december synlig309."))
    seen.append("synlig309")
    (out / "kallelse11.fodt").write_text(fodt([("Liberation Sans", "swiss")], STYLES, AUTO, master, "".join(b)),
                                         encoding="utf-8")
    # LibreOffice's .doc export numbers the second list on from the first (6, 7) and the
    # continued list from there (8, 9, 10, 10.1): its PDF of the .doc shows those numbers, so
    # they are what that file says.
    renum = {"6 yttrande": "8 yttrande", "7 delegationsordning": "9 delegationsordning", "8 riktlinjer": "10 riktlinjer",
             "8 1 riktlinjer": "10 1 riktlinjer", "8 2 riktlinjer": "10 2 riktlinjer", "1 nämnden godkänner": "6 nämnden godkänner",
             "2 nämnden överlämnar": "7 nämnden överlämnar"}

    def as_exported(ph):
        for a, b_ in renum.items():
            if ph.startswith(a):
                ph = b_ + ph[len(a):]
        return ph

    # The .rtf's list numbers are not measurable: its \\listtext says 1, 2 and 6, 7, 8, 12 (the
    # numbers LibreOffice showed when it wrote the file), its PDF of the file 6, 7 and 8 … 11.
    numbered = [p for p in phrases if p.split()[0].isdigit() or p.split()[0] in ("a", "b")]
    for ext in ("odt", "doc", "rtf", "docx"):
        ph = {"odt": phrases, "docx": phrases, "doc": [as_exported(p) for p in phrases],
              "rtf": [p for p in phrases if p not in numbered]}[ext]
        EXPECT.add(f"kallelse11-lo.{ext}", seen, unseen, ph)
        EXPECT[f"kallelse11-lo.{ext}"]["exakt"] = exact


if __name__ == "__main__":
    out = Path(sys.argv[1])
    kallelse(out)
    EXPECT.write(out / "expect11-fodt.json")
