//! The practice screens at the update level (keys in, state and effects out, a judge's report
//! injected where a real run would be too slow) and drawn: insta snapshots of the list, the
//! problem view and a verdict table at 80x24, 40x12 and 1x1.

use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use swelearn_core::problem::{CaseKind, Lang};
use swelearn_core::topic::Difficulty;
use swelearn_judge::{CompileInfo, Mismatch, Mode, Progress, Report, TestResult, Verdict};

use super::problem::Pane;
use super::worker::Event;
use super::*;
use crate::code::listing;
use crate::tui::app::tests::fixture_app;
use crate::tui::app::{App, Effect, Screen};

const ID: &str = "ransom-note";

fn catalog() -> Rc<ProblemCatalog> {
    Rc::new(ProblemCatalog::from_roots(&[]))
}

/// The fixture library with the practice screen open over it.
fn with_list() -> App {
    let mut app = fixture_app();
    let catalog = catalog();
    let rows = listing::rows(&catalog, &HashMap::new(), &Filter::default(), 0);
    app.open_practice(PracticeScreen::new(catalog, rows));
    app
}

/// ...and the ransom-note problem's view over that.
fn with_problem() -> App {
    let mut app = with_list();
    let entry = catalog().get(ID).expect("bundled").clone();
    app.open_problem(ProblemView::new(
        entry,
        Lang::Python,
        Status::New,
        PathBuf::from("/ws/ransom-note/python/solution.py"),
    ));
    app
}

fn list(app: &App) -> &PracticeScreen {
    match app.stack.last() {
        Some(Screen::Practice(p)) => p,
        _ => panic!("the list is not on top"),
    }
}

fn view(app: &App) -> &ProblemView {
    match app.stack.last() {
        Some(Screen::Problem(v)) => v,
        _ => panic!("the problem view is not on top"),
    }
}

fn practice(effects: Vec<Effect>) -> Vec<PracticeEffect> {
    effects
        .into_iter()
        .filter_map(|e| match e {
            Effect::Practice(p) => Some(p),
            _ => None,
        })
        .collect()
}

fn key(app: &mut App, a: PracticeAction) -> Vec<PracticeEffect> {
    practice(app.update(Action::Practice(a)))
}

fn test_result(number: usize, verdict: Verdict) -> TestResult {
    TestResult {
        kind: CaseKind::Example,
        number,
        verdict,
        time_ms: Some(1.5),
        limit_ms: 1000,
        memory_kb: Some(9 * 1024),
        note: String::new(),
        message: String::new(),
        mismatch: None,
        output: None,
        printed: String::new(),
        stderr: String::new(),
    }
}

/// A submission that passed example 1 and got example 2 wrong; the rest skipped.
fn wrong_report() -> Report {
    let mut wrong = test_result(2, Verdict::WrongAnswer);
    wrong.mismatch = Some(Mismatch {
        input: "note = \"moon\", magazine = \"monday\"".into(),
        expected: "false".into(),
        got: "true\u{1b}[2J".into(),
        expected_at: 0,
        got_at: 0,
        difference: "expected false, got true".into(),
    });
    wrong.message = "expected false, got true".into();
    let mut skipped = test_result(3, Verdict::Skipped);
    skipped.time_ms = None;
    Report {
        problem: ID.into(),
        lang: Lang::Python,
        mode: Mode::Submit,
        verdict: Verdict::WrongAnswer,
        compile: CompileInfo {
            cached: true,
            millis: 0,
            message: None,
        },
        tests: vec![test_result(1, Verdict::Accepted), wrong, skipped],
    }
}

/// Submits and feeds the worker's events of a run that ends in `report`.
fn submit_with(app: &mut App, report: Report) -> u64 {
    let effects = key(app, PracticeAction::Submit);
    let [PracticeEffect::Judge { run, mode, .. }] = effects.as_slice() else {
        panic!("one judge effect: {effects:?}");
    };
    assert_eq!(*mode, Mode::Submit);
    let run = *run;
    let planned = (1..=3).map(|n| (CaseKind::Example, n)).collect();
    for progress in [Progress::Compiling, Progress::Planned(planned)] {
        app.update(Action::Practice(PracticeAction::Judged(Event::Progress {
            run,
            progress,
        })));
    }
    app.update(Action::Practice(PracticeAction::Judged(Event::Progress {
        run,
        progress: Progress::Test(Box::new(report.tests[0].clone())),
    })));
    app.update(Action::Practice(PracticeAction::Judged(Event::Finished {
        run,
        mode: Mode::Submit,
        outcome: Ok(Arc::new(report)),
    })));
    run
}

