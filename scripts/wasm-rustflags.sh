# Sourced by the scripts that build the release wasm (scripts/build.sh, bench/profile-wasm.sh).
# Panic messages in the wasm name the source file they come from, and for a dependency that
# path starts with the builder's cargo registry folder. Cutting that prefix off keeps the
# builder's folders out of the shipped file, makes the wasm the same on every machine with the
# same toolchain and lock file, and saves 2 KB. Cargo keeps builds with other flags apart, so
# the browser unit tests' builds are not thrown away.
registry=${CARGO_HOME:-$HOME/.cargo}/registry/src
# rustc applies the last prefix that matches: the folder of each registry, where there is one
# yet, and otherwise the folder of all of them.
remaps=("--remap-path-prefix=$registry/=")
for source in "$registry"/*/; do
  [[ -d $source ]] && remaps+=("--remap-path-prefix=$source=")
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remaps[*]}"
unset registry remaps source
