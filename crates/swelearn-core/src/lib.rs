//! The pure domain of swelearn: topics and their parser, the library, the rendering model and
//! search. This crate never touches a terminal, a database or the command line; callers pass in
//! text, paths and sizes, so everything here is deterministic and testable.

pub mod cards;
pub mod catalog;
pub mod date;
pub mod diagnostic;
pub mod doc;
pub mod duration;
pub mod front_matter;
pub mod fuzzy;
pub mod hash;
pub mod labs;
pub mod library;
pub mod markdown;
pub mod mock;
pub mod parse;
pub mod plan;
pub mod problem;
pub mod render;
pub mod sanitize;
pub mod schedule;
pub mod search;
pub mod study_day;
pub mod study_items;
pub mod text;
pub mod topic;

pub use diagnostic::{Diagnostic, Severity};
pub use library::{Library, Origin, SourceKind};
pub use topic::{Category, Difficulty, Level, Section, SectionKind, Topic, TopicMeta};

/// The newest topic format version this release reads (see docs/FORMAT.md).
pub const SCHEMA_VERSION: u32 = 1;

/// Topic files larger than this are refused.
pub const MAX_TOPIC_BYTES: u64 = 1024 * 1024;
