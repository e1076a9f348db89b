//! Deciding a test from what its process did: a returned result is compared with the expected
//! one (or given to the problem's checker); a process that ended early is a crash, a stack
//! overflow, a memory or time limit, or an output flood.

use std::time::Duration;

use swelearn_core::problem::compare::{self, Compare};
use swelearn_core::problem::wire;
use swelearn_core::problem::{Input, Problem, Value};
use swelearn_core::sanitize;
use swelearn_problems::Builtin;

use crate::recipe::Memory;
use crate::run::{End, Returned, Stopped};
use crate::verdict::{Mismatch, Verdict};

/// The longest a shown value is; longer ones are cut around their first difference.
const SHOWN: usize = 600;
/// How many lines of stderr a crash shows.
const STDERR_LINES: usize = 20;

/// The verdict of a returned case, what to say about it, the mismatch of a wrong answer, and
/// the output when there was nothing to compare against.
pub struct Judged {
    pub verdict: Verdict,
    pub message: String,
    pub mismatch: Option<Mismatch>,
    pub output: Option<String>,
}

/// `text` cut to about `SHOWN` characters around the character offset `at`, with the offset
/// moved to match.
pub fn window(text: &str, at: usize) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= SHOWN {
        return (text.to_owned(), at);
    }
    let start = at
        .saturating_sub(SHOWN / 4)
        .min(chars.len().saturating_sub(SHOWN));
    let end = (start + SHOWN).min(chars.len());
    let mut out = String::new();
    let mut shift = start;
    if start > 0 {
        out.push_str("...");
        shift = shift.saturating_sub(3);
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push_str("...");
    }
    (out, at - shift)
}

/// The input as people read it, cut when long.
pub fn show_input(problem: &Problem, input: &Input) -> String {
    window(&input.display(&problem.signature), 0).0
}

/// Judges a case that returned, against `expected` (none: shown, not judged).
pub fn returned(
    problem: &Problem,
    builtin: Option<&Builtin>,
    input: &Input,
    expected: Option<&Value>,
    r: &Returned,
) -> Judged {
    let got = match &r.outcome {
        Err(why) => Err(format!("the result is not of the declared type: {why}")),
        Ok(tokens) => wire::decode_output(&problem.signature, input, tokens)
            .map_err(|e| format!("the result could not be read: {e}")),
    };
    let got = match got {
        Ok(v) => v,
        Err(message) => {
            let message = sanitize::strip_controls(&message).0;
            return Judged {
                verdict: Verdict::WrongAnswer,
                mismatch: expected.map(|e| Mismatch {
                    input: show_input(problem, input),
                    expected: window(&e.to_string(), 0).0,
                    got: message.clone(),
                    expected_at: 0,
                    got_at: 0,
                    difference: message.clone(),
                }),
                message,
                output: None,
            };
        }
    };
    let Some(expected) = expected else {
        return Judged {
            verdict: Verdict::Ran,
            message: String::new(),
            mismatch: None,
            output: Some(window(&got.to_string(), 0).0),
        };
    };
    let checker = builtin.and_then(|b| b.check);
    let wrong = if problem.compare == Compare::Checker
        && let Some(check) = checker
    {
        check(input, expected, &got).err().map(|why| (why, 0, 0))
    } else {
        compare::compare(problem.compare, problem.tolerance, expected, &got)
            .map(|d| (d.message, d.expected_at, d.got_at))
    };
    match wrong {
        None => Judged {
            verdict: Verdict::Accepted,
            message: String::new(),
            mismatch: None,
            output: None,
        },
        Some((difference, e_at, g_at)) => {
            let (exp, expected_at) = window(&expected.to_string(), e_at);
            let (got, got_at) = window(&got.to_string(), g_at);
            let difference = sanitize::strip_controls(&difference).0;
            Judged {
                verdict: Verdict::WrongAnswer,
                message: difference.clone(),
                mismatch: Some(Mismatch {
                    input: show_input(problem, input),
                    expected: exp,
                    got,
                    expected_at,
                    got_at,
                    difference,
                }),
                output: None,
            }
        }
    }
}

