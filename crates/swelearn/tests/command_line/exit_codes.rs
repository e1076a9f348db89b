//! Exit codes over every command's bad inputs: a usage error (unknown option, bad value, bad
//! date, bad lab parameter, unknown setting) exits 2 with a message naming what was wrong and
//! what to write; a user error (nothing found, an unknown topic) exits 1; `--limit 0` means no
//! limit.

use crate::util::Swelearn;

/// (arguments, exit code, a piece of the message on stderr).
const CASES: &[(&[&str], i32, &str)] = &[
    // Usage errors: clap's own.
    (&["--frob"], 2, "unexpected argument '--frob'"),
    (&["frobnicate"], 2, "unrecognized subcommand 'frobnicate'"),
    (
        &["list", "--difficulty", "impossible"],
        2,
        "invalid value 'impossible' for '--difficulty",
    ),
    (
        &["list", "--limit", "0"],
        2,
        "unexpected argument '--limit'",
    ),
    (&["show"], 2, "<TOPIC>"),
    (&["search"], 2, "<QUERY>"),
    (
        &["search", "cache", "--limit", "abc"],
        2,
        "invalid value 'abc' for '--limit <N>'",
    ),
    (
        &["search", "cache", "--limit", "-1"],
        2,
        "unexpected argument '-1'",
    ),
    (&["tags", "--frob"], 2, "unexpected argument '--frob'"),
    (
        &["random", "--seed", "abc"],
        2,
        "invalid value 'abc' for '--seed",
    ),
    (
        &["review", "--limit", "x"],
        2,
        "invalid value 'x' for '--limit <N>'",
    ),
    (
        &["quiz", "--count", "0"],
        2,
        "invalid value '0' for '--count <N>': 0 is not in 1..=1000",
    ),
    (&["stats", "--frob"], 2, "unexpected argument '--frob'"),
    (
        &["mock", "--kind", "nope"],
        2,
        "invalid value 'nope' for '--kind <KIND>'",
    ),
    (
        &["mock", "--minutes", "0"],
        2,
        "invalid value '0' for '--minutes <MINUTES>': 0 is not in 1..=600",
    ),
    (
        &["plan", "--interview", "2027-13-45"],
        2,
        "invalid value '2027-13-45' for '--interview <DATE>': write a real date as YYYY-MM-DD",
    ),
    (
        &["plan", "--interview", "2027-02-29"],
        2,
        "invalid value '2027-02-29' for '--interview <DATE>'",
    ),
    (
        &["plan", "--interview", "tomorrow"],
        2,
        "invalid value 'tomorrow' for '--interview <DATE>'",
    ),
    (
        &[
            "plan",
            "--interview",
            "2027-06-01",
            "--minutes-per-day",
            "0",
        ],
        2,
        "invalid value '0' for '--minutes-per-day <N>': 0 is not in 1..=1440",
    ),
    (
        &["plan", "--focus", "cooking"],
        2,
        "invalid value 'cooking' for '--focus",
    ),
    (&["today", "--frob"], 2, "unexpected argument '--frob'"),
    (&["readiness", "--frob"], 2, "unexpected argument '--frob'"),
    (&["code", "frob"], 2, "unrecognized subcommand 'frob'"),
    (
        &["code", "--difficulty", "nope"],
        2,
        "invalid value 'nope' for '--difficulty",
    ),
    (&["completions", "nosh"], 2, "invalid value 'nosh'"),
    (&["export"], 2, "<FILE>"),
    (&["check", "--frob"], 2, "unexpected argument '--frob'"),
    // Usage errors only the command can see.
    (
        &["config", "nope"],
        2,
        "unknown setting `nope`; settings are desired-retention",
    ),
    (
        &["config", "desired-retention", "5"],
        2,
        "`5` is not a valid value for desired-retention: probability of recall",
    ),
    (
        &["config", "streak", "maybe"],
        2,
        "`maybe` is not a valid value for streak",
    ),
    (
        &["stories", "nope"],
        2,
        "`stories nope`: write `swelearn stories` to list them",
    ),
    (
        &["lab", "quorum", "--n", "0"],
        2,
        "--n must be a whole number between 1 and 100 (found 0)",
    ),
    (
        &["lab", "quorum", "n=abc"],
        2,
        "unexpected \"n=abc\": options look like --n 3",
    ),
    (
        &["lab", "bloom", "--frob", "1"],
        2,
        "the bloom lab has no parameter --frob",
    ),
    (
        &["lab", "availability", "--availability", "abc"],
        2,
        "--availability",
    ),
    (&["code", "start"], 2, "name the problem"),
    // User errors: nothing found, or a name that matches nothing.
    (
        &["show", "nope"],
        1,
        "no topic matches \"nope\"; the closest ids:",
    ),
    (
        &["show", "consistent-hashing", "--section", "nope"],
        1,
        "has no section \"nope\"",
    ),
    (&["search", "zzzzzz"], 1, "no topics match \"zzzzzz\""),
    (
        &["list", "--tag", "nope"],
        1,
        "no topics match these filters",
    ),
    (
        &["random", "--tag", "nope"],
        1,
        "no topics match these filters",
    ),
    (
        &["review", "--topic", "nope"],
        1,
        "no topic matches \"nope\"",
    ),
    (&["quiz", "--topic", "nope"], 1, "no topic matches \"nope\""),
    (&["mock", "--topic", "nope"], 1, "no topic matches \"nope\""),
    (&["lab", "nosuchlab"], 1, "no lab is called \"nosuchlab\""),
    (&["code", "start", "nope"], 1, "no problem matches \"nope\""),
    (
        &["import", "/nonexistent/file.jsonl"],
        1,
        "cannot read /nonexistent/file.jsonl",
    ),
];

#[test]
fn every_bad_input_exits_with_its_kind_of_error() {
    let s = Swelearn::new();
    let mut wrong = Vec::new();
    for &(args, code, message) in CASES {
        let (got, out, err) = s.run_at(args, "1800000000", "");
        if got != code || !err.contains(message) || !out.is_empty() {
            wrong.push(format!(
                "{args:?}: exit {got} (want {code}), stderr {err:?}, stdout {out:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn limit_0_means_no_limit() {
    let s = Swelearn::new();
    let first_line = |args: &[&str]| {
        let (code, out, err) = s.run_at(args, "1800000000", "q\n");
        assert_eq!(code, 0, "{args:?}: {err}");
        out.lines().find(|l| l.starts_with('[')).map(str::to_owned)
    };
    let all = first_line(&["review", "--tag", "caching"]).expect("cards");
    assert_eq!(
        first_line(&["review", "--tag", "caching", "--limit", "0"]),
        Some(all)
    );
    assert_eq!(
        first_line(&["review", "--tag", "caching", "--limit", "2"]).as_deref(),
        Some("[1/2] Cache Eviction: LRU, LFU and TTL · new card")
    );
    let count = |args: &[&str]| {
        let (_, out, _) = s.run(args);
        serde_json::from_str::<serde_json::Value>(&out)
            .expect("json")
            .as_array()
            .expect("array")
            .len()
    };
    let every = count(&["search", "cache", "--json", "--limit", "0"]);
    assert!(every > 10, "{every}");
    assert_eq!(count(&["search", "cache", "--json", "--limit", "3"]), 3);
}
