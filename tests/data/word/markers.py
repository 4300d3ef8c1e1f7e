# Marker words of a blind set (blind9 on): does a reader find every word a reader of the
# document sees, and none it does not?
#   python3 tests/data/word/markers.py BINARY tests/data/word/blind9/expect9.json
# expect9.json maps each file (beside it) to `synlig`, words that must occur exactly once in
# `BINARY extract --format json` (text in text boxes, content controls, notes, inserted
# rows ...), and `osynlig`, words that must not occur at all (deleted, hidden, comments,
# a dropdown's unchosen items, field instructions). Prints per file what is missing, doubled
# or wrongly read, and a total.
import collections, json, os, re, subprocess, sys

BIN, spec = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.abspath(spec))
files = json.load(open(spec))
tot = collections.Counter()
for name, want in sorted(files.items()):
    o = subprocess.run([BIN, "extract", "--format", "json", os.path.join(root, name)], capture_output=True, text=True)
    if o.returncode:
        print(f"{name:28} ERROR {o.stderr.strip()[:100]}")
        tot["files"] += 1
        tot["error"] += 1
        continue
    text = "\n".join(p.get("text", "") for p in json.loads(o.stdout)["pages"])
    count = collections.Counter(re.findall(r"\w+", text.lower()))
    missing = [w for w in want["synlig"] if count[w] == 0]
    doubled = [w for w in want["synlig"] if count[w] > 1]
    wrong = [w for w in want["osynlig"] if count[w] > 0]
    ok = len(want["synlig"]) - len(missing) - len(doubled)
    tot.update(files=1, seen=len(want["synlig"]), ok=ok, unseen=len(want["osynlig"]), wrong=len(wrong))
    print(f"{name:28} seen {ok:2}/{len(want['synlig']):<2} not seen {len(want['osynlig']) - len(wrong):2}/"
          f"{len(want['osynlig']):<2}" + (f"  missing {' '.join(missing)}" if missing else "")
          + (f"  doubled {' '.join(doubled)}" if doubled else "") + (f"  read {' '.join(wrong)}" if wrong else ""))
print(f"TOTAL {tot['files']} files: visible markers read once {tot['ok']}/{tot['seen']}, "
      f"hidden markers left out {tot['unseen'] - tot['wrong']}/{tot['unseen']}" + (f", {tot['error']} errors" if tot["error"] else ""))
