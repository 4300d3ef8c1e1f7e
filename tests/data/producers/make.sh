#!/usr/bin/env bash
# The producer matrix: the corpus' two PDFs (made by LibreOffice) typeset again by other
# producers, so that extraction is tested on the fonts, encodings and layouts they write.
#
# Needs (Debian 12): pandoc texlive-latex-base texlive-latex-recommended texlive-luatex
#   texlive-lang-european lmodern groff ghostscript chromium libreoffice-writer-nogui
#   fonts-liberation2 fonts-dejavu-core, python3, and a built kommission (for the layout of
#   the corpus PDFs). CI does not need them: the PDFs are committed.
#
# Run from the repository root:  bash tests/data/producers/make.sh [path/to/kommission]
#
# Steps, per document ID:
#   1. src/ID.md: one structured source (headings, numbered lists, italics, bold labels, page
#      breaks where the truth's pages break), derived by derive.py from the layout kommission
#      reports for corpus/ID.pdf and the words of tests/data/ID.truth.json;
#   2. each producer typesets it: pdfTeX and LuaTeX (via pandoc's LaTeX), Chromium's headless
#      print-to-PDF (pandoc's HTML), groff -Tpdf and Ghostscript's pdfwrite (groff's
#      PostScript through ps2pdf; pandoc's ms), LibreOffice from a .docx (pandoc's docx);
#   3. layout variants: the brochure in two columns (LuaTeX), the protocol's header as a table
#      (LibreOffice from .docx and Chromium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${1:-$root/target/debug/kommission}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$here/src"
# ONLY_NINTH=1: every earlier round is left out (each block below tests one of these)
if [ "${ONLY_NINTH:-}" = 1 ]; then ONLY_NEW=1 ONLY_FIFTH=1 ONLY_SIXTH=1 ONLY_SEVENTH=1; fi

# Fixed dates so that a rerun makes the same files where the producer allows it.
export SOURCE_DATE_EPOCH=1700000000 FORCE_SOURCE_DATE=1 TZ=UTC

latex_opts=(-f markdown-smart --standalone -V lang=sv -V papersize=a4 -V fontsize=10pt
  -V geometry:margin=2cm -V pagestyle=empty -V colorlinks=false)

html_css="$here/print.css"
python3 "$here/reference_docx.py" "$work/reference.docx"

chromium_pdf() { # in.html out.pdf
  local profile="$work/chromium-profile-$RANDOM"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-extensions --disable-sync --no-first-run --no-default-browser-check \
    --user-data-dir="$profile" --no-pdf-header-footer --print-to-pdf="$2" "file://$1" \
    >/dev/null 2>&1
}

libreoffice_pdf() { # in.docx out.pdf
  local profile="$work/lo-profile"
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf \
    --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.docx}").pdf" "$2"
}

groff_ms() { # in.md out.ms
  pandoc -f markdown-smart -t ms --standalone "$1" -o "$2"
  # A4 margins, Times (a base-14 font, not embedded: small files, as old PDFs are), no
  # page number in the footer (the truth has no running text), and no /Title: pandoc wraps
  # a long one over several lines, and groff prints the continuation lines as page text.
  sed -i -e 's/^\.nr LL .*/.nr LL 17c/; s/^\.nr PO .*/.nr PO 2c/' \
    -e 's/^\.nr HM .*/.nr HM 1.5c/; s/^\.nr FM .*/.nr FM 1.5c/' \
    -e 's/^\.fam P/.fam T/; s/^\.ds CF %/.ds CF/' \
    -e '/^\.pdfinfo \/Title/,/^\.pdfinfo \/Author/{/^\.pdfinfo \/Author/!d}' "$2"
}

make_doc() { # ID [--table] suffix
  local id=$1 flag=${2:-} suffix=${3:-}
  "$bin" extract --format json "$root/corpus/$id.pdf" >"$work/$id.layout.json"
  python3 "$here/derive.py" $flag "$work/$id.layout.json" "$root/tests/data/$id.truth.json" \
    >"$here/src/$id$suffix.md"
}

