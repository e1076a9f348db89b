//! Every lab screen drawn at 80x24 and 100x30 (snapshots), scrolled to its last line, and the
//! quorum lab's verdict, replica drawing and chart axes as the user sees them.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::tui::action::Action;
use crate::tui::app::tests::fixture_app;
use crate::tui::app::{App, Screen};
use crate::tui::lab::tests::settle;
use crate::tui::lab::view::{self, Part};

const SIZES: [(u16, u16); 2] = [(80, 24), (100, 30)];

fn draw(app: &App, w: u16, h: u16) -> Buffer {
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    term.draw(|f| crate::tui::draw::render(app, f))
        .expect("draws");
    term.backend().buffer().clone()
}

/// The screen's text, one string per row.
fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// A lab opened at a size with small workloads, computed.
fn open(id: &str, w: u16, h: u16, set: &[(&str, f64)]) -> App {
    let mut app = fixture_app();
    app.update(Action::Resize(w, h));
    app.open_lab(id);
    if let Some(Screen::Lab(l)) = app.stack.last_mut() {
        for (key, value) in [
            ("trials", 5_000.0),
            ("keys", if id == "hash-ring" { 10_000.0 } else { 1_024.0 }),
            ("queries", 10_000.0),
        ]
        .iter()
        .chain(set)
        {
            l.set(key, *value);
        }
    }
    settle(&mut app);
    app
}

fn lab(app: &App) -> &crate::tui::lab::LabScreen {
    match app.stack.last() {
        Some(Screen::Lab(l)) => l,
        _ => panic!("a lab screen"),
    }
}

#[test]
fn every_lab_screen_at_two_sizes() {
    for l in swelearn_core::labs::ALL {
        for (w, h) in SIZES {
            let app = open(l.id, w, h, &[]);
            insta::assert_snapshot!(
                format!("lab_{}_{w}x{h}", l.id),
                format!("{:?}", draw(&app, w, h))
            );
        }
    }
}

#[test]
fn every_lab_scrolls_its_last_line_into_view() {
    for l in swelearn_core::labs::ALL {
        for (w, h) in SIZES {
            let mut app = open(l.id, w, h, &[]);
            let s = lab(&app);
            let parts = view::parts(s);
            let Some(Part::Text(_, last)) = parts.last() else {
                panic!("{}: the pane ends with text", l.id)
            };
            // The last word of the last line (words are never split when they fit).
            let tail = last.split_whitespace().last().expect("a word").to_owned();
            let pane = view::pane(s.lab, (w, h));
            let total = view::height(s, usize::from(pane.width), usize::from(pane.height));
            let visible = |app: &App| rows(&draw(app, w, h)).join("\n").contains(&tail);
            if total > usize::from(pane.height) {
                assert!(!visible(&app), "{} {w}x{h}: already at the bottom", l.id);
            }
            app.update(Action::Bottom);
            assert!(visible(&app), "{} {w}x{h}: G shows \"{tail}\"", l.id);
            // Page up from the bottom moves back up, and page down returns.
            if total > usize::from(pane.height) {
                app.update(Action::PageUp);
                assert!(lab(&app).scroll < total - usize::from(pane.height));
                for _ in 0..total {
                    app.update(Action::PageDown);
                }
                assert!(visible(&app), "{} {w}x{h}: PgDn reaches the end", l.id);
            }
        }
    }
}

/// Where a text first appears on screen.
fn find(buf: &Buffer, text: &str) -> Option<(u16, u16)> {
    rows(buf).iter().enumerate().find_map(|(y, row)| {
        row.find(text).map(|byte| {
            let x = row[..byte].chars().count();
            (x as u16, y as u16)
        })
    })
}

#[test]
fn the_quorum_verdict_stands_out_and_the_replicas_show_the_overlap() {
    let app = open("quorum", 80, 24, &[("n", 5.0), ("r", 3.0), ("w", 3.0)]);
    let buf = draw(&app, 80, 24);
    let (x, y) = find(&buf, "STRONG").expect("the verdict");
    let cell = &buf[(x, y)];
    assert!(cell.modifier.contains(Modifier::BOLD));
    assert_eq!(cell.fg, Color::Green);
    // W W B R R: replica 3 is in both quorums, drawn in its own style.
    let (x, y) = find(&buf, " W   W   B   R   R ").expect("the replicas");
    let (w, b) = (&buf[(x + 1, y)], &buf[(x + 9, y)]);
    assert_eq!((w.symbol(), b.symbol()), ("W", "B"));
    assert_ne!(w.fg, b.fg);
    assert!(b.modifier.contains(Modifier::REVERSED));
    assert!(find(&buf, "B in both: the overlap, 1 replica").is_some());
    let eventual = open("quorum", 80, 24, &[]);
    let buf = draw(&eventual, 80, 24);
    let (x, y) = find(&buf, "EVENTUAL").expect("the verdict");
    assert_eq!(buf[(x, y)].fg, Color::Yellow);
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
}

