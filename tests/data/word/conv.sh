# What blind5/make.sh and blind6/make.sh share, sourced after they set $here (their folder):
# strict mode, a work folder removed at the end ($work), fixed dates, and
# conv SRC FILTER NAME: LibreOffice converts $work/SRC to $here/NAME; WORD_FONTS=DIR adds a
# folder of fonts for LibreOffice alone (as pages.py); $py is the system's python3 (python3-docx).
# Needs (Debian 12): python3-docx, pandoc, libreoffice-writer-nogui. CI does not: the files
# are committed.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000
if [ -n "${WORD_FONTS:-}" ]; then
  printf '<fontconfig><include>/etc/fonts/fonts.conf</include><dir>%s</dir><cachedir>%s/fc</cachedir></fontconfig>' \
    "$WORD_FONTS" "$work" >"$work/fonts.conf"
  export FONTCONFIG_FILE="$work/fonts.conf"
fi
py=/usr/bin/python3

conv() {
  local ext=${3##*.}
  mkdir -p "$work/c$3"
  soffice -env:UserInstallation="file://$work/lo" --headless --convert-to "$ext:$2" \
    --outdir "$work/c$3" "$work/$1" >/dev/null 2>&1
  mv "$work/c$3/${1%.*}.$ext" "$here/$3"
}

# saves SRC EXT...: LibreOffice saves $work/SRC as $here/STEM-lo.EXT for each EXT (odt, docx,
# doc, rtf), STEM being SRC's name without its extension.
saves() {
  local src=$1 t f
  shift
  for t in "$@"; do
    case $t in odt) f=writer8 ;; docx) f="MS Word 2007 XML" ;; doc) f="MS Word 97" ;; rtf) f="Rich Text Format" ;; esac
    conv "$src" "$f" "${src%.*}-lo.$t"
  done
}
