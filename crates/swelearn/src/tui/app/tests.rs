//! `update` tests: feed Actions, check the state and the effects.

use std::collections::HashMap;

use swelearn_core::catalog::Catalog;
use swelearn_core::library::{Library, Origin, SourceFile, SourceKind};
use swelearn_store::TopicChange;

use super::*;
use crate::tui::home::Row;
use crate::tui::source::MemorySource;

fn topic(
    title: &str,
    difficulty: &str,
    category: &str,
    tags: &str,
    related: &str,
    body: &str,
) -> String {
    format!(
        "---\ntitle: \"{title}\"\ntags: [{tags}]\ndifficulty: {difficulty}\nestimated_time: 20min\ncategory: {category}\nrelated: [{related}]\n---\n## Overview\n{body}\n## When to Use\n- Often.\n## Trade-offs & Gotchas\n- Quorum costs latency.\n## Architecture Diagram\n```\n[a] --> [b] --> [c] --> [d] --> [e] --> [f] --> [g] --> [h] --> [i] --> [j]\n```\n## Key Points for Interviews\n- **Point**: quorum again.\n"
    )
}

/// A small library and an app over it, 80x24.
pub fn fixture_app() -> App {
    let files: Vec<(&str, String)> = vec![
        ("replication.md", topic("Database Replication", "medium", "system-design", "replication, quorum", "caching, dns", &"Leaders and followers. ".repeat(60))),
        ("caching.md", topic("Caching", "easy", "system-design", "caching", "replication", "Cache-aside keeps hot data close.")),
        ("dns.md", topic("DNS", "easy", "fundamentals", "dns", "caching", "Resolvers cache answers for their TTL.")),
        ("feed.md", topic("Design a News Feed", "hard", "design-problem", "feeds", "caching", "Fan-out on write or on read.").replace("## Key Points", "## Requirements\nx\n## Estimates\nx\n## API\nx\n## Data Model\nx\n## Deep Dives\nx\n## Key Points")),
    ];
    let sources = files
        .iter()
        .map(|(name, text)| SourceFile {
            origin: Origin::Bundled {
                name: (*name).to_owned(),
            },
            source: SourceKind::Bundled,
            display: format!("content/{name}"),
            group: "content".into(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    let (lib, diags) = Library::load(sources);
    assert!(diags.is_empty(), "{diags:?}");
    let catalog = Catalog::build(&lib, diags);
    let memory = MemorySource(
        files
            .into_iter()
            .map(|(n, t)| (n.to_owned(), t.into_bytes()))
            .collect(),
    );
    App::new(
        catalog,
        HashMap::new(),
        Box::new(memory),
        Theme::dark(),
        (80, 24),
    )
}

fn selected_title(app: &App) -> String {
    let doc = app.home().selected_doc().expect("a selection");
    app.catalog.docs[doc].title.clone()
}

#[test]
fn home_groups_by_category_and_moves_over_headings() {
    let mut app = fixture_app();
    let rows = &app.home().rows;
    assert_eq!(rows[0], Row::Group(swelearn_core::Category::Fundamentals));
    assert_eq!(selected_title(&app), "DNS");
    app.update(Action::Down);
    assert_eq!(
        selected_title(&app),
        "Caching",
        "skips the system-design heading"
    );
    app.update(Action::Bottom);
    assert_eq!(selected_title(&app), "Design a News Feed");
    app.update(Action::Top);
    assert_eq!(selected_title(&app), "DNS");
}

#[test]
fn filters_and_sorts_rebuild_the_list() {
    let mut app = fixture_app();
    app.update(Action::CycleDifficulty); // easy
    let shown: Vec<usize> = app
        .home()
        .rows
        .iter()
        .filter_map(|r| {
            if let Row::Topic(d) = r {
                Some(*d)
            } else {
                None
            }
        })
        .collect();
    assert_eq!(shown.len(), 2);
    app.update(Action::CycleDifficulty); // medium
    assert_eq!(selected_title(&app), "Database Replication");
    app.update(Action::ClearFilters);
    app.update(Action::CycleCategory);
    assert_eq!(
        app.home().category,
        Some(swelearn_core::Category::Fundamentals)
    );
    app.update(Action::ClearFilters);
    app.update(Action::PickTag);
    for c in "feeds".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Open);
    assert!(app.overlay.is_none());
    assert_eq!(app.home().tag.as_deref(), Some("feeds"));
    assert_eq!(selected_title(&app), "Design a News Feed");
    app.update(Action::ClearFilters);
    app.update(Action::CycleSort);
    app.update(Action::CycleSort);
    assert_eq!(app.home().sort, crate::tui::home::Sort::Time);
}

#[test]
fn opening_reading_and_going_back_saves_the_scroll_position() {
    let mut app = fixture_app();
    app.update(Action::Down);
    app.update(Action::Down); // Database Replication
    app.update(Action::Open);
    assert_eq!(
        app.reader().map(|r| r.topic.id.as_str()),
        Some("replication")
    );
    app.update(Action::PageDown);
    let scroll = app.reader().expect("reader").scroll;
    assert!(scroll > 0);
    let effects = app.update(Action::Back);
    assert!(app.reader().is_none());
    assert_eq!(
        effects,
        vec![Effect::Save {
            id: "replication".into(),
            change: TopicChange::Scroll(scroll as u32),
        }]
    );
    app.update(Action::Open);
    assert_eq!(
        app.reader().expect("reader").scroll,
        scroll,
        "reopens where the user left"
    );
}

#[test]
fn read_marks_bookmarks_and_notes_are_saved() {
    let mut app = fixture_app();
    app.now = 1_700_000_000;
    let effects = app.update(Action::ToggleRead);
    assert_eq!(
        effects,
        vec![Effect::Save {
            id: "dns".into(),
            change: TopicChange::Read(Some(1_700_000_000)),
        }]
    );
    app.update(Action::Open);
    let effects = app.update(Action::ToggleBookmark);
    assert!(
        effects
            == [Effect::Save {
                id: "dns".into(),
                change: TopicChange::Bookmarked(true)
            }]
            && app.state("dns").read_at.is_some()
    );
    assert_eq!(
        app.progress(),
        "1/4 topics read · 1 bookmarked · nothing to review"
    );
    let effects = app.update(Action::EditNote);
    assert_eq!(
        effects,
        vec![Effect::EditNote {
            id: "dns".into(),
            text: String::new()
        }]
    );
    let effects = app.update(Action::NoteEdited {
        id: "dns".into(),
        text: "TTL!".into(),
    });
    assert_eq!(
        effects,
        [Effect::Save {
            id: "dns".into(),
            change: TopicChange::Note("TTL!".into())
        }]
    );
    assert!(
        app.update(Action::NoteEdited {
            id: "dns".into(),
            text: "TTL!".into()
        })
        .is_empty()
    );
}

#[test]
fn the_palette_finds_titles_and_text_and_opens_at_the_section() {
    let mut app = fixture_app();
    app.update(Action::Search);
    for c in "quorum".chars() {
        app.update(Action::Input(c));
    }
    let Some(Overlay::Palette(p)) = &app.overlay else {
        panic!("palette open")
    };
    assert!(!p.texts.is_empty());
    assert_eq!(p.texts[0].section.as_deref(), Some("Trade-offs & Gotchas"));
    app.update(Action::Open);
    let r = app.reader().expect("opened");
    assert_eq!(r.current_section(), Some("Trade-offs & Gotchas"));
}

#[test]
fn find_in_topic_highlights_and_cycles() {
    let mut app = fixture_app();
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::Find);
    for c in "quorum".chars() {
        app.update(Action::Input(c));
    }
    app.update(Action::Open);
    let r = app.reader().expect("reader");
    // In the tags line of the header, Trade-offs and Key Points.
    assert_eq!(r.matches.len(), 3);
    assert_eq!(
        app.status.as_deref(),
        Some("3 matches for \"quorum\" (n / N to move)")
    );
    let first = app.reader().expect("reader").current;
    app.update(Action::NextMatch);
    assert_eq!(app.reader().expect("reader").current, (first + 1) % 3);
    app.update(Action::PrevMatch);
    app.update(Action::PrevMatch);
    assert_eq!(
        app.reader().expect("reader").current,
        (first + 2) % 3,
        "wraps around"
    );
}

#[test]
fn contents_and_related_jump() {
    let mut app = fixture_app();
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::Contents);
    app.update(Action::Bottom);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(
        app.reader().and_then(Reader::current_section),
        Some("Architecture Diagram")
    );
    app.update(Action::Related);
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(app.reader().map(|r| r.topic.id.as_str()), Some("dns"));
    assert_eq!(app.stack.len(), 2, "related opens on top; q goes back");
    app.update(Action::Back);
    assert_eq!(
        app.reader().map(|r| r.topic.id.as_str()),
        Some("replication")
    );
}

