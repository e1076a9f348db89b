//! The statistics, plan and readiness screens as a person sees them: every part reachable by
//! scrolling, the position shown, the cursor's row in view, at 80x24, a narrow size and 1x1.

use super::{draw, text};
use crate::tui::action::Action;

/// The statistics of the bundled library with its cards known, as a new user sees them.
fn stats_app(w: u16, h: u16) -> crate::tui::app::App {
    let dir = tempfile::tempdir().expect("dir");
    let loader = crate::load::Loader::new(
        crate::paths::Paths {
            data: dir.path().join("data"),
            cache: dir.path().join("cache"),
            config: dir.path().join("config"),
        },
        &[],
    );
    let mut app = crate::tui::app::App::new(
        loader.catalog(),
        std::collections::HashMap::new(),
        Box::new(crate::tui::source::FileSource),
        crate::tui::theme::Theme::no_color(),
        (w, h),
    );
    let mut store = swelearn_store::Store::in_memory().expect("store");
    let now = 1_800_000_000;
    crate::study::sync_cards(&mut store, &app.catalog, loader.fingerprint(), now).expect("sync");
    let stats = crate::study::stats::compute(&store, &app.catalog, now).expect("stats");
    app.open_stats(stats);
    app
}

#[test]
fn stats_scroll_to_the_end_with_the_position_shown() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = stats_app(w, h);
        let Some(crate::tui::app::Screen::Stats(s)) = app.stack.last() else {
            panic!("the stats screen")
        };
        let last = s.stats.categories.last().expect("a category").title.clone();
        let top = text(&app, w, h);
        assert!(!top.contains(&last), "{w}x{h}: hidden at first:\n{top}");
        assert!(
            top.lines().next().is_some_and(|l| l.contains("lines 1-")),
            "{top}"
        );
        app.update(Action::Bottom);
        let end = text(&app, w, h);
        insta::assert_snapshot!(format!("stats_end_text_{w}x{h}"), end);
        assert!(end.contains(&last), "{w}x{h}: reachable:\n{end}");
        assert!(
            end.lines().next().is_some_and(|l| l.contains(" of ") && {
                let tail = l.trim_end();
                let (shown, all) = tail.rsplit_once(" of ").unwrap_or_default();
                shown.ends_with(&format!("-{all}"))
            }),
            "{w}x{h}: the last line is shown:\n{end}"
        );
        // j at the end stays; k and PgUp go back; g is the top again.
        app.update(Action::Down);
        assert_eq!(text(&app, w, h), end);
        app.update(Action::Up);
        assert_ne!(text(&app, w, h), end);
        app.update(Action::PageDown);
        app.update(Action::PageDown);
        app.update(Action::PageDown);
        assert_eq!(text(&app, w, h), end, "PgDn reaches the end");
        app.update(Action::Top);
        assert_eq!(text(&app, w, h), top);
    }
}

#[test]
fn the_stats_and_page_screens_draw_in_a_1x1_terminal() {
    let mut app = stats_app(80, 24);
    app.update(Action::Bottom);
    app.open_page(plan_page());
    for (w, h) in [(1, 1), (30, 8), (0, 0)] {
        let _ = draw(&app, w, h);
        app.update(Action::Back);
        let _ = draw(&app, w, h);
        app.open_page(plan_page());
    }
}

fn plan_page() -> crate::tui::page::Page {
    use crate::tui::page::{Page, PageKind, Row, Target};
    Page::new(
        PageKind::Plan,
        "Today's plan",
        vec![
            Row::text("Today, 2027-01-04 (5 days to the interview):"),
            Row::to("- 4 cards due for review", Target::Review(None)),
            Row::to("- read DNS (20 min)", Target::Topic("dns".into())),
            Row::text(
                "You are behind: 0 topics read since the plan began, 2 expected by now. 3 topics no longer fit before the interview.",
            ),
        ],
    )
}

#[test]
fn a_bad_interview_date_is_explained_in_the_footer() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = crate::tui::app::tests::fixture_app();
        app.update(Action::Resize(w, h));
        app.open_page(plan_page());
        app.update(Action::InterviewDate);
        for c in "next friday".chars() {
            app.update(Action::Input(c));
        }
        app.update(Action::Open);
        let screen = text(&app, w, h);
        insta::assert_snapshot!(format!("plan_bad_date_text_{w}x{h}"), screen);
        assert!(
            screen.contains("Interview date: next friday")
                && (w < 80 || screen.contains("write it as YYYY-MM-DD, e.g. 2027-03-01")),
            "{screen}"
        );
    }
}

#[test]
fn the_quiz_screen_and_the_hidden_answers_in_the_reader() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = crate::tui::app::tests::quiz::quiz_app();
        app.update(Action::Resize(w, h));
        app.update(Action::Open);
        app.update(Action::Bottom);
        let reader = text(&app, w, h);
        assert!(!reader.contains('☑'), "{reader}");
        insta::assert_snapshot!(format!("reader_quiz_hidden_text_{w}x{h}"), reader);
        crate::tui::quiz::start(&mut app, Some("quorum"), &mut fastrand::Rng::with_seed(3));
        app.update(Action::Down);
        app.update(Action::Reveal);
        let asking = text(&app, w, h);
        insta::assert_snapshot!(format!("quiz_question_text_{w}x{h}"), asking);
        assert!(asking.contains("[x] 2)"), "the ticked option:\n{asking}");
        app.update(Action::Open);
        let answered = text(&app, w, h);
        insta::assert_snapshot!(format!("quiz_answered_text_{w}x{h}"), answered);
        assert!(answered.contains("[✓]"), "{answered}");
        let _ = draw(&app, 1, 1);
        app.update(Action::Open);
        app.update(Action::Open);
        app.update(Action::Open);
        let done = text(&app, w, h);
        assert!(done.contains("Score: "), "{done}");
        let _ = draw(&app, 1, 1);
    }
}
