//! Full-text search over the library: an inverted index of stemmed words ranked with BM25, with
//! title and tag matches boosted, prefix matches and typo-tolerant matches for words the index
//! does not hold, and snippets that show where a topic matched.

mod index;
mod snippet;
mod tokenize;

pub use index::{Hit, Index, IndexBuilder};
pub use snippet::{Snippet, snippet};
pub use tokenize::{Tokenizer, words};

/// Field weights: a word in the title counts this many times a word in the body.
pub const TITLE_WEIGHT: u32 = 5;
/// A word in the tags counts this many times a word in the body.
pub const TAG_WEIGHT: u32 = 3;