#[test]
fn diagrams_scroll_sideways_when_wider_than_the_window() {
    let mut app = fixture_app();
    app.update(Action::Resize(40, 12));
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::Right);
    assert_eq!(app.reader().expect("reader").hscroll, 8);
    app.update(Action::Left);
    app.update(Action::Left);
    assert_eq!(app.reader().expect("reader").hscroll, 0);
}

#[test]
fn help_toggles_and_quit_and_back_end_the_app() {
    let mut app = fixture_app();
    app.update(Action::Help);
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    app.update(Action::Back);
    assert!(app.overlay.is_none());
    app.update(Action::Back);
    assert!(app.quit, "q on the library quits");
}

#[test]
fn resizing_relayouts_the_reader_and_keeps_position() {
    let mut app = fixture_app();
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::PageDown);
    let before = app.reader().expect("reader").rendered.lines.len();
    for (w, h) in [(1, 1), (200, 60), (40, 12), (0, 0), (80, 24)] {
        app.update(Action::Resize(w, h));
    }
    let r = app.reader().expect("reader");
    assert_eq!(r.rendered.lines.len(), before);
    assert!(r.scroll > 0);
}

/// The fixture app with a review session over its cards, on an in-memory store.
pub fn review_app(store: &mut swelearn_store::Store) -> App {
    let mut app = fixture_app();
    let offered: Vec<(String, String)> = app
        .catalog
        .docs
        .iter()
        .flat_map(|d| d.card_ids.iter().map(|c| (c.clone(), d.id.clone())))
        .collect();
    store.sync_cards(&offered, 0).expect("sync");
    let scope = crate::study::Scope {
        topics: Some(["replication".to_owned()].into()),
        explicit: true,
        limit: None,
    };
    let source = &app.source;
    let session =
        crate::study::Session::start_with(store, &app.catalog, &scope, 1_800_000_000, &|d| {
            source.load(d).ok()
        })
        .expect("session");
    app.open_review(crate::tui::review::ReviewScreen::new(
        session,
        "Database Replication".into(),
        1_800_000_000,
    ));
    app
}

