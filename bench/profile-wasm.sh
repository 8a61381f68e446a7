#!/usr/bin/env bash
# A size profile of the browser's wasm: what its bytes are spent on, by function.
#
#   bash bench/profile-wasm.sh
#
# Builds the wasm as the release does (trunk's steps: cargo build of the browser binary with
# the release profile and the features index.html asks for, wasm-bindgen --target=web, then
# wasm-opt at index.html's level), except that wasm-opt keeps the function names
# (--debuginfo): without them, which is how the release ships, a profile names nothing. Then
# prints, from twiggy: the top items by retained size (an item and everything only it keeps
# alive) and by shallow size (its own bytes), the items nothing reaches (twiggy garbage), and
# the totals; and from wasm-opt --func-metrics the functions with the most instructions.
#
# The names section is itself an item in the profile (the release has none): the totals
# below say how big the same build is without it. Everything goes to target/wasm-profile/,
# with its own cargo target folder: the release build, its outputs and bench/run.sh's builds
# are left as they are. Installs twiggy (cargo install --locked) if missing. Set
# TIMELINE_DATA to profile the app built for another data file.
set -euo pipefail
cd "$(dirname "$0")/.."

TWIGGY_VERSION=0.8.0
TOP_ITEMS=15
out=$PWD/target/wasm-profile
export CARGO_TARGET_DIR=$out/cargo
export PATH="$PWD/node_modules/.bin:$PATH"
# The release's flags, so that the profile is of the same code.
source scripts/wasm-rustflags.sh

if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt $TWIGGY_VERSION" ]; then
  printf '== twiggy %s (a few minutes, once)\n' "$TWIGGY_VERSION"
  cargo install --locked twiggy --version "$TWIGGY_VERSION"
fi
if ! command -v wasm-opt >/dev/null || ! command -v wasm-bindgen >/dev/null; then
  echo "bench/profile-wasm.sh: needs wasm-opt (npm ci) and wasm-bindgen (bash scripts/setup.sh)" >&2
  exit 1
fi

# What index.html tells trunk about the browser build. An attribute this script does not
# know could change the build: it stops rather than profile something else.
rust_link=$(grep -o '<link data-trunk rel="rust"[^>]*>' index.html)
attribute() { sed -n "s/.* $1=\"\([^\"]*\)\".*/\1/p" <<<"$rust_link"; }
for name in $(grep -o ' data-[a-z-]*' <<<"$rust_link"); do
  case "$name" in
    data-trunk | data-bin | data-wasm-opt | data-wasm-opt-params | data-integrity | data-cargo-features | data-cargo-no-default-features | data-cargo-all-features) ;;
    *) echo "bench/profile-wasm.sh: index.html's rust link has $name, which this script does not reproduce" >&2; exit 1 ;;
  esac
done
bin=$(attribute data-bin)
# trunk names wasm-bindgen's output after the binary (else the package); the name is in every
# import of the wasm, so it counts in the size.
name=${bin:-$(awk -F'"' '/^name = / { print $2; exit }' Cargo.toml)}
level=$(attribute data-wasm-opt)
# Further wasm-opt flags, which trunk passes after the level.
read -ra opt_params <<<"$(attribute data-wasm-opt-params)"
cargo_flags=(--release --target=wasm32-unknown-unknown --offline)
[ -n "$bin" ] && cargo_flags+=(--bin "$bin")
[ -n "$(attribute data-cargo-features)" ] && cargo_flags+=(--features "$(attribute data-cargo-features)")
grep -q 'data-cargo-no-default-features' <<<"$rust_link" && cargo_flags+=(--no-default-features)
grep -q 'data-cargo-all-features' <<<"$rust_link" && cargo_flags+=(--all-features)
# trunk's default level in a release build is -O (wasm-opt's own default); "0" skips wasm-opt.
case "$level" in
  "") opt_level=-O ;;
  0) opt_level= ;;
  *) opt_level=-O$level ;;
esac

printf '== cargo build %s (data: %s)\n' "${cargo_flags[*]}" "${TIMELINE_DATA:-assets/timeline.json}"
cargo build "${cargo_flags[@]}"
artifact=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/$name.wasm

