#!/usr/bin/env python3
"""Make a .docx whose metadata title is junk: a template's name run together in one token.

Usage: junk_title.py IN.docx OUT.docx

The title in docProps/core.xml becomes "MallTjansteskrivelse" (as Word keeps the title of the
template a document was made from); everything else is IN's.
"""
import re
import sys

import docx_parts

src, dst = sys.argv[1], sys.argv[2]
parts = docx_parts.read(src)
core = parts["docProps/core.xml"].decode("utf-8")
core, n = re.subn(r"<dc:title>[^<]*</dc:title>", "<dc:title>MallTjansteskrivelse</dc:title>", core)
assert n == 1, n
parts["docProps/core.xml"] = core.encode("utf-8")
docx_parts.write(dst, parts)
