//! `search` as a user meets it on the bundled library: topics about a word before topics that
//! mention it, nonsense finding nothing (exit 1), and a snippet showing where the query's words
//! meet, highlighted on a terminal (`CLICOLOR_FORCE` stands in for one) and plain when piped.

use serde_json::Value;

use crate::util::Swelearn;

/// The ids of the first `n` results, through `--json`.
#[track_caller]
fn top(s: &Swelearn, query: &str, n: usize) -> Vec<String> {
    let (code, out, err) = s.run(&["search", query, "--json", "--limit", &n.to_string()]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .map(|h| h["id"].as_str().expect("id").to_owned())
        .collect()
}

#[test]
fn caching_topics_come_before_topics_that_mention_a_cache() {
    let s = Swelearn::new();
    let caching = [
        "caching-layers",
        "cache-write-strategies",
        "cache-eviction",
        "cache-stampede-and-hot-keys",
        "design-distributed-cache",
    ];
    let first = top(&s, "cache", 5);
    let mut sorted = first.clone();
    sorted.sort();
    let mut want = caching.map(str::to_owned).to_vec();
    want.sort();
    assert_eq!(sorted, want, "{first:?}");
    // Topics tagged `caching` follow; the URL shortener is one of them, not above them.
    let ten = top(&s, "cache", 60);
    let url = ten.iter().position(|id| id == "design-url-shortener");
    assert!(url.is_some_and(|p| p >= 5), "{ten:?}");
    assert_eq!(top(&s, "consistent hashing", 1), ["consistent-hashing"]);
    assert_eq!(top(&s, "lru", 1), ["cache-eviction"]);
    assert_eq!(
        top(&s, "quorum read repair", 2),
        ["database-replication", "design-key-value-store"]
    );
}

#[test]
fn nonsense_finds_nothing_and_exits_1() {
    let s = Swelearn::new();
    for q in ["zzzzzz", "qqqqqq zzzzzz"] {
        let (code, out, err) = s.run(&["search", q]);
        assert_eq!((code, out.as_str()), (1, ""), "{q}");
        assert_eq!(
            err,
            format!("no topics match \"{q}\"; try other words, or `swelearn list` to browse\n")
        );
    }
}

#[test]
fn the_snippet_shows_the_query_words_together_highlighted_only_on_a_terminal() {
    let s = Swelearn::new();
    let (code, json, _) = s.run(&["search", "quorum read repair", "--json", "--limit", "3"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&json).expect("json");
    for hit in v.as_array().expect("array") {
        let snip = hit["snippet"].as_str().expect("snippet").to_lowercase();
        for w in ["quorum", "read", "repair"] {
            assert!(snip.contains(w), "{w} not in {snip}");
        }
    }
    let (_, piped, _) = s.run(&["search", "quorum read repair", "--limit", "1"]);
    assert!(!piped.contains('\u{1b}'), "{piped}");
    assert!(piped.contains("read repair"), "{piped}");
    let painted = s
        .cmd(&["search", "quorum read repair", "--limit", "1"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("runs");
    let painted = String::from_utf8_lossy(&painted.stdout);
    // The marked words are drawn black on yellow, bold.
    let mark = "\u{1b}[1m\u{1b}[30m\u{1b}[43m";
    assert!(
        painted.contains(&format!("{mark}read\u{1b}[0m{mark} repair\u{1b}[0m")),
        "{painted:?}"
    );
    let no_color = s
        .cmd(&["search", "quorum read repair", "--limit", "1"])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&no_color.stdout).contains('\u{1b}'));
}
