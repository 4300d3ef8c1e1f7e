#!/usr/bin/env python3
"""Derive one structured source (pandoc Markdown) per corpus document.

Input: the layout kommission reports for the corpus PDF (`kommission extract --format json
corpus/ID.pdf`: pages of lines with size/bold/italic/block) and the page truth
(tests/data/ID.truth.json). Output: Markdown on stdout whose words are exactly the truth's
words, page by page, with the structure the layout shows:

* a block in a larger size than the body is a heading (levels by size, largest first);
* a block starting with "N." (a number and a full stop) is an item of a numbered list with that
  number; lists are broken where the numbers do not follow on;
* bold or italic blocks (every line bold/italic) keep their emphasis; so do bold or italic
  lines inside a block;
* a block whose first word ends in ':' and is capitalised gets that word as a bold run-in
  label (the layout gives bold per line only, and the label shares its line with the text);
* page breaks where the truth's pages break (raw blocks for LaTeX, HTML, ms and OOXML: each
  pandoc writer keeps its own and drops the others); an empty page stays an empty page.

With --table, the first page's label/value rows (a line at the left edge followed by lines
further right, as in a protocol's header) become a two-column pipe table instead.

The script checks that the words it writes, page by page, are the truth's words, and fails
otherwise.
"""

import argparse
import json
import re
import string
import sys
from collections import Counter

ESCAPE = set(string.punctuation)


def esc(text):
    return "".join("\\" + c if c in ESCAPE else c for c in text)


def words(text):
    return text.split()


PAGE_BREAK = """
```{=latex}
\\clearpage
```

```{=html}
<div class="page-break"></div>
```

```{=ms}
.bp
```

```{=openxml}
<w:p><w:r><w:br w:type="page"/></w:r></w:p>
```
"""

EMPTY_PAGE = """
```{=latex}
\\null
```

```{=html}
<div class="empty-page"></div>
```

```{=ms}
\\&
```
"""

LIST_SEPARATOR = "\n<!-- -->\n"

LIST_ITEM = re.compile(r"^(\d{1,3})\.\s+(.*)$", re.S)
RUN_IN = re.compile(r"^([A-ZÅÄÖ][\w\-åäöÅÄÖ]*:)\s+(.*)$", re.S)


def body_size(pages):
    sizes = Counter()
    for page in pages:
        for line in page["lines"]:
            sizes[round(line["size"] * 2) / 2] += len(line["text"])
    return sizes.most_common(1)[0][0]


def heading_levels(pages, body):
    """Sizes clearly above the body size, largest first, mapped to levels 1..3."""
    big = sorted(
        {round(l["size"] * 2) / 2 for p in pages for l in p["lines"] if l["size"] >= body + 1.5},
        reverse=True,
    )
    return {s: min(i + 1, 3) for i, s in enumerate(big)}


def starts_item(text):
    return bool(re.match(r"^(\d{1,3}\.|-)\s", text))


def paragraphs(page, levels):
    """Split the page's lines into paragraphs: a new one where the block, the size or the
    boldness changes, where a list item ("N. ", "- ") starts, or where the left edge moves
    (except a list item's hanging indent; a heading's lines may be centred). Italic lines
    inside a paragraph stay in it."""
    out = []
    for line in page["lines"]:
        if out:
            first = out[-1][0]
            item = starts_item(first["text"])
            same = (
                first["block"] == line["block"]
                and abs(first["size"] - line["size"]) <= 0.25
                and first["bold"] == line["bold"]
                and not starts_item(line["text"])
                and (
                    abs(first["x"] - line["x"]) <= 2
                    or (item and line["x"] > first["x"])
                    or round(first["size"] * 2) / 2 in levels
                )
            )
            if same:
                out[-1].append(line)
                continue
        out.append([line])
    return out


def short_lines(page):
    """Lines much shorter than the page's full lines: their line break is the author's."""
    widths = [l["width"] for l in page["lines"]]
    full = max(widths) if widths else 0
    return {id(l) for l in page["lines"] if l["width"] < 0.6 * full}


def styled(lines, whole_bold, whole_italic, short):
    """The paragraph's text with emphasis for lines that differ from its style, and a hard
    line break after a short line that is not the last."""
    parts = []
    for i, line in enumerate(lines):
        t = esc(line["text"].strip())
        if line["bold"] and not whole_bold:
            t = f"**{t}**"
        if line["italic"] and not whole_italic:
            t = f"*{t}*"
        if i + 1 < len(lines) and id(line) in short:
            t += "\\\n"
        else:
            t += " "
        parts.append(t)
    return "".join(parts).strip()


