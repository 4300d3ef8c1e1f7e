# Marker words of a blind set (blind9 on): does a reader find every word a reader of the
# document sees, and none it does not?
#   python3 tests/data/word/markers.py BINARY tests/data/word/blind9/expect9.json
# expect9.json maps each file (beside it) to `synlig`, words that must occur exactly once in
# `BINARY extract --format json` (text in text boxes, content controls, notes, inserted
# rows ...), and `osynlig`, words that must not occur at all (deleted, hidden, comments,
# a dropdown's unchosen items, field instructions), and (blind10 on) `fraser`, word sequences
# that must occur in the text in that order (a list number before its heading, a field's
# result in its sentence; compared as lower-case \w+ words), and (blind11 on) `exakt`, strings
# that must occur as written, case and all (capitals set by w:caps). Prints per file what is
# missing, doubled or wrongly read, and a total.
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
    seq = " ".join([""] + re.findall(r"\w+", text.lower()) + [""])
    phrases = want.get("fraser", [])
    lost = [f for f in phrases if " ".join([""] + re.findall(r"\w+", f.lower()) + [""]) not in seq]
    flat = " ".join(text.split())
    lost += [f"={f}" for f in want.get("exakt", []) if f not in flat]
    phrases = phrases + want.get("exakt", [])
    tot.update(files=1, seen=len(want["synlig"]), ok=ok, unseen=len(want["osynlig"]), wrong=len(wrong),
               phrases=len(phrases), lost=len(lost))
    print(f"{name:28} seen {ok:2}/{len(want['synlig']):<2} not seen {len(want['osynlig']) - len(wrong):2}/"
          f"{len(want['osynlig']):<2}"
          + (f" phrases {len(phrases) - len(lost):2}/{len(phrases):<2}" if phrases else "")
          + (f"  missing {' '.join(missing)}" if missing else "")
          + (f"  doubled {' '.join(doubled)}" if doubled else "") + (f"  read {' '.join(wrong)}" if wrong else "")
          + "".join(f"  lost «{f}»" for f in lost))
print(f"TOTAL {tot['files']} files: visible markers read once {tot['ok']}/{tot['seen']}, "
      f"hidden markers left out {tot['unseen'] - tot['wrong']}/{tot['unseen']}"
      + (f", phrases read {tot['phrases'] - tot['lost']}/{tot['phrases']}" if tot["phrases"] else "")
      + (f", {tot['error']} errors" if tot["error"] else ""))
