//! The coding mock interview on the mock screen, as `mock --kind coding` runs it in line mode
//! (through `code/mock.rs` and `study/mock.rs`): the problem practised least recently, its
//! starter written and the session stored before the clock runs; during the interview the
//! statement sits above the scratchpad, Ctrl-O opens the editor on the solution and Ctrl-R runs
//! the examples; ending the interview submits (recorded as an attempt), and the score weighs the
//! tests the submission passed as much as the rubric.

use swelearn_judge::{Mode, Verdict};

use super::problem::RunView;
use super::{PracticeAction, PracticeEffect, ProblemView};
use crate::tui::action::Action;
use crate::tui::app::Effect;
use crate::tui::mock::MockScreen;

/// Tests passed and run by the final submission, once it is judged.
pub fn submitted(view: &ProblemView) -> Option<(usize, usize)> {
    let run = view.run.as_ref().filter(|r| r.mode == Mode::Submit)?;
    let report = run.report.as_ref()?;
    Some((
        report.tests.iter().filter(|t| t.verdict.passed()).count(),
        report.tests.len(),
    ))
}

/// Whether the final submission is still being judged.
fn judging(view: &ProblemView) -> bool {
    view.run
        .as_ref()
        .is_some_and(|r| r.mode == Mode::Submit && r.running())
}

/// What a coding mock does with a key before the mock screen sees it: the practice keys during
/// the interview (editor, examples, results, scrolling the statement), and no saving of the score
/// while the submission is judged. `Some` when the key was taken.
pub fn intercept(m: &mut MockScreen, action: &Action) -> Option<(Vec<Effect>, Option<String>)> {
    let view = m.coding.as_mut()?;
    if *action == Action::Tick {
        view.tick();
        return None;
    }
    let interviewing = m.assessing.is_none() && m.confirm.is_none();
    match action {
        Action::Practice(
            PracticeAction::Edit | PracticeAction::RunExamples | PracticeAction::TogglePane,
        )
        | Action::PageUp
        | Action::PageDown
            if interviewing =>
        {
            let (effects, _, message) = view.update(action);
            Some((effects.into_iter().map(Effect::Practice).collect(), message))
        }
        Action::Open if m.assessing.is_some() && m.confirm.is_none() && judging(view) => Some((
            Vec::new(),
            Some("Your submission is still being judged: its tests count in the score".to_owned()),
        )),
        _ => None,
    }
}

/// After a key: once the interview has ended (the rubric is open), submits the solution, once;
/// a run of the examples under way is cancelled first.
pub fn after_update(m: &mut MockScreen) -> Vec<Effect> {
    let Some(view) = m.coding.as_mut() else {
        return Vec::new();
    };
    if m.assessing.is_none() || view.run.as_ref().is_some_and(|r| r.mode == Mode::Submit) {
        return Vec::new();
    }
    let mut effects = Vec::new();
    if let Some(run) = view.run.as_mut().filter(|r| r.running()) {
        run.cancelled = true;
        effects.push(Effect::Practice(PracticeEffect::Cancel { run: run.run }));
    }
    let (submit, _, _) = view.update(&Action::Practice(PracticeAction::Submit));
    effects.extend(submit.into_iter().map(Effect::Practice));
    effects
}

/// What the end screen shows beside your notes: the submission's verdict, then the intended
/// solution (Markdown).
pub fn reference(view: &ProblemView) -> String {
    let verdict = match view.run.as_ref().filter(|r| r.mode == Mode::Submit) {
        None => "Not submitted.".to_owned(),
        Some(RunView {
            report: Some(report),
            ..
        }) => {
            let passed = report.tests.iter().filter(|t| t.verdict.passed()).count();
            format!(
                "**{}**: {passed} of {} tests passed.",
                if report.verdict == Verdict::Accepted {
                    "Accepted"
                } else {
                    report.verdict.title()
                },
                report.tests.len()
            )
        }
        Some(r) if r.running() => "Being judged...".to_owned(),
        Some(RunView { error: Some(e), .. }) => format!("Could not be judged: {e}"),
        Some(_) => "Cancelled.".to_owned(),
    };
    format!(
        "## Your submission\n\n{verdict}\n\n## Intended solution\n\n{}\n",
        view.entry.problem.solution.trim()
    )
}
