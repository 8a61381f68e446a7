//! Compiles the timeline's data file into Rust statics, refusing to build on any defect.
//! `TIMELINE_DATA` may name another data file (the benchmark's generated sets use it).
//!
//! A browser build carries the texts of one language: English, or Korean with the feature
//! `ko` (the Korean pages load that build). Everything else (the build-time renderer, the
//! tests) carries both.

use std::{env, fs, path::PathBuf, process};

use timeline_data::compile::Languages;
use timeline_data::language::Language;

const DEFAULT_DATA: &str = "assets/timeline.json";
const SOURCE_TEXT: &str = "assets/source/article.txt";

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| {
        eprintln!("error: cannot read {path}: {error}");
        process::exit(1);
    })
}

fn main() {
    println!("cargo:rerun-if-env-changed=TIMELINE_DATA");
    let data_file = env::var("TIMELINE_DATA").unwrap_or_else(|_| DEFAULT_DATA.to_owned());
    println!("cargo:rerun-if-changed={data_file}");
    println!("cargo:rerun-if-changed={SOURCE_TEXT}");

    let json = read(&data_file);
    let source_text = read(SOURCE_TEXT);
    let browser = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let languages = match (browser, env::var_os("CARGO_FEATURE_KO").is_some()) {
        (false, _) => Languages::All,
        (true, false) => Languages::Only(Language::English),
        (true, true) => Languages::Only(Language::Korean),
    };
    match timeline_data::compile::compile(&data_file, &json, &source_text, languages) {
        Ok(rust) => {
            let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
            fs::write(&out, rust).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            eprint!("{}", timeline_data::compile::failure_report(&errors));
            process::exit(1);
        }
    }
}
