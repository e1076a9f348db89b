//! The inverted index: sorted terms, their postings (document and weighted frequency), and
//! document lengths; BM25 ranking with prefix and typo expansion of query words.

use std::collections::HashMap;

use super::tokenize::{Tokenizer, words};
use crate::text::edit_distance;

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// How much a prefix match counts against an exact one.
const PREFIX_WEIGHT: f32 = 0.6;
/// How much a typo-tolerant match counts against an exact one.
const TYPO_WEIGHT: f32 = 0.5;

/// A ranked document.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub doc: u32,
    pub score: f32,
}

/// A searchable index of documents numbered from 0.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Index {
    /// Sorted terms (stems).
    pub terms: Vec<String>,
    /// For term `i`, its postings are `postings[starts[i]..starts[i + 1]]`.
    pub starts: Vec<u32>,
    /// (document, weighted term frequency).
    pub postings: Vec<(u32, f32)>,
    /// Weighted length of each document.
    pub doc_len: Vec<f32>,
}

/// Accumulates documents, then freezes into an [`Index`].
#[derive(Default)]
pub struct IndexBuilder {
    tokenizer: Tokenizer,
    terms: HashMap<String, Vec<(u32, f32)>>,
    doc_len: Vec<f32>,
}

impl IndexBuilder {
    /// Adds the next document as (text, weight) fields; returns its number.
    pub fn add(&mut self, fields: &[(&str, f32)]) -> u32 {
        let doc = self.doc_len.len() as u32;
        let mut counts: HashMap<String, f32> = HashMap::new();
        let mut len = 0.0;
        for (text, weight) in fields {
            self.tokenizer.for_each_stem(text, |stem| {
                *counts.entry(stem.to_owned()).or_default() += weight;
                len += weight;
            });
        }
        for (term, tf) in counts {
            self.terms.entry(term).or_default().push((doc, tf));
        }
        self.doc_len.push(len);
        doc
    }

    pub fn finish(self) -> Index {
        let mut terms: Vec<(String, Vec<(u32, f32)>)> = self.terms.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        let mut index = Index {
            doc_len: self.doc_len,
            ..Index::default()
        };
        for (term, mut postings) in terms {
            postings.sort_by_key(|p| p.0);
            index.starts.push(index.postings.len() as u32);
            index.terms.push(term);
            index.postings.extend(postings);
        }
        index.starts.push(index.postings.len() as u32);
        index
    }
}

impl Index {
    fn postings_of(&self, term: usize) -> &[(u32, f32)] {
        &self.postings[self.starts[term] as usize..self.starts[term + 1] as usize]
    }

    /// The terms a query word stands for, with weights: its stem exactly, then words that start
    /// with it, and when neither exists, words within a small edit distance.
    pub fn expand(&self, word: &str, tokenizer: &mut Tokenizer) -> Vec<(usize, f32)> {
        let stem = tokenizer.stem(word);
        let mut out = Vec::new();
        if let Ok(i) = self.terms.binary_search(&stem) {
            out.push((i, 1.0));
        }
        if word.chars().count() >= 3 {
            let first = self.terms.partition_point(|t| t.as_str() < word);
            for (i, term) in self.terms.iter().enumerate().skip(first) {
                if !term.starts_with(word) {
                    break;
                }
                if term != &stem {
                    out.push((i, PREFIX_WEIGHT));
                }
            }
        }
        let len = word.chars().count();
        if out.is_empty() && len >= 4 {
            let max = if len >= 6 { 2 } else { 1 };
            for (i, term) in self.terms.iter().enumerate() {
                if edit_distance(word, term, max) <= max || edit_distance(&stem, term, max) <= max {
                    out.push((i, TYPO_WEIGHT));
                }
            }
        }
        out
    }

    /// Ranks documents for a query with BM25; returns every document that matched, best first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let mut tokenizer = Tokenizer::default();
        let mut qwords: Vec<String> = words(query).filter(|w| !Tokenizer::is_stop(w)).collect();
        if qwords.is_empty() {
            qwords = words(query).collect();
        }
        qwords.dedup();
        let n = self.doc_len.len() as f32;
        if n == 0.0 {
            return Vec::new();
        }
        let avg = (self.doc_len.iter().sum::<f32>() / n).max(1.0);
        let mut scores: HashMap<u32, f32> = HashMap::new();
        for word in &qwords {
            for (term, weight) in self.expand(word, &mut tokenizer) {
                let postings = self.postings_of(term);
                let df = postings.len() as f32;
                let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
                for &(doc, tf) in postings {
                    let len = self.doc_len[doc as usize];
                    let s = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / avg));
                    *scores.entry(doc).or_default() += weight * s;
                }
            }
        }
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .map(|(doc, score)| Hit { doc, score })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        let mut b = IndexBuilder::default();
        b.add(&[
            ("Database Replication", 5.0),
            ("replication, quorum", 3.0),
            ("Leaders and followers replicate a log.", 1.0),
        ]);
        b.add(&[
            ("Consistent Hashing", 5.0),
            ("partitioning", 3.0),
            ("A ring of virtual nodes; quorum is not involved.", 1.0),
        ]);
        b.add(&[
            ("Caching", 5.0),
            ("caching", 3.0),
            ("Cache-aside and write-through.", 1.0),
        ]);
        b.finish()
    }

    #[test]
    fn ranks_title_and_tag_matches_first() {
        let hits = index().search("quorum");
        assert_eq!(hits.iter().map(|h| h.doc).collect::<Vec<_>>(), vec![0, 1]);
        assert!(hits[0].score > hits[1].score);
    }

    #[test]
    fn stems_prefixes_and_typos_match() {
        let idx = index();
        assert_eq!(idx.search("replicating")[0].doc, 0);
        assert_eq!(idx.search("partition")[0].doc, 1);
        assert_eq!(idx.search("consist")[0].doc, 1);
        assert_eq!(idx.search("qourum").len(), 2);
        assert_eq!(idx.search("cachng")[0].doc, 2);
        assert!(idx.search("zyzzyva").is_empty());
    }
}
