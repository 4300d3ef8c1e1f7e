#!/usr/bin/env python3
"""Make a .docx whose pages are marked only the way Word marks the breaks of its own layout.

Usage: rendered_breaks.py IN.docx OUT.docx

The explicit page breaks of IN (paragraphs holding only <w:br w:type="page"/>) are removed and
a <w:lastRenderedPageBreak/> is put where each stood (at the start of the next paragraph's
first run), and one more inside the paragraph of the first footnote, before the word
"Planen", as Word does when its layout breaks a page in the middle of a paragraph. So the
document has four pages as Word would show them, with no explicit break at all; its page
count (docProps/app.xml) says 4, as Word's would. The page is A6 with 1 cm margins, so
that its text fills most of each page as Word's layout would (a reader checks that rendered
breaks are where a layout of the text could have put them).
"""
import re
import sys

import docx_parts

src, dst = sys.argv[1], sys.argv[2]
parts = docx_parts.read(src)
xml = parts["word/document.xml"].decode("utf-8")
brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
count = xml.count(brk)
assert count == 2, count
pieces = xml.split(brk)
out = pieces[0]
for rest in pieces[1:]:
    # the first run after the removed break starts the new page
    rest = re.sub(r"<w:r>", "<w:r><w:lastRenderedPageBreak/>", rest, count=1)
    out += rest
marker = '<w:t xml:space="preserve">Planen bygger'
assert marker in out
out = out.replace(marker, '<w:lastRenderedPageBreak/>' + marker, 1)
sect = ('<w:sectPr><w:pgSz w:w="5954" w:h="8391"/><w:pgMar w:top="567" w:right="567" '
        'w:bottom="567" w:left="567" w:header="284" w:footer="284" w:gutter="0"/></w:sectPr>')
assert out.count("<w:sectPr />") == 1
out = out.replace("<w:sectPr />", sect)
parts["word/document.xml"] = out.encode("utf-8")
# Word saves its page count with the rendered breaks.
app = parts["docProps/app.xml"].decode("utf-8")
app, n = re.subn(r"<Pages>\d+</Pages>", "<Pages>4</Pages>", app)
assert n == 1, n
parts["docProps/app.xml"] = app.encode("utf-8")
docx_parts.write(dst, parts)
