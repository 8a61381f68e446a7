//! The data of the Korean peace timeline: its model and dates, used by the app at run time,
//! and (with the `compile` feature) the build-time compiler that checks the data file against
//! the source article and generates the model as Rust statics.

pub mod date;
pub mod model;

#[cfg(feature = "compile")]
pub mod compile;
