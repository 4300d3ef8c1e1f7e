"""The HTML that both structure generators (plans/make.py, protocols/make.py) give Chromium and WeasyPrint.

Chromium (headless, print to PDF) is one more producer (Skia) for the generated shapes: each
generator writes its blocks as HTML on this page style and prints it with `chromium_pdf`.
"""
import os
import subprocess


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


HTML_HEAD = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2.2cm 2.2cm 2.6cm 2.2cm; }
@page wide { size: A4 landscape; margin: 2cm; }
body { font-family: "Liberation Sans", sans-serif; font-size: 10pt; line-height: 1.3; }
p { margin: 0 0 4pt 0; }
h1 { font-size: 15pt; margin: 12pt 0 6pt 0; }
h2 { font-size: 12.5pt; margin: 10pt 0 4pt 0; }
h3 { font-size: 11pt; margin: 8pt 0 4pt 0; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; }
table.grid td, table.grid th { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.plain td { padding: 1pt 8pt 1pt 0; vertical-align: top; }
td.label { width: 4.6cm; }
.page { break-after: page; }
.wide { page: wide; }
.footer { position: fixed; bottom: -1.6cm; left: 0; right: 0; font-size: 8pt; display: flex; justify-content: space-between; }
.header { position: fixed; top: -1.6cm; left: 0; right: 0; font-size: 8pt; }
.tab { display: inline-block; min-width: 2.4cm; }
.right { float: right; }
.toc { display: flex; } .toc .dots { flex: 1; border-bottom: 1pt dotted #000; margin: 0 4pt 3pt 4pt; }
ol.tree, ol.tree ol { list-style: none; padding-left: 0; margin: 0; }
ol.tree > li { counter-increment: goal; margin-left: 0.8cm; }
ol.tree { counter-reset: goal; }
ol.tree > li::before { content: counter(goal) ".\\00a0\\00a0"; margin-left: -0.8cm; display: inline-block; width: 0.8cm; }
ol.tree ol { counter-reset: act; }
ol.tree ol > li { counter-increment: act; margin-left: 1cm; }
ol.tree ol > li::before { content: counter(goal) "." counter(act) "\\00a0\\00a0"; margin-left: -1cm; display: inline-block; width: 1cm; }
</style></head><body>
"""


def chromium_pdf(html, work, name, env):
    """Chromium's PDF of `html` (headless, no header or footer of its own)."""
    src = os.path.join(work, f"{name}.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    out = os.path.join(work, f"{name}.chrome.pdf")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", f"file://{src}"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        timeout=120,
    )
    return out


def weasyprint_pdf(html, work, name, env):
    """WeasyPrint's PDF of `html` (its own layout engine and PDF writer, not Chromium's)."""
    src = os.path.join(work, f"{name}.weasy.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    out = os.path.join(work, f"{name}.weasy.pdf")
    subprocess.run(["weasyprint", src, out], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=env, timeout=120)
    return out
