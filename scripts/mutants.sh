#!/usr/bin/env bash
# Mutation testing of the functional core with cargo-mutants: it makes small changes to the
# code (a `<` for a `<=`, a function that returns a constant, a deleted `!`) and checks that a
# host test fails for each. See docs/testing.md.
#   bash scripts/mutants.sh        both crates (about 40 minutes on 2 idle cores; more when busy)
#   bash scripts/mutants.sh app    the app's core only (src/)
#   bash scripts/mutants.sh data   the data crate only (dataset/src/)
#   bash scripts/mutants.sh check-list
#                                  a second's check, run by test.sh: every entry of
#                                  mutants/accepted.txt still names a mutant cargo-mutants makes
#                                  (same file, line, column and change), so code that moved
#                                  under an entry is noticed without running the mutants
# Prints, per file, how many mutants were caught, missed, timed out and unviable, and exits
# non-zero if a missed mutant is not in mutants/accepted.txt, or if an entry of that list was
# not missed (so the list stays accurate). Too slow for every test run: not part of test.sh.
#   MUTANTS_JOBS    parallel builds (default 2)
#   PROPTEST_CASES  cases per property test (default 32 here; 256 in the normal test run)
set -euo pipefail
cd "$(dirname "$0")/.."

# The newest release that builds with this project's Rust; keep in step with scripts/setup.sh.
version=27.1.0
if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $version" ]; then
  printf '\n== cargo-mutants %s (a few minutes, once)\n' "$version"
  cargo install --locked cargo-mutants --version "$version"
fi

which=${1:-all}
case "$which" in
  all | app | data | check-list) ;;
  *) echo "scripts/mutants.sh: app, data, check-list, or nothing for both crates (not \"$which\")" >&2; exit 2 ;;
esac

# Each crate's core files, and the tests that run for each of its mutants. The app builds and
# runs its unit tests only (`--lib`, a second): the property tests in tests/ take 100 s a run.
# The data crate runs all of its tests, with the compiler (feature `compile`).
app=(--package peace-timeline
  --file src/filter.rs --file 'src/query/*.rs' --file src/route.rs --file src/timeline.rs
  --file src/axis.rs --file src/export.rs --file src/shortcuts.rs --file src/state.rs
  --file src/embed.rs --file src/page.rs --file src/memo.rs)
data=(--package timeline-data --features timeline-data/compile
  --file 'dataset/src/*.rs' --file 'dataset/src/compile/*.rs')
accepted=mutants/accepted.txt

if [ "$which" = check-list ]; then
  listed=$( (cargo mutants --list "${app[@]}" && cargo mutants --list "${data[@]}") | LC_ALL=C sort)
  gone=$(grep -v -e '^#' -e '^[[:space:]]*$' "$accepted" | sed 's/ # .*$//' | LC_ALL=C sort |
    LC_ALL=C comm -23 - <(echo "$listed"))
  if [ -n "$gone" ]; then
    printf '%s names mutants that cargo-mutants no longer makes (the code moved or changed):\n%s\n' "$accepted" "$gone" >&2
    echo "Run bash scripts/mutants.sh and update the list (see docs/testing.md)." >&2
    exit 1
  fi
  echo "Every entry of $accepted names a mutant of the code as it is."
  exit 0
fi

export PROPTEST_CASES=${PROPTEST_CASES:-32}
# No debug information: every mutant is a build, and this makes each one quicker.
export CARGO_PROFILE_DEV_DEBUG=0 CARGO_PROFILE_TEST_DEBUG=0
out=target/mutants
mkdir -p "$out"
started=$(date +%s)

run() {
  local name=$1
  shift
  printf '\n== Mutants of %s\n' "$name"
  local status=0
  # Niced: the machine is shared. cargo-mutants builds in a copy of the tree, with its own
  # target directory. Exit 2 (missed mutants) and 3 (timeouts) are judged below.
  nice -n 10 cargo mutants --test-tool cargo --jobs "${MUTANTS_JOBS:-2}" --minimum-test-timeout 30 \
    --output "$out/$name" "$@" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 2 ] && [ "$status" -ne 3 ]; then
    echo "cargo-mutants failed on $name (exit $status): see $out/$name/mutants.out/" >&2
    exit 1
  fi
}

runs=()
if [ "$which" != data ]; then
  run app "${app[@]}" --cargo-arg=--lib
  runs+=(app)
fi
if [ "$which" != app ]; then
  run data "${data[@]}"
  runs+=(data)
fi

# One row per file: how its mutants came out.
printf '\n== Mutants per file\n'
for run in "${runs[@]}"; do
  for outcome in caught missed timeout unviable; do
    sed "s/^/$outcome /" "$out/$run/mutants.out/$outcome.txt"
  done
done | awk '
  { split($2, place, ":"); files[place[1]] = 1; count[place[1], $1]++; total[$1]++ }
  END {
    printf "%-30s %7s %7s %8s %9s\n", "file", "caught", "missed", "timeout", "unviable"
    for (f in files)
      printf "%-30s %7d %7d %8d %9d\n", f, count[f, "caught"], count[f, "missed"], count[f, "timeout"], count[f, "unviable"] | "LC_ALL=C sort"
    close("LC_ALL=C sort")
    printf "%-30s %7d %7d %8d %9d\n", "total", total["caught"], total["missed"], total["timeout"], total["unviable"]
  }'

# The missed mutants against the accepted list (each entry: the mutant as cargo-mutants prints
# it, " # ", and why it is equivalent). Only the entries of the crates that ran are compared.
prefix_of() { case $1 in app) echo 'src/' ;; data) echo 'dataset/src/' ;; esac; }
missed=$(for run in "${runs[@]}"; do cat "$out/$run/mutants.out/missed.txt"; done | LC_ALL=C sort)
expected=$(for run in "${runs[@]}"; do
  grep -v -e '^#' -e '^[[:space:]]*$' "$accepted" | sed 's/ # .*$//' | grep -F -- "$(prefix_of "$run")" |
    awk -v prefix="$(prefix_of "$run")" 'index($0, prefix) == 1' || true
done | LC_ALL=C sort)
unaccepted=$(LC_ALL=C comm -23 <(echo "$missed") <(echo "$expected") | grep -v '^$' || true)
stale=$(LC_ALL=C comm -13 <(echo "$missed") <(echo "$expected") | grep -v '^$' || true)

printf '\nTook %d minutes.\n' $(( ($(date +%s) - started + 59) / 60 ))
failed=0
if [ -n "$unaccepted" ]; then
  printf '\nMissed mutants that no test catches and %s does not accept:\n%s\n' "$accepted" "$unaccepted" >&2
  echo "Write a test that fails for each (see docs/testing.md), or, if it behaves exactly as the original, add it to $accepted with why." >&2
  failed=1
fi
if [ -n "$stale" ]; then
  printf '\nEntries of %s that were not missed this time (caught, moved or gone): update the list:\n%s\n' \
    "$accepted" "$stale" >&2
  failed=1
fi
if [ "$failed" -eq 0 ]; then
  echo "Every missed mutant is in $accepted, and every entry there was missed."
fi
exit "$failed"
