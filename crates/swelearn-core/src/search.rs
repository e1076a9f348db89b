//! Full-text search over the library: an inverted index of stemmed words scored with BM25, with
//! prefix matches and typo-tolerant matches for words the index does not hold; a ranking that
//! puts topics holding more of the query's words first, then title and tag matches (`rank`); and
//! snippets that show the window of a topic where the query's words meet.

mod index;
mod rank;
mod snippet;
mod tokenize;

pub use index::{Hit, Index, IndexBuilder, query_words};
pub use rank::{Head, rank};
pub use snippet::{Snippet, snippet};
pub use tokenize::{Tokenizer, words};

/// Field weights: a word in the title counts this many times a word in the body.
pub const TITLE_WEIGHT: u32 = 5;
/// A word in the tags counts this many times a word in the body.
pub const TAG_WEIGHT: u32 = 3;