#[test]
fn review_reveals_rates_through_the_runtime_and_undoes() {
    let mut store = swelearn_store::Store::in_memory().expect("store");
    let mut app = review_app(&mut store);
    assert_eq!(app.context().0, crate::tui::keymap::Context::Review);
    // As in Anki, a rating key before the answer is shown shows it, and rates nothing.
    assert_eq!(
        app.update(Action::Rate(swelearn_core::schedule::Rating::Good)),
        Vec::new(),
        "nothing is rated unseen"
    );
    let Some(Screen::Review(r)) = app.stack.last() else {
        panic!("review screen")
    };
    assert!(r.revealed, "the rating key revealed the answer");
    app.update(Action::Reveal);
    let Some(Screen::Review(r)) = app.stack.last() else {
        panic!("review screen")
    };
    assert!(r.revealed);
    assert_eq!(r.buttons.len(), 4);
    assert!(r.buttons[0].starts_with("1 Again · 10m"), "{:?}", r.buttons);
    let effects = app.update(Action::Rate(swelearn_core::schedule::Rating::Easy));
    let [Effect::Answer { rating, .. }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    // What the runtime does with that effect:
    let screen = app.review_mut().expect("screen");
    let before = screen.session.queue.len();
    screen
        .session
        .answer(&mut store, *rating, 1200, 1_800_000_000)
        .expect("saved");
    screen.next_card(1_800_000_000);
    app.update(Action::Done("✓ Easy: next in 8d (saved)".into()));
    let Some(Screen::Review(r)) = app.stack.last() else {
        panic!("review screen")
    };
    assert_eq!(r.session.queue.len(), before - 1);
    assert!(!r.revealed, "the next card starts hidden");
    assert_eq!(r.message.as_deref(), Some("✓ Easy: next in 8d (saved)"));
    assert_eq!(app.update(Action::Undo), vec![Effect::UndoAnswer]);
    assert_eq!(app.update(Action::Back), vec![Effect::RefreshDue]);
    assert!(app.stack.is_empty());
}

#[test]
fn library_and_reader_start_reviews_and_stats() {
    let mut app = fixture_app();
    assert_eq!(
        app.update(Action::Review),
        vec![Effect::StartReview { topic: None }]
    );
    assert_eq!(app.update(Action::Stats), vec![Effect::OpenStats]);
    app.update(Action::Open);
    assert_eq!(
        app.update(Action::Review),
        vec![Effect::StartReview {
            topic: Some("dns".into())
        }]
    );
    app.due.insert("dns".into(), 3);
    assert!(app.progress().ends_with("3 cards to review"));
}

#[test]
fn labs_open_from_the_library_and_change_with_keys() {
    let mut app = fixture_app();
    app.update(Action::OpenLab);
    let Some(Overlay::Picker(p)) = &app.overlay else {
        panic!("a picker of labs")
    };
    assert_eq!(p.items.len(), swelearn_core::labs::ALL.len());
    app.update(Action::Back);
    app.open_lab("availability");
    assert_eq!(app.context().0, crate::tui::keymap::Context::Lab);
    let Some(Screen::Lab(l)) = app.stack.last_mut() else {
        panic!("lab screen")
    };
    let before = l.values[0];
    l.update(&Action::Right);
    assert!(l.values[0] > before);
    l.update(&Action::Down);
    assert_eq!(l.selected, 1);
    let seed = l.seed;
    l.update(&Action::Reseed);
    assert_ne!(l.seed, seed);
    crate::tui::lab::tests::settle(&mut app);
    let Some(Screen::Lab(l)) = app.stack.last() else {
        panic!("lab screen")
    };
    let Some(swelearn_core::labs::Report::Availability(r)) = l.report() else {
        panic!("a report")
    };
    assert!(r.system_percent > 99.0);
    app.update(Action::Back);
    assert!(app.stack.is_empty());
    app.update(Action::Open);
    app.update(Action::OpenLab);
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.contains("offers no lab")),
        "{:?}",
        app.status
    );
}

