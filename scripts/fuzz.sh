#!/usr/bin/env bash
# Fuzzes the query-string and path parsers (fuzz/), starting from e2e/hostile-urls.txt.
#   scripts/fuzz.sh [--seconds N | --runs N] [--seed N] [CORPUS-FILE...]   (default: 60 seconds)
# Exits non-zero on the first failure, saying how to run to it again.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo run --quiet --locked --offline --profile fuzz -p peace-timeline-fuzz -- "$@"
