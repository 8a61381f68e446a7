#!/usr/bin/env bash
# Installs whatever this project needs and is missing; fast when everything is there.
#   scripts/setup.sh build   what building and serving the site need (scripts/serve.sh)
#   scripts/setup.sh test    that, and what the tests need too (scripts/test.sh)
# Needs: rustup's Rust, Node 20 with npm, root (for apt). Reaches only the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

purpose=${1:-test}
case "$purpose" in
  build | test) ;;
  *) echo "scripts/setup.sh: say what for: build or test (not \"$purpose\")" >&2; exit 2 ;;
esac

step() { printf '\n== %s\n' "$*"; }

# Debian packages: for the tests, Chromium and its driver, pdftotext to read printed pages
# back, and a Hangul font, without which screenshots of Korean pages show empty boxes.
if [ "$purpose" = test ]; then
  packages=()
  command -v chromium >/dev/null || packages+=(chromium)
  command -v chromedriver >/dev/null || packages+=(chromium-driver)
  command -v pdftotext >/dev/null || packages+=(poppler-utils)
  fc-list 2>/dev/null | grep -q "Noto Sans CJK" || packages+=(fonts-noto-cjk)
  if [ ${#packages[@]} -gt 0 ]; then
    step "Debian packages: ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${packages[@]}" >/dev/null
  fi

  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      step "Rust component $component"
      rustup component add "$component"
    fi
  done
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  step "trunk 0.21.14 (a few minutes, once)"
  cargo install --locked trunk --version 0.21.14
fi

# wasm-bindgen's command-line tool must match the library version Cargo.lock pins exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  step "wasm-bindgen-cli $bindgen_version (a few minutes, once)"
  # Its own lock file does not resolve on this toolchain, hence no --locked.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml's [tools] wasm_bindgen must be $bindgen_version, the version Cargo.lock pins" >&2
  exit 1
fi

if [ "$purpose" = test ] && [ "$(cargo deny --version 2>/dev/null)" != "cargo-deny 0.20.2" ]; then
  step "cargo-deny 0.20.2, for the dependency check (a few minutes, once)"
  cargo install --locked cargo-deny --version 0.20.2
fi

if [ "$purpose" = test ] && [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants 27.1.0" ]; then
  step "cargo-mutants 27.1.0, for the mutation testing (a few minutes, once)"
  cargo install --locked cargo-mutants --version 27.1.0
fi

# The npm packages hold wasm-opt and esbuild for the build, and Playwright's driver and axe for
# the tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm packages (wasm-opt, esbuild, Playwright's driver, axe)"
  npm ci --no-audit --no-fund
fi

# trunk builds offline, so every crate must already be here.
cargo fetch --locked >/dev/null