/// A mock screen over the fixture's design problem, started at `now`.
pub fn mock_app(now: i64) -> App {
    let mut app = fixture_app();
    app.now = now;
    let mut m = crate::tui::mock::MockScreen::new(
        "s1".into(),
        "system-design",
        "Design a News Feed".into(),
        now,
    );
    m.phases = swelearn_core::mock::phases(swelearn_core::mock::Kind::SystemDesign, 45);
    m.pending = vec![(20.0, "Reads grew 10x".into())];
    m.set_scratchpad("# Design a News Feed\n\n## Requirements\n");
    m.dirty = false;
    m.rubric = vec![
        "States the scale".into(),
        "Chooses fan-out on write or read".into(),
    ];
    m.reference = "```\n[client] --> [feed service]\n```".into();
    app.open_mock(m);
    app
}

fn mock(app: &App) -> &crate::tui::mock::MockScreen {
    let Some(Screen::Mock(m)) = app.stack.last() else {
        panic!("mock screen")
    };
    m
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c));
    }
}

#[test]
fn the_mock_screen_types_autosaves_injects_follow_ups_and_scores() {
    let t0 = 1_800_000_000;
    let mut app = mock_app(t0);
    assert_eq!(
        app.context(),
        (crate::tui::keymap::Context::Mock, true),
        "the scratchpad takes typing"
    );
    typed(&mut app, "1B users\n");
    app.now = t0 + 1;
    assert!(
        app.update(Action::Tick).is_empty(),
        "not yet: saves come every few seconds"
    );
    app.now = t0 + 4;
    let saved = app.update(Action::Tick);
    assert!(
        matches!(&saved[..], [Effect::SaveScratchpad { id, text }] if id == "s1" && text.contains("1B users")),
        "{saved:?}"
    );
    assert!(app.update(Action::Tick).is_empty(), "nothing new to save");
    app.update(Action::NextSection);
    assert_eq!(mock(&app).phase, 1);
    assert!(mock(&app).scratchpad().contains("## Estimates"));
    app.now = t0 + 21 * 60;
    app.update(Action::Tick);
    assert_eq!(mock(&app).asked, ["Reads grew 10x"]);
    assert!(
        mock(&app)
            .scratchpad()
            .contains("> Follow-up: Reads grew 10x")
    );
    app.update(Action::Back);
    app.update(Action::Open);
    assert_eq!(
        app.context(),
        (crate::tui::keymap::Context::Mock, false),
        "the rubric takes keys"
    );
    app.update(Action::Reveal);
    let effects = app.update(Action::Open);
    assert!(
        matches!(&effects[..], [Effect::FinishMock { id, score: Some(50), ended_at, .. }] if id == "s1" && *ended_at == t0 + 21 * 60),
        "{effects:?}"
    );
    assert!(app.stack.is_empty());
}

