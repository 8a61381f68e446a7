#!/usr/bin/env bash
# One command: installs what is missing, then runs every test and exits non-zero on any failure.
#   0. formatting and lints: rustfmt and clippy, warnings as errors
#   1. host: cargo test (data compiler, data, dates, filtering, URL state, reducer, axis,
#      renderer, security policy, languages); the accepted mutants still exist; the build's
#      own scripts (node --test scripts/)
#   2. dependencies: licences, duplicates and sources; npm audit
#   3. fuzzing the URL parsers for a short while (FUZZ_SECONDS, default 30)
#   4. browser unit tests: wasm-bindgen-test in headless Chromium
#   5. end to end: the release build under a sub-path, driven by playwright-core in Chromium;
#      then the hydration tests again on a build that hydrates in one pass
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh test

printf '\n== Formatting and lints\n'
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets --all-features -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings

printf '\n== Host tests\n'
cargo test --locked --workspace --all-features
# Running the mutants takes half an hour (scripts/mutants.sh); checking that the accepted list
# still names mutants of the code as it is takes a second.
bash scripts/mutants.sh check-list
node --test scripts/

printf '\n== Dependencies\n'
bash scripts/check-deps.sh

printf '\n== Fuzzing the query-string and path parsers\n'
bash scripts/fuzz.sh --seconds "${FUZZ_SECONDS:-30}"

printf '\n== Browser unit tests (wasm-bindgen-test in Chromium)\n'
bash scripts/test-wasm.sh

# Each test has its own time limit (e2e/harness.mjs). Node 20 applies --test-timeout to a whole
# file, so this one is only the last guard against a file that hangs outside any test.
e2e() { node --test --test-concurrency=1 --test-timeout=1200000 "$@"; }

printf '\n== End-to-end tests (release build served under /timeline/)\n'
site=target/site-e2e
rm -rf "$site"
PUBLIC_URL=/timeline/ bash scripts/build.sh "$site"
E2E_SITE="$site" E2E_MOUNT=/timeline/ e2e e2e/

printf '\n== Hydration in one pass (the feature hydrate-in-one-pass, for bisecting)\n'
one_pass=target/site-e2e-one-pass
rm -rf "$one_pass"
CARGO_FEATURES=hydrate-in-one-pass PUBLIC_URL=/timeline/ bash scripts/build.sh "$one_pass"
E2E_SITE="$one_pass" E2E_MOUNT=/timeline/ e2e e2e/prerender.test.mjs