#[test]
fn a_hundred_replicas_wrap_into_rows_of_groups() {
    for (w, h) in SIZES {
        let app = open("quorum", w, h, &[("n", 100.0), ("r", 30.0), ("w", 30.0)]);
        let text = rows(&draw(&app, w, h));
        let first = text
            .iter()
            .find(|r| r.contains("  1-"))
            .unwrap_or_else(|| panic!("{w}x{h}: a first row of replicas\n{}", text.join("\n")));
        assert!(
            first.contains("WWWWWWWWWW WWWWWWWWWW WWWWWWWWWW ··········"),
            "{first}"
        );
        let last = text
            .iter()
            .find(|r| r.contains("-100 "))
            .unwrap_or_else(|| panic!("{w}x{h}: the last row\n{}", text.join("\n")));
        assert!(last.contains("RRRRRRRRRR"), "{last}");
        let drawing: Vec<&String> = text
            .iter()
            .filter(|r| {
                r.split_whitespace().next().is_some_and(|label| {
                    label
                        .split_once('-')
                        .is_some_and(|(a, b)| a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
                })
            })
            .collect();
        let letters = |c: char| drawing.iter().map(|r| r.matches(c).count()).sum::<usize>();
        assert_eq!((letters('W'), letters('R')), (30, 30), "{drawing:?}");
    }
}

#[test]
fn the_chart_fills_the_pane_and_labels_its_real_range() {
    // LNKD-DISK: 40-odd percent consistent at commit, 100% by the 99.9th percentile.
    let mut app = open("quorum", 100, 30, &[("profile", 1.0), ("trials", 20_000.0)]);
    let at_commit = match lab(&app).report() {
        Some(swelearn_core::labs::Report::Quorum(q)) => q.consistent_at_commit * 100.0,
        _ => panic!("a quorum report"),
    };
    app.update(Action::Bottom);
    let text = rows(&draw(&app, 100, 30)).join("\n");
    let lowest = format!("{at_commit:.1}%");
    assert!(
        text.contains(&lowest),
        "the y axis starts at {lowest}\n{text}"
    );
    assert!(text.contains("100%"), "{text}");
    assert!(
        text.contains("ms after commit") && text.contains("consistent"),
        "{text}"
    );
    // At 100x30 the chart grows past its minimum when the pane has room: a tall terminal.
    let tall = open("quorum", 100, 60, &[("profile", 1.0)]);
    let s = lab(&tall);
    let pane = view::pane(s.lab, (100, 60));
    let parts = view::parts(s);
    let heights = view::heights(&parts, usize::from(pane.width), usize::from(pane.height));
    let chart = parts
        .iter()
        .zip(&heights)
        .find_map(|(p, h)| matches!(p, Part::Chart(_)).then_some(*h))
        .expect("a chart");
    assert!(chart > view::MIN_CHART_ROWS, "{chart}");
    assert_eq!(heights.iter().sum::<usize>(), usize::from(pane.height));
}

#[test]
fn progress_shows_while_computing_and_the_prompt_in_the_footer() {
    let mut app = open("quorum", 80, 24, &[]);
    app.update(Action::Right);
    let text = rows(&draw(&app, 80, 24)).join("\n");
    assert!(
        text.contains("Computing… 0% (the results below are for the previous values)"),
        "{text}"
    );
    app.update(Action::LabProgress {
        generation: lab(&app).requested,
        permille: 420,
    });
    assert!(
        rows(&draw(&app, 80, 24))
            .join("\n")
            .contains("Computing… 42%")
    );
    app.update(Action::Open);
    for c in "abc".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Open);
    let footer = rows(&draw(&app, 80, 24)).pop().expect("a footer");
    assert!(
        footer.starts_with(" N replicas (1 to 100): abc▏  --n must be a number"),
        "{footer}"
    );
    // The footer offers Space only where it steps.
    app.update(Action::Back);
    let footer = rows(&draw(&app, 80, 24)).pop().expect("a footer");
    assert!(!footer.contains("Space"), "{footer}");
    let stepped = open("read-repair", 80, 24, &[]);
    let footer = rows(&draw(&stepped, 80, 24)).pop().expect("a footer");
    assert!(footer.contains("Space step"), "{footer}");
}

#[test]
fn lab_screens_draw_at_any_size_without_panicking() {
    for l in swelearn_core::labs::ALL {
        let mut app = open(l.id, 80, 24, &[("n", 100.0), ("r", 30.0), ("w", 30.0)]);
        app.update(Action::Bottom);
        for (w, h) in [
            (1, 1),
            (29, 7),
            (30, 8),
            (31, 9),
            (40, 12),
            (200, 60),
            (33, 50),
        ] {
            app.update(Action::Resize(w, h));
            let _ = draw(&app, w, h);
            app.update(Action::Bottom);
            let _ = draw(&app, w, h);
        }
    }
}