#[test]
fn ending_a_mock_early_asks_first_and_an_abandoned_one_is_unscored_with_its_time() {
    let t0 = 1_800_000_000;
    let mut app = mock_app(t0);
    typed(&mut app, "fan-out");
    app.now = t0 + 90;
    // Esc asks; Esc again goes on typing, and nothing was lost.
    assert!(app.update(Action::Back).is_empty());
    assert_eq!(mock(&app).confirm, Some(crate::tui::mock::Ending::Early));
    assert!(!app.context().1, "the question takes the keys");
    app.update(Action::Back);
    assert_eq!(mock(&app).confirm, None);
    typed(&mut app, " on write");
    assert!(mock(&app).scratchpad().ends_with("fan-out on write"));
    // One Tab too many on the last phase asks too, instead of ending.
    for _ in 0..mock(&app).phases.len() - 1 {
        app.update(Action::NextSection);
    }
    let last = mock(&app).phases.len() - 1;
    assert_eq!(mock(&app).phase, last);
    app.update(Action::NextSection);
    assert_eq!(mock(&app).phase, last, "still interviewing");
    assert!(mock(&app).confirm.is_some());
    // `a` abandons: the session is stored unscored, ended when it was abandoned.
    app.now = t0 + 240;
    let effects = app.update(Action::Abandon);
    let [
        Effect::FinishMock {
            score,
            ended_at,
            timings,
            notes,
            ..
        },
    ] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!((*score, *ended_at), (None, t0 + 240));
    assert!(notes.contains("fan-out on write"));
    assert!(
        timings.starts_with("Requirements=90") && timings.ends_with("Wrap-up=150"),
        "{timings}"
    );
    assert!(app.stack.is_empty());
    assert!(
        app.status
            .as_deref()
            .is_some_and(|s| s.contains("abandoned"))
    );
}

#[test]
fn leaving_the_rubric_asks_before_dropping_the_score() {
    let t0 = 1_800_000_000;
    let mut app = mock_app(t0);
    app.now = t0 + 600;
    app.update(Action::Back);
    app.update(Action::Open);
    app.now = t0 + 900;
    assert_eq!(
        mock(&app).elapsed(app.now),
        10.0,
        "the rubric is not interview time"
    );
    app.update(Action::Reveal);
    assert!(app.update(Action::Back).is_empty(), "q in the rubric asks");
    assert_eq!(mock(&app).confirm, Some(crate::tui::mock::Ending::Unsaved));
    app.update(Action::Back);
    assert!(mock(&app).confirm.is_none());
    app.update(Action::Back);
    let effects = app.update(Action::Open);
    assert!(
        matches!(&effects[..], [Effect::FinishMock { score: Some(50), ended_at, .. }] if *ended_at == t0 + 600),
        "{effects:?}"
    );
}

