//! The inverted index: sorted terms, their postings (document and weighted frequency) packed as
//! varints so a cached index loads with one copy and only the postings a query needs are
//! decoded, and document lengths; BM25 ranking with prefix and typo expansion of query words.

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
    /// Which of the query's words (bit `i` for word `i` of [`query_words`]) the document holds.
    pub words: u32,
}

/// The words of a query that count: lowercase, stop words left out unless nothing else is left,
/// repeats removed, at most 32 (one bit each in [`Hit::words`]).
pub fn query_words(query: &str) -> Vec<String> {
    let mut qwords: Vec<String> = words(query).filter(|w| !Tokenizer::is_stop(w)).collect();
    if qwords.is_empty() {
        qwords = words(query).collect();
    }
    let mut seen = std::collections::HashSet::new();
    qwords.retain(|w| seen.insert(w.clone()));
    qwords.truncate(32);
    qwords
}

/// A searchable index of documents numbered from 0.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Index {
    /// Sorted terms (stems).
    pub terms: Vec<String>,
    /// For term `i`, its postings are the bytes `postings[starts[i]..starts[i + 1]]`.
    pub starts: Vec<u32>,
    /// For term `i`, how many documents contain it.
    pub counts: Vec<u32>,
    /// Per posting: the document number's gap from the previous one, then the weighted term
    /// frequency, both as LEB128 varints. (Cached as one run of bytes, not byte by byte.)
    #[serde(with = "serde_bytes")]
    pub postings: Vec<u8>,
    /// Weighted length of each document.
    pub doc_len: Vec<f32>,
}

/// Accumulates documents, then freezes into an [`Index`].
#[derive(Default)]
pub struct IndexBuilder {
    tokenizer: Tokenizer,
    terms: HashMap<String, Vec<(u32, u32)>>,
    doc_len: Vec<f32>,
}

impl IndexBuilder {
    /// Adds the next document as (text, weight) fields; returns its number.
    pub fn add(&mut self, fields: &[(&str, u32)]) -> u32 {
        let doc = self.doc_len.len() as u32;
        let mut counts: HashMap<String, u32> = HashMap::new();
        let mut len = 0;
        for (text, weight) in fields {
            self.tokenizer.for_each_stem(text, |stem| {
                *counts.entry(stem.to_owned()).or_default() += weight;
                len += weight;
            });
        }
        for (term, tf) in counts {
            self.terms.entry(term).or_default().push((doc, tf));
        }
        self.doc_len.push(len as f32);
        doc
    }

    pub fn finish(self) -> Index {
        let mut terms: Vec<(String, Vec<(u32, u32)>)> = self.terms.into_iter().collect();
        terms.sort_by(|a, b| a.0.cmp(&b.0));
        let mut index = Index {
            doc_len: self.doc_len,
            ..Index::default()
        };
        for (term, mut postings) in terms {
            postings.sort_by_key(|p| p.0);
            index.starts.push(index.postings.len() as u32);
            index.counts.push(postings.len() as u32);
            index.terms.push(term);
            let mut prev = 0;
            for (doc, tf) in postings {
                varint_put(&mut index.postings, doc - prev);
                varint_put(&mut index.postings, tf);
                prev = doc;
            }
        }
        index.starts.push(index.postings.len() as u32);
        index
    }
}

