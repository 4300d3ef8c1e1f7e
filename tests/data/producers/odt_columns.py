#!/usr/bin/env python3
"""Turn pandoc's .odt into one with two balanced columns per page, for LibreOffice.

Usage: odt_columns.py IN.odt OUT.odt [COLUMNS]

COLUMNS is 2 unless given (the sixth round makes a three-column variant).

The markdown source's page breaks reach the .odt as empty paragraphs of style KPageBreak
(make.sh writes them as raw opendocument blocks). Each page's content becomes a section of
two columns (LibreOffice balances a section's columns unless told not to), the next section
starts on a new page, and the page is A4 with 1.5 cm margins and 9 pt text, so that each page
of the truth fits one page as it does in the other producers.
"""
import re
import sys
import zipfile

src, out = sys.argv[1], sys.argv[2]
columns = int(sys.argv[3]) if len(sys.argv) > 3 else 2
with zipfile.ZipFile(src) as z:
    parts = {n: z.read(n) for n in z.namelist()}
    order = z.namelist()

content = parts["content.xml"].decode("utf-8")
styles_xml = (
    '<style:style style:name="KCols" style:family="section">'
    '<style:section-properties text:dont-balance-text-columns="false">'
    f'<style:columns fo:column-count="{columns}" fo:column-gap="0.8cm"/>'
    '</style:section-properties></style:style>'
    '<style:style style:name="KBreak" style:family="paragraph" '
    'style:parent-style-name="Standard">'
    '<style:paragraph-properties fo:break-before="page" fo:margin-top="0cm" '
    'fo:margin-bottom="0cm"/><style:text-properties fo:font-size="2pt"/></style:style>'
)
content = content.replace("<office:automatic-styles>",
                          "<office:automatic-styles>" + styles_xml, 1)
start = content.index("<office:text>") + len("<office:text>")
end = content.index("</office:text>")
body = content[start:end]
pages = re.split(r'<text:p text:style-name="KPageBreak"\s*/>', body)
sections = []
for i, page in enumerate(pages):
    section = (f'<text:section text:style-name="KCols" text:name="Page{i + 1}">'
               f"{page}</text:section>")
    if i > 0:
        section = '<text:p text:style-name="KBreak"/>' + section
    sections.append(section)
content = content[:start] + "".join(sections) + content[end:]
parts["content.xml"] = content.encode("utf-8")

styles = parts["styles.xml"].decode("utf-8")
styles = re.sub(r'(<style:page-layout-properties)', r'\1 fo:page-width="21cm" '
                r'fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
                r'fo:margin-left="1.5cm" fo:margin-right="1.5cm"', styles, count=1)
# Drop the attributes the substitution now doubles (the first occurrence wins in XML? no:
# duplicates are invalid), so remove the old ones after the new ones.
def dedupe(m):
    seen, kept = set(), []
    for attr in re.findall(r'\s[\w:-]+="[^"]*"', m.group(2)):
        name = attr.split("=")[0].strip()
        if name not in seen:
            seen.add(name)
            kept.append(attr)
    return m.group(1) + "".join(kept) + m.group(3)
styles = re.sub(r'(<style:page-layout-properties)((?:\s[\w:-]+="[^"]*")*)(\s*/?>)', dedupe,
                styles)
styles = re.sub(r'(<style:default-style style:family="paragraph">.*?<style:text-properties)',
                r'\1 fo:font-size="9pt"', styles, count=1, flags=re.S)
styles = re.sub(r'(<style:default-style style:family="paragraph">.*?<style:text-properties)'
                r'((?:\s[\w:-]+="[^"]*")*)(\s*/?>)', dedupe, styles, count=1, flags=re.S)
parts["styles.xml"] = styles.encode("utf-8")

with zipfile.ZipFile(out, "w") as z:
    for name in order:
        method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        z.writestr(name, parts[name], compress_type=method)
