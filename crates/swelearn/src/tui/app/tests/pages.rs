//! The statistics, plan and readiness screens through `update`: scrolling, opening what is
//! under the cursor and coming back to it, and setting the interview date.

use super::*;
use crate::tui::page::{Page, PageKind, Row, Target};

fn plan_page() -> Page {
    Page::new(
        PageKind::Plan,
        "Today's plan",
        vec![
            Row::text("Today, 2027-01-04 (5 days to the interview):"),
            Row::to("- 4 cards due for review", Target::Review(None)),
            Row::to("- read DNS (20 min)", Target::Topic("dns".into())),
            Row::to("- read Caching (20 min)", Target::Topic("caching".into())),
            Row::text("You are on track."),
        ],
    )
}

fn page(app: &App) -> &Page {
    match app.stack.last() {
        Some(Screen::Page(p)) => p,
        _ => panic!("a page on top"),
    }
}

#[test]
fn enter_on_a_plan_row_opens_that_topic_and_esc_comes_back_to_the_row() {
    let mut app = fixture_app();
    app.open_page(plan_page());
    assert_eq!(app.context().0, crate::tui::keymap::Context::Plan);
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.update(Action::Open), Vec::new());
    let reader = app.reader().expect("the topic opened");
    assert_eq!(reader.topic.id, "caching");
    app.update(Action::Back);
    assert_eq!(page(&app).cursor, 3, "back on the same row");
    // The cards-due row starts the review; R on a topic's row reviews that topic.
    app.update(Action::Up);
    app.update(Action::Up);
    assert_eq!(
        app.update(Action::Open),
        vec![Effect::StartReview { topic: None }]
    );
    app.update(Action::Down);
    assert_eq!(
        app.update(Action::Review),
        vec![Effect::StartReview {
            topic: Some("dns".into())
        }]
    );
    app.update(Action::Back);
    assert!(app.stack.is_empty());
}

#[test]
fn a_readiness_row_opens_its_topic_and_a_problem_row_asks_the_runtime() {
    let mut app = fixture_app();
    let store = swelearn_store::Store::in_memory().expect("store");
    let r = crate::study::readiness::compute(&store, &app.catalog, 1_800_000_000).expect("r");
    let mut rows = crate::tui::page::build::readiness(&r);
    rows.push(Row::to(
        "  · 0%  Two Sum",
        Target::Problem("two-sum".into()),
    ));
    app.open_page(Page::new(PageKind::Readiness, "Readiness", rows));
    let first = page(&app).selected().cloned();
    let Some(Target::Topic(id)) = first else {
        panic!("{first:?}")
    };
    app.update(Action::Open);
    assert_eq!(app.reader().expect("reader").topic.id, id);
    app.update(Action::Back);
    app.update(Action::Bottom);
    assert_eq!(
        app.update(Action::Open),
        vec![Effect::OpenProblem("two-sum".into())]
    );
    // The interview date belongs to the plan only.
    app.update(Action::InterviewDate);
    assert!(page(&app).prompt.is_none());
}

/// A loader over the bundled library with its folders in `dir`.
fn loader(dir: &std::path::Path) -> crate::load::Loader {
    crate::load::Loader::new(
        crate::paths::Paths {
            data: dir.join("data"),
            cache: dir.join("cache"),
            config: dir.join("config"),
        },
        &[],
    )
}

#[test]
fn setting_the_interview_date_stores_it_as_the_cli_does_and_remakes_the_plan_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let loader = loader(dir.path());
    let mut store = swelearn_store::Store::in_memory().expect("store");
    let now = 1_800_000_000; // 2027-01-15
    let mut app = App::new(
        loader.catalog(),
        HashMap::new(),
        Box::new(crate::tui::source::FileSource),
        Theme::dark(),
        (80, 24),
    );
    let rows = crate::tui::page::load::plan(&loader, &mut store, &app.catalog, now).expect("rows");
    assert!(rows[0].text.starts_with("No plan yet"), "{rows:?}");
    app.open_page(Page::new(PageKind::Plan, "Today's plan", rows));
    let before: Vec<Row> = page(&app).rows.clone();

    // A bad date says what to write and changes nothing.
    app.update(Action::InterviewDate);
    for c in "2027-13-01".chars() {
        app.update(Action::Input(c));
    }
    assert_eq!(app.update(Action::Open), Vec::new(), "nothing to store");
    assert!(
        page(&app)
            .error
            .as_deref()
            .is_some_and(|e| e.contains("YYYY-MM-DD"))
    );
    assert_eq!(page(&app).rows, before);
    assert_eq!(store.setting("plan-interview").expect("reads"), None);

    // A good one is stored by the runtime and the plan is shown made again.
    app.update(Action::Edit(crate::tui::action::Edit::DeleteToHead));
    for c in "2027-03-01".chars() {
        app.update(Action::Input(c));
    }
    let date = swelearn_core::date::Date::from_ymd(2027, 3, 1);
    assert_eq!(app.update(Action::Open), vec![Effect::SetInterview(date)]);
    let said = crate::tui::page::load::interview(&mut app, &loader, &mut store, date, now);
    assert!(
        said.starts_with("Interview date set to 2027-03-01"),
        "{said}"
    );
    assert_eq!(app.stack.len(), 1, "the plan page is replaced, not stacked");
    let rows = &page(&app).rows;
    assert!(
        rows[0].text.contains("days to the interview"),
        "{:?}",
        rows[0]
    );
    assert!(
        rows.iter()
            .any(|r| matches!(r.target, Some(Target::Topic(_)))),
        "today's topics open from the plan"
    );
    // The same settings `swelearn plan --interview 2027-03-01` stores.
    for (key, want) in [
        ("plan-interview", Some("2027-03-01")),
        ("plan-minutes", Some("60")),
        ("plan-created", Some("2027-01-15")),
    ] {
        assert_eq!(store.setting(key).expect("reads").as_deref(), want, "{key}");
    }
    assert!(store.setting("plan-topics").expect("reads").is_some());

    // A date the plan cannot be made for (not after today) changes nothing.
    let past = swelearn_core::date::Date::from_ymd(2026, 12, 1);
    let rows = page(&app).rows.clone();
    let said = crate::tui::page::load::interview(&mut app, &loader, &mut store, past, now);
    assert!(said.starts_with("Interview date not changed"), "{said}");
    assert_eq!(page(&app).rows, rows);
    assert_eq!(
        store.setting("plan-interview").expect("reads").as_deref(),
        Some("2027-03-01")
    );
}
