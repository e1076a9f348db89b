//! Snapshots of every screen at 80x24 and 40x12, in the dark and the colourless theme, drawn on
//! ratatui's test backend (the snapshot records both the text and the styles).

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::app::tests::fixture_app;
use crate::tui::theme::Theme;

fn draw(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    term.draw(|f| super::render(app, f)).expect("draws");
    format!("{:?}", term.backend().buffer())
}

/// Drives a fresh app into a screen.
fn screen(name: &str, w: u16, h: u16, theme: &Theme) -> App {
    let mut app = fixture_app();
    app.theme = *theme;
    app.update(Action::Resize(w, h));
    let keys: Vec<Action> = match name {
        "home" => vec![Action::Down],
        "reader" => vec![Action::Down, Action::Down, Action::Open, Action::Down],
        "search" => {
            let mut keys = vec![Action::Search];
            keys.extend("quorum".chars().map(Action::Input));
            keys
        }
        "help" => vec![Action::Help],
        "contents" => vec![Action::Down, Action::Down, Action::Open, Action::Contents],
        "find" => {
            let mut keys = vec![Action::Down, Action::Down, Action::Open, Action::Find];
            keys.extend("quorum".chars().map(Action::Input));
            keys.push(Action::Open);
            keys
        }
        "filtered" => vec![
            Action::CycleDifficulty,
            Action::CycleDifficulty,
            Action::CycleDifficulty,
        ],
        other => panic!("no screen {other}"),
    };
    for k in keys {
        app.update(k);
    }
    app
}

#[test]
fn every_screen_at_two_sizes_and_two_themes() {
    for name in [
        "home", "reader", "search", "help", "contents", "find", "filtered",
    ] {
        for (w, h) in [(80, 24), (40, 12)] {
            for theme in [Theme::dark(), Theme::no_color()] {
                let app = screen(name, w, h, &theme);
                insta::assert_snapshot!(format!("{name}_{w}x{h}_{}", theme.name), draw(&app, w, h));
            }
        }
    }
}

#[test]
fn review_and_stats_screens() {
    for (w, h) in [(80, 24), (40, 12)] {
        for theme in [Theme::dark(), Theme::no_color()] {
            let mut store = swelearn_store::Store::in_memory().expect("store");
            let mut app = crate::tui::app::tests::review_app(&mut store);
            app.theme = theme;
            app.update(Action::Resize(w, h));
            insta::assert_snapshot!(
                format!("review_question_{w}x{h}_{}", theme.name),
                draw(&app, w, h)
            );
            app.update(Action::Reveal);
            insta::assert_snapshot!(
                format!("review_answer_{w}x{h}_{}", theme.name),
                draw(&app, w, h)
            );
            let screen = app.review_mut().expect("review");
            while !screen.session.queue.is_empty() {
                screen
                    .session
                    .answer(
                        &mut store,
                        swelearn_core::schedule::Rating::Good,
                        1000,
                        1_800_000_000,
                    )
                    .expect("saved");
            }
            screen.next_card(1_800_000_000);
            insta::assert_snapshot!(
                format!("review_done_{w}x{h}_{}", theme.name),
                draw(&app, w, h)
            );
            let stats =
                crate::study::stats::compute(&store, &app.catalog, 1_800_000_000).expect("stats");
            app.update(Action::Back);
            app.open_stats(stats);
            insta::assert_snapshot!(format!("stats_{w}x{h}_{}", theme.name), draw(&app, w, h));
        }
    }
}

