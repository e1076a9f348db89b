//! Coding problems: the statement, a typed signature from which every language's starter code
//! and harness are generated, examples and hidden tests, hints and the explained solution. Pure:
//! files come in as bytes, and running code is the judge's business.

pub mod case;
pub mod compare;
pub mod harness;
pub mod lang;
pub mod links;
pub mod parse;
pub mod signature;
pub mod value;
pub mod wire;

use serde::Serialize;

pub use case::{Call, Case, CaseKind, Input};
pub use compare::Compare;
pub use lang::Lang;
pub use signature::{Signature, Type};
pub use value::Value;

use crate::topic::Difficulty;

/// The newest problem format version this release reads (see docs/FORMAT.md, "Problems").
pub const SCHEMA_VERSION: u32 = 1;
/// Memory a solution may use unless the problem says otherwise.
pub const DEFAULT_MEMORY_MB: u32 = 256;
/// How many times the built-in reference's time a solution may take (before the language's
/// factor), unless the problem says otherwise.
pub const DEFAULT_TIME_FACTOR: f64 = 5.0;
/// The time limit of a case with no built-in reference to calibrate against.
pub const DEFAULT_TIME_LIMIT_MS: u32 = 2000;
/// The float tolerance (relative, and absolute below 1) unless the problem says otherwise.
pub const DEFAULT_TOLERANCE: f64 = 1e-6;
/// Problem statements larger than this are refused, like topics.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// A tests file may be larger: hidden cases with their inputs.
pub const MAX_TESTS_BYTES: u64 = 8 * 1024 * 1024;

/// Tags with a meaning of their own.
pub const TAG_CLASS_DESIGN: &str = "class-design";
pub const TAG_MECHANISM: &str = "mechanism";

/// A parsed problem.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    /// Unique id: the front matter `id`, or the folder's name.
    pub id: String,
    pub title: String,
    pub difficulty: Difficulty,
    /// Ids of the topics (coding patterns, or the system-design topic of a mechanism) it practises.
    pub patterns: Vec<String>,
    pub tags: Vec<String>,
    #[serde(serialize_with = "display")]
    pub signature: Signature,
    pub compare: Compare,
    pub tolerance: f64,
    /// Minutes a candidate should need.
    pub minutes: u16,
    pub time_factor: f64,
    pub time_limit_ms: u32,
    pub memory_mb: u32,
    /// Languages it can be solved in.
    pub languages: Vec<Lang>,
    /// Markdown of each part.
    pub statement: String,
    pub examples_md: String,
    pub constraints: String,
    pub hints: Vec<String>,
    pub solution: String,
    pub follow_ups: String,
    /// The statement's examples, as cases.
    #[serde(skip)]
    pub examples: Vec<Case>,
    /// The hidden tests.
    #[serde(skip)]
    pub tests: Vec<Case>,
}

fn display<S: serde::Serializer>(sig: &Signature, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&sig.to_string())
}

impl Problem {
    /// Whether it is a class-design problem.
    pub fn is_class(&self) -> bool {
        matches!(self.signature, Signature::Class { .. })
    }

    /// The statement as one Markdown document (title, statement, examples, constraints), for
    /// rendering like a topic.
    pub fn statement_markdown(&self) -> String {
        format!(
            "## Problem\n\n{}\n\n## Examples\n\n{}\n\n## Constraints\n\n{}\n",
            self.statement.trim(),
            self.examples_md.trim(),
            self.constraints.trim()
        )
    }
}
