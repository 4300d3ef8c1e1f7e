"""Word and OpenDocument files whose numbers are at the ends of what their types hold, for
tests/it/word_files.rs (`list_starts_at_the_ends_of_a_number_are_read`). Usage:
python3 make.py (writes liststart.docx and liststart.odt beside this script).

- liststart.docx: a list of lowerLetter labels whose level starts at i64::MAX, a second list
  (a w:num of the same abstract list) with a startOverride of i64::MIN, and a decimal list at
  10^12; each with two paragraphs.
- liststart.odt: a list style whose level starts at i64::MAX, and an item whose
  text:start-value is i64::MIN, then one more item.
"""
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MAX, MIN = "9223372036854775807", "-9223372036854775808"


def write(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2023, 11, 14, 0, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)


def docx():
    def p(num, text):
        return (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
                f'<w:r><w:t>{text}</w:t></w:r></w:p>')
    body = "".join([p(1, "Första punkten"), p(1, "Andra punkten"), p(2, "Tredje punkten"),
                    p(2, "Fjärde punkten"), p(3, "Femte punkten"), p(3, "Sjätte punkten")])
    numbering = (f'<w:numbering {W}>'
                 f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="{MAX}"/>'
                 '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
                 '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1000000000000"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
                 f'<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{MIN}"/>'
                 '</w:lvlOverride></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>')
    write(HERE / "liststart.docx", {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "word/document.xml": f'<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>',
        "word/numbering.xml": f'<?xml version="1.0"?>{numbering}',
    })


def odt():
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0"?><office:document-content {ns}><office:automatic-styles>'
               f'<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
               f'style:num-format="a" style:num-suffix=")" text:start-value="{MAX}"/></text:list-style>'
               '</office:automatic-styles><office:body><office:text><text:list text:style-name="L1">'
               '<text:list-item><text:p>Första punkten</text:p></text:list-item>'
               '<text:list-item><text:p>Andra punkten</text:p></text:list-item>'
               f'<text:list-item text:start-value="{MIN}"><text:p>Tredje punkten</text:p></text:list-item>'
               '<text:list-item><text:p>Fjärde punkten</text:p></text:list-item>'
               '</text:list></office:text></office:body></office:document-content>')
    write(HERE / "liststart.odt", {"mimetype": "application/vnd.oasis.opendocument.text",
                                   "content.xml": content})


if __name__ == "__main__":
    docx()
    odt()
