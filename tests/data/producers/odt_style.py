#!/usr/bin/env python3
"""Restyle pandoc's .odt for make.sh: a paragraph style KPageBreak (the page breaks of the
source, written as raw opendocument paragraphs), justified body text of the given size, and
optionally A4 margins and small-caps level-2 headings.

    python3 odt_style.py IN.odt OUT.odt --size 9.5pt [--margins 1.8cm] [--small-caps-headings]
"""
import argparse
import re
import zipfile

ap = argparse.ArgumentParser()
ap.add_argument("src")
ap.add_argument("out")
ap.add_argument("--size", required=True)
ap.add_argument("--margins")
ap.add_argument("--small-caps-headings", action="store_true")
args = ap.parse_args()

with zipfile.ZipFile(args.src) as z:
    parts = {n: z.read(n) for n in z.namelist()}
    order = z.namelist()
brk = ('<style:style style:name="KPageBreak" style:family="paragraph" '
       'style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/>'
       '</style:style>')
content = parts["content.xml"].decode("utf-8")
content = content.replace("<office:automatic-styles>", "<office:automatic-styles>" + brk, 1)
parts["content.xml"] = content.encode("utf-8")
styles = parts["styles.xml"].decode("utf-8")
# Justified body text of the given size (pandoc's default style has pair kerning on).
styles = re.sub(r'<style:default-style style:family="paragraph">(.*?)</style:default-style>',
                lambda m: re.sub(r' fo:(?:font-size|text-align)="[^"]*"', "", m.group(0)).replace(
                    "<style:paragraph-properties",
                    '<style:paragraph-properties fo:text-align="justify"', 1).replace(
                    "<style:text-properties",
                    f'<style:text-properties fo:font-size="{args.size}"', 1),
                styles, count=1, flags=re.S)
if args.margins:
    m = args.margins
    styles = re.sub(r'(<style:page-layout-properties)[^>]*?(/?>)',
                    rf'\1 fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{m}" '
                    rf'fo:margin-bottom="{m}" fo:margin-left="{m}" fo:margin-right="{m}"\2',
                    styles, count=1)
if args.small_caps_headings:
    styles = re.sub(r'(<style:style style:name="Heading_20_2"[^>]*>.*?<style:text-properties)',
                    r'\1 fo:font-variant="small-caps"', styles, count=1, flags=re.S)
parts["styles.xml"] = styles.encode("utf-8")
with zipfile.ZipFile(args.out, "w") as z:
    for name in order:
        method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
        z.writestr(name, parts[name], compress_type=method)
