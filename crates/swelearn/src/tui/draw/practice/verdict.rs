//! The results pane of a problem view: the run's headline (a spinner while it works), the
//! verdict table filling in test by test with time, limit and memory, and what went wrong with
//! the first failure (a wrong answer's input, expected and actual output with the first
//! difference marked; a compiler's message; a crash's status and the tail of its stderr). What
//! the solution printed is untrusted: control characters are shown as `?`.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use swelearn_judge::{Mode, TestResult, Verdict};

use crate::tui::practice::problem::RunView;
use crate::tui::theme::Theme;

const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/// Text from a solution or a compiler, safe to draw: no control characters, tabs as spaces.
fn safe(text: &str) -> String {
    swelearn_core::sanitize::clean(text).replace('\t', "    ")
}

fn ms(v: f64) -> String {
    if v < 10.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.0} ms")
    }
}

fn verdict_style(v: Verdict, t: &Theme) -> Style {
    match v {
        Verdict::Accepted => t.easy,
        Verdict::Skipped | Verdict::Ran => t.dim,
        _ => t.hard,
    }
}

/// Every line of the results pane.
pub fn lines(run: &RunView, t: &Theme) -> Vec<Line<'static>> {
    let mut out = vec![headline(run, t), Line::default()];
    if let Some(e) = &run.error {
        for l in safe(e).lines() {
            out.push(Line::from(Span::styled(l.to_owned(), t.warn)));
        }
        return out;
    }
    if let Some(report) = &run.report
        && let Some(m) = &report.compile.message
    {
        out.push(Line::from(Span::styled("Compile Error:", t.hard)));
        out.extend(safe(m).lines().map(|l| Line::from(l.to_owned())));
        return out;
    }
    out.push(Line::from(Span::styled(
        format!(
            "{:<12}  {:<4}  {:>9}  {:>9}  {:>8}",
            "TEST", "", "TIME", "LIMIT", "MEMORY"
        ),
        t.dim,
    )));
    let spinner = SPINNER[run.ticks % SPINNER.len()];
    let mut skipped = 0;
    for (i, &(kind, number)) in run.planned.iter().enumerate() {
        let label = format!("{} {number}", kind.name());
        match run.results.get(i) {
            Some(r) if r.verdict == Verdict::Skipped => skipped += 1,
            Some(r) => out.push(row(r, t)),
            None if i == run.results.len() && run.running() => out.push(Line::from(vec![
                Span::raw(format!("{label:<12}  ")),
                Span::styled(spinner.to_owned(), t.accent),
            ])),
            None => out.push(Line::from(Span::styled(format!("{label:<12}  ·"), t.dim))),
        }
    }
    if skipped > 0 {
        out.push(Line::from(Span::styled(
            format!("{skipped} more test(s) not run after the first failure"),
            t.dim,
        )));
    }
    if let Some(report) = &run.report {
        for r in report.tests.iter().filter(|r| r.verdict == Verdict::Ran) {
            out.push(Line::default());
            out.push(Line::from(format!(
                "{}: your output (nothing to compare with)",
                r.label()
            )));
            out.push(Line::from(format!(
                "  {}",
                safe(r.output.as_deref().unwrap_or(""))
            )));
        }
        if let Some(r) = report.first_failure() {
            failure(&mut out, r, t);
        }
    }
    if let Some(m) = &run.recorded {
        out.push(Line::default());
        out.push(Line::from(Span::styled(m.clone(), t.accent)));
    }
    out
}

fn headline(run: &RunView, t: &Theme) -> Line<'static> {
    let what = match run.mode {
        Mode::Test => "Examples",
        Mode::Submit => "Submission",
    };
    let done = run.results.len();
    let planned = run.planned.len();
    if run.cancelled {
        return Line::from(Span::styled(
            format!(
                "{what} in {}: cancelled after {done} test(s)",
                run.lang.title()
            ),
            t.warn,
        ));
    }
    if run.error.is_some() {
        return Line::from(Span::styled(
            format!("{what} in {}: could not be judged", run.lang.title()),
            t.warn,
        ));
    }
    match &run.report {
        Some(report) => {
            let passed = report.tests.iter().filter(|r| r.verdict.passed()).count();
            Line::from(vec![
                Span::raw(format!("{what} in {}: ", run.lang.title())),
                Span::styled(
                    report.verdict.title().to_owned(),
                    verdict_style(report.verdict, t),
                ),
                Span::raw(format!(" ({passed}/{} passed)", report.tests.len())),
            ])
        }
        None => Line::from(vec![
            Span::styled(SPINNER[run.ticks % SPINNER.len()].to_owned(), t.accent),
            Span::raw(format!(
                " {what} in {}: {} ({done}/{planned})  Esc cancels",
                run.lang.title(),
                run.step
            )),
        ]),
    }
}

fn row(r: &TestResult, t: &Theme) -> Line<'static> {
    let memory = r
        .memory_kb
        .map_or_else(|| "-".into(), |k| format!("{:.1} MB", k as f64 / 1024.0));
    let mut spans = vec![
        Span::raw(format!("{:<12}  ", r.label())),
        Span::styled(
            format!("{:<4}", r.verdict.code()),
            verdict_style(r.verdict, t),
        ),
        Span::raw(format!(
            "  {:>9}  {:>9}  {:>8}",
            r.time_ms.map_or_else(|| "-".into(), ms),
            format!("{} ms", r.limit_ms),
            memory
        )),
    ];
    if !r.note.is_empty() {
        spans.push(Span::styled(format!("  {}", safe(&r.note)), t.dim));
    }
    Line::from(spans)
}

/// The first failure in detail.
fn failure(out: &mut Vec<Line<'static>>, r: &TestResult, t: &Theme) {
    out.push(Line::default());
    out.push(Line::from(vec![
        Span::raw(format!("{}: ", r.label())),
        Span::styled(r.verdict.title().to_owned(), t.hard),
    ]));
    if !r.message.is_empty()
        && r.mismatch
            .as_ref()
            .is_none_or(|m| m.difference != r.message)
    {
        out.push(Line::from(format!("  {}", safe(&r.message))));
    }
    if let Some(m) = &r.mismatch {
        let got = safe(&m.got);
        out.push(Line::from(format!("  input:    {}", safe(&m.input))));
        out.push(Line::from(format!("  expected: {}", safe(&m.expected))));
        out.push(Line::from(format!("  yours:    {got}")));
        let lead: String = got.chars().take(m.got_at).collect();
        out.push(Line::from(vec![
            Span::raw(format!(
                "            {}",
                " ".repeat(swelearn_core::text::width(&lead))
            )),
            Span::styled(format!("^ {}", safe(&m.difference)), t.hard),
        ]));
    }
    if !r.stderr.trim().is_empty() {
        out.push(Line::from(Span::styled("  stderr (last lines):", t.dim)));
        for l in safe(&r.stderr).lines() {
            out.push(Line::from(format!("  {l}")));
        }
    }
    if !r.printed.trim().is_empty() && r.verdict != Verdict::Accepted {
        out.push(Line::from(Span::styled("  printed:", t.dim)));
        for l in safe(&r.printed).lines().take(20) {
            out.push(Line::from(format!("  {l}")));
        }
    }
}
