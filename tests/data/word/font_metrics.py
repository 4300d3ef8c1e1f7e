# The layout figures of face_of_font (src/formats/layout.rs): average letter width of the blind
# set's Swedish text, space width and single line height of the metric twins of Word's fonts.
# Needs fontTools and the fonts (fonts-liberation, fonts-dejavu-core, fonts-crosextra-carlito,
# fonts-crosextra-caladea; the last two found under /tmp/fmt/fontroot when unpacked there).
#   python3 tests/data/word/font_metrics.py
import sys, glob
import os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind"))
from texts import paragraph
from fontTools.ttLib import TTFont
text = " ".join(paragraph(i, 4) for i in range(200))
fonts = {
 "LiberationSerif(Times)": glob.glob("/usr/share/fonts/truetype/liberation*/LiberationSerif-Regular.ttf"),
 "LiberationSans(Arial)": glob.glob("/usr/share/fonts/truetype/liberation*/LiberationSans-Regular.ttf"),
 "Carlito(Calibri)": glob.glob("/tmp/fmt/fontroot/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf"),
 "Caladea(Cambria)": glob.glob("/tmp/fmt/fontroot/usr/share/fonts/truetype/crosextra/Caladea-Regular.ttf"),
 "DejaVuSans": glob.glob("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
 "DejaVuSerif": glob.glob("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
 "LiberationMono": glob.glob("/usr/share/fonts/truetype/liberation*/LiberationMono-Regular.ttf"),
}
for name, paths in fonts.items():
    if not paths: print(name, "missing"); continue
    f = TTFont(paths[0]); cmap = f.getBestCmap(); hm = f["hmtx"]; upm = f["head"].unitsPerEm
    hh = f["hhea"]; os2 = f["OS/2"]
    w = lambda c: hm[cmap[ord(c)]][0] / upm if ord(c) in cmap else 0.5
    chars = [c for c in text if c != " "]
    print(f"{name:24} em {sum(map(w, chars))/len(chars):.3f} space {w(' '):.3f} line hhea {(hh.ascent - hh.descent + hh.lineGap)/upm:.3f} win {(os2.usWinAscent+os2.usWinDescent)/upm:.3f} typo {(os2.sTypoAscender-os2.sTypoDescender+os2.sTypoLineGap)/upm:.3f}")
