# Sourced by the rounds' scripts (tenth.sh ... thirteenth.sh): the settings and producer calls
# every round repeats. Sets `here` (this folder), `work` (a scratch folder removed on exit),
# fixed dates, and:
#   ids          the three texts of the matrix (IDS="ID ..." picks some);
#   latex_opts   pandoc's LaTeX options (A4, 10 pt, 2 cm margins, no page numbers);
#   html_opts    pandoc's HTML options with print.css;
#   chromium_pdf IN.html OUT.pdf     Chromium's headless print, no header or footer;
#   libreoffice_pdf IN OUT.pdf [FILTER]  LibreOffice's PDF export (FILTER: --convert-to's);
#   committed ID PRODUCER...         the first committed PDF of those producers ("" if none);
#   word_source IN.md OUT.md         the source with its page breaks as Word writes them
#                                    (uppfoljning-2023.md says them for LibreOffice's .odt only);
#   py_kinds SCRIPT KIND...          a round's Python kinds from every id's source
#                                    (SCRIPT KIND src/ID.md ID.KIND.pdf), then their PDFs listed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000 FORCE_SOURCE_DATE=1 TZ=UTC
ids=(${IDS:-inriktning-2014 protokoll-ks-2020-04-06-p216 uppfoljning-2023})
latex_opts=(-f markdown-smart --standalone -V lang=sv -V papersize=a4 -V fontsize=10pt
  -V geometry:margin=2cm -V pagestyle=empty -V colorlinks=false)
html_opts=(-f markdown-smart --standalone --css "$here/print.css" --self-contained)
chromium_pdf() { # in.html out.pdf
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-extensions --disable-sync --no-first-run --no-default-browser-check \
    --user-data-dir="$work/chromium-profile-$RANDOM" --no-pdf-header-footer \
    --print-to-pdf="$2" "file://$1" >/dev/null 2>&1
}
libreoffice_pdf() { # in.docx|in.odt out.pdf [filter]
  soffice -env:UserInstallation="file://$work/lo-profile" --headless \
    --convert-to "${3:-pdf}" --outdir "$work" "$1" >/dev/null 2>&1
  mv "$work/$(basename "${1%.*}").pdf" "$2"
}
committed() { # id producer...
  local id=$1 p
  shift
  for p in "$@"; do
    [ -f "$here/$id.$p.pdf" ] && { echo "$here/$id.$p.pdf"; return; }
  done
  echo ""
}
word_source() { # in.md out.md
  sed -e 's|^```{=opendocument}$|```{=openxml}|' \
    -e 's|<text:p text:style-name="KPageBreak"/>|<w:p><w:r><w:br w:type="page"/></w:r></w:p>|' \
    "$1" >"$2"
}
py_kinds() { # script.py kind...
  local script=$1 id kind
  shift
  for id in "${ids[@]}"; do
    for kind in "$@"; do
      (cd "$here" && python3 "$here/$script" "$kind" "$here/src/$id.md" "$here/$id.$kind.pdf")
    done
  done
  for kind in "$@"; do ls -l "$here"/*."$kind".pdf; done
}