const STACK_OVERFLOW: &[&str] = &[
    "RecursionError",
    "maximum recursion depth exceeded",
    "StackOverflowError",
    "has overflowed its stack",
    "Maximum call stack size exceeded",
    "goroutine stack exceeds",
    "stack overflow",
];

const OUT_OF_MEMORY: &[&str] = &[
    "MemoryError",
    "OutOfMemoryError",
    "out of memory",
    "memory allocation of",
    "std::bad_alloc",
    "heap out of memory",
    "Reached heap limit",
    "Cannot allocate memory",
];

/// The last lines of stderr, without control characters.
pub fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.trim_end().lines().collect();
    let tail = &lines[lines.len().saturating_sub(STDERR_LINES)..];
    sanitize::strip_controls(&tail.join("\n")).0
}

fn signal_name(signal: i32) -> String {
    nix::sys::signal::Signal::try_from(signal).map_or_else(
        |_| format!("signal {signal}"),
        |s| format!("signal {signal} ({})", s.as_str()),
    )
}

fn mb(bytes: u64) -> u64 {
    bytes >> 20
}

/// The verdict of the case that was in progress when a process ended early, and what to say.
pub fn ended(end: &End, memory: &Memory, limit: Duration, startup: Duration) -> (Verdict, String) {
    let limit_ms = limit.as_millis();
    match &end.stopped {
        Some(Stopped::Time) => {
            return (
                Verdict::TimeLimitExceeded,
                format!(
                    "stopped after {} ms (the limit is {limit_ms} ms)",
                    end.running_for.as_millis()
                ),
            );
        }
        Some(Stopped::Startup) => {
            return (
                Verdict::TimeLimitExceeded,
                format!(
                    "the program did not start its first test within {} s",
                    startup.as_secs()
                ),
            );
        }
        Some(Stopped::Output) => {
            return (
                Verdict::OutputLimitExceeded,
                "the program wrote more output than the judge reads".into(),
            );
        }
        Some(Stopped::Lingered) => {
            return (
                Verdict::RuntimeError,
                "the program did not exit after its last test".into(),
            );
        }
        Some(Stopped::Protocol(why)) => return (Verdict::RuntimeError, why.clone()),
        Some(Stopped::Asked) | None => {}
    }
    let Some(outcome) = &end.outcome else {
        return (
            Verdict::RuntimeError,
            "the sandbox launcher ended without a report".into(),
        );
    };
    let peak = outcome.peak_kb * 1024;
    let limit_mb = mb(memory.verdict_at);
    if outcome.killed_for_memory {
        return (
            Verdict::MemoryLimitExceeded,
            format!("used more than {limit_mb} MB"),
        );
    }
    if outcome.killed_for_wall {
        return (
            Verdict::TimeLimitExceeded,
            format!("stopped after {} s of wall time", end.running_for.as_secs()),
        );
    }
    let stderr = &end.stderr;
    let segv = matches!(outcome.signal, Some(11 | 7));
    if STACK_OVERFLOW.iter().any(|p| stderr.contains(p)) || (segv && peak >= memory.stack / 10 * 9)
    {
        return (
            Verdict::RuntimeError,
            "stack overflow: the recursion went too deep".into(),
        );
    }
    // The JVM reports `-XX:+ExitOnOutOfMemoryError` on stdout, after the solution's own output.
    let oom = OUT_OF_MEMORY
        .iter()
        .any(|p| stderr.contains(p) || end.printed.contains(p));
    if oom || peak >= memory.verdict_at {
        return (
            Verdict::MemoryLimitExceeded,
            format!(
                "ran out of memory (peak {} MB, limit {limit_mb} MB)",
                mb(peak)
            ),
        );
    }
    if outcome.signal == Some(24) {
        return (
            Verdict::TimeLimitExceeded,
            format!("used more CPU time than allowed ({} ms)", outcome.cpu_ms),
        );
    }
    match (outcome.signal, outcome.exit_code) {
        (Some(sig), _) => (
            Verdict::RuntimeError,
            format!("killed by {}", signal_name(sig)),
        ),
        (None, Some(0)) => (
            Verdict::RuntimeError,
            "the program exited before returning from this test".into(),
        ),
        (None, Some(code)) => (Verdict::RuntimeError, format!("exited with code {code}")),
        (None, None) => (Verdict::RuntimeError, "the program ended".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_around_the_difference() {
        let text = "0,1,2,3,4,5,6,7,8,9,".repeat(100);
        let (shown, at) = window(&text, 1500);
        assert!(shown.starts_with("...") && shown.ends_with("..."));
        assert_eq!(shown.chars().nth(at), text.chars().nth(1500));
        assert!(shown.chars().count() <= SHOWN + 6);
        assert_eq!(window("[1,2]", 3), ("[1,2]".to_owned(), 3));
    }

    fn end(outcome: Outcome, stderr: &str) -> End {
        End {
            returned: 0,
            stopped: None,
            running_for: Duration::from_millis(5),
            outcome: Some(outcome),
            stderr: stderr.into(),
            printed: String::new(),
            status: None,
        }
    }

    use crate::sandbox::Outcome;

    #[test]
    fn crashes_are_told_apart() {
        let mem = Memory {
            address_space: None,
            stack: 256 << 20,
            verdict_at: 256 << 20,
            kill_at: 320 << 20,
        };
        let limit = Duration::from_secs(1);
        let startup = Duration::from_secs(10);
        let exit = |code| Outcome {
            exit_code: Some(code),
            ..Outcome::default()
        };
        let cases = [
            (
                end(exit(1), "Traceback...\nZeroDivisionError: division by zero"),
                Verdict::RuntimeError,
                "exited with code 1",
            ),
            (
                end(exit(1), "RecursionError: maximum recursion depth exceeded"),
                Verdict::RuntimeError,
                "stack overflow",
            ),
            (
                end(exit(1), "MemoryError"),
                Verdict::MemoryLimitExceeded,
                "ran out of memory",
            ),
            (
                end(
                    Outcome {
                        signal: Some(11),
                        peak_kb: 250 << 10,
                        ..Outcome::default()
                    },
                    "",
                ),
                Verdict::RuntimeError,
                "stack overflow",
            ),
            (
                end(
                    Outcome {
                        signal: Some(11),
                        peak_kb: 3 << 10,
                        ..Outcome::default()
                    },
                    "",
                ),
                Verdict::RuntimeError,
                "killed by signal 11 (SIGSEGV)",
            ),
            (
                end(
                    Outcome {
                        killed_for_memory: true,
                        ..Outcome::default()
                    },
                    "",
                ),
                Verdict::MemoryLimitExceeded,
                "used more than 256 MB",
            ),
            (
                end(
                    Outcome {
                        exit_code: Some(0),
                        peak_kb: 300 << 10,
                        ..Outcome::default()
                    },
                    "",
                ),
                Verdict::MemoryLimitExceeded,
                "peak 300 MB",
            ),
            (
                end(
                    Outcome {
                        signal: Some(24),
                        ..Outcome::default()
                    },
                    "",
                ),
                Verdict::TimeLimitExceeded,
                "CPU time",
            ),
            (
                end(exit(0), ""),
                Verdict::RuntimeError,
                "exited before returning",
            ),
        ];
        for (e, verdict, text) in cases {
            let (v, message) = ended(&e, &mem, limit, startup);
            assert_eq!(v, verdict, "{message}");
            assert!(message.contains(text), "{message}");
        }
        let mut timed = end(Outcome::default(), "");
        timed.stopped = Some(Stopped::Time);
        timed.outcome = None;
        timed.running_for = Duration::from_millis(2004);
        assert_eq!(
            ended(&timed, &mem, limit, startup),
            (
                Verdict::TimeLimitExceeded,
                "stopped after 2004 ms (the limit is 1000 ms)".into()
            )
        );
    }
}
