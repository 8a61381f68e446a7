//! Compiles the timeline's data file into Rust statics, refusing to build on any defect.
//! `TIMELINE_DATA` may name another data file (the benchmark's generated sets use it).

use std::{env, fs, path::PathBuf, process};

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
    match timeline_data::compile::compile(&data_file, &json, &source_text) {
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
