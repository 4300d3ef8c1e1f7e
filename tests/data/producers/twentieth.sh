#!/usr/bin/env bash
# The twentieth blind round of the producer matrix (2026-12-04, fourteenth session): page layouts
# no earlier round used, as municipal archives hold them, measured with main's binary (b52c56b)
# before any rule looked at them. Run from the repository root:  bash tests/data/producers/twentieth.sh
#   fakta-sidebar, reservation-col, cols2-break, figure-caption, nbsp-gaps, align-mix, list-2col,
#   indent-paras   hand-made PDFs from the source (twentieth.py says how each is made).
source "$(dirname "$0")/common.sh"
py_kinds twentieth.py fakta-sidebar reservation-col cols2-break figure-caption nbsp-gaps align-mix list-2col indent-paras
