//! Fuzzy matching of what a user typed against topic titles and ids, with nucleo-matcher (the
//! matcher behind helix's pickers).

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

/// Ranks candidates (index, text) against a query; best first, non-matches left out.
pub fn rank<'a>(
    query: &str,
    candidates: impl IntoIterator<Item = (usize, &'a str)>,
) -> Vec<(usize, u32)> {
    let mut matcher = Matcher::new(Config::DEFAULT);
    let pattern = Pattern::new(
        query,
        CaseMatching::Ignore,
        Normalization::Smart,
        AtomKind::Fuzzy,
    );
    let mut buf = Vec::new();
    let mut out: Vec<(usize, u32)> = candidates
        .into_iter()
        .filter_map(|(i, text)| {
            pattern
                .score(Utf32Str::new(text, &mut buf), &mut matcher)
                .map(|s| (i, s))
        })
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// What a user's topic reference resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// One topic (index into the candidates).
    One(usize),
    /// Several match about as well: the caller lists them.
    Ambiguous(Vec<usize>),
    None,
}

/// Resolves a reference to a topic: an exact id or title wins; otherwise a fuzzy title match
/// that clearly beats the runner-up.
pub fn resolve(query: &str, ids: &[&str], titles: &[&str]) -> Resolution {
    let q = query.trim();
    if let Some(i) = ids.iter().position(|id| *id == q) {
        return Resolution::One(i);
    }
    if let Some(i) = titles.iter().position(|t| t.eq_ignore_ascii_case(q)) {
        return Resolution::One(i);
    }
    let mut best: Vec<(usize, u32)> = rank(q, titles.iter().copied().enumerate());
    for (i, s) in rank(q, ids.iter().copied().enumerate()) {
        match best.iter_mut().find(|(j, _)| *j == i) {
            Some(entry) => entry.1 = entry.1.max(s),
            None => best.push((i, s)),
        }
    }
    best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    match best.as_slice() {
        [] => Resolution::None,
        [(i, _)] => Resolution::One(*i),
        [(i, top), (_, second), ..] if *top >= second + second / 4 + 8 => Resolution::One(*i),
        [(_, top), ..] => {
            let cutoff = top - top / 5;
            Resolution::Ambiguous(
                best.iter()
                    .take_while(|(_, s)| *s >= cutoff)
                    .map(|(i, _)| *i)
                    .take(10)
                    .collect(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: &[&str] = &[
        "database-replication",
        "database-indexes",
        "dns",
        "cap-and-pacelc",
    ];
    const TITLES: &[&str] = &[
        "Database Replication",
        "Database Indexes",
        "DNS",
        "CAP and PACELC",
    ];

    #[test]
    fn exact_ids_and_titles_win() {
        assert_eq!(resolve("dns", IDS, TITLES), Resolution::One(2));
        assert_eq!(resolve("cap and pacelc", IDS, TITLES), Resolution::One(3));
    }

    #[test]
    fn fuzzy_titles_resolve_when_clear() {
        assert_eq!(resolve("db repl", IDS, TITLES), Resolution::One(0));
        assert_eq!(resolve("indexes", IDS, TITLES), Resolution::One(1));
    }

    #[test]
    fn ambiguous_and_missing_references_say_so() {
        match resolve("database", IDS, TITLES) {
            Resolution::Ambiguous(c) => assert_eq!(c, vec![0, 1]),
            other => panic!("{other:?}"),
        }
        assert_eq!(resolve("zzzz", IDS, TITLES), Resolution::None);
    }
}