printf '== wasm-bindgen %s\n' "$(wasm-bindgen --version)"
rm -rf "$out/bindgen"
wasm-bindgen --target=web --out-dir="$out/bindgen" --out-name="$name" --no-typescript "$artifact"
bound=$out/bindgen/${name}_bg.wasm

printf '== %s %s, with and without names\n' "$(wasm-opt --version)" "${opt_level:-(skipped, as index.html asks)} ${opt_params[*]}"
named=$out/$name-named.wasm
shipped=$out/$name-as-shipped.wasm
if [ -n "$opt_level" ]; then
  wasm-opt "$opt_level" "${opt_params[@]}" --debuginfo --output="$named" "$bound"
  wasm-opt "$opt_level" "${opt_params[@]}" --output="$shipped" "$bound"
else
  cp "$bound" "$named"
  wasm-opt --strip-debug --output="$shipped" "$bound"
fi

size() { stat -c %s "$1"; }
gzipped() { gzip -9 -c "$1" | wc -c; }
printf '\n== Totals\n'
printf '%-58s %9s bytes, %9s gzip -9\n' "profiled (names kept): $(basename "$named")" "$(size "$named")" "$(gzipped "$named")"
printf '%-58s %9s bytes, %9s gzip -9\n' "the same build as the release ships it (no names)" "$(size "$shipped")" "$(gzipped "$shipped")"
printf '%-58s %9s bytes\n' "so the names section and what it keeps take" "$(($(size "$named") - $(size "$shipped")))"
# Keeping names may change what wasm-opt does a little; this says how much. The release strips
# the section that lists the wasm features the module uses (--strip-target-features), so
# wasm-opt reading it again must be told to accept them all.
read_again=(wasm-opt --all-features)
"${read_again[@]}" "$named" --strip-debug --strip-producers --strip-target-features --output="$out/$name-named-stripped.wasm"
printf '%-58s %9s bytes\n' "profiled file with its names stripped again, for comparison" "$(size "$out/$name-named-stripped.wasm")"
# A check that these steps are the release's: bench/run.sh's last release build, by trunk.
for release_wasm in target/bench/release/site/*_bg.wasm; do
  if [ -f "$release_wasm" ]; then
    if cmp -s "$release_wasm" "$shipped"; then same='byte for byte the same as above'; else same='NOT the same as above: built from other sources, or the steps differ'; fi
    printf '%-58s %9s bytes, %s\n' "bench/run.sh's last release site (trunk)" "$(size "$release_wasm")" "$same"
  fi
done

printf '\n== Top %d items by retained size (twiggy top --retained)\n' "$TOP_ITEMS"
echo 'table[0] and elem[0] are the table of functions called through a pointer (closures, trait objects):'
echo 'they retain nearly everything. The "function names" subsection is the names kept for this profile.'
twiggy top -n "$TOP_ITEMS" --retained "$named"
printf '\n== Top %d items by shallow size (twiggy top)\n' "$TOP_ITEMS"
twiggy top -n "$TOP_ITEMS" "$named"
printf '\n== Items nothing reaches from an export (twiggy garbage), top %d\n' "$TOP_ITEMS"
twiggy garbage -n "$TOP_ITEMS" "$named"

# --func-metrics prints a block per function; only the largest are worth reading here.
printf '\n== Top %d functions by code bytes (wasm-opt --func-metrics; all of them are in %s)\n' "$TOP_ITEMS" "${out#"$PWD"/}/func-metrics.txt"
"${read_again[@]}" "$named" --func-metrics >"$out/func-metrics.txt" 2>&1
printf '%10s %12s  %s\n' 'bytes' 'instructions' 'function'
awk '/^[a-z]+: / { name = ($1 == "func:") ? substr($0, 7) : ""; bytes = "" }
     name != "" && /^ \[binary-bytes\]/ { bytes = $NF }
     name != "" && /^ \[total\]/ { print bytes "\t" $NF "\t" name; name = "" }' "$out/func-metrics.txt" |
  sort -t$'\t' -k1,1rn | awk -F'\t' -v top="$TOP_ITEMS" 'NR <= top { printf "%10d %12d  %s\n", $1, $2, $3 }'