#[test]
fn mock_plan_and_readiness_screens() {
    use swelearn_core::plan::{PlanInput, PlanTopic, build};
    for (w, h) in [(80, 24), (40, 12)] {
        for theme in [Theme::dark(), Theme::no_color()] {
            let t0 = 1_800_000_000;
            let mut app = crate::tui::app::tests::mock_app(t0);
            app.theme = theme;
            app.update(Action::Resize(w, h));
            for c in "100M DAU\n".chars() {
                app.update(Action::Input(c));
            }
            app.now = t0 + 150;
            insta::assert_snapshot!(format!("mock_{w}x{h}_{}", theme.name), draw(&app, w, h));
            app.update(Action::Back);
            insta::assert_snapshot!(
                format!("mock_confirm_{w}x{h}_{}", theme.name),
                draw(&app, w, h)
            );
            app.update(Action::Open);
            app.update(Action::Reveal);
            insta::assert_snapshot!(
                format!("mock_rubric_{w}x{h}_{}", theme.name),
                draw(&app, w, h)
            );
            let mut app = fixture_app();
            app.theme = theme;
            app.update(Action::Resize(w, h));
            let today = swelearn_core::date::Date::from_ymd(2027, 1, 4);
            let topics = app
                .catalog
                .docs
                .iter()
                .map(|d| {
                    let mut t = PlanTopic::from_doc(d, false);
                    t.related.clear();
                    t
                })
                .collect();
            let plan = build(&PlanInput {
                today,
                interview: today.plus(5),
                minutes_per_day: 45,
                focus: Vec::new(),
                topics,
                review_minutes: vec![5; 5],
                mock_minutes: 45,
            })
            .expect("plan");
            // Today's part, as `swelearn today` prints it.
            let titles = crate::study::plan::titles(&app.catalog);
            let mut text =
                format!("Today, {today} (5 days to the interview):\n- 4 cards due for review\n");
            for (id, m) in &plan.days[0].read {
                use std::fmt::Write as _;
                let _ = writeln!(text, "- read {} ({m} min)", titles[id]);
            }
            text.push_str("You are on track: 0 topics read since the plan began.\n");
            app.open_page(crate::tui::page::Page::new(
                crate::tui::page::PageKind::Plan,
                "Today's plan",
                crate::tui::page::build::plan(&text, &app.catalog, &[]),
            ));
            insta::assert_snapshot!(format!("plan_{w}x{h}_{}", theme.name), draw(&app, w, h));
            let store = swelearn_store::Store::in_memory().expect("store");
            let readiness =
                crate::study::readiness::compute(&store, &app.catalog, t0).expect("readiness");
            app.update(Action::Back);
            app.open_page(crate::tui::page::Page::new(
                crate::tui::page::PageKind::Readiness,
                "Readiness",
                crate::tui::page::build::readiness(&readiness),
            ));
            insta::assert_snapshot!(
                format!("readiness_{w}x{h}_{}", theme.name),
                draw(&app, w, h)
            );
        }
    }
}

#[test]
fn tiny_terminals_show_a_message_and_never_panic() {
    let app = screen("reader", 80, 24, &Theme::dark());
    for w in 0..=32 {
        for h in 0..=9 {
            let _ = draw(&app, w, h);
        }
    }
    insta::assert_snapshot!("too_small_29x7", draw(&app, 29, 7));
    let mut term = Terminal::new(TestBackend::new(1, 1)).expect("terminal");
    term.draw(|f| super::render(&app, f))
        .expect("a 1x1 frame draws");
}

#[test]
fn a_storm_of_resizes_never_panics() {
    let mut app = screen("reader", 80, 24, &Theme::dark());
    app.update(Action::Find);
    let mut seed: u32 = 7;
    for _ in 0..300 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        let (w, h) = ((seed >> 8) as u16 % 220, (seed >> 20) as u16 % 70);
        app.update(Action::Resize(w, h));
        let _ = draw(&app, w, h);
    }
}