produce() { # ID (all producers)
  local id=$1 src="$here/src/$1.md" out="$here/$1"
  pandoc "${latex_opts[@]}" --pdf-engine=pdflatex "$src" -o "$out.pdftex.pdf"
  pandoc "${latex_opts[@]}" --pdf-engine=lualatex "$src" -o "$out.luatex.pdf"
  pandoc -f markdown-smart --standalone --css "$html_css" --self-contained \
    --metadata pagetitle="$id" "$src" -o "$work/$id.html"
  chromium_pdf "$work/$id.html" "$out.chromium.pdf"
  groff_ms "$src" "$work/$id.ms"
  groff -k -ms -Tpdf -P-pa4 "$work/$id.ms" >"$out.groff.pdf" 2>/dev/null
  groff -k -ms -Tps -P-pa4 "$work/$id.ms" >"$work/$id.ps" 2>/dev/null
  ps2pdf -sPAPERSIZE=a4 "$work/$id.ps" "$out.gs.pdf"
  pandoc -f markdown-smart --reference-doc="$work/reference.docx" "$src" -o "$work/$id.docx"
  libreoffice_pdf "$work/$id.docx" "$out.lo-docx.pdf"
}

if [ "${ONLY_NEW:-}" != 1 ] && [ "${ONLY_FIFTH:-}" != 1 ] && [ "${ONLY_SIXTH:-}" != 1 ] &&
  [ "${ONLY_SEVENTH:-}" != 1 ]; then
for id in inriktning-2014 protokoll-ks-2020-04-06-p216; do
  make_doc "$id"
  produce "$id"
done

# Two-column brochure (LuaTeX).
# Smaller type and margins: two narrow columns hold less than one wide one.
pandoc "${latex_opts[@]}" -V classoption=twocolumn -V geometry:margin=1.2cm \
  -V header-includes='\AtBeginDocument{\small}' --pdf-engine=lualatex \
  "$here/src/inriktning-2014.md" -o "$here/inriktning-2014.luatex-2col.pdf"

# The protocol's header as a table (LibreOffice from .docx; Chromium).
make_doc protokoll-ks-2020-04-06-p216 --table -table
pandoc -f markdown-smart --reference-doc="$work/reference.docx" \
  "$here/src/protokoll-ks-2020-04-06-p216-table.md" \
  -o "$work/protokoll-ks-2020-04-06-p216-table.docx"
libreoffice_pdf "$work/protokoll-ks-2020-04-06-p216-table.docx" \
  "$here/protokoll-ks-2020-04-06-p216.lo-docx-table.pdf"
pandoc -f markdown-smart --standalone --css "$html_css" --self-contained \
  --metadata pagetitle=protokoll "$here/src/protokoll-ks-2020-04-06-p216-table.md" \
  -o "$work/protokoll-table.html"
chromium_pdf "$work/protokoll-table.html" "$here/protokoll-ks-2020-04-06-p216.chromium-table.pdf"

fi

if [ "${ONLY_FIFTH:-}" != 1 ] && [ "${ONLY_SIXTH:-}" != 1 ] && [ "${ONLY_SEVENTH:-}" != 1 ]; then
# The second set (2026-12-02), made blind: measured before any extraction rule looked at them.
# ONLY_NEW=1 bash make.sh makes just these. Needs also texlive-xetex, abiword and WeasyPrint
# (pip install weasyprint). XeLaTeX (xdvipdfmx), WeasyPrint, AbiWord (from the .docx),
# LibreOffice from an .odt in two balanced columns per page (odt_columns.py), Chromium with CSS
# columns and groff ms in two columns.
columns_html() { # in.html out.html: each page's content a balanced two-column box
  python3 - "$1" "$2" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
head, rest = s.split("<body>", 1)
body, tail = rest.rsplit("</body>", 1)
pages = re.split(r'<div class="page-break">\s*</div>', body)
css = ("<style>.cols { columns: 2; column-gap: 0.8cm; column-fill: balance; }"
       " .cols + .cols { break-before: page; }</style>")
head = head.replace("</head>", css + "</head>", 1)
body = "".join(f'<div class="cols">{p}</div>' for p in pages)
open(sys.argv[2], "w", encoding="utf-8").write(head + "<body>" + body + "</body>" + tail)
PY
}
for id in inriktning-2014 protokoll-ks-2020-04-06-p216; do
  src="$here/src/$id.md" out="$here/$id"
  pandoc "${latex_opts[@]}" --pdf-engine=xelatex "$src" -o "$out.xelatex.pdf"
  pandoc -f markdown-smart --standalone --css "$html_css" --self-contained \
    --metadata pagetitle="$id" "$src" -o "$work/$id.html"
  # WeasyPrint 57 ignores <ol start="N">: give the list its number as a counter, so that the
  # PDF shows the document's numbers ("10.") as every other producer does.
  perl -pe 's/<ol start="(\d+)"/sprintf(q{<ol start="%d" style="counter-reset: list-item %d"}, $1, $1 - 1)/ge' \
    "$work/$id.html" >"$work/$id.weasy.html"
  weasyprint "$work/$id.weasy.html" "$out.weasyprint.pdf"
  pandoc -f markdown-smart --reference-doc="$work/reference.docx" "$src" -o "$work/$id.docx"
  abiword --to=pdf --to-name="$out.abiword.pdf" "$work/$id.docx" 2>/dev/null
