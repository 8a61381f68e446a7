#!/usr/bin/env bash
# Minifies, in place, the app's JavaScript glue and trunk's stylesheet in a folder trunk has
# just built into, and shortens the names the WebAssembly imports from its glue:
#   scripts/minify.sh DIST
# esbuild rather than trunk's own minifier, which leaves wasm-bindgen's output as it is or
# breaks it (trunk issues 761 and 1044). Runs before the pages are pre-rendered, since they
# name the stylesheet by a hash of what it holds.
set -euo pipefail
# A file name the patterns below no longer match stops the build, rather than ship unminified.
shopt -s failglob
dist=$(realpath "${1:?name the folder trunk built into}")
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

esbuild --minify --log-level=warning --allow-overwrite --outdir="$dist" "$dist"/peace-timeline-*.js "$dist"/style-*.css
for wasm in "$dist"/peace-timeline-*_bg.wasm; do
  node scripts/shorten-wasm-imports.mjs "${wasm%_bg.wasm}.js" "$wasm"
done