/// The screen's text alone, row by row, as a person reads it.
fn text(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    term.draw(|f| super::render(app, f)).expect("draws");
    let buf = term.backend().buffer();
    let mut out = String::new();
    for y in 0..h {
        for x in 0..w {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// A mock with a long rubric and a long reference design, ended, the cursor moved far down.
fn long_mock_end(w: u16, h: u16) -> App {
    let t0 = 1_800_000_000;
    let mut app = crate::tui::app::tests::mock_app(t0);
    app.update(Action::Resize(w, h));
    if let Some(crate::tui::app::Screen::Mock(m)) = app.stack.last_mut() {
        m.rubric = (1..=24)
            .map(|i| format!("Rubric point number {i} about **scale**"))
            .collect();
        m.reference = "```\n".to_owned()
            + &(1..=30)
                .map(|i| format!("[svc{i}] --> [db{i}]"))
                .collect::<Vec<_>>()
                .join("\n")
            + "\n```\n\nFan-out on **write** for most users.";
    }
    for c in "100M DAU\n".chars() {
        app.update(Action::Input(c));
    }
    app.now = t0 + 150;
    app.update(Action::Back);
    app.update(Action::Open);
    for _ in 0..21 {
        app.update(Action::Down);
    }
    app
}

#[test]
fn the_mock_end_scrolls_both_panes_and_renders_the_reference_like_a_topic() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = long_mock_end(w, h);
        let screen = text(&app, w, h);
        insta::assert_snapshot!(format!("mock_end_text_{w}x{h}"), screen);
        assert!(
            screen.contains("number 22 about"),
            "the cursor's item is on screen:\n{screen}"
        );
        assert!(!screen.contains("```"), "no literal fences:\n{screen}");
        app.update(Action::NextSection);
        app.update(Action::Bottom);
        let screen = text(&app, w, h);
        insta::assert_snapshot!(format!("mock_end_reference_text_{w}x{h}"), screen);
        assert!(screen.contains("Fan-out on write"), "{screen}");
    }
}

#[test]
fn a_long_scratchpad_line_wraps_with_the_cursor_in_view() {
    for (w, h) in [(80, 24), (40, 12)] {
        let mut app = crate::tui::app::tests::mock_app(1_800_000_000);
        app.update(Action::Resize(w, h));
        for c in
            "a very long line about sharding the feed by user id so hot users do not melt one shard"
                .chars()
        {
            app.update(Action::Input(c));
        }
        let screen = text(&app, w, h);
        insta::assert_snapshot!(format!("mock_long_line_{w}x{h}"), screen);
        assert!(
            screen.contains("one shard"),
            "the end of the line is shown:\n{screen}"
        );
    }
}

#[test]
fn the_library_header_at_80x24() {
    let mut app = fixture_app();
    app.update(Action::CycleDifficulty);
    app.update(Action::CycleSort);
    app.update(Action::PickTag);
    for c in "caching".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Open);
    app.update(Action::ToggleBookmark);
    app.update(Action::CycleShow);
    let screen = text(&app, 80, 24);
    insta::assert_snapshot!("library_filtered_text_80x24", screen);
    assert!(
        screen
            .lines()
            .nth(1)
            .is_some_and(|l| l.contains("easy · #caching · bookmarked")),
        "every filter is shown whole:\n{screen}"
    );
}

#[test]
fn the_footer_keeps_whole_hints_by_priority_and_says_quit_in_the_library() {
    let app = fixture_app();
    for w in [80u16, 60, 40, 30] {
        let screen = text(&app, w, 24);
        let footer = screen
            .lines()
            .last()
            .unwrap_or_default()
            .trim_end()
            .to_owned();
        assert!(footer.starts_with(" q quit"), "{w}: {footer}");
        let whole: Vec<String> = crate::tui::keymap::bindings()
            .iter()
            .map(|b| {
                b.help
                    .split(['(', '/'])
                    .next()
                    .unwrap_or(b.help)
                    .trim()
                    .to_owned()
            })
            .chain(["quit".to_owned()])
            .collect();
        for hint in footer.split("  ").map(str::trim).filter(|h| !h.is_empty()) {
            let (_, help) = hint.split_once(' ').unwrap_or(("", hint));
            assert!(
                whole.iter().any(|w| w == help),
                "{w}: a cut hint {hint:?} in {footer:?}"
            );
        }
    }
}
mod study;
