#!/usr/bin/env python3
"""Score kommission and pdftotext on every PDF of the producer matrix against the truth.

Usage (from the repository root, after `cargo build`):
    python3 tests/data/producers/measure.py [path/to/kommission] [FILE-SUBSTRING ...]

kommission extracts with --no-ocr unless OCR=1 is set (then pages whose glyphs cannot be read
are OCR'd from their rendering, as ingest does; needs pdftoppm and tesseract with swe).
Names after the binary keep only the files whose name contains one of them
(e.g. `OCR=1 python3 tests/data/producers/measure.py target/release/kommission mupdf`).

Needs: pdftotext (poppler-utils), python3 with rapidfuzz (`pip install rapidfuzz`).
Prints one row per file: producer, pages (kommission/pdftotext/truth), the character error
rate of each (Levenshtein distance of the whitespace-normalised page text to the truth's page
text, summed over pages, over the truth's characters; pages compared one to one) and the
number of list numbers glued to the next word ("10.Gör").
"""

import json
import os
import re
import subprocess
import sys

from rapidfuzz.distance import Levenshtein

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/debug/kommission")
GLUED = re.compile(r"^\d{1,3}\.[^\W\d_]")


def norm(s):
    return " ".join(s.split())


def cer(pages, truth):
    dist = sum(Levenshtein.distance(norm(p), t) for p, t in zip(pages, truth))
    # pages missing on either side count in full
    dist += sum(len(t) for t in truth[len(pages):]) + sum(len(norm(p)) for p in pages[len(truth):])
    return dist / max(1, sum(len(t) for t in truth))


def glued(pages):
    return sum(1 for p in pages for w in p.split() if GLUED.match(w))


ONLY = sys.argv[2:]
OCR = os.environ.get("OCR") == "1"


def kommission_pages(pdf):
    out = subprocess.run([BIN, "extract", "--format", "json"] + ([] if OCR else ["--no-ocr"]) + [pdf],
                         capture_output=True, check=True).stdout
    return [p["text"] for p in json.loads(out)["pages"]]


def pdftotext_pages(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def main():
    rows = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".pdf") or (ONLY and not any(o in name for o in ONLY)):
            continue
        doc_id, producer = name[:-4].split(".", 1)
        # the corpus' truths are in tests/data; a text written for the matrix keeps its own here
        truth_path = os.path.join(HERE, doc_id + ".truth.json")
        if not os.path.exists(truth_path):
            truth_path = os.path.join(ROOT, "tests/data", doc_id + ".truth.json")
        truth = [p["text"] for p in json.load(open(truth_path, encoding="utf-8"))["pages"]]
        path = os.path.join(HERE, name)
        k = kommission_pages(path)
        p = pdftotext_pages(path)
        rows.append((name, len(k), len(p), len(truth), cer(k, truth), cer(p, truth),
                     glued(k), glued(p)))
    print(f"{'file':52} {'pages k/p/t':>11} {'CER k':>7} {'CER ptt':>7} {'glued k/p':>9}")
    for r in rows:
        print(f"{r[0]:52} {r[1]:>3}/{r[2]}/{r[3]:<3} {r[4]:7.4f} {r[5]:7.4f} {r[6]:>4}/{r[7]}")


if __name__ == "__main__":
    main()