done
id=inriktning-2014 src="$here/src/inriktning-2014.md" out="$here/inriktning-2014"
# LibreOffice from an .odt: the page breaks as raw opendocument paragraphs, then two columns.
sed -e 's|^```{=openxml}$|```{=opendocument}|' \
  -e 's|^<w:p><w:r><w:br w:type="page"/></w:r></w:p>$|<text:p text:style-name="KPageBreak"/>|' \
  "$src" >"$work/$id.odt.md"
pandoc -f markdown-smart "$work/$id.odt.md" -o "$work/$id.plain.odt"
python3 "$here/odt_columns.py" "$work/$id.plain.odt" "$work/$id-2col.odt"
soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work" "$work/$id-2col.odt" >/dev/null 2>&1
mv "$work/$id-2col.pdf" "$out.lo-odt-2col.pdf"
# Chromium with CSS columns.
pandoc -f markdown-smart --standalone --css "$html_css" --self-contained \
  --metadata pagetitle="$id" "$src" -o "$work/$id.html"
columns_html "$work/$id.html" "$work/$id-2col.html"
chromium_pdf "$work/$id-2col.html" "$out.chromium-2col.pdf"
# groff ms in two columns: .2C after the title; a page break is .1C (which starts a page) and
# .2C again. Smaller type, so that each page of the truth fits one page.
groff_ms "$src" "$work/$id.ms"
python3 - "$work/$id.ms" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = re.sub(r"^\.bp$", ".1C\n.2C", s, flags=re.M)
s = re.sub(r"^\.nr PS .*$", ".nr PS 9", s, count=1, flags=re.M)
s = re.sub(r"^\.nr VS .*$", ".nr VS 11", s, count=1, flags=re.M)
# two columns from the first heading on
s = s.replace("\n.SH", "\n.2C\n.SH", 1)
open(p, "w", encoding="utf-8").write(s)
PY
groff -k -ms -Tpdf -P-pa4 "$work/$id.ms" >"$out.groff-2col.pdf" 2>/dev/null
fi

styled_odt() { # in.md out.pdf [odt_style.py options]: pandoc's .odt restyled, through LibreOffice
  local in=$1 out=$2 base; base=$(basename "${2%.pdf}")
  shift 2
  sed -e 's|^```{=openxml}$|```{=opendocument}|' \
    -e 's|^<w:p><w:r><w:br w:type="page"/></w:r></w:p>$|<text:p text:style-name="KPageBreak"/>|' \
    "$in" >"$work/$base.md"
  pandoc -f markdown-smart "$work/$base.md" -o "$work/$base.plain.odt"
  python3 "$here/odt_style.py" "$work/$base.plain.odt" "$work/$base.odt" "$@"
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
    --outdir "$work" "$work/$base.odt" >/dev/null 2>&1
  mv "$work/$base.pdf" "$out"
}

