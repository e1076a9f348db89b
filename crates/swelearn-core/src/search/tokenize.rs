//! Splits text into lowercase words and stems them (Snowball English, as Lucene and tantivy
//! do), so "replicas", "replicated" and "replication" meet.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// Words too common to help ranking; they are not indexed.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "its", "of", "on", "or", "so", "that", "the", "their", "then", "there", "these", "this", "to",
    "was", "with",
];

/// Lowercase words of a text: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// A stemmer with a memo of words already seen (a library repeats its vocabulary a lot).
pub struct Tokenizer {
    stemmer: Stemmer,
    memo: HashMap<String, String>,
}

impl Default for Tokenizer {
    fn default() -> Self {
        Self {
            stemmer: Stemmer::create(Algorithm::English),
            memo: HashMap::new(),
        }
    }
}

impl Tokenizer {
    /// Whether a word is a stop word.
    pub fn is_stop(word: &str) -> bool {
        STOP_WORDS.binary_search(&word).is_ok()
    }

    /// The stem of a lowercase word.
    pub fn stem(&mut self, word: &str) -> String {
        if let Some(s) = self.memo.get(word) {
            return s.clone();
        }
        let s = self.stemmer.stem(word).into_owned();
        self.memo.insert(word.to_owned(), s.clone());
        s
    }

    /// Calls `f` with the stem of every indexable word of `text`.
    pub fn for_each_stem(&mut self, text: &str, mut f: impl FnMut(&str)) {
        for word in words(text) {
            if !Self::is_stop(&word) {
                let stem = self.stem(&word);
                f(&stem);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn stems_meet() {
        let mut t = Tokenizer::default();
        assert_eq!(t.stem("replicas"), t.stem("replica"));
        assert_eq!(t.stem("partitioning"), t.stem("partitions"));
        let mut seen = Vec::new();
        t.for_each_stem("The Quorum, of R+W>N!", |s| seen.push(s.to_owned()));
        assert_eq!(seen, vec!["quorum", "r", "w", "n"]);
    }
}
