//! Starter and harness generation: names, types and the statement comment in every language.
//! (That every starter compiles with its harness is tested through the judge, with the real
//! toolchains.)

use super::*;
use crate::problem::parse::{File, parse_problem};

const PROBLEM: &str = r#"---
title: "Pair With Target Sum"
difficulty: easy
patterns: [two-pointers]
tags: [arrays]
signature: "pair_with_target_sum(nums: int[], target: int) -> int[]"
---

## Statement

Return the indexes of two numbers that add up to `target`. A path like C:\users\name and an
escape like \u000a stay inside the comment.

## Examples

```example
nums = [1, 2, 3, 4, 6]
target = 6
-> [1, 3]
```

## Constraints

- 2 <= len(nums) <= 100000 \

## Hints

1. Two pointers.

## Solution

Two pointers.
"#;

fn problem(md: &str) -> Problem {
    let parsed = parse_problem(
        File {
            path: "p/problem.md",
            bytes: md.as_bytes(),
        },
        None,
        "pair-with-target-sum",
    );
    parsed.problem.expect("parses")
}

fn class_problem() -> Problem {
    let md = PROBLEM
        .replace(
            "signature: \"pair_with_target_sum(nums: int[], target: int) -> int[]\"",
            "signature: |\n  class LruCache(capacity: int)\n  get(key: int) -> int\n  put(key: int, value: int)",
        )
        .replace(
            "nums = [1, 2, 3, 4, 6]\ntarget = 6\n-> [1, 3]",
            "LruCache(1)\nput(1, 1)\nget(1) -> 1",
        );
    problem(&md)
}

#[test]
fn camel_case() {
    assert_eq!(camel("pair_with_target_sum"), "pairWithTargetSum");
    assert_eq!(camel("get"), "get");
    assert_eq!(method_name(Lang::Rust, "top_k"), "top_k");
    assert_eq!(method_name(Lang::Go, "top_k"), "topK");
}

#[test]
fn starters_declare_the_signature_in_each_language() {
    let p = problem(PROBLEM);
    let want = [
        (
            Lang::Python,
            "def pair_with_target_sum(nums: list[int], target: int) -> list[int]:\n    return []",
        ),
        (
            Lang::Rust,
            "pub fn pair_with_target_sum(nums: Vec<i64>, target: i64) -> Vec<i64> {\n    Vec::new()\n}",
        ),
        (
            Lang::Cpp,
            "vector<long long> pairWithTargetSum(vector<long long>& nums, long long target) {",
        ),
        (
            Lang::Java,
            "public long[] pairWithTargetSum(long[] nums, long target) {\n        return new long[0];",
        ),
        (
            Lang::JavaScript,
            "function pairWithTargetSum(nums, target) {",
        ),
        (
            Lang::Go,
            "func pairWithTargetSum(nums []int, target int) []int {\n\treturn nil\n}",
        ),
    ];
    for (lang, code) in want {
        let s = starter(lang, &p);
        assert!(s.contains(code), "{lang}:\n{s}");
        assert!(
            s.contains("nums = [1, 2, 3, 4, 6]"),
            "{lang}: examples in the comment"
        );
        assert!(
            s.contains("Constraints"),
            "{lang}: constraints in the comment"
        );
        assert!(
            s.lines()
                .all(|l| l.chars().count() <= 100 || !l.starts_with(lang.comment())),
            "{lang}: a comment line is longer than 100 columns"
        );
    }
    assert!(starter(Lang::JavaScript, &p).contains("module.exports = { pairWithTargetSum };"));
    assert!(starter(Lang::Cpp, &p).contains("class Solution {\npublic:"));
}

#[test]
fn class_starters_name_the_constructor_as_each_language_does() {
    let p = class_problem();
    let want = [
        (
            Lang::Python,
            "    def __init__(self, capacity: int):\n        pass",
        ),
        (
            Lang::Python,
            "    def put(self, key: int, value: int) -> None:\n        pass",
        ),
        (
            Lang::Rust,
            "    pub fn new(capacity: i64) -> Self {\n        LruCache {}\n    }",
        ),
        (Lang::Rust, "    pub fn get(&mut self, key: i64) -> i64 {"),
        (Lang::Cpp, "    LruCache(long long capacity) {}"),
        (Lang::Java, "    public LruCache(long capacity) {}"),
        (Lang::JavaScript, "    constructor(capacity) {}"),
        (
            Lang::Go,
            "func NewLruCache(capacity int) *LruCache {\n\treturn &LruCache{}\n}",
        ),
        (
            Lang::Go,
            "func (this *LruCache) put(key int, value int) {\n}",
        ),
    ];
    for (lang, code) in want {
        let s = starter(lang, &p);
        assert!(s.contains(code), "{lang}: wanted\n{code}\nin\n{s}");
    }
}

#[test]
fn the_comment_cannot_end_early_or_declare_an_encoding() {
    let p = problem(&PROBLEM.replace(
        "title: \"Pair With Target Sum\"",
        "title: \"x coding: latin-1\"",
    ));
    let py = starter(Lang::Python, &p);
    let first_two: Vec<&str> = py.lines().take(2).collect();
    assert_eq!(first_two, ["# Problem pair-with-target-sum (easy)", "#"]);
    let java = starter(Lang::Java, &p);
    assert!(
        java.contains("\\ u000a") && !java.contains("\\u000a"),
        "{java}"
    );
    // The C++ constraint line ends in a backslash; the block still ends with a plain `//` line.
    let cpp = starter(Lang::Cpp, &p);
    let last_comment = cpp
        .lines()
        .take_while(|l| l.starts_with("//"))
        .last()
        .unwrap();
    assert_eq!(last_comment, "//");
    assert!(cpp.contains("100000 \\\n//"), "{cpp}");
}

#[test]
fn harnesses_name_the_users_file_and_the_entry_point() {
    let p = problem(PROBLEM);
    let want = [
        (
            Lang::Python,
            "main.py",
            "_f = solution.pair_with_target_sum",
        ),
        (
            Lang::Rust,
            "main.rs",
            "#[path = \"solution.rs\"]\nmod solution;",
        ),
        (Lang::Cpp, "main.cpp", "#include \"solution.cpp\""),
        (
            Lang::Java,
            "Main.java",
            "r = sol.pairWithTargetSum((long[]) c[0], (Long) c[1]);",
        ),
        (
            Lang::JavaScript,
            "main.js",
            "require('./solution.js').pairWithTargetSum",
        ),
        (
            Lang::Go,
            "main.go",
            "var r []int = pairWithTargetSum(c.a0, c.a1)",
        ),
    ];
    for (lang, file, text) in want {
        let h = harness(lang, &p.signature);
        assert_eq!(h.files.len(), 1);
        assert_eq!(h.files[0].0, file);
        assert!(h.files[0].1.contains(text), "{lang}: {text}");
    }
    let rust = harness(Lang::Rust, &p.signature).files.remove(0).1;
    assert!(
        rust.contains(RUST_PRELUDE),
        "the Rust prelude is carried verbatim"
    );
}