impl Index {
    /// The (document, weighted frequency) pairs of a term.
    fn postings_of(&self, term: usize) -> impl Iterator<Item = (u32, f32)> + '_ {
        let mut bytes = &self.postings[self.starts[term] as usize..self.starts[term + 1] as usize];
        let mut doc = 0u32;
        std::iter::from_fn(move || {
            let gap = varint_get(&mut bytes)?;
            let tf = varint_get(&mut bytes)?;
            doc = doc.checked_add(gap)?;
            Some((doc, tf as f32))
        })
    }

    /// Whether the index's structure is consistent (a damaged cache must not be used). Postings
    /// are checked as they are read: a document number out of range is skipped.
    pub fn is_consistent(&self) -> bool {
        let n = self.terms.len();
        self.starts.len() == n + 1
            && self.counts.len() == n
            && self.starts.windows(2).all(|w| w[0] <= w[1])
            && self
                .starts
                .last()
                .is_some_and(|&e| e as usize == self.postings.len())
    }

    /// The terms a query word stands for, with weights: its stem exactly, then words that start
    /// with it, and when neither exists, words within a small edit distance that start with the
    /// same letter (as Lucene's fuzzy queries keep a prefix: "zzzzzz" is no typo of "7zzzzz").
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
        if out.is_empty() {
            for (i, term) in self.terms.iter().enumerate() {
                if is_typo(word, &stem, term) {
                    out.push((i, TYPO_WEIGHT));
                }
            }
        }
        out
    }

    /// A term's text.
    pub fn term(&self, i: usize) -> &str {
        &self.terms[i]
    }

    /// The inverse document frequency of a term, as BM25 weighs it.
    pub fn idf(&self, term: usize) -> f32 {
        let n = self.doc_len.len() as f32;
        let df = self.counts[term] as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Ranks documents for a query with BM25; returns every document that matched, best first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let mut tokenizer = Tokenizer::default();
        let qwords = query_words(query);
        let n = self.doc_len.len() as f32;
        if n == 0.0 {
            return Vec::new();
        }
        let avg = (self.doc_len.iter().sum::<f32>() / n).max(1.0);
        let mut scores: HashMap<u32, (f32, u32)> = HashMap::new();
        for (bit, word) in qwords.iter().enumerate() {
            for (term, weight) in self.expand(word, &mut tokenizer) {
                let idf = self.idf(term);
                for (doc, tf) in self.postings_of(term) {
                    let Some(&len) = self.doc_len.get(doc as usize) else {
                        continue;
                    };
                    let s = idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / avg));
                    let entry = scores.entry(doc).or_default();
                    entry.0 += weight * s;
                    entry.1 |= 1 << bit;
                }
            }
        }
        let mut hits: Vec<Hit> = scores
            .into_iter()
            .map(|(doc, (score, words))| Hit { doc, score, words })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
        hits
    }
}

/// Whether `term` is a typo of a query word (or of its stem): one edit for words of four or
/// five letters, two from six, and the first letter kept.
pub fn is_typo(word: &str, stem: &str, term: &str) -> bool {
    let len = word.chars().count();
    if len < 4 || word.chars().next() != term.chars().next() {
        return false;
    }
    let max = if len >= 6 { 2 } else { 1 };
    edit_distance(word, term, max) <= max || edit_distance(stem, term, max) <= max
}

fn varint_put(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn varint_get(bytes: &mut &[u8]) -> Option<u32> {
    let mut v: u32 = 0;
    for shift in (0..35).step_by(7) {
        let (&b, rest) = bytes.split_first()?;
        *bytes = rest;
        v |= u32::from(b & 0x7f).checked_shl(shift)?;
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        let mut b = IndexBuilder::default();
        b.add(&[
            ("Database Replication", 5),
            ("replication, quorum", 3),
            ("Leaders and followers replicate a log.", 1),
        ]);
        b.add(&[
            ("Consistent Hashing", 5),
            ("partitioning", 3),
            ("A ring of virtual nodes; quorum is not involved.", 1),
        ]);
        b.add(&[
            ("Caching", 5),
            ("caching", 3),
            ("Cache-aside and write-through.", 1),
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
        // A typo keeps its first letter: "zzzzzz" is one edit from "7zzzzz" but no typo of it.
        let mut b = IndexBuilder::default();
        b.add(&[("Geohash", 5), ("cells such as 7zzzzz", 1)]);
        let idx = b.finish();
        assert!(idx.search("zzzzzz").is_empty());
        assert_eq!(idx.search("7zzzzy").len(), 1);
    }

    #[test]
    fn hits_say_which_query_words_they_hold() {
        let hits = index().search("quorum caching the");
        let words = |doc| hits.iter().find(|h| h.doc == doc).map(|h| h.words);
        assert_eq!(query_words("quorum caching the"), ["quorum", "caching"]);
        assert_eq!(words(0), Some(0b01));
        assert_eq!(words(2), Some(0b10));
    }
}
