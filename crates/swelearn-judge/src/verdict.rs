//! Verdicts, per test and overall, with what each test says: its time against its limit, its
//! peak memory, and for a wrong answer the input, the expected and the actual output with the
//! first difference marked.

use serde::Serialize;
use swelearn_core::problem::{CaseKind, Lang};

/// The verdict of a test, or of a whole submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accepted,
    WrongAnswer,
    TimeLimitExceeded,
    MemoryLimitExceeded,
    RuntimeError,
    CompileError,
    OutputLimitExceeded,
    /// Not run: an earlier test of a submission failed.
    Skipped,
    /// Run with nothing to compare against (one of your own cases without an expected output
    /// on a problem without a built-in reference): the output is shown, not judged.
    Ran,
}

impl Verdict {
    /// The name online judges use.
    pub fn title(self) -> &'static str {
        match self {
            Verdict::Accepted => "Accepted",
            Verdict::WrongAnswer => "Wrong Answer",
            Verdict::TimeLimitExceeded => "Time Limit Exceeded",
            Verdict::MemoryLimitExceeded => "Memory Limit Exceeded",
            Verdict::RuntimeError => "Runtime Error",
            Verdict::CompileError => "Compile Error",
            Verdict::OutputLimitExceeded => "Output Limit Exceeded",
            Verdict::Skipped => "Skipped",
            Verdict::Ran => "Ran",
        }
    }

    /// The short code (AC, WA, TLE, ...).
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Accepted => "AC",
            Verdict::WrongAnswer => "WA",
            Verdict::TimeLimitExceeded => "TLE",
            Verdict::MemoryLimitExceeded => "MLE",
            Verdict::RuntimeError => "RE",
            Verdict::CompileError => "CE",
            Verdict::OutputLimitExceeded => "OLE",
            Verdict::Skipped => "--",
            Verdict::Ran => "RAN",
        }
    }

    /// The `snake_case` name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::WrongAnswer => "wrong_answer",
            Verdict::TimeLimitExceeded => "time_limit_exceeded",
            Verdict::MemoryLimitExceeded => "memory_limit_exceeded",
            Verdict::RuntimeError => "runtime_error",
            Verdict::CompileError => "compile_error",
            Verdict::OutputLimitExceeded => "output_limit_exceeded",
            Verdict::Skipped => "skipped",
            Verdict::Ran => "ran",
        }
    }

    /// Whether the test counts as passed (accepted, or run with nothing to compare).
    pub fn passed(self) -> bool {
        matches!(self, Verdict::Accepted | Verdict::Ran)
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.title())
    }
}

/// A wrong output: what was given, what was expected, what came back, and where they first
/// differ (character offsets into `expected` and `got`, which may be windows of long values).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    pub input: String,
    pub expected: String,
    pub got: String,
    pub expected_at: usize,
    pub got_at: usize,
    /// The first difference, for people ("at [2]: expected 5, got 4").
    pub difference: String,
}

/// One test's result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TestResult {
    pub kind: CaseKind,
    /// 1-based within its kind.
    pub number: usize,
    pub verdict: Verdict,
    /// How long the solution's calls took (for a test stopped at its limit, how long it ran).
    pub time_ms: Option<f64>,
    pub limit_ms: u64,
    /// The peak resident memory of the process that ran it (shared by the tests of a batch).
    pub memory_kb: Option<u64>,
    /// What the case is about, if its author said.
    pub note: String,
    /// What happened, for people: the exit status or signal, "stack overflow", the limit that
    /// was passed. Empty when accepted.
    pub message: String,
    /// For a wrong answer.
    pub mismatch: Option<Mismatch>,
    /// The output, shown for tests with nothing to compare against.
    pub output: Option<String>,
    /// What the solution printed itself during the test (bounded).
    pub printed: String,
    /// The last lines of stderr, for a crash.
    pub stderr: String,
}

impl TestResult {
    /// "example 2", "hidden 14".
    pub fn label(&self) -> String {
        format!("{} {}", self.kind.name(), self.number)
    }
}

/// Whether a run is the examples and your own cases, or everything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The examples and your own cases, all of them.
    Test,
    /// Examples, hidden and large cases, stopping at the first failure.
    Submit,
}

/// How compiling went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CompileInfo {
    /// The compiled solution came from the cache.
    pub cached: bool,
    pub millis: u64,
    /// The compiler's message, on a compile error.
    pub message: Option<String>,
}

/// The whole run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub problem: String,
    pub lang: Lang,
    pub mode: Mode,
    /// The first test that did not pass, else Accepted; or Compile Error.
    pub verdict: Verdict,
    pub compile: CompileInfo,
    pub tests: Vec<TestResult>,
}

impl Report {
    /// The first test that did not pass.
    pub fn first_failure(&self) -> Option<&TestResult> {
        self.tests
            .iter()
            .find(|t| !t.verdict.passed() && t.verdict != Verdict::Skipped)
    }
}

/// What the judge reports while it works.
#[derive(Debug, Clone, PartialEq)]
pub enum Progress {
    /// Compiling (or looking the build up in the cache).
    Compiling,
    Compiled {
        cached: bool,
        millis: u64,
    },
    /// Running the built-in reference on the large cases to set their time limits.
    Calibrating,
    /// The tests that will run, in order: (kind, number).
    Planned(Vec<(CaseKind, usize)>),
    /// A test finished.
    Test(Box<TestResult>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_json() {
        for v in [
            Verdict::Accepted,
            Verdict::WrongAnswer,
            Verdict::TimeLimitExceeded,
            Verdict::MemoryLimitExceeded,
            Verdict::RuntimeError,
            Verdict::CompileError,
            Verdict::OutputLimitExceeded,
            Verdict::Skipped,
            Verdict::Ran,
        ] {
            assert_eq!(
                serde_json::to_value(v).unwrap(),
                serde_json::Value::String(v.name().into())
            );
        }
        assert!(Verdict::Ran.passed() && !Verdict::Skipped.passed());
    }
}
