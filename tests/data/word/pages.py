# Page accuracy of the Word readers against LibreOffice's PDF of the same file (PAGES.md):
#   python3 tests/data/word/pages.py BINARY [FILE ...]
# With no FILE, every .docx/.odt/.doc/.rtf under tests/data/word and tests/data/doc.
#
# Per file: the page count ours/LibreOffice's, and the share of phrases whose page in our
# output (`BINARY extract --format json`) is the page LibreOffice's PDF shows them on
# (pdftotext per page). A phrase is four words that occur exactly once in both texts (so
# headers, footers and repeated wording never count); `p10` is ten of them spread evenly over
# the document, `all` every such phrase, `off` the mean page distance over all. The reference
# PDFs are cached in /tmp/word-pages-ref (by the file's hash), made by soffice with a private
# profile. Needs: libreoffice-writer-nogui, poppler-utils, and the metric twins of Word's fonts
# (fonts-crosextra-carlito, fonts-crosextra-caladea: without them LibreOffice sets Calibri and
# Cambria in DejaVu, a wider face, and its pages are not Word's). WORD_FONTS=DIR adds a folder
# of fonts for soffice alone (e.g. those packages unpacked with `dpkg -x`), system left as is.
import collections, hashlib, json, os, re, subprocess, sys, tempfile

BIN = sys.argv[1]
root = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(os.path.dirname(root)))
EXT = (".docx", ".odt", ".doc", ".rtf")
CACHE = "/tmp/word-pages-ref"
N = 4


def files():
    if len(sys.argv) > 2:
        return sys.argv[2:]
    out = []
    for base in (root, os.path.join(repo, "tests/data/doc")):
        for d, _, names in sorted(os.walk(base)):
            out += [os.path.join(d, n) for n in sorted(names) if n.endswith(EXT)]
    return out


def reference(path):
    """The text of each page of LibreOffice's PDF of `path`."""
    data = open(path, "rb").read()
    fonts = os.environ.get("WORD_FONTS")
    key = hashlib.sha256(data + (fonts or "").encode()).hexdigest()[:16]
    os.makedirs(CACHE, exist_ok=True)
    pdf = os.path.join(CACHE, key + ".pdf")
    if not os.path.exists(pdf):
        with tempfile.TemporaryDirectory() as work:
            name = "f" + os.path.splitext(path)[1]
            open(os.path.join(work, name), "wb").write(data)
            env = dict(os.environ)
            if fonts:
                conf = os.path.join(work, "fonts.conf")
                open(conf, "w").write(f"<fontconfig><include>/etc/fonts/fonts.conf</include>"
                                      f"<dir>{fonts}</dir><cachedir>{work}/fc</cachedir></fontconfig>")
                env["FONTCONFIG_FILE"] = conf
            subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/lo", "--headless",
                            "--convert-to", "pdf", "--outdir", work, os.path.join(work, name)],
                           capture_output=True, env=env)
            if not os.path.exists(os.path.join(work, "f.pdf")):
                return None
            os.replace(os.path.join(work, "f.pdf"), pdf)
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def ours(path):
    o = subprocess.run([BIN, "extract", "--format", "json", path], capture_output=True, text=True)
    if o.returncode:
        return None
    return [p.get("text", "") for p in json.loads(o.stdout)["pages"]]


def grams(pages):
    """Each four-word phrase (lower case, words only) with the page it starts on, and its count."""
    seq = []
    for i, t in enumerate(pages):
        # A word hyphenated at a line end is one word (LibreOffice does not hyphenate, but a
        # reader may keep a soft hyphen's break).
        t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
        seq += [(w, i + 1) for w in re.findall(r"\w+", t.lower())]
    at, count = {}, collections.Counter()
    for k in range(len(seq) - N + 1):
        g = " ".join(w for w, _ in seq[k:k + N])
        count[g] += 1
        at.setdefault(g, (k, seq[k][1]))
    return at, count


def words(pages):
    return collections.Counter(w for t in pages for w in re.findall(r"\w+", t.lower()))


def f1(ref, got):
    """Word F1 of our text against the PDF's, whose running headers and footers (a line of a
    page's first or last three found so on another page too, digits aside) are left out, as
    the reader keeps them apart."""
    key = lambda l: re.sub(r"\d+", "#", l.strip())
    ends = [[l for l in t.splitlines() if l.strip()] for t in ref]
    seen = collections.Counter(k for ls in ends for k in {key(l) for l in ls[:3] + ls[-3:]})
    body = ["\n".join(l for i, l in enumerate(ls) if (3 <= i < len(ls) - 3) or seen[key(l)] < 2)
            for ls in ends]
    r, g = words(body), words(got)
    common = sum((r & g).values())
    total = sum(r.values()) + sum(g.values())
    return 2 * common / total if total else 1.0


def score(path):
    ref = reference(path)
    got = ours(path)
    name = os.path.relpath(path, repo)
    if ref is None or got is None:
        return f"{name:52} {'no reference PDF' if ref is None else 'ERROR'}", None
    ra, rc = grams(ref)
    ga, gc = grams(got)
    common = sorted((ra[g][0], g) for g in ra if rc[g] == 1 and gc.get(g) == 1)
    right = [ra[g][1] == ga[g][1] for _, g in common]
    dist = [abs(ra[g][1] - ga[g][1]) for _, g in common]
    pick = [right[int(i * len(common) / 10)] for i in range(10)] if len(common) >= 10 else right
    p10 = sum(pick) / len(pick) if pick else 1.0
    share = sum(right) / len(right) if right else 1.0
    off = sum(dist) / len(dist) if dist else 0.0
    line = (f"{name:52} pages {len(got):3}/{len(ref):<3} p10 {sum(pick):2}/{len(pick):<2} "
            f"all {share:5.3f} off {off:4.2f} (n {len(right)}) F1 {f1(ref, got):.3f}")
    return line, (len(got) == len(ref), p10, share, len(right), f1(ref, got))


rows = []
for f in files():
    rows.append(score(f))
    print(rows[-1][0], flush=True)
ok = [r for _, r in rows if r]
if ok:
    print(f"{'TOTAL ' + str(len(ok)) + ' files':52} pages right {sum(r[0] for r in ok)}/{len(ok)}  "
          f"p10 mean {sum(r[1] for r in ok) / len(ok):.3f}  all mean {sum(r[2] for r in ok) / len(ok):.3f}  "
          f"all pooled {sum(r[2] * r[3] for r in ok) / max(1, sum(r[3] for r in ok)):.3f}  "
          f"F1 mean {sum(r[4] for r in ok) / len(ok):.3f}")
