//! Orders full-text hits as a reader expects them: topics holding more of the query's words
//! first, then topics whose title or tags name those words (a title counts twice a tag, a rare
//! word more than a common one), then BM25 relevance of the text; a title that fuzzy-matches the
//! whole query ("db repl") counts as naming every word. A body that merely mentions "cache" never
//! outranks a topic about caching.

use std::collections::HashSet;

use super::index::{Hit, Index, query_words};
use super::tokenize::{Tokenizer, words};

/// How much naming every query word in the title or tags counts against the best text relevance
/// (which counts 1): a topic whose head names more of the words comes first.
const HEAD_WORDS: f32 = 4.0;
/// How much the head's naming counts, a title twice a tag and each word by its idf: between
/// topics naming as many words, a title beats a tag whatever the text says.
const HEAD_WEIGHT: f32 = 3.0;
/// How much each query word held counts: more than any title match and text relevance together.
const WORD_WEIGHT: f32 = 10.0;

/// What a topic's head says: its title and tags.
#[derive(Debug, Clone, Copy)]
pub struct Head<'a> {
    pub title: &'a str,
    pub tags: &'a [String],
}

/// Ranks the documents of `index` (whose heads are `heads`, by document number) for `query`;
/// every document that matched, best first. Scores grow with the rank's keys: ten per query word
/// held, up to seven for the title and tags, up to one for text relevance.
pub fn rank(index: &Index, heads: &[Head<'_>], query: &str) -> Vec<Hit> {
    let qwords = query_words(query);
    let all = if qwords.is_empty() {
        0
    } else {
        u32::MAX >> (32 - qwords.len())
    };
    let mut tokenizer = Tokenizer::default();
    // Each query word's terms (stem, prefixes, typos) and its weight, the rarest term's idf.
    let expansions: Vec<(HashSet<&str>, f32)> = qwords
        .iter()
        .map(|w| {
            let terms = index.expand(w, &mut tokenizer);
            let idf = terms.iter().map(|&(t, _)| index.idf(t)).fold(0.0, f32::max);
            (terms.iter().map(|&(t, _)| index.term(t)).collect(), idf)
        })
        .collect();
    let mut hits = index.search(query);
    let fuzzy = fuzzy_titles(heads, query);
    for &doc in &fuzzy {
        match hits.iter_mut().find(|h| h.doc as usize == doc) {
            Some(h) => h.words = all,
            None => hits.push(Hit {
                doc: doc as u32,
                score: 0.0,
                words: all,
            }),
        }
    }
    let top = hits
        .iter()
        .map(|h| h.score)
        .fold(0.0, f32::max)
        .max(f32::MIN_POSITIVE);
    let full: f32 = 2.0 * expansions.iter().map(|e| e.1).sum::<f32>();
    for hit in &mut hits {
        let Some(head) = heads.get(hit.doc as usize) else {
            continue;
        };
        let (title, tags) = if fuzzy.contains(&(hit.doc as usize)) {
            (all, 0)
        } else {
            (
                mask(head.title, &expansions, &mut tokenizer),
                head.tags
                    .iter()
                    .fold(0, |m, t| m | mask(t, &expansions, &mut tokenizer)),
            )
        };
        let named: f32 = expansions
            .iter()
            .enumerate()
            .map(|(i, e)| {
                if title & (1 << i) != 0 {
                    2.0 * e.1
                } else if tags & (1 << i) != 0 {
                    e.1
                } else {
                    0.0
                }
            })
            .sum();
        let named = if full > 0.0 { named / full } else { 0.0 };
        let head_words = (title | tags).count_ones() as f32 / qwords.len().max(1) as f32;
        let held = (hit.words | title | tags).count_ones() as f32;
        hit.score =
            WORD_WEIGHT * held + HEAD_WORDS * head_words + HEAD_WEIGHT * named + hit.score / top;
    }
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.doc.cmp(&b.doc)));
    hits
}

