#!/usr/bin/env bash
# Relevance benchmark: kommission vs SQLite FTS5 on the judged queries of queries.json.
# Usage: bench/relevance/run.sh [--pipeline] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec cargo run --quiet --example bench_relevance -- "$@"