# The fifth round (2026-12-02), made blind: producers and layouts as real archives have them.
# ONLY_FIFTH=1 makes just these (from the committed PDFs of the first set).
#   pdftex-cairo   pdftocairo -pdf of the pdfTeX PDF (Cairo rewrites the fonts as subsets);
#   chromium-gs    Ghostscript pdfwrite re-distilling the Chromium PDF;
#   lo-docx-table-gs  the same for LibreOffice's protocol with its header as a table;
#   pdftex-2col    pdfTeX, justified two columns with microtype (font expansion, protrusion);
#   chromium-justify  Chromium, text-align: justify and hyphens: auto (lang sv);
#   lo-odt-justify LibreOffice from an .odt (not a .docx), justified; the protocol with its
#                  header as a table.
if [ "${ONLY_SIXTH:-}" != 1 ] && [ "${ONLY_SEVENTH:-}" != 1 ]; then
for id in inriktning-2014 protokoll-ks-2020-04-06-p216; do
  pdftocairo -pdf "$here/$id.pdftex.pdf" "$here/$id.pdftex-cairo.pdf"
done
redistill() { # in.pdf out.pdf
  gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=pdfwrite -sOutputFile="$2" "$1"
}
redistill "$here/inriktning-2014.chromium.pdf" "$here/inriktning-2014.chromium-gs.pdf"
redistill "$here/protokoll-ks-2020-04-06-p216.lo-docx-table.pdf" \
  "$here/protokoll-ks-2020-04-06-p216.lo-docx-table-gs.pdf"
pandoc "${latex_opts[@]}" -V classoption=twocolumn -V geometry:margin=1.2cm \
  -V header-includes='\microtypesetup{expansion=true,protrusion=true,final}\AtBeginDocument{\small}' \
  --pdf-engine=pdflatex "$here/src/inriktning-2014.md" -o "$here/inriktning-2014.pdftex-2col.pdf"
justify_css="$work/justify.css"
{ cat "$html_css"; echo 'p, li { text-align: justify; hyphens: auto; }'; } >"$justify_css"
id=inriktning-2014
pandoc -f markdown-smart --standalone --css "$justify_css" --self-contained \
  --metadata pagetitle="$id" -V lang=sv "$here/src/$id.md" -o "$work/$id-justify.html"
chromium_pdf "$work/$id-justify.html" "$here/$id.chromium-justify.pdf"
justify_odt() { # in.md out.pdf: pandoc's .odt, every paragraph justified (9.5 pt, A4 with
  # 1.8 cm margins: each page of the truth fits a page), through LibreOffice
  styled_odt "$1" "$2" --size 9.5pt --margins 1.8cm
}
justify_odt "$here/src/inriktning-2014.md" "$here/inriktning-2014.lo-odt-justify.pdf"
justify_odt "$here/src/protokoll-ks-2020-04-06-p216-table.md" \
  "$here/protokoll-ks-2020-04-06-p216.lo-odt-justify-table.pdf"
fi

# The sixth round (2026-12-02, night), made blind: ONLY_SIXTH=1 makes just these.
#   pdftex-ot1     pdfTeX with the OT1 font encoding (no å/ä/ö glyphs: each is an accent
#                  drawn over its base letter, as old LaTeX documents are set);
#   latex-dvips    LaTeX to DVI, dvips to PostScript (Type 1 fonts), ps2pdf: the classic
#                  chain of older archives;
#   lo-docx-pdf2ps LibreOffice's PDF through pdf2ps and ps2pdf again (the fonts rewritten by
#                  Ghostscript twice, as a printed-to-file and re-distilled PDF is);
#   lo-odt-3col    LibreOffice from an .odt in three balanced columns per page.
if [ "${ONLY_FIFTH:-}" != 1 ] && [ "${ONLY_SEVENTH:-}" != 1 ]; then
for id in inriktning-2014 protokoll-ks-2020-04-06-p216; do
  src="$here/src/$id.md" out="$here/$id"
  pandoc "${latex_opts[@]}" -V fontenc=OT1 --pdf-engine=pdflatex "$src" -o "$out.pdftex-ot1.pdf"
  pandoc "${latex_opts[@]}" "$src" -o "$work/$id.tex"
  # \pdfoutput=0: DVI even where the format would default to PDF.
  (cd "$work" && latex -interaction=batchmode "$id.tex" >/dev/null 2>&1 &&
    latex -interaction=batchmode "$id.tex" >/dev/null 2>&1 &&
    dvips -q -t a4 "$id.dvi" -o "$id.dvi.ps" && ps2pdf -sPAPERSIZE=a4 "$id.dvi.ps" "$out.latex-dvips.pdf")
  pdf2ps "$out.lo-docx.pdf" "$work/$id.lo.ps"
  ps2pdf -sPAPERSIZE=a4 "$work/$id.lo.ps" "$out.lo-docx-pdf2ps.pdf"
