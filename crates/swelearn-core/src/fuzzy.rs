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
    // A match must come close to how the query scores against itself: "hello" scattered over
    // "Availability, the Nines and SLA/SLO/SLI" scores half of that, "db repl" in "Database
    // Replication" nine tenths.
    let perfect = rank(q, [(0, q)]).first().map_or(0, |m| m.1);
    best.retain(|&(_, s)| u64::from(s) * 5 >= u64::from(perfect) * 4);
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

/// The `n` candidates closest to a query that matched none: the best fuzzy scores on ids and
/// titles, however weak, then the ids fewest edits away.
pub fn closest(query: &str, ids: &[&str], titles: &[&str], n: usize) -> Vec<usize> {
    let q = query.trim().to_lowercase();
    let mut scored: Vec<(usize, u32)> = rank(&q, ids.iter().copied().enumerate());
    scored.extend(rank(&q, titles.iter().copied().enumerate()));
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: Vec<usize> = Vec::new();
    for (i, _) in scored {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    let mut by_edits: Vec<(usize, usize)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (crate::text::edit_distance(&q, id, 64), i))
        .collect();
    by_edits.sort_unstable();
    for (_, i) in by_edits {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out.truncate(n);
    out
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

    #[test]
    fn scattered_letters_are_no_match() {
        let titles = &["Availability, the Nines and SLA/SLO/SLI", "CAP and PACELC"];
        let ids = &["availability-and-slos", "cap-and-pacelc"];
        assert_eq!(resolve("hello", ids, titles), Resolution::None);
        assert_eq!(resolve("xyz", ids, titles), Resolution::None);
        assert_eq!(resolve("cap", ids, titles), Resolution::One(1));
        assert_eq!(closest("hello", ids, titles, 1), vec![0]);
        assert_eq!(closest("cap-and", ids, titles, 2), vec![1, 0]);
    }
}
