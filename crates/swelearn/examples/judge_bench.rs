//! Measures the coding judge (run by `scripts/bench-judge.sh` on a release build): the overhead
//! per test in each language (start the process, read the input, run the harness) on a trivial
//! problem, the time to judge whole submissions of the sample problems, and what the compile
//! cache saves.
//!
//! Usage: `judge_bench LAUNCHER REPO_ROOT` (LAUNCHER: the `swelearn` binary).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use swelearn_core::problem::parse::{File, parse_problem};
use swelearn_core::problem::{Lang, Problem};
use swelearn_judge::{Config, Judge, Launcher, Mode, Report, Submission, Verdict};
use swelearn_problems::{BUNDLED, Builtin};

const RUNS: usize = 5;

/// `echo(x: int) -> int` with 1 example and `n - 1` hidden cases.
fn echo_problem(n: usize) -> Problem {
    let md = "---\ntitle: \"Echo\"\ndifficulty: easy\npatterns: [two-pointers]\ntags: [arrays]\nsignature: \"echo(x: int) -> int\"\n---\n\n## Statement\n\nReturn `x`.\n\n## Examples\n\n```example\nx = 1\n-> 1\n```\n\n## Constraints\n\n- Any integer.\n\n## Hints\n\n1. Return it.\n\n## Solution\n\nReturn it.\n";
    let tests: String = (2..=n)
        .map(|i| format!("{{\"in\": [{i}], \"out\": {i}}}\n"))
        .collect::<Vec<_>>()
        .concat();
    parse_problem(
        File {
            path: "echo/problem.md",
            bytes: md.as_bytes(),
        },
        Some(File {
            path: "echo/tests.jsonl",
            bytes: tests.as_bytes(),
        }),
        "echo",
    )
    .problem
    .expect("the echo problem parses")
}

fn echo_solution(lang: Lang) -> &'static str {
    match lang {
        Lang::Python => "def echo(x: int) -> int:\n    return x\n",
        Lang::Rust => "pub fn echo(x: i64) -> i64 {\n    x\n}\n",
        Lang::Cpp => {
            "class Solution {\npublic:\n    long long echo(long long x) { return x; }\n};\n"
        }
        Lang::Java => {
            "class Solution {\n    public long echo(long x) {\n        return x;\n    }\n}\n"
        }
        Lang::JavaScript => "function echo(x) {\n    return x;\n}\n\nmodule.exports = { echo };\n",
        Lang::Go => "package main\n\nfunc echo(x int) int {\n\treturn x\n}\n",
    }
}

fn submission<'a>(problem: &'a Problem, lang: Lang, source: &'a Path) -> Submission<'a> {
    Submission {
        problem,
        builtin: None,
        lang,
        source,
        mode: Mode::Submit,
        extra: &[],
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

fn judge(judge: &Judge, s: &Submission) -> (Duration, Report) {
    let start = Instant::now();
    let r = judge.run(s, &mut |_| {}).expect("judges");
    (start.elapsed(), r)
}

fn bundled(folder: &str) -> (Problem, Option<Builtin>) {
    let b = BUNDLED
        .iter()
        .find(|b| b.folder == folder)
        .expect("bundled");
    let p = parse_problem(
        File {
            path: "problem.md",
            bytes: b.file("problem.md").expect("problem.md"),
        },
        b.file("tests.jsonl").map(|bytes| File {
            path: "tests.jsonl",
            bytes,
        }),
        folder,
    )
    .problem
    .expect("parses");
    (p, b.builtin)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let launcher = PathBuf::from(&args[1]);
    let root = PathBuf::from(&args[2]);
    let work = tempfile::tempdir().expect("temp dir");
    let judge_at = |cache: &Path| Judge::new(Config::new(cache, Launcher::swelearn(&launcher)));
    let j = judge_at(&work.path().join("cache"));

    println!("Overhead per test on a trivial problem (echo an integer), median of {RUNS} runs:");
    println!("  one test alone: process start + input + harness + one call, cache hit");
    println!("  1000 tests: one process running 1000 tests (a batch of small cases)");
    println!("  per test in a batch: (1000 tests - one test) / 999");
    println!("  compile and cache hit: as the judge reports them, in whole milliseconds");
    println!();
    println!(
        "{:<18} {:>10} {:>10} {:>10} {:>10} {:>13} {:>8}",
        "language", "compile", "cache hit", "one test", "1000 tests", "per test", "peak"
    );
    let one = echo_problem(1);
    let many = echo_problem(1000);
    for &lang in Lang::ALL {
        if let Err(e) = j.toolchain(lang) {
            println!("{:<18} skipped: {e}", lang.title());
            continue;
        }
        let src = work.path().join(lang.solution_file());
        std::fs::write(&src, echo_solution(lang)).expect("write");
        let sub = |p| submission(p, lang, &src);
        let (_, first) = judge(&j, &sub(&one));
        assert_eq!(first.verdict, Verdict::Accepted, "{lang}");
        let compile = Duration::from_millis(first.compile.millis);
        let mut hits = Vec::new();
        let mut singles = Vec::new();
        let mut batches = Vec::new();
        let mut peak = 0;
        for _ in 0..RUNS {
            let (t, r) = judge(&j, &sub(&one));
            assert!(r.compile.cached);
            hits.push(Duration::from_millis(r.compile.millis));
            singles.push(t);
            peak = peak.max(r.tests[0].memory_kb.unwrap_or(0));
            let (t, r) = judge(&j, &sub(&many));
            assert_eq!(r.verdict, Verdict::Accepted);
            batches.push(t);
        }
        let single = median(singles);
        let batch = median(batches);
        let per_test = (batch.as_secs_f64() - single.as_secs_f64()) / 999.0;
        println!(
            "{:<18} {:>10} {:>10} {:>10} {:>10} {:>10.0} us {:>5} MB",
            lang.title(),
            ms(compile),
            ms(median(hits)),
            ms(single),
            ms(batch),
            per_test * 1e6,
            peak >> 10
        );
    }

    println!();
    println!("Whole submissions (examples, hidden and large cases), median of {RUNS} runs:");
    println!(
        "{:<28} {:<8} {:>12} {:>12} {:>8}",
        "problem", "language", "cold", "warm", "tests"
    );
    for folder in ["pair-with-target-sum", "lru-cache"] {
        let (problem, builtin) = bundled(folder);
        for (file, lang) in [("solution.py", Lang::Python), ("solution.rs", Lang::Rust)] {
            if j.toolchain(lang).is_err() {
                continue;
            }
            let source = root.join("problems").join(folder).join(file);
            let s = Submission {
                problem: &problem,
                builtin: builtin.as_ref(),
                lang,
                source: &source,
                mode: Mode::Submit,
                extra: &[],
            };
            // Cold: an empty cache and a fresh judge (compile, and calibrate the large cases).
            let cold_dir = tempfile::tempdir().expect("temp dir");
            let (cold, r) = judge(&judge_at(cold_dir.path()), &s);
            assert_eq!(r.verdict, Verdict::Accepted, "{folder} {file}");
            // Warm: cached build and calibration.
            let warm = median((0..RUNS).map(|_| judge(&j, &s).0).collect());
            println!(
                "{folder:<28} {:<8} {:>12} {:>12} {:>8}",
                lang.name(),
                ms(cold),
                ms(warm),
                r.tests.len()
            );
        }
    }
}
