//! The article's timeline, compiled from `assets/timeline.json` by the build script.

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));