def render_table(rows):
    # A pipe table's first row is its header: the first label/value row becomes the header,
    # so no invented words are added.
    out = []
    for i, (label, values) in enumerate(rows):
        value = " ".join(values)
        out.append(f"| {esc(label)} | {esc(value)} |")
        if i == 0:
            out.append("|---|---|")
    return "\n".join(out)


def render_page(page, levels, as_table):
    out = []
    if as_table:
        return render_table_page(page, levels)
    short = short_lines(page)
    last_number = None
    for para in paragraphs(page, levels):
        size = round(para[0]["size"] * 2) / 2
        bold = all(l["bold"] for l in para)
        italic = all(l["italic"] for l in para)
        raw = " ".join(l["text"].strip() for l in para)
        if size in levels:
            out.append("#" * levels[size] + " " + " ".join(esc(l["text"].strip()) for l in para))
            last_number = None
            continue
        text = styled(para, bold, italic, short)
        m = LIST_ITEM.match(raw)
        if m:
            number = int(m.group(1))
            # drop the escaped "N\." from the front of the styled text
            rest = re.sub(r"^(\*\*|\*)?" + m.group(1) + r"\\\.\s*", r"\1", text)
            if bold:
                rest = f"**{rest}**"
            if italic:
                rest = f"*{rest}*"
            if last_number is not None and number != last_number + 1:
                out.append(LIST_SEPARATOR.strip())
            out.append(f"{number}. {rest}")
            last_number = number
            continue
        if last_number is not None:
            out.append(LIST_SEPARATOR.strip())
        last_number = None
        r = RUN_IN.match(raw)
        if r and not bold:
            label = esc(r.group(1))
            text = text[len(label):].lstrip()
            text = f"**{label}** {text}"
        if bold:
            text = f"**{text}**"
        if italic:
            text = f"*{text}*"
        out.append(text)
    return out


def render_table_page(page, levels):
    """Label/value rows (a line near the left edge, then the lines further right) as pipe
    tables; a heading-sized line ends a table and stands as a heading."""
    left = min(l["x"] for l in page["lines"])
    out, rows = [], []

    def flush():
        if rows:
            out.append(render_table(rows))
            rows.clear()

    for line in page["lines"]:
        size = round(line["size"] * 2) / 2
        text = line["text"].strip()
        if size in levels:
            flush()
            out.append("#" * levels[size] + " " + esc(text))
        elif line["x"] < left + 20 or not rows:
            rows.append([text, []])
        else:
            rows[-1][1].append(text)
    flush()
    return out


def plain_words(md):
    """The words a Markdown fragment prints (emphasis, escapes, raw blocks removed)."""
    md = re.sub(r"```\{=[a-z]+\}.*?```", " ", md, flags=re.S)
    md = md.replace("<!-- -->", " ")
    md = re.sub(r"^\|---\|---\|$", " ", md, flags=re.M)
    md = re.sub(r"^#+ ", "", md, flags=re.M)
    md = re.sub(r"(?<!\\)\|", " ", md)
    md = re.sub(r"(?<!\\)\*+", "", md)
    md = re.sub(r"\\\n", " ", md)
    md = re.sub(r"\\(.)", r"\1", md)
    return md.split()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("layout", help="kommission extract --format json output")
    ap.add_argument("truth", help="tests/data/ID.truth.json")
    ap.add_argument("--table", action="store_true", help="first page's rows as a table")
    a = ap.parse_args()
    layout = json.load(open(a.layout, encoding="utf-8"))
    truth = json.load(open(a.truth, encoding="utf-8"))
    pages = layout["pages"]
    body = body_size(pages)
    levels = heading_levels(pages, body)
    title = truth.get("title") or layout.get("title") or ""
    out = ["\n".join(["---", f"title-meta: {json.dumps(title, ensure_ascii=False)}", "lang: sv", "---"])]
    assert len(pages) == len(truth["pages"]), "page count differs from the truth"
    for i, (page, tp) in enumerate(zip(pages, truth["pages"])):
        if i > 0:
            out.append(PAGE_BREAK)
        rendered = render_page(page, levels, a.table and i == 0)
        got = plain_words("\n\n".join(rendered))
        want = words(tp["text"])
        if got != want:
            for k, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    break
            sys.exit(f"page {tp['number']}: words differ at {k}: {got[k:k+5]} vs {want[k:k+5]}")
        if not rendered:
            out.append(EMPTY_PAGE)
        out.append("\n\n".join(rendered))
    print("\n\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
