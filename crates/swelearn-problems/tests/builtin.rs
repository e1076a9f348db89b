//! Every bundled problem parses cleanly, and its built-in Rust reference gives the expected
//! output on every example and hidden case and runs on its large cases.

use swelearn_core::problem::compare::{self, Compare};
use swelearn_core::problem::parse::{File, parse_problem};
use swelearn_core::problem::{Input, Problem, Value};
use swelearn_problems::{BUNDLED, Bundled, large_cases};

fn parse(b: &Bundled) -> Problem {
    let md_path = format!("problems/{}/problem.md", b.folder);
    let tests_path = format!("problems/{}/tests.jsonl", b.folder);
    let parsed = parse_problem(
        File {
            path: &md_path,
            bytes: b.file("problem.md").expect("problem.md"),
        },
        b.file("tests.jsonl").map(|bytes| File {
            path: &tests_path,
            bytes,
        }),
        b.folder,
    );
    let all: Vec<String> = parsed.diagnostics.iter().map(ToString::to_string).collect();
    assert!(all.is_empty(), "{}", all.join("\n"));
    parsed.problem.expect("parses")
}

fn right(
    p: &Problem,
    b: &Bundled,
    input: &Input,
    expected: &Value,
    got: &Value,
) -> Result<(), String> {
    if p.compare == Compare::Checker {
        let check = b
            .builtin
            .and_then(|x| x.check)
            .ok_or("compare: checker needs a `check` in builtin.rs")?;
        return check(input, expected, got);
    }
    match compare::compare(p.compare, p.tolerance, expected, got) {
        None => Ok(()),
        Some(d) => Err(d.message),
    }
}

/// Runs `f` on a thread with a big stack, as the judge does: references recurse on deep inputs.
fn big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no panic")
}

#[test]
fn references_pass_every_stored_case() {
    assert!(!BUNDLED.is_empty());
    for b in BUNDLED {
        let p = parse(b);
        let builtin = b
            .builtin
            .unwrap_or_else(|| panic!("{}: no builtin.rs", b.folder));
        for case in p.examples.iter().chain(&p.tests) {
            let got = (builtin.run)(&case.input)
                .unwrap_or_else(|e| panic!("{} {}: {e}", b.folder, case.label()))
                .value;
            let expected = case.expected.as_ref().expect("stored cases have outputs");
            if let Err(e) = right(&p, b, &case.input, expected, &got) {
                panic!("{} {} ({}): {e}", b.folder, case.label(), case.note);
            }
        }
    }
}

#[test]
fn large_cases_fit_the_signature_and_run() {
    for b in BUNDLED {
        let p = parse(b);
        let builtin = b.builtin.expect("builtin");
        let sig = p.signature.clone();
        let folder = b.folder;
        big_stack(move || {
            let cases = large_cases(&builtin);
            assert!(!cases.is_empty(), "{folder}: no large cases");
            for (i, input) in cases.iter().enumerate() {
                let checked = Input::from_value(&sig, input.to_value())
                    .unwrap_or_else(|e| panic!("{folder} large {}: {e}", i + 1));
                assert_eq!(
                    &checked,
                    input,
                    "{folder} large {}: not in canonical form",
                    i + 1
                );
                (builtin.run)(input).unwrap_or_else(|e| panic!("{folder} large {}: {e}", i + 1));
            }
        });
    }
}
