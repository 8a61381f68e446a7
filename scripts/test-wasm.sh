#!/usr/bin/env bash
# Runs the browser unit tests in headless Chromium: the components (tests/browser_components.rs)
# and progressive hydration with the behaviours of Yew it relies on (tests/browser_hydration.rs).
#   scripts/test-wasm.sh [extra cargo test arguments, e.g. a test name filter]
# Needs the wasm32-unknown-unknown target, wasm-bindgen-cli (wasm-bindgen-test-runner) at the
# version Cargo.lock pins, Debian chromium at /usr/bin/chromium and chromedriver (see
# webdriver.json and .cargo/config.toml). Do not pass -q: cargo forwards it to the runner,
# which rejects it.
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
cargo test --target wasm32-unknown-unknown --test browser_components --test browser_hydration "$@"