/// Which query words (as bits) a piece of text holds.
fn mask(text: &str, expansions: &[(HashSet<&str>, f32)], tokenizer: &mut Tokenizer) -> u32 {
    let mut m = 0;
    for word in words(text) {
        let stem = tokenizer.stem(&word);
        for (i, (terms, _)) in expansions.iter().enumerate() {
            if terms.contains(stem.as_str()) {
                m |= 1 << i;
            }
        }
    }
    m
}

/// Documents whose title fuzzy-matches the whole query strongly (nucleo-matcher): at least 20
/// points a letter, and within four fifths of the best title.
fn fuzzy_titles(heads: &[Head<'_>], query: &str) -> Vec<usize> {
    let ranked = crate::fuzzy::rank(query, heads.iter().map(|h| h.title).enumerate());
    let Some(&(_, best)) = ranked.first() else {
        return Vec::new();
    };
    let strong = query.chars().filter(|c| !c.is_whitespace()).count() as u32 * 20;
    ranked
        .into_iter()
        .take_while(|&(_, s)| s >= strong && s * 10 >= best * 8)
        .map(|(doc, _)| doc)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::IndexBuilder;

    /// (title, tags, body) documents, numbered in order.
    fn ranked(docs: &[(&str, &[&str], &str)], query: &str) -> Vec<u32> {
        let mut b = IndexBuilder::default();
        let tags: Vec<Vec<String>> = docs
            .iter()
            .map(|d| d.1.iter().map(|t| (*t).to_owned()).collect())
            .collect();
        for (d, t) in docs.iter().zip(&tags) {
            b.add(&[(d.0, 5), (&t.join(" "), 3), (d.2, 1)]);
        }
        let index = b.finish();
        let heads: Vec<Head> = docs
            .iter()
            .zip(&tags)
            .map(|(d, t)| Head {
                title: d.0,
                tags: t,
            })
            .collect();
        rank(&index, &heads, query).iter().map(|h| h.doc).collect()
    }

    const BODY: &str = "cache cache cache caching cached caches cache cache cache";

    #[test]
    fn title_then_tags_then_body() {
        let docs: &[(&str, &[&str], &str)] = &[
            ("Design a URL Shortener", &["caching", "key-value"], BODY),
            ("Rate Limiting", &["networking"], BODY),
            ("Where Caches Live", &["http"], "A short text."),
            ("Load Balancing", &["proxy"], "Nothing relevant."),
        ];
        assert_eq!(ranked(docs, "cache"), [2, 0, 1]);
    }

    #[test]
    fn more_query_words_first_and_rare_words_name_more() {
        let docs: &[(&str, &[&str], &str)] = &[
            ("Read Paths", &[], "read read read"),
            ("Replication", &["quorum"], "a read and a repair"),
            ("Anti-entropy", &[], "read repair and quorum reads"),
            ("Reads", &[], "reading"),
            ("Writes", &[], "write"),
        ];
        let r = ranked(docs, "quorum read repair");
        assert_eq!(r[..2], [1, 2]);
        assert_eq!(r.len(), 4);
    }

    #[test]
    fn a_head_naming_every_word_beats_a_title_naming_one() {
        let docs: &[(&str, &[&str], &str)] = &[
            ("Consistency Models", &[], "hashing is not the point here"),
            ("Design a Cache", &["consistent-hashing"], "a ring"),
        ];
        assert_eq!(ranked(docs, "consistent hashing"), [1, 0]);
    }

    #[test]
    fn a_fuzzy_title_names_every_word() {
        let docs: &[(&str, &[&str], &str)] = &[
            ("Indexes", &[], "db replication is not this topic"),
            ("Database Replication", &[], "leaders and followers"),
        ];
        assert_eq!(ranked(docs, "db repl")[0], 1);
    }

    #[test]
    fn nonsense_finds_nothing() {
        let docs: &[(&str, &[&str], &str)] = &[("Geohash", &[], "cells like 7zzzzz")];
        assert!(ranked(docs, "zzzzzz").is_empty());
    }
}
