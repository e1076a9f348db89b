//! A judge's report in words: the verdict table (each test's verdict, its time against its
//! limit, peak memory) and what went wrong with the first failure (a wrong answer's input,
//! expected and actual output with the first difference marked; a crash's status and stderr; the
//! compiler's message). Also the report as JSON. Pure text; the caller prints it.

use std::fmt::Write as _;

use swelearn_core::text;
use swelearn_judge::{Report, TestResult, Verdict};

/// Tests passed and judged.
pub fn counts(report: &Report) -> (usize, usize) {
    (
        report.tests.iter().filter(|t| t.verdict.passed()).count(),
        report.tests.len(),
    )
}

fn ms(v: f64) -> String {
    if v < 10.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.0} ms")
    }
}

/// The headline and the table.
pub fn table(report: &Report, title: &str) -> String {
    let (passed, total) = counts(report);
    let mut out = format!(
        "{title} in {}: {} ({passed}/{total} passed)\n",
        report.lang.title(),
        report.verdict.title()
    );
    if report.verdict == Verdict::CompileError {
        return out;
    }
    let _ = writeln!(
        out,
        "{:<12}  {:<4}  {:>9}  {:>9}  {:>8}",
        "TEST", "", "TIME", "LIMIT", "MEMORY"
    );
    let mut skipped = 0;
    for t in &report.tests {
        if t.verdict == Verdict::Skipped {
            skipped += 1;
            continue;
        }
        let _ = writeln!(
            out,
            "{:<12}  {:<4}  {:>9}  {:>9}  {:>8}{}",
            t.label(),
            t.verdict.code(),
            t.time_ms.map_or_else(|| "-".into(), ms),
            format!("{} ms", t.limit_ms),
            t.memory_kb
                .map_or_else(|| "-".into(), |k| format!("{:.1} MB", k as f64 / 1024.0)),
            if t.note.is_empty() {
                String::new()
            } else {
                format!("  {}", t.note)
            }
        );
    }
    if skipped > 0 {
        let _ = writeln!(
            out,
            "{skipped} more test(s) not run after the first failure"
        );
    }
    out
}

/// What went wrong: the compiler's message, or the first failing test in detail; the output of
/// your own cases that had nothing to compare against.
pub fn details(report: &Report) -> String {
    let mut out = String::new();
    if let Some(m) = &report.compile.message {
        let _ = writeln!(out, "\nCompile Error:\n{}", m.trim_end());
        return out;
    }
    for t in report.tests.iter().filter(|t| t.verdict == Verdict::Ran) {
        let _ = writeln!(
            out,
            "\n{}: your output (no expected output to compare with)\n  {}",
            t.label(),
            t.output.as_deref().unwrap_or("")
        );
    }
    if let Some(t) = report.first_failure() {
        failure(&mut out, t);
    }
    out
}

fn failure(out: &mut String, t: &TestResult) {
    let note = if t.note.is_empty() {
        String::new()
    } else {
        format!(" ({})", t.note)
    };
    let _ = writeln!(out, "\n{}{note}: {}", t.label(), t.verdict.title());
    if !t.message.is_empty()
        && t.mismatch
            .as_ref()
            .is_none_or(|m| m.difference != t.message)
    {
        let _ = writeln!(out, "  {}", t.message);
    }
    if let Some(m) = &t.mismatch {
        let _ = writeln!(out, "  input:    {}", m.input);
        let _ = writeln!(out, "  expected: {}", m.expected);
        let _ = writeln!(out, "  yours:    {}", m.got);
        let lead: String = m.got.chars().take(m.got_at).collect();
        let _ = writeln!(
            out,
            "            {}^ {}",
            " ".repeat(text::width(&lead)),
            m.difference
        );
    }
    if !t.printed.is_empty() {
        let _ = writeln!(out, "  printed:\n{}", indent(&t.printed));
    }
    if !t.stderr.is_empty() {
        let _ = writeln!(out, "  stderr (last lines):\n{}", indent(&t.stderr));
    }
}

fn indent(s: &str) -> String {
    s.trim_end()
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The report as JSON, with the counts (and what the caller adds).
pub fn json(report: &Report) -> serde_json::Value {
    let (passed, total) = counts(report);
    let mut v = serde_json::to_value(report).unwrap_or_default();
    v["passed"] = passed.into();
    v["total"] = total.into();
    v
}

#[cfg(test)]
mod tests {
    use swelearn_core::problem::{CaseKind, Lang};
    use swelearn_judge::{CompileInfo, Mismatch, Mode};

    use super::*;

    fn test(number: usize, verdict: Verdict) -> TestResult {
        TestResult {
            kind: CaseKind::Hidden,
            number,
            verdict,
            time_ms: Some(1.25),
            limit_ms: 2000,
            memory_kb: Some(10240),
            note: String::new(),
            message: String::new(),
            mismatch: None,
            output: None,
            printed: String::new(),
            stderr: String::new(),
        }
    }

    #[test]
    fn a_wrong_answer_marks_its_first_difference_under_your_output() {
        let mut wrong = test(2, Verdict::WrongAnswer);
        wrong.mismatch = Some(Mismatch {
            input: "nums = [1, 2]".into(),
            expected: "[0, 1]".into(),
            got: "[0, 2]".into(),
            expected_at: 4,
            got_at: 4,
            difference: "at [1]: expected 1, got 2".into(),
        });
        let report = Report {
            problem: "p".into(),
            lang: Lang::Python,
            mode: Mode::Submit,
            verdict: Verdict::WrongAnswer,
            compile: CompileInfo {
                cached: true,
                millis: 0,
                message: None,
            },
            tests: vec![test(1, Verdict::Accepted), wrong, test(3, Verdict::Skipped)],
        };
        let t = table(&report, "Pair");
        assert!(
            t.starts_with("Pair in Python 3: Wrong Answer (1/3 passed)\n"),
            "{t}"
        );
        assert!(
            t.contains("hidden 1      AC       1.2 ms    2000 ms   10.0 MB"),
            "{t}"
        );
        assert!(t.contains("1 more test(s) not run"), "{t}");
        let d = details(&report);
        let lines: Vec<&str> = d.lines().collect();
        let yours = lines
            .iter()
            .position(|l| l.starts_with("  yours:"))
            .expect("yours");
        assert_eq!(lines[yours], "  yours:    [0, 2]");
        assert_eq!(
            lines[yours + 1],
            "                ^ at [1]: expected 1, got 2"
        );
        assert_eq!(lines[yours + 1].find('^'), lines[yours].find('2'));
        let j = json(&report);
        assert_eq!(j["verdict"], "wrong_answer");
        assert_eq!(j["tests"][1]["verdict"], "wrong_answer");
        assert_eq!(
            (j["passed"].as_u64(), j["total"].as_u64()),
            (Some(1), Some(3))
        );
    }
}