fn draw(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    term.draw(|f| crate::tui::draw::render(app, f))
        .expect("draws");
    format!("{:?}", term.backend().buffer())
}

fn text(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    term.draw(|f| crate::tui::draw::render(app, f))
        .expect("draws");
    let buf = term.backend().buffer();
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn c_in_the_library_asks_for_the_list_and_esc_closes_it() {
    let mut app = fixture_app();
    let effects = app.update(Action::Practice(PracticeAction::Open));
    assert_eq!(effects, vec![Effect::Practice(PracticeEffect::OpenList)]);
    let mut app = with_list();
    app.update(Action::Back);
    assert!(app.stack.is_empty(), "back to the library");
}

#[test]
fn the_list_filters_like_the_library_and_searches_by_title_or_id() {
    let mut app = with_list();
    let all = list(&app).shown.len();
    assert_eq!(all, catalog().entries.len());
    app.update(Action::CycleDifficulty);
    let easy = list(&app);
    assert!(easy.shown.len() < all && !easy.shown.is_empty());
    assert!(
        easy.shown
            .iter()
            .all(|&i| easy.rows[i].difficulty == Difficulty::Easy)
    );
    key(&mut app, PracticeAction::CycleStatus);
    assert_eq!(
        list(&app).shown.len(),
        list(&app)
            .rows
            .iter()
            .filter(|r| r.difficulty == Difficulty::Easy)
            .count(),
        "every problem is new"
    );
    key(&mut app, PracticeAction::CycleStatus);
    assert!(list(&app).shown.is_empty(), "none attempted");
    assert!(text(&app, 80, 24).contains("No problem matches"));
    app.update(Action::ClearFilters);
    assert_eq!(list(&app).shown.len(), all);

    // A pattern from the picker.
    key(&mut app, PracticeAction::PickPattern);
    assert!(app.overlay.is_some());
    let mut guard = 0;
    while app.overlay.is_some() && guard < 100 {
        guard += 1;
        let chosen = match &app.overlay {
            Some(crate::tui::overlay::Overlay::Picker(p)) => p.chosen(),
            _ => None,
        };
        if chosen.as_deref() == Some("two-pointers") {
            app.update(Action::Open);
        } else {
            app.update(Action::Down);
        }
    }
    let p = list(&app);
    assert!(!p.shown.is_empty());
    assert!(
        p.shown
            .iter()
            .all(|&i| p.rows[i].patterns.iter().any(|x| x == "two-pointers"))
    );
    assert_eq!(p.chips(), vec!["pattern two-pointers".to_owned()]);
    app.update(Action::ClearFilters);

    // The search takes the keys while it is typed.
    app.update(Action::Find);
    assert_eq!(app.context(), (crate::tui::keymap::Context::Picker, true));
    for c in "ransom".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(list(&app).selected_id().as_deref(), Some(ID));
    app.update(Action::Open);
    assert!(
        !list(&app).searching,
        "Enter keeps the search and gives the keys back"
    );
    let effects = practice(app.update(Action::Open));
    assert_eq!(effects, vec![PracticeEffect::OpenProblem { id: ID.into() }]);
}

#[test]
fn submit_shows_the_table_as_it_fills_and_esc_cancels_a_run() {
    let mut app = with_problem();
    let effects = key(&mut app, PracticeAction::Submit);
    let [PracticeEffect::Judge { run, lang, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(*lang, Lang::Python);
    let run = *run;
    assert_eq!(view(&app).pane, Pane::Results);
    app.update(Action::Practice(PracticeAction::Judged(Event::Progress {
        run,
        progress: Progress::Planned(vec![(CaseKind::Example, 1), (CaseKind::Example, 2)]),
    })));
    app.update(Action::Practice(PracticeAction::Judged(Event::Progress {
        run,
        progress: Progress::Test(Box::new(test_result(1, Verdict::Accepted))),
    })));
    let screen = text(&app, 80, 24);
    assert!(
        screen.contains("Submission in Python 3: running (1/2)"),
        "{screen}"
    );
    assert!(screen.contains("example 1     AC"), "{screen}");
    // The clock ticks while it runs: the spinner turns.
    let before = text(&app, 80, 24);
    app.update(Action::Tick);
    assert_ne!(before, text(&app, 80, 24), "the spinner moves");

    // Another run waits for this one.
    assert!(key(&mut app, PracticeAction::RunExamples).is_empty());
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("Esc to cancel")
    );

    // Esc cancels (and stays on the problem); what the run still sends is ignored.
    let effects = practice(app.update(Action::Back));
    assert_eq!(effects, vec![PracticeEffect::Cancel { run }]);
    assert!(matches!(app.stack.last(), Some(Screen::Problem(_))));
    app.update(Action::Practice(PracticeAction::Judged(Event::Finished {
        run,
        mode: Mode::Submit,
        outcome: Err("cancelled".into()),
    })));
    let r = view(&app).run.as_ref().expect("the run");
    assert!(r.cancelled && r.error.is_none());
    assert!(text(&app, 80, 24).contains("cancelled after 1 test(s)"));

    // A new run may start; Esc when nothing runs goes back and recounts the list.
    assert_eq!(key(&mut app, PracticeAction::RunExamples).len(), 1);
    let run2 = view(&app).run.as_ref().expect("run").run;
    assert_ne!(run2, run);
    app.update(Action::Practice(PracticeAction::Judged(Event::Finished {
        run: run2,
        mode: Mode::Test,
        outcome: Err("python3 is missing".into()),
    })));
    assert!(text(&app, 80, 24).contains("could not be judged"));
    let effects = practice(app.update(Action::Back));
    assert_eq!(effects, vec![PracticeEffect::RefreshList]);
    assert!(matches!(app.stack.last(), Some(Screen::Practice(_))));
}

#[test]
fn a_wrong_answer_shows_the_input_expected_and_yours_with_the_difference_marked() {
    let mut app = with_problem();
    let run = submit_with(&mut app, wrong_report());
    app.update(Action::Practice(PracticeAction::Recorded {
        run,
        message: "Recorded: Wrong Answer after 0 min; practise it again in 10 min.".into(),
        status: Status::Attempted,
    }));
    assert_eq!(view(&app).status, Status::Attempted);
    let screen = text(&app, 80, 24);
    for want in [
        "Submission in Python 3: Wrong Answer (1/3 passed)",
        "example 1     AC",
        "example 2     WA",
        "1 more test(s) not run after the first failure",
        "input:    note = \"moon\", magazine = \"monday\"",
        "expected: false",
        "yours:    true?[2J",
        "^ expected false, got true",
        "Recorded: Wrong Answer",
    ] {
        assert!(screen.contains(want), "{want:?} in\n{screen}");
    }
    assert!(
        !screen.contains('\u{1b}'),
        "the solution's escape is not drawn raw"
    );
    // Tab goes back to the statement and to the results again.
    key(&mut app, PracticeAction::TogglePane);
    assert!(text(&app, 80, 24).contains("Problem"));
    key(&mut app, PracticeAction::TogglePane);
    assert_eq!(view(&app).pane, Pane::Results);
}

#[test]
fn compile_errors_and_crashes_show_the_message_and_the_stderr_tail() {
    let mut app = with_problem();
    let mut report = wrong_report();
    report.verdict = Verdict::CompileError;
    report.tests.clear();
    report.compile.message = Some("solution.rs:3:5: error[E0425]: cannot find value `x`".into());
    submit_with_empty(&mut app, report);
    assert!(text(&app, 80, 24).contains("solution.rs:3:5: error[E0425]"));

    let mut app = with_problem();
    let mut report = wrong_report();
    report.verdict = Verdict::RuntimeError;
    let mut crash = test_result(2, Verdict::RuntimeError);
    crash.message = "killed by signal 11 (SIGSEGV)".into();
    crash.stderr =
        "Traceback (most recent call last):\nIndexError: list index out of range\n".into();
    report.tests[1] = crash;
    submit_with(&mut app, report);
    let screen = text(&app, 80, 24);
    assert!(screen.contains("example 2: Runtime Error"), "{screen}");
    assert!(screen.contains("killed by signal 11 (SIGSEGV)"), "{screen}");
    assert!(
        screen.contains("IndexError: list index out of range"),
        "{screen}"
    );
}

fn submit_with_empty(app: &mut App, report: Report) {
    let effects = key(app, PracticeAction::Submit);
    let [PracticeEffect::Judge { run, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    app.update(Action::Practice(PracticeAction::Judged(Event::Finished {
        run: *run,
        mode: Mode::Submit,
        outcome: Ok(Arc::new(report)),
    })));
}

#[test]
fn hints_solution_language_and_editor_keys() {
    let mut app = with_problem();
    let entry = catalog().get(ID).expect("bundled").clone();
    // The language cycles through the problem's languages and comes back.
    let langs = entry.problem.languages.clone();
    for want in langs.iter().skip(1).chain(langs.first()) {
        key(&mut app, PracticeAction::CycleLang);
        assert_eq!(view(&app).lang, *want);
    }
    assert_eq!(
        key(&mut app, PracticeAction::Edit),
        vec![PracticeEffect::Edit {
            id: ID.into(),
            lang: Lang::Python
        }]
    );
    // A hint is asked of the runtime, and shown when it answers.
    assert_eq!(
        key(&mut app, PracticeAction::Hint),
        vec![PracticeEffect::Hint {
            id: ID.into(),
            lang: Lang::Python
        }]
    );
    assert!(!view(&app).lines.iter().any(|l| l.text().contains("Hints")));
    app.update(Action::Practice(PracticeAction::HintShown(
        crate::code::Hint {
            number: 1,
            total: entry.problem.hints.len() as u32,
            text: entry.problem.hints[0].clone(),
            fresh: true,
        },
    )));
    assert_eq!(view(&app).hints, entry.problem.hints[..1].to_vec());
    let screen = text(&app, 80, 24);
    assert!(screen.contains("Hints"), "scrolled to the hints:\n{screen}");
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("recorded as a hint used")
    );

    // Not solved: the solution asks first; any other key keeps it hidden.
    assert!(key(&mut app, PracticeAction::Solution).is_empty());
    assert!(text(&app, 80, 24).contains("Not solved yet: show the solution?"));
    assert!(practice(app.update(Action::Down)).is_empty());
    assert!(!view(&app).confirm_solution);
    key(&mut app, PracticeAction::Solution);
    assert_eq!(
        practice(app.update(Action::Open)),
        vec![PracticeEffect::Solution {
            id: ID.into(),
            lang: Lang::Python
        }]
    );
    let code = entry.reference(Lang::Python);
    app.update(Action::Practice(PracticeAction::SolutionShown {
        lang: Lang::Python,
        code: code.clone(),
    }));
    let shown = view(&app)
        .lines
        .iter()
        .map(swelearn_core::doc::Line::text)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(shown.contains("def can_build_note"), "{shown}");
    // Shown once, it no longer asks.
    assert_eq!(key(&mut app, PracticeAction::Solution).len(), 1);
}

#[test]
fn a_solved_problem_shows_its_solution_without_asking() {
    let mut app = fixture_app();
    let entry = catalog().get(ID).expect("bundled").clone();
    app.open_problem(ProblemView::new(
        entry,
        Lang::Python,
        Status::Solved,
        PathBuf::new(),
    ));
    assert_eq!(key(&mut app, PracticeAction::Solution).len(), 1);
}

#[test]
fn snapshots_of_the_list_the_problem_and_a_verdict_table() {
    for (w, h) in [(80, 24), (40, 12), (1, 1)] {
        let mut app = with_list();
        app.update(Action::Resize(w, h));
        app.update(Action::Down);
        insta::assert_snapshot!(format!("practice_list_{w}x{h}"), draw(&app, w, h));
        let mut app = with_problem();
        app.update(Action::Resize(w, h));
        insta::assert_snapshot!(format!("practice_problem_{w}x{h}"), draw(&app, w, h));
        submit_with(&mut app, wrong_report());
        insta::assert_snapshot!(format!("practice_verdict_{w}x{h}"), draw(&app, w, h));
    }
}

/// A library of one topic whose Practice section links two problems, far apart.
fn app_with_links() -> App {
    use swelearn_core::catalog::Catalog;
    use swelearn_core::library::{Library, Origin, SourceFile, SourceKind};
    let text = format!(
        "---\ntitle: \"Counting\"\ntags: [hashing]\ndifficulty: easy\nestimated_time: 10min\ncategory: fundamentals\n---\n## Overview\n{}\n## When to Use\n- Counting.\n## Architecture Diagram\n```\n[a] --> [b]\n```\n## Trade-offs & Gotchas\n- Memory.\n## Key Points for Interviews\n- **Count**: a hash map counts.\n## Practice\n- [Note From Magazine Letters](problem:ransom-note) (easy): count the letters.\n{}- [Grouping Anagrams](problem:group-anagrams) (medium): sort each word.\n",
        "Counting with a map. ".repeat(40),
        "- Work one on paper first.\n".repeat(30),
    );
    let sources = vec![SourceFile {
        origin: Origin::Bundled {
            name: "counting.md".into(),
        },
        source: SourceKind::Bundled,
        display: "content/counting.md".into(),
        group: "content".into(),
        bytes: text.clone().into_bytes(),
    }];
    let (lib, diags) = Library::load(sources);
    assert!(diags.is_empty(), "{diags:?}");
    let memory =
        crate::tui::source::MemorySource([("counting.md".to_owned(), text.into_bytes())].into());
    App::new(
        Catalog::build(&lib, diags),
        HashMap::new(),
        Box::new(memory),
        crate::tui::theme::Theme::dark(),
        (80, 24),
    )
}

#[test]
fn enter_on_a_problem_link_in_the_reader_opens_it_and_esc_returns_to_the_topic() {
    let mut app = app_with_links();
    app.update(Action::Open);
    assert!(app.reader().is_some());
    // No link in view at the top: Enter offers the topic's links.
    assert!(practice(app.update(Action::Open)).is_empty());
    match &app.overlay {
        Some(crate::tui::overlay::Overlay::Picker(p)) => {
            assert_eq!(p.items.len(), 2);
            assert_eq!(p.chosen().as_deref(), Some(ID));
        }
        _ => panic!("a picker of the topic's problems"),
    }
    app.update(Action::Down);
    assert_eq!(
        practice(app.update(Action::Open)),
        vec![PracticeEffect::OpenProblem {
            id: "group-anagrams".into()
        }]
    );
    // The one link in view opens at once.
    app.update(Action::Contents);
    while let Some(crate::tui::overlay::Overlay::Picker(p)) = &app.overlay {
        if p.chosen()
            .as_deref()
            .and_then(|l| l.parse::<usize>().ok())
            .is_some_and(|line| {
                app.reader().is_some_and(|r| {
                    r.rendered
                        .sections
                        .iter()
                        .any(|(t, l)| t == "Practice" && *l == line)
                })
            })
        {
            app.update(Action::Open);
        } else {
            app.update(Action::Down);
        }
    }
    let scroll = app.reader().expect("reader").scroll;
    assert_eq!(
        practice(app.update(Action::Open)),
        vec![PracticeEffect::OpenProblem { id: ID.into() }]
    );
    // The runtime opens the view over the reader; Esc comes back to the same place.
    let entry = catalog().get(ID).expect("bundled").clone();
    app.open_problem(ProblemView::new(
        entry,
        Lang::Python,
        Status::New,
        PathBuf::new(),
    ));
    app.update(Action::Back);
    assert_eq!(app.reader().expect("back in the topic").scroll, scroll);
}

#[test]
fn a_topic_without_problem_links_says_so() {
    let mut app = fixture_app();
    app.update(Action::Down);
    app.update(Action::Open);
    assert!(app.reader().is_some());
    assert!(practice(app.update(Action::Open)).is_empty());
    assert_eq!(
        app.status.as_deref(),
        Some("This topic links no coding problems")
    );
}

/// A coding mock on the ransom-note problem, as the runtime starts one.
fn with_coding_mock() -> App {
    let mut app = fixture_app();
    app.now = 1_000;
    let entry = catalog().get(ID).expect("bundled").clone();
    let mut m = crate::tui::mock::MockScreen::new(
        "s1".into(),
        "coding",
        entry.problem.title.clone(),
        1_000,
    );
    m.phases = swelearn_core::mock::phases(swelearn_core::mock::Kind::Coding, 45);
    m.rubric = crate::code::mock::RUBRIC
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    m.coding = Some(Box::new(ProblemView::new(
        entry,
        Lang::Python,
        Status::New,
        PathBuf::new(),
    )));
    app.open_mock(m);
    app
}

fn mock(app: &App) -> &crate::tui::mock::MockScreen {
    match app.stack.last() {
        Some(Screen::Mock(m)) => m,
        _ => panic!("the mock is not on top"),
    }
}

#[test]
fn i_offers_the_coding_mock() {
    let mut app = fixture_app();
    assert!(app.update(Action::StartMock).is_empty());
    app.update(Action::Down);
    assert_eq!(
        practice(app.update(Action::Open)),
        vec![PracticeEffect::StartCodingMock]
    );
    let mut app = fixture_app();
    app.update(Action::StartMock);
    assert_eq!(
        app.update(Action::Open),
        vec![Effect::StartMock],
        "system design first"
    );
}

#[test]
fn the_coding_mock_runs_examples_then_submits_at_the_end_and_scores_tests_and_rubric() {
    let mut app = with_coding_mock();
    assert_eq!(app.context(), (crate::tui::keymap::Context::Mock, true));
    let screen = text(&app, 100, 30);
    assert!(
        screen.contains("Problem · Python 3 · Ctrl-O edit"),
        "{screen}"
    );
    assert!(screen.contains("A collage artist"), "{screen}");
    // Typing goes to the scratchpad; the practice keys go to the problem.
    for c in "count letters".chars() {
        app.update(Action::Input(c));
    }
    assert!(mock(&app).scratchpad().contains("count letters"));
    assert_eq!(
        key(&mut app, PracticeAction::Edit),
        vec![PracticeEffect::Edit {
            id: ID.into(),
            lang: Lang::Python
        }]
    );
    let effects = key(&mut app, PracticeAction::RunExamples);
    let [
        PracticeEffect::Judge {
            mode: Mode::Test,
            run,
            ..
        },
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    let test_run = *run;
    assert!(text(&app, 100, 30).contains("Last run"));
    // Ending the interview asks first, then submits (the examples' run is cancelled).
    app.update(Action::Back);
    assert!(mock(&app).confirm.is_some());
    let effects = practice(app.update(Action::Open));
    assert_eq!(effects.len(), 2, "{effects:?}");
    assert_eq!(effects[0], PracticeEffect::Cancel { run: test_run });
    let PracticeEffect::Judge {
        mode: Mode::Submit,
        run,
        ..
    } = effects[1]
    else {
        panic!("{effects:?}");
    };
    assert!(mock(&app).assessing.is_some(), "the rubric is open");
    // The score waits for the verdict.
    assert!(app.update(Action::Open).is_empty());
    assert!(
        app.status
            .as_deref()
            .unwrap_or("")
            .contains("still being judged")
    );
    app.update(Action::Practice(PracticeAction::Judged(Event::Finished {
        run,
        mode: Mode::Submit,
        outcome: Ok(Arc::new(wrong_report())),
    })));
    let notes = crate::tui::mock::review_lines(mock(&app), 60)
        .iter()
        .map(swelearn_core::doc::Line::text)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        notes.contains("Wrong Answer: 1 of 3 tests passed"),
        "{notes}"
    );
    assert!(notes.contains("Intended solution"), "{notes}");
    // Three of six rubric points: 50% of the rubric, 1/3 of the tests.
    for _ in 0..3 {
        app.update(Action::Reveal);
        app.update(Action::Down);
    }
    let effects = app.update(Action::Open);
    let [Effect::FinishMock { score, .. }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!(*score, Some(crate::code::mock::score(1, 3, 3, 6)));
    assert_eq!(*score, Some(42));
}
