#!/usr/bin/env python3
"""Move one document's judged pages to its new page numbers after a reader change re-pages it.

usage: remap_pages.py DOC_ID OLD_BIN NEW_BIN FILE [queries.json]

Both binaries extract FILE (`extract --format json`). Each old page maps to the new pages that
hold at least 25 % of its word trigrams found on no other old page (so running headers and
boilerplate do not count); a new page takes the highest grade mapped to it. The queries file is
rewritten in place and the map is printed.
"""
import collections, json, re, subprocess, sys

def pages(binary, path):
    out = subprocess.run([binary, "extract", "--format", "json", path],
                         capture_output=True, text=True, check=True).stdout
    d = json.loads(out)
    ps = d["pages"] if isinstance(d, dict) else d[0]["pages"]
    return {p["number"]: p["text"] for p in ps}

def trigrams(text):
    w = re.findall(r"\w+", text.lower())
    return set(zip(w, w[1:], w[2:]))

def main():
    doc, old_bin, new_bin, path = sys.argv[1:5]
    qpath = sys.argv[5] if len(sys.argv) > 5 else "bench/relevance-sv/queries.json"
    old = {k: trigrams(v) for k, v in pages(old_bin, path).items()}
    new = {k: trigrams(v) for k, v in pages(new_bin, path).items()}
    seen = collections.Counter(t for s in old.values() for t in s)
    moved = {}
    for k, t in old.items():
        own = {x for x in t if seen[x] == 1}
        if not own:
            moved[k] = []
            continue
        hits = [j for j, s in new.items() if len(own & s) >= 0.25 * len(own)]
        moved[k] = hits or [max(new, key=lambda j: len(own & new[j]))]
    print(json.dumps(moved))
    q = json.load(open(qpath))
    for query in q["queries"]:
        graded = {}
        for key, grade in (query.get("relevant") or {}).items():
            d, _, p = key.rpartition("#")
            targets = [f"{d}#{j}" for j in moved.get(int(p), [])] if d == doc else [key]
            for t in targets:
                graded[t] = max(graded.get(t, -1), grade)
        query["relevant"] = graded
    with open(qpath, "w") as f:
        json.dump(q, f, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
