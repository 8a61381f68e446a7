//! The data of the Korean peace timeline: its model, dates and languages, used by the app at
//! run time, and (with the `compile` feature) the build-time compiler that checks the data
//! file against the source article and generates the model as Rust statics.

pub mod date;
pub mod hangul;
pub mod language;
pub mod model;

#[cfg(feature = "compile")]
pub mod compile;
