//! The build-time data compiler: reads the JSON data file, checks it against the source
//! article, and writes the Rust statics the app is built with. Every defect is reported with
//! the file, the entry and the field, so a broken data file fails the build with a message a
//! person can act on.

mod check;
mod codegen;
mod schema;

use std::fmt;

pub use check::{check, CheckedData};
pub use codegen::{rust_source, Languages};

/// Where in the data file a defect is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (syntax, top-level shape).
    File,
    Kind {
        index: usize,
        id: String,
    },
    Actor {
        index: usize,
        id: String,
    },
    /// An entry, by position (counting from 1) and slug when it has one.
    Entry {
        index: usize,
        slug: Option<String>,
    },
}

/// One defect in the data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub place: Place,
    /// The field, as a path inside the place: `date`, `quotes[1].text`.
    pub field: Option<String>,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file)?;
        match &self.place {
            Place::File => {}
            Place::Kind { index, id } => write!(f, "kind {index} “{id}”, ")?,
            Place::Actor { index, id } => write!(f, "actor {index} “{id}”, ")?,
            Place::Entry { index, slug: Some(slug) } => write!(f, "entry {index} “{slug}”, ")?,
            Place::Entry { index, slug: None } => write!(f, "entry {index}, ")?,
        }
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Checks the data file and returns the Rust source of its statics with the texts of
/// `languages`, or every defect found.
pub fn compile(file: &str, json: &str, source_text: &str, languages: Languages) -> Result<String, Vec<DataError>> {
    check(file, json, source_text).map(|data| rust_source(&data, languages))
}

/// What the build prints when the data file has defects: a count, then one line per defect
/// naming the file, the entry and the field.
pub fn failure_report(errors: &[DataError]) -> String {
    let mut report = format!("error: the timeline data file has {} defect(s):\n", errors.len());
    for error in errors {
        report.push_str(&format!("  {error}\n"));
    }
    report
}
