#!/usr/bin/env bash
# The twenty-second blind round of the producer matrix (2026-12-05, sixteenth session): page
# features no earlier round used, as municipal archives hold them, measured with main's binary
# (604ee98) before any rule looked at them. Run from the repository root:
#   bash tests/data/producers/twentysecond.sh
#   kern-heads, num-right, band-box, rot-heads, foot-two, gutter-rule, flip-ctm,
#   word-smallcaps   hand-made PDFs from the source (twentysecond.py says how each is made).
source "$(dirname "$0")/common.sh"
py_kinds twentysecond.py kern-heads num-right band-box rot-heads foot-two gutter-rule flip-ctm word-smallcaps