#[test]
fn the_rubric_follows_the_cursor_and_the_notes_pane_scrolls() {
    let t0 = 1_800_000_000;
    let mut app = mock_app(t0);
    app.update(Action::Resize(100, 30));
    {
        let Some(Screen::Mock(m)) = app.stack.last_mut() else {
            panic!("mock")
        };
        m.rubric = (1..=40).map(|i| format!("Point {i}")).collect();
        m.reference = format!(
            "```\n{}\n```",
            (1..=60)
                .map(|i| format!("[box {i}]"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    app.update(Action::Back);
    app.update(Action::Open);
    // 30 rows: header, footer and two borders leave 26 for the list.
    for _ in 0..30 {
        app.update(Action::Down);
    }
    let m = mock(&app);
    assert_eq!(m.cursor, 30);
    assert_eq!(
        m.rubric_scroll, 5,
        "the cursor's item is the last row shown"
    );
    app.update(Action::Reveal);
    assert!(
        mock(&app).assessing.as_ref().is_some_and(|t| t[30]),
        "Space ticks the item in view"
    );
    for _ in 0..10 {
        app.update(Action::Up);
    }
    assert_eq!(
        mock(&app).rubric_scroll,
        5,
        "moving up inside the view does not scroll"
    );
    app.update(Action::Top);
    assert_eq!(mock(&app).rubric_scroll, 0);
    // Tab gives the keys to the notes pane; it scrolls to its end and not past it.
    app.update(Action::NextSection);
    app.update(Action::Bottom);
    let m = mock(&app);
    let total = crate::tui::mock::review_lines(m, 48).len();
    assert!(total > 60, "{total}");
    assert_eq!(m.notes_scroll, total - 26);
    assert_eq!(m.cursor, 0, "the rubric's cursor stays");
}

#[test]
fn the_scratchpad_edits_where_the_cursor_is() {
    let mut app = mock_app(1_800_000_000);
    typed(&mut app, "abc\ndef");
    app.update(Action::Edit(crate::tui::action::Edit::Up));
    app.update(Action::Edit(crate::tui::action::Edit::Left));
    typed(&mut app, "X");
    app.update(Action::Edit(crate::tui::action::Edit::End));
    app.update(Action::Edit(crate::tui::action::Edit::DeleteWord));
    typed(&mut app, "word");
    app.update(Action::Paste("pasted\ntext".into()));
    assert_eq!(
        mock(&app).scratchpad(),
        "# Design a News Feed\n\n## Requirements\nwordpasted\ntext\ndef"
    );
    assert!(mock(&app).dirty);
}

#[test]
fn a_status_message_stays_until_a_key_or_a_few_seconds() {
    let mut app = fixture_app();
    app.now = 1_800_000_000;
    app.update(Action::Done("Not saved: disk I/O error".into()));
    // The runtime ticks five times a second while no key is pressed.
    for tick in 0..(STATUS_SECONDS * 5) {
        app.now = 1_800_000_000 + tick / 5;
        app.update(Action::Tick);
        assert_eq!(
            app.status.as_deref(),
            Some("Not saved: disk I/O error"),
            "still shown after {tick} ticks"
        );
    }
    app.now = 1_800_000_000 + STATUS_SECONDS;
    app.update(Action::Tick);
    assert_eq!(app.status, None, "gone after {STATUS_SECONDS} seconds");
    // A key clears it at once, and a new message starts its own time.
    app.update(Action::Done("Bookmarked".into()));
    app.update(Action::Tick);
    app.update(Action::Down);
    assert_eq!(app.status, None);
    app.update(Action::Done("Note saved".into()));
    app.now += STATUS_SECONDS - 1;
    app.update(Action::Tick);
    assert_eq!(app.status.as_deref(), Some("Note saved"));
}

#[test]
fn prompts_edit_at_the_cursor_with_readline_keys() {
    use crate::tui::action::Edit;
    let mut app = fixture_app();
    app.update(Action::Search);
    typed(&mut app, "qurum");
    for e in [Edit::Home, Edit::Right, Edit::Right] {
        app.update(Action::Edit(e));
    }
    app.update(Action::Input('o'));
    let Some(Overlay::Palette(p)) = &app.overlay else {
        panic!("palette")
    };
    assert_eq!(p.query, "quorum");
    assert!(!p.texts.is_empty(), "the corrected query searched again");
    app.update(Action::Edit(Edit::DeleteToHead));
    app.update(Action::Edit(Edit::End));
    app.update(Action::Edit(Edit::DeleteToHead));
    typed(&mut app, "dns cache");
    app.update(Action::Edit(Edit::DeleteWord));
    let Some(Overlay::Palette(p)) = &app.overlay else {
        panic!("palette")
    };
    assert_eq!(p.query, "dns ");
    app.update(Action::Back);
    // The reader's find prompt and the tag filter take the same keys.
    app.update(Action::Open);
    app.update(Action::Find);
    typed(&mut app, "TTL");
    app.update(Action::Edit(Edit::Home));
    app.update(Action::Edit(Edit::Delete));
    let Some(Overlay::Find(q)) = &app.overlay else {
        panic!("find")
    };
    assert_eq!(q.text(), "TL");
    app.update(Action::Back);
    app.update(Action::Back);
    app.update(Action::PickTag);
    app.update(Action::Paste("feeds\nx".into()));
    app.update(Action::Backspace);
    app.update(Action::Backspace);
    app.update(Action::Open);
    assert_eq!(app.home().tag.as_deref(), Some("feeds"));
}

#[test]
fn the_library_counts_what_a_review_then_offers() {
    let mut store = swelearn_store::Store::in_memory().expect("store");
    let mut app = fixture_app();
    let offered: Vec<(String, String)> = app
        .catalog
        .docs
        .iter()
        .flat_map(|d| d.card_ids.iter().map(|c| (c.clone(), d.id.clone())))
        .collect();
    store.sync_cards(&offered, 0).expect("sync");
    let now = 1_800_000_000;
    let settings = crate::study::Settings::load(&store).expect("settings");
    let all = crate::study::Scope {
        topics: None,
        explicit: false,
        limit: None,
    };
    let cards = crate::study::offered(&store, &settings, &all, now).expect("offered");
    app.set_offered(&cards);
    let source = &app.source;
    let session = crate::study::Session::start_with(&mut store, &app.catalog, &all, now, &|d| {
        source.load(d).ok()
    })
    .expect("session");
    let n = session.queue.len();
    assert!(n > 0, "a new library has new cards to learn");
    assert!(
        app.progress()
            .ends_with(&format!("{n} cards to review ({n} new)")),
        "the header says what R offers: {}",
        app.progress()
    );
}

#[test]
fn the_library_shows_only_bookmarked_unread_or_due_topics() {
    let mut app = fixture_app();
    app.update(Action::ToggleBookmark); // DNS
    app.update(Action::Down);
    app.update(Action::ToggleRead); // Caching
    app.due.insert("feed".into(), 2);
    let shown = |app: &App| -> Vec<String> {
        app.home()
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::Topic(d) => Some(app.catalog.docs[*d].id.clone()),
                Row::Group(_) => None,
            })
            .collect()
    };
    app.update(Action::CycleShow);
    assert_eq!(shown(&app), ["dns"]);
    assert_eq!(app.home().chips(), ["bookmarked"]);
    app.update(Action::CycleShow);
    assert_eq!(
        shown(&app),
        ["dns", "replication", "feed"],
        "all but the read one"
    );
    app.update(Action::CycleShow);
    assert_eq!(shown(&app), ["feed"]);
    assert_eq!(
        app.home_height(),
        app.body_height() - 1,
        "a line shows the filters"
    );
    app.update(Action::ClearFilters);
    assert_eq!(shown(&app).len(), 4);
    assert!(app.home().chips().is_empty());
    assert_eq!(app.home_height(), app.body_height());
}

#[test]
fn your_note_is_shown_in_the_reader_found_by_find_and_by_search() {
    let mut app = fixture_app();
    app.update(Action::Open); // DNS
    app.update(Action::NoteEdited {
        id: "dns".into(),
        text: "Resolvers ignore low TTLs sometimes".into(),
    });
    let r = app.reader().expect("reader");
    assert_eq!(
        r.rendered.sections[0].0, "Your note",
        "the open reader shows it at once"
    );
    let text: Vec<String> = r
        .rendered
        .lines
        .iter()
        .map(swelearn_core::doc::Line::text)
        .collect();
    assert!(
        text.iter().any(|l| l.contains("ignore low TTLs")),
        "{text:?}"
    );
    app.update(Action::Find);
    typed(&mut app, "ignore low");
    app.update(Action::Open);
    assert_eq!(app.reader().expect("reader").matches.len(), 1);
    app.update(Action::Back);
    app.update(Action::Search);
    typed(&mut app, "low resolvers");
    let Some(Overlay::Palette(p)) = &app.overlay else {
        panic!("palette")
    };
    let hit = p.texts.first().expect("the note is a hit");
    assert_eq!(hit.section.as_deref(), Some("Your note"));
    let (doc, section) = (hit.doc, hit.section.clone());
    // What Enter on that hit does: open the topic at its section.
    app.update(Action::Back);
    app.open(doc, section.as_deref());
    let r = app.reader().expect("reader");
    assert_eq!(r.current_section(), Some("Your note"));
}
mod pages;
pub(crate) mod quiz;
