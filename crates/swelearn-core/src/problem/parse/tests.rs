//! The problem parser on a good problem and on each kind of mistake.

use super::*;

const GOOD: &str = r#"---
title: "Pair With Target Sum"
difficulty: easy
patterns: [two-pointers]
tags: [arrays]
signature: "pair_with_target_sum(nums: int[], target: int) -> int[]"
estimated_time: 15min
---

## Statement

Given a sorted array, return the indexes of two numbers that add up to `target`.

## Examples

```example
nums = [1, 2, 3, 4, 6]
target = 6
-> [1, 3]
```

Because 2 + 4 = 6.

## Constraints

- 2 <= len(nums) <= 100000

## Hints

1. The array is sorted.
2. Move two pointers towards each other.

## Solution

Two pointers, O(n).
"#;

const TESTS: &str = "# hidden cases\n{\"in\": [[1, 2], 3], \"out\": [0, 1], \"note\": \"smallest\"}\n\n{\"in\": [[-5, 0, 5], 0], \"out\": [0, 2]}\n";

fn parse(md: &str, tests: Option<&str>) -> Parsed {
    parse_problem(
        File {
            path: "p/problem.md",
            bytes: md.as_bytes(),
        },
        tests.map(|t| File {
            path: "p/tests.jsonl",
            bytes: t.as_bytes(),
        }),
        "pair-with-target-sum",
    )
}

fn errors(p: &Parsed) -> Vec<String> {
    p.diagnostics.iter().map(ToString::to_string).collect()
}

#[test]
fn a_good_problem_parses_with_its_examples_and_tests() {
    let p = parse(GOOD, Some(TESTS));
    assert!(p.diagnostics.is_empty(), "{:?}", errors(&p));
    let pr = p.problem.unwrap();
    assert_eq!(pr.id, "pair-with-target-sum");
    assert_eq!(pr.minutes, 15);
    assert_eq!(pr.hints.len(), 2);
    assert_eq!(pr.examples.len(), 1);
    assert_eq!(
        pr.examples[0].input.display(&pr.signature),
        "nums = [1,2,3,4,6], target = 6"
    );
    assert_eq!(
        pr.examples[0].expected.as_ref().unwrap().to_string(),
        "[1,3]"
    );
    assert_eq!(pr.tests.len(), 2);
    assert_eq!(pr.tests[0].note, "smallest");
    assert_eq!(pr.tests[1].number, 2);
    assert!(pr.statement_markdown().contains("## Constraints"));
}

#[test]
fn mistakes_name_the_file_line_and_fix() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "difficulty: easy",
            "difficulty: simple",
            "p/problem.md:3:13: error: `difficulty` must be easy, medium or hard",
        ),
        (
            "-> [1, 3]",
            "-> [1, \"x\"]",
            "p/problem.md:19:1: error: the result: [1]: expected int, found the string \"x\"",
        ),
        (
            "target = 6\n",
            "goal = 6\n",
            "p/problem.md:18:1: error: expected the argument `target` here",
        ),
        (
            "nums: int[], target: int",
            "nums: int[], target: integer",
            "p/problem.md:6:55: error: signature: unknown type `integer`",
        ),
        (
            "## Hints",
            "## Hintz",
            "error: a problem needs a `## Hints` section",
        ),
        (
            "estimated_time: 15min",
            "estimated_time: 15min\ntime_limit: 3",
            "p/problem.md:8:1: warning: unknown front matter key `time_limit` is ignored; did you mean `time_limit_ms`?",
        ),
        (
            "patterns: [two-pointers]\n",
            "",
            "error: the front matter needs `patterns`",
        ),
    ];
    for (from, to, want) in cases {
        let md = GOOD.replacen(from, to, 1);
        let p = parse(&md, None);
        let all = errors(&p).join("\n");
        assert!(
            all.contains(want),
            "after `{to}`, wanted `{want}` in:\n{all}"
        );
    }
}

#[test]
fn bad_test_lines_are_reported_by_line() {
    let tests = "{\"in\": [[1, 2], 3], \"out\": [0, 1]}\n{\"in\": [[1, 2]], \"out\": [0, 1]}\n{\"in\": [[1], 3], \"out\": \"no\"}\nnot json\n{\"in\": [[1], 3], \"out\": [0], \"why\": 1}\n";
    let p = parse(GOOD, Some(tests));
    let all = errors(&p).join("\n");
    assert!(
        all.contains("p/tests.jsonl:2:1: error: \"in\": pair_with_target_sum takes 2 argument(s)"),
        "{all}"
    );
    assert!(
        all.contains("p/tests.jsonl:3:1: error: \"out\": expected int[], found the string \"no\""),
        "{all}"
    );
    assert!(all.contains("p/tests.jsonl:4:"), "{all}");
    assert!(
        all.contains("p/tests.jsonl:5:1: error: unknown key `why`"),
        "{all}"
    );
    assert!(p.problem.is_none());
}

#[test]
fn class_examples_replay_calls() {
    let md = GOOD
        .replace(
            "signature: \"pair_with_target_sum(nums: int[], target: int) -> int[]\"",
            "signature: |\n  class LruCache(capacity: int)\n  get(key: int) -> int\n  put(key: int, value: int)",
        )
        .replace(
            "nums = [1, 2, 3, 4, 6]\ntarget = 6\n-> [1, 3]",
            "LruCache(1)\nput(1, 10)\nget(1) -> 10\nput(2, 20)\nget(1) -> -1",
        );
    let p = parse(&md, None);
    assert!(p.diagnostics.is_empty(), "{:?}", errors(&p));
    let pr = p.problem.unwrap();
    assert!(pr.is_class());
    assert_eq!(
        pr.examples[0].expected.as_ref().unwrap().to_string(),
        "[null,null,10,null,-1]"
    );
    let missing = md.replace("get(1) -> 10", "get(1)");
    let all = errors(&parse(&missing, None)).join("\n");
    assert!(
        all.contains("this call returns a value: add `-> result`"),
        "{all}"
    );
    let bad_sig = md.replace("get(key: int) -> int", "get(key: int) -> nope");
    let all = errors(&parse(&bad_sig, None)).join("\n");
    assert!(
        all.contains("p/problem.md:8:20: error: signature: unknown type `nope`"),
        "{all}"
    );
}

#[test]
fn escapes_in_a_problem_are_removed_and_reported() {
    let md = GOOD.replace("Given a sorted", "Given a \u{1b}[2J sorted");
    let p = parse(&md, None);
    assert!(errors(&p).join("\n").contains("control characters"));
    let pr = p.problem.expect("still parses");
    assert!(!pr.statement.contains('\u{1b}'));
}
