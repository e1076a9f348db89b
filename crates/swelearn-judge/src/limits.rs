//! Time limits calibrated on this machine. Each large case's limit comes from the built-in Rust
//! reference's time on that very case here (the fastest of three runs, on a thread with a 1 GiB
//! stack), times the problem's factor and the language's; the same run gives the expected
//! output. Small cases get a floor, so start-up noise never fails them. So the same solution
//! gets the same verdict on a fast laptop and a slow one.

use std::time::Duration;

use swelearn_core::problem::{Input, Lang, Problem, Value};
use swelearn_problems::Builtin;

/// How many times the reference runs on each large case.
const RUNS: usize = 3;
/// The stack of the thread the reference runs on: references recurse on deep inputs.
const REFERENCE_STACK: usize = 1 << 30;

/// A generated large case with its expected output and the reference's best time.
#[derive(Debug, Clone, PartialEq)]
pub struct Large {
    pub input: Input,
    pub expected: Value,
    pub reference: Duration,
}

/// The least time any test gets: compiled languages start fast, interpreters and the JVM less so.
pub fn floor(lang: Lang) -> Duration {
    match lang {
        Lang::Rust | Lang::Cpp | Lang::Go => Duration::from_secs(1),
        Lang::Python | Lang::JavaScript | Lang::Java => Duration::from_secs(2),
    }
}

/// The limit of a large case whose reference took `reference`.
pub fn large(lang: Lang, problem: &Problem, reference: Duration) -> Duration {
    floor(lang).max(reference.mul_f64(problem.time_factor * lang.speed_factor()))
}

/// The limit of an example, hidden or own case: the floor when there is a built-in reference;
/// otherwise from the problem's `time_limit_ms`, which is written for a Rust solution with
/// room (1.5x) to spare.
pub fn small(lang: Lang, problem: &Problem, has_reference: bool) -> Duration {
    if has_reference {
        floor(lang)
    } else {
        floor(lang).max(
            Duration::from_millis(u64::from(problem.time_limit_ms))
                .mul_f64(lang.speed_factor() / 1.5),
        )
    }
}

/// Runs `f` on a thread with a large stack; a panic becomes an error.
pub fn on_big_stack<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    std::thread::Builder::new()
        .name("reference".into())
        .stack_size(REFERENCE_STACK)
        .spawn(f)
        .map_err(|e| format!("cannot start the reference's thread: {e}"))?
        .join()
        .map_err(|p| {
            p.downcast_ref::<&str>()
                .map(ToString::to_string)
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "the reference panicked".into())
        })
}

/// Generates a problem's large cases and times the reference on each.
pub fn calibrate(builtin: Builtin) -> Result<Vec<Large>, String> {
    on_big_stack(move || {
        let mut out = Vec::new();
        for (i, input) in swelearn_problems::large_cases(&builtin)
            .into_iter()
            .enumerate()
        {
            let mut best = Duration::MAX;
            let mut expected = None;
            // The reference times its own calls, not the conversion of test values.
            for _ in 0..RUNS {
                let ran =
                    (builtin.run)(&input).map_err(|e| format!("large case {}: {e}", i + 1))?;
                best = best.min(ran.elapsed);
                expected.get_or_insert(ran.value);
            }
            out.push(Large {
                input,
                expected: expected.unwrap_or(Value::Null),
                reference: best,
            });
        }
        Ok(out)
    })?
}

/// The reference's output for one input, if it can run it (a user's case may break the
/// problem's constraints and make the reference panic).
pub fn reference_output(builtin: Builtin, input: Input) -> Option<Value> {
    on_big_stack(move || (builtin.run)(&input).ok().map(|r| r.value))
        .ok()
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_scale_with_the_reference_and_never_drop_below_the_floor() {
        let md = include_str!("../../../problems/pair-with-target-sum/problem.md");
        let p = swelearn_core::problem::parse::parse_problem(
            swelearn_core::problem::parse::File {
                path: "problem.md",
                bytes: md.as_bytes(),
            },
            None,
            "pair-with-target-sum",
        )
        .problem
        .unwrap();
        assert_eq!(
            large(Lang::Rust, &p, Duration::from_millis(1)),
            floor(Lang::Rust)
        );
        // 100 ms x the default factor 5 x Python's 40.
        assert_eq!(
            large(Lang::Python, &p, Duration::from_millis(100)),
            Duration::from_secs(20)
        );
        assert_eq!(small(Lang::Java, &p, true), Duration::from_secs(2));
        // No reference: 2000 ms for Rust with 1.5x room, times the language's factor.
        assert_eq!(small(Lang::Rust, &p, false), Duration::from_secs(2));
        assert_eq!(small(Lang::Go, &p, false).as_millis(), 2666);
    }

    #[test]
    fn a_panicking_reference_is_an_error_not_a_crash() {
        assert_eq!(
            on_big_stack(|| -> u8 { panic!("boom") }),
            Err("boom".to_owned())
        );
    }
}
