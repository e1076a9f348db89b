//! Finds the window of a topic where the query's words meet (the most distinct words, then the
//! most matches, in any section) and cuts a short excerpt around it, marking the matching words.

use super::tokenize::{Tokenizer, words};
use crate::doc::{Span, Style};
use crate::topic::{SectionKind, Topic};

/// Where a topic matched: the section and an excerpt with the matches marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub section: String,
    pub spans: Vec<Span>,
}

impl Snippet {
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

/// The best excerpt of `topic` for `query`, about `max_words` words long: of every window of
/// that many words in any section, the one holding the most of the query's distinct words, then
/// the most matches, then the tightest, centred on its matches. A word matches a query word by
/// stem or prefix (three letters or more), or as a typo when the topic holds no exact match.
pub fn snippet(topic: &Topic, query: &str, max_words: usize) -> Option<Snippet> {
    let max_words = max_words.max(1);
    let mut tok = Tokenizer::default();
    let wanted: Vec<(String, String)> = super::index::query_words(query)
        .into_iter()
        .map(|w| {
            let stem = tok.stem(&w);
            (w, stem)
        })
        .collect();
    if wanted.is_empty() {
        return None;
    }
    // Quiz sections are not indexed (their answers would give themselves away), so not shown.
    let texts: Vec<String> = topic
        .sections
        .iter()
        .map(|s| {
            if s.kind == SectionKind::Quiz {
                String::new()
            } else {
                strip_markup(&s.body)
            }
        })
        .collect();
    let sections: Vec<Vec<&str>> = texts
        .iter()
        .map(|t| t.split_whitespace().collect())
        .collect();
    // Per section, per token: the bits of the query words it matches.
    let mut exact = |word: &str| -> u32 {
        let lw = word.to_lowercase();
        let stem = tok.stem(&lw);
        wanted.iter().enumerate().fold(0, |m, (i, (w, s))| {
            if stem == *s || (w.chars().count() >= 3 && lw.starts_with(w.as_str())) {
                m | 1 << i
            } else {
                m
            }
        })
    };
    let mut bits: Vec<Vec<u32>> = sections
        .iter()
        .map(|toks| toks.iter().map(|t| token_bits(t, &mut exact)).collect())
        .collect();
    let found = bits.iter().flatten().fold(0, |m, b| m | b);
    let missing: Vec<usize> = (0..wanted.len())
        .filter(|i| found & (1 << i) == 0)
        .collect();
    if !missing.is_empty() {
        let mut typo = |word: &str| -> u32 {
            let lw = word.to_lowercase();
            let stem = tok.stem(&lw);
            missing.iter().fold(0, |m, &i| {
                let (w, s) = &wanted[i];
                if super::index::is_typo(w, s, &lw) || super::index::is_typo(w, s, &stem) {
                    m | 1 << i
                } else {
                    m
                }
            })
        };
        for (toks, b) in sections.iter().zip(&mut bits) {
            for (t, bit) in toks.iter().zip(b.iter_mut()) {
                *bit |= token_bits(t, &mut typo);
            }
        }
    }
    let (i, start, end) = best_window(&bits, max_words)?;
    let tokens = &sections[i];
    let mut spans: Vec<Span> = Vec::new();
    if start > 0 {
        spans.push(Span::plain("… "));
    }
    let marked = |k: usize| Style {
        mark: bits[i][k] != 0,
        ..Style::default()
    };
    for k in start..end {
        if k > start {
            // Between two marked words the space is marked too, so a phrase reads as one.
            let both = bits[i][k - 1] != 0 && bits[i][k] != 0;
            spans.push(Span::new(
                " ",
                if both { marked(k) } else { Style::default() },
            ));
        }
        spans.push(Span::new(tokens[k], marked(k)));
    }
    if end < tokens.len() {
        spans.push(Span::plain(" …"));
    }
    let mut merged: Vec<Span> = Vec::new();
    for s in spans {
        match merged.last_mut() {
            Some(last) if last.style == s.style => last.text.push_str(&s.text),
            _ => merged.push(s),
        }
    }
    Some(Snippet {
        section: topic.sections[i].title.clone(),
        spans: merged,
    })
}

/// The window (section, start, end) of at most `len` tokens with the most distinct query words,
/// then the most matching tokens, then the shortest span from first to last match; earliest on a
/// tie. Its matches are centred in it; None when no token matches.
fn best_window(bits: &[Vec<u32>], len: usize) -> Option<(usize, usize, usize)> {
    // (distinct words, matches, -span) and (section, first match, last match).
    type Key = (u32, usize, isize);
    let mut best: Option<(Key, (usize, usize, usize))> = None;
    for (i, toks) in bits.iter().enumerate() {
        let hits: Vec<usize> = (0..toks.len()).filter(|&k| toks[k] != 0).collect();
        for (a, &first) in hits.iter().enumerate() {
            let mut words = 0;
            let mut last = first;
            let mut count = 0;
            for &k in hits[a..].iter().take_while(|&&k| k < first + len) {
                words |= toks[k];
                last = k;
                count += 1;
            }
            let key = (words.count_ones(), count, -((last - first) as isize));
            if best.is_none_or(|(b, _)| key > b) {
                best = Some((key, (i, first, last)));
            }
        }
    }
    let (_, (i, first, last)) = best?;
    let n = bits[i].len();
    let pad = (len - (last - first + 1)) / 2;
    let start = first.saturating_sub(pad).min(n.saturating_sub(len));
    Some((i, start, (start + len).min(n)))
}

fn token_bits(token: &str, bits_of: &mut impl FnMut(&str) -> u32) -> u32 {
    words(token).fold(0, |m, w| m | bits_of(&w))
}

/// Markdown without the marks that would clutter an excerpt: code and diagram blocks, math
/// delimiters, emphasis and list or quote markers.
fn strip_markup(md: &str) -> String {
    let mut in_fence = false;
    let mut kept = Vec::new();
    for line in md.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if !in_fence {
            kept.push(line.trim_start_matches(['#', '>', ' ', '-', '*', '|']));
        }
    }
    kept.join(" ")
        .replace("**", "")
        .replace(['`', '$'], "")
        .replace("\\[", "")
        .replace("\\]", "")
        .replace("{{", "")
        .replace("}}", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic(overview: &str, trade_offs: &str) -> Topic {
        let md = format!(
            "---\ntitle: \"Replication\"\ntags: [replication]\ndifficulty: medium\nestimated_time: 20min\nlevel: senior\n---\n## Overview\n{overview}\n## When to Use\nx\n## Trade-offs & Gotchas\n{trade_offs}\n## Architecture Diagram\n```\nx\n```\n## Key Points for Interviews\n- x\n"
        );
        crate::parse::parse_topic(md.as_bytes(), "replication.md", "replication")
            .topic
            .expect("parses")
    }

    const FILLER: &str = "one two three four five six seven eight nine ten eleven twelve";

    #[test]
    fn shows_the_window_where_the_query_words_meet() {
        let t = topic(
            &format!("A read goes to one replica. {FILLER} {FILLER} reads again and reads."),
            &format!("{FILLER} A quorum read triggers read repair of stale replicas. {FILLER}"),
        );
        let s = snippet(&t, "quorum read repair", 10).expect("a snippet");
        assert_eq!(s.section, "Trade-offs & Gotchas");
        let text = s.text();
        assert!(text.contains("quorum read triggers read repair"), "{text}");
        let marked: Vec<&str> = s
            .spans
            .iter()
            .filter(|s| s.style.mark)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(marked, ["quorum read", "read repair"]);
    }

    #[test]
    fn a_typo_is_marked_only_when_nothing_matches_exactly() {
        let t = topic("Every quorum overlaps.", FILLER);
        let s = snippet(&t, "qourum", 6).expect("a snippet");
        assert!(s.spans.iter().any(|s| s.style.mark && s.text == "quorum"));
        assert!(snippet(&t, "zzzzzz", 6).is_none());
    }
}
