#!/usr/bin/env bash
# Builds the release site into a folder and pre-renders every page into it.
#   scripts/build.sh [DIST]      (default: dist)
# PUBLIC_URL: the sub-path the site is served under (default /), e.g. PUBLIC_URL=/timeline/
# SITE_ORIGIN: the origin canonical links and link previews name (default http://127.0.0.1:8080)
# Extra cargo features for both browser builds: CARGO_FEATURES (e.g. hydrate-in-one-pass).
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${1:-dist}
export PUBLIC_URL=${PUBLIC_URL:-/}
export PATH="$PWD/node_modules/.bin:$PATH"
features=${CARGO_FEATURES:-}
source scripts/wasm-rustflags.sh

# The English pages load the default build; the Korean pages a build of their own, which
# carries the Korean texts only (see build.rs). Its trunk output goes aside, and only what
# differs (its page template and its hashed JavaScript and WebAssembly) joins the site.
trunk build --release --public-url "$PUBLIC_URL" --dist "$dist" ${features:+--features "$features"}
korean=target/trunk-ko/$(basename "$dist")
rm -rf "$korean"
trunk build --release --public-url "$PUBLIC_URL" --dist "$korean" --features "ko${features:+,$features}"
mkdir -p "$dist/ko"
cp "$korean/index.html" "$dist/ko/index.html"
cp "$korean"/peace-timeline-*.js "$korean"/peace-timeline-*_bg.wasm "$dist/"
bash scripts/minify.sh "$dist"
cargo run --quiet --profile prerender --features "ssr${features:+,$features}" --bin prerender -- "$dist"
