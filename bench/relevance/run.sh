#!/usr/bin/env bash
# Relevance benchmark: kommission vs SQLite FTS5 and Snowball BM25 on judged queries.
# Usage: bench/relevance/run.sh [--set corpus|sv] [--docs DIR] [--index DIR] [--verbose] [--pool]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec cargo run --quiet --release --example bench_relevance -- "$@"