done
id=inriktning-2014 src="$here/src/inriktning-2014.md" out="$here/inriktning-2014"
sed -e 's|^```{=openxml}$|```{=opendocument}|' \
  -e 's|^<w:p><w:r><w:br w:type="page"/></w:r></w:p>$|<text:p text:style-name="KPageBreak"/>|' \
  "$src" >"$work/$id.odt3.md"
pandoc -f markdown-smart "$work/$id.odt3.md" -o "$work/$id.plain3.odt"
python3 "$here/odt_columns.py" "$work/$id.plain3.odt" "$work/$id-3col.odt" 3
soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
  --outdir "$work" "$work/$id-3col.odt" >/dev/null 2>&1
mv "$work/$id-3col.pdf" "$out.lo-odt-3col.pdf"
fi
# The seventh round (2026-12-03), made blind: a text no rule has seen, typeset by producers and
# settings not used above. ONLY_SEVENTH=1 makes just these. The text is src/uppfoljning-2023.md
# (a regional follow-up report: a numbered list, a table of right-aligned figures with an en-dash
# minus, small caps, two footnotes on the last page); its truth, uppfoljning-2023.truth.json
# here, is written by hand (footnote markers set apart from their word; the HTML producers set
# the notes as a numbered list, "1." where the others print "1").
#   luatex-microtype  LuaLaTeX, justified, microtype with font expansion and protrusion;
#   xelatex-ttf       XeLaTeX with a TrueType font (Liberation Serif) and word spaces narrowed
#                     to a fifth of an em (\spaceskip);
#   groff-tbl-2col    groff ms with tbl, in two columns (gropdf);
#   groff-nocache     the same PostScript through Ghostscript with -dNOCACHE;
#   chromium-spaced   Chromium, text-align: justify and letter-spacing: 0.04em;
#   weasyprint        pandoc's HTML through WeasyPrint;
#   lo-odt-smallcaps  LibreOffice from an .odt: small caps, pair kerning, justified.
if [ "${ONLY_FIFTH:-}" != 1 ] && [ "${ONLY_SIXTH:-}" != 1 ] && [ "${ONLY_NEW:-}" != 1 ]; then
id=uppfoljning-2023 src="$here/src/uppfoljning-2023.md" out="$here/uppfoljning-2023"
pandoc "${latex_opts[@]}" --pdf-engine=lualatex \
  -V header-includes='\usepackage{microtype}\microtypesetup{expansion=true,protrusion=true,final}' \
  "$src" -o "$out.luatex-microtype.pdf"
# hyperref's XeTeX driver loads pzdr (a 1sp font for link boxes), which this TeX Live lacks:
# any TFM stands in for it.
mkdir -p "$work/tfm" && cp "$(kpsewhich cmr10.tfm)" "$work/tfm/pzdr.tfm"
TFMFONTS="$work/tfm:" pandoc "${latex_opts[@]}" --pdf-engine=xelatex -V mainfont="Liberation Serif" \
  -V header-includes='\AtBeginDocument{\spaceskip=0.2em plus 0.08em minus 0.02em}' \
  "$src" -o "$out.xelatex-ttf.pdf"
