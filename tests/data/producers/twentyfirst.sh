#!/usr/bin/env bash
# The twenty-first blind round of the producer matrix (2026-12-05, fifteenth session): page
# layouts no earlier round used, as municipal archives hold them, measured with main's binary
# (5cebc83) before any rule looked at them. Run from the repository root:
#   bash tests/data/producers/twentyfirst.sh
#   num-table, label-rows, chapter-head, landscape-page, foot-rule, distributed, tight-title,
#   cols2-offset   hand-made PDFs from the source (twentyfirst.py says how each is made).
source "$(dirname "$0")/common.sh"
py_kinds twentyfirst.py num-table label-rows chapter-head landscape-page foot-rule distributed tight-title cols2-offset
