# The blind figures of FIGURES.md with any kommission binary (the same measure as
# tests/it/word_blind3.rs): python3 tests/data/word/blind3/score.py BINARY [v]
import json, re, subprocess, sys, os, collections
BIN = sys.argv[1]
d = os.path.dirname(os.path.abspath(__file__))
files = ["pydocx-ks.docx","pydocx-ks-lo.docx","pydocx-ks-lo.doc","pydocx-ks-lo.rtf","pydocx-ks-lo.odt",
 "pydocx-ks-abiword.rtf","plan3-pandoc.docx","plan3-pandoc.odt","plan3-lo.doc","plan3-abiword.doc"]
def words(t):
    c = collections.Counter(w.lower() for w in re.split(r'[^\w]|_', t) if w)
    return c
def f1(g, t):
    common = sum(min(n, t.get(w, 0)) for w, n in g.items())
    G, T = sum(g.values()), sum(t.values())
    if not G or not T: return 0.0
    p, r = common / G, common / T
    return 0 if p + r == 0 else 2*p*r/(p+r)
for f in files:
    tr = json.load(open(f"{d}/{f}.truth.json"))
    o = subprocess.run([BIN, "extract", "--format", "json", f"{d}/{f}"], capture_output=True, text=True)
    if o.returncode:
        print(f"{f:24} ERROR {o.stderr.strip()[:100]}"); continue
    doc = json.loads(o.stdout)
    text = "\n".join(p.get("text","") for p in doc["pages"])
    flat = " ".join(text.split())
    s = f1(words(text), words(tr["text"]))
    ok = [l for l in tr["labels"] if (" ".join((l[0]+" "+l[1]).split()) in flat)]
    bad = [l[0]+" "+l[1][:20] for l in tr["labels"] if l not in ok]
    present = [a for a in tr["absent"] if a in flat] + ["LACKS "+a for a in tr["present"] if a not in flat]
    g, t = words(text), words(tr["text"])
    extra = sorted((g - t).items(), key=lambda x:-x[1])[:8]; miss = sorted((t - g).items(), key=lambda x:-x[1])[:8]
    print(f"{f:24} F1 {s:.3f} pages {len(doc['pages']):3}/{tr['pages']:<3} labels {len(ok):2}/{len(tr['labels']):<2} absent-shown {len(present)}")
    if len(sys.argv) > 2:
        print("   labels off:", bad); print("   shown:", present); print("   extra:", extra); print("   missing:", miss)
