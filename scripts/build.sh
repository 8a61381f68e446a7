#!/usr/bin/env bash
# Builds the release site into a folder and pre-renders every page into it.
#   scripts/build.sh [DIST]      (default: dist)
# PUBLIC_URL: the sub-path the site is served under (default /), e.g. PUBLIC_URL=/timeline/
# SITE_ORIGIN: the origin canonical links and link previews name (default http://127.0.0.1:8080)
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${1:-dist}
export PUBLIC_URL=${PUBLIC_URL:-/}
export PATH="$PWD/node_modules/.bin:$PATH"

trunk build --release --public-url "$PUBLIC_URL" --dist "$dist"
cargo run --quiet --features ssr --bin prerender -- "$dist"