pandoc -f markdown-smart -t ms --standalone "$src" -o "$work/$id.ms"
sed -i -e 's/^\.nr LL .*/.nr LL 17c/; s/^\.nr PO .*/.nr PO 2c/' \
  -e 's/^\.nr HM .*/.nr HM 1.5c/; s/^\.nr FM .*/.nr FM 1.5c/' \
  -e 's/^\.fam P/.fam T/; s/^\.ds CF %/.ds CF/' \
  -e '/^\.pdfinfo \/Title/,/^\.pdfinfo \/Author/{/^\.pdfinfo \/Author/!d}' "$work/$id.ms"
python3 - "$work/$id.ms" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = re.sub(r"^\.bp$", ".1C\n.2C", s, flags=re.M)
s = s.replace("\n.SH", "\n.2C\n.SH", 1)
open(p, "w", encoding="utf-8").write(s)
PY
groff -k -t -ms -Tpdf -P-pa4 "$work/$id.ms" >"$out.groff-tbl-2col.pdf" 2>/dev/null
groff -k -t -ms -Tps -P-pa4 "$work/$id.ms" >"$work/$id.ps" 2>/dev/null
gs -q -dNOPAUSE -dBATCH -dSAFER -dNOCACHE -sDEVICE=pdfwrite -sPAPERSIZE=a4 \
  -sOutputFile="$out.groff-nocache.pdf" "$work/$id.ps"
notes_css="$work/notes.css"
{ cat "$html_css"; echo '.footnote-back { display: none; } section.footnotes hr { display: none; }'; } >"$notes_css"
spaced_css="$work/spaced.css"
{ cat "$notes_css"; echo 'p, li, td { text-align: justify; letter-spacing: 0.04em; }'; } >"$spaced_css"
pandoc -f markdown-smart --standalone --css "$spaced_css" --self-contained \
  --metadata pagetitle="$id" "$src" -o "$work/$id-spaced.html"
chromium_pdf "$work/$id-spaced.html" "$out.chromium-spaced.pdf"
pandoc -f markdown-smart --standalone --css "$notes_css" --self-contained \
  --metadata pagetitle="$id" "$src" -o "$work/$id.html"
weasyprint "$work/$id.html" "$out.weasyprint.pdf"
styled_odt "$src" "$out.lo-odt-smallcaps.pdf" --size 10pt --small-caps-headings
fi
# The ninth round (2026-12-03, third session), made blind: producers no round above used.
# ONLY_NINTH=1 makes just these. Needs also enscript and `pip install typst xhtml2pdf fpdf2`;
# ninth.py writes the Typst markup, the HTML and the plain text (see its header).
#   typst          Typst (its own PDF writer), all three texts;
#   xhtml2pdf      pandoc's HTML through xhtml2pdf (ReportLab), all three texts;
#   fpdf2          pandoc's HTML through fpdf2's write_html (DejaVu Serif embedded);
#   enscript-gs    pandoc's plain text through enscript (Courier) and ps2pdf;
#   chromium-sidebar  the follow-up report: a bordered box with the table floated right on
#                  the first page, the second page in two balanced CSS columns.
if [ "${ONLY_NINTH:-}" = 1 ] || { [ "${ONLY_FIFTH:-}" != 1 ] && [ "${ONLY_SIXTH:-}" != 1 ] &&
  [ "${ONLY_NEW:-}" != 1 ] && [ "${ONLY_SEVENTH:-}" != 1 ]; }; then
for id in inriktning-2014 protokoll-ks-2020-04-06-p216 uppfoljning-2023; do
  src="$here/src/$id.md" out="$here/$id"
  for kind in typst xhtml2pdf fpdf2; do
    python3 "$here/ninth.py" "$kind" "$src" "$out.$kind.pdf" 2>/dev/null
  done
  python3 "$here/ninth.py" plain "$src" "$work/$id.txt"
  enscript -q -B -X latin1 -f Courier8 --margins=40:40:30:30 -o "$work/$id.enscript.ps" "$work/$id.txt"
  ps2pdf -sPAPERSIZE=a4 "$work/$id.enscript.ps" "$out.enscript-gs.pdf"
done
python3 "$here/ninth.py" sidebar "$here/src/uppfoljning-2023.md" "$work/sidebar.html"
chromium_pdf "$work/sidebar.html" "$here/uppfoljning-2023.chromium-sidebar.pdf"
fi
ls -l "$here"/*.pdf
