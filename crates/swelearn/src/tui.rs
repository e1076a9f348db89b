//! The full-screen terminal UI: sets the terminal up, runs draw -> event -> update, performs the
//! effects `update` returns (saving to the store, the note editor), and always gives the terminal
//! back, on quit, on a panic and on SIGTERM/SIGHUP/SIGINT.

pub mod action;
pub mod app;
pub mod draw;
pub mod edit;
pub mod home;
pub mod keymap;
pub mod lab;
pub mod mock;
pub mod overlay;
pub mod page;
pub mod palette;
pub mod practice;
pub mod quiz;
pub mod reader;
pub mod review;
pub mod source;
pub mod stats;
pub mod terminal;
pub mod theme;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result};
use crossterm::event::{self, Event, KeyEventKind, MouseEventKind};
use swelearn_store::Store;

use crate::load::Loader;
use action::Action;
use app::{App, Effect};
use source::FileSource;

/// Runs the terminal UI until the user quits.
pub fn run(loader: &Loader, theme: theme::Theme) -> Result<()> {
    let catalog = loader.catalog();
    let broken = catalog.diagnostics.iter().filter(|d| d.is_error()).count();
    let (store, states, warning) = open_store(&loader.paths.database());
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::new(catalog, states, Box::new(FileSource), theme, size);
    app.warning = warning;
    if broken > 0 {
        app.status = Some(format!(
            "{broken} problem(s) in topic files; run `swelearn check` to see them"
        ));
    }
    let mut runtime = Runtime {
        store,
        loader,
        labs: lab::worker::Worker::spawn(Duration::from_millis(80)),
        practice: practice::runtime::Runtime::default(),
    };
    app.now = now();
    if let Err(e) = runtime.refresh_due(&mut app) {
        app.warning
            .get_or_insert(format!("cards due are not counted: {e:#}"));
    }
    if app.status.is_none() {
        app.status = runtime.today_line(&app);
    }
    let stop = watch_signals()?;
    let mut term = terminal::init().context("cannot set up the terminal")?;
    let result = event_loop(&mut term, &mut app, &mut runtime, &stop);
    terminal::restore().context("cannot restore the terminal")?;
    result
}

/// The user's store and every topic's state. When either cannot be read, the UI runs without
/// the store and says so: starting from empty states and saving over them would lose the
/// user's notes and bookmarks.
fn open_store(
    path: &std::path::Path,
) -> (
    Option<Store>,
    std::collections::HashMap<String, swelearn_store::TopicState>,
    Option<String>,
) {
    let store = match Store::open(path) {
        Ok(store) => store,
        Err(e) => {
            return (
                None,
                std::collections::HashMap::default(),
                Some(format!("progress is not being saved: {e}")),
            );
        }
    };
    match store.topic_states() {
        Ok(states) => (Some(store), states, None),
        Err(e) => (
            None,
            std::collections::HashMap::default(),
            Some(format!(
                "progress is not being saved: your topics' read marks, bookmarks and notes cannot be read ({e})"
            )),
        ),
    }
}

/// SIGTERM, SIGHUP and SIGINT ask the loop to end (saving what it holds). A terminal that went
/// away can leave the event reader spinning on end of input, so if the loop has not ended a
/// second later, this thread gives the terminal back and exits itself.
fn watch_signals() -> Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])
        .context("cannot watch for signals")?;
    let flag = Arc::clone(&stop);
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            flag.store(true, Ordering::Relaxed);
            std::thread::sleep(Duration::from_secs(1));
            let _ = terminal::restore();
            std::process::exit(128 + signal);
        }
    });
    Ok(stop)
}

fn event_loop(
    term: &mut terminal::Tui,
    app: &mut App,
    runtime: &mut Runtime,
    stop: &AtomicBool,
) -> Result<()> {
    loop {
        term.draw(|frame| draw::render(app, frame))?;
        if app.quit {
            return Ok(());
        }
        if stop.load(Ordering::Relaxed) {
            let effects = app.update(Action::Quit);
            runtime.perform(effects, app, term)?;
            return Ok(());
        }
        for done in runtime.labs.poll() {
            let effects = app.update(done);
            runtime.perform(effects, app, term)?;
        }
        for judged in runtime.practice.poll(runtime.store.as_mut(), now()) {
            let effects = app.update(judged);
            runtime.perform(effects, app, term)?;
        }
        // Sooner while a lab computes or a solution is judged, so progress shows without a key.
        let busy = matches!(app.stack.last(), Some(app::Screen::Lab(l)) if l.busy())
            || runtime.practice.worker.busy();
        let wait = Duration::from_millis(if busy { 40 } else { 200 });
        if !event::poll(wait)? {
            app.now = now();
            let effects = app.update(Action::Tick);
            runtime.perform(effects, app, term)?;
            continue;
        }
        let (context, typing) = app.context();
        let action = match event::read()? {
            Event::Key(key) if key.kind == KeyEventKind::Press => {
                keymap::action_for(key, context, typing)
            }
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
                MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
                _ => None,
            },
            Event::Resize(w, h) => Some(Action::Resize(w, h)),
            Event::Paste(text) if typing => Some(Action::Paste(text)),
            _ => None,
        };
        if let Some(action) = action {
            app.now = now();
            let effects = app.update(action);
            runtime.perform(effects, app, term)?;
        }
    }
}

/// Performs effects against the outside world: the store, the editor.
struct Runtime<'a> {
    store: Option<Store>,
    loader: &'a Loader,
    /// Computes labs off the UI thread.
    labs: lab::worker::Worker,
    /// Coding practice: the problems, the judge and its worker.
    practice: practice::runtime::Runtime,
}

impl Runtime<'_> {
    /// Runs effects; results come back to the app as actions (or, for sessions and statistics
    /// that are not plain values, through the app's methods).
    fn perform(
        &mut self,
        effects: Vec<Effect>,
        app: &mut App,
        term: &mut terminal::Tui,
    ) -> Result<()> {
        for effect in effects {
            let message = match effect {
                Effect::Save { id, change } => match &self.store {
                    Some(s) => s
                        .change_topic_state(&id, &change, now())
                        .err()
                        .map(|e| format!("Not saved: {e}")),
                    None => {
                        Some("Not saved: your progress database could not be opened".to_owned())
                    }
                },
                Effect::EditNote { id, text } => {
                    let dir = self.loader.paths.cache.join("notes");
                    let editor = editor(
                        std::env::var("VISUAL").ok().as_deref(),
                        std::env::var("EDITOR").ok().as_deref(),
                    );
                    match terminal::suspend_for(term, || edit(&dir, &id, &text, &editor))? {
                        Ok(new) => {
                            let more = app.update(Action::NoteEdited { id, text: new });
                            self.perform(more, app, term)?;
                            None
                        }
                        Err(e) => Some(format!("Note not saved: {e:#}")),
                    }
                }
                Effect::StartReview { topic } => self
                    .start_review(app, topic.as_deref())
                    .err()
                    .map(|e| format!("Cannot start a review: {e:#}")),
                Effect::Answer { rating, elapsed_ms } => self.answer(app, rating, elapsed_ms),
                Effect::UndoAnswer => self.undo(app),
                Effect::OpenStats => match self
                    .store
                    .as_ref()
                    .map(|s| crate::study::stats::compute(s, &app.catalog, now()))
                {
                    Some(Ok(stats)) => {
                        app.open_stats(stats);
                        None
                    }
                    Some(Err(e)) => Some(format!("Cannot compute statistics: {e:#}")),
                    None => Some(
                        "Statistics need your progress database, which could not be opened"
                            .to_owned(),
                    ),
                },
                Effect::RefreshDue => self
                    .refresh_due(app)
                    .err()
                    .map(|e| format!("Cards due not counted: {e:#}")),
                Effect::ComputeLab(request) => {
                    self.labs.submit(request);
                    None
                }
                Effect::Practice(practice::PracticeEffect::Edit { id, lang }) => {
                    self.edit_solution(app, term, &id, lang)?
                }
                Effect::Practice(effect) => self
                    .practice
                    .perform(effect, app, self.store.as_mut(), self.loader, now())
                    .unwrap_or_else(|e| Some(format!("{e:#}"))),
                Effect::StartMock => self
                    .start_mock(app)
                    .err()
                    .map(|e| format!("Cannot start a mock: {e:#}")),
                Effect::SaveScratchpad { id, text } => {
                    let path =
                        crate::study::mock::pad(&crate::study::mock::folder(self.loader), &id);
                    crate::files::write_atomic(&path, text.as_bytes())
                        .err()
                        .map(|e| {
                            format!(
                                "Scratchpad not saved: {:#}",
                                crate::files::write_error(&path, &e)
                            )
                        })
                }
                Effect::FinishMock {
                    id,
                    notes,
                    timings,
                    score,
                    ended_at,
                } => self
                    .finish_mock(&id, notes, timings, score, ended_at)
                    .err()
                    .map(|e| format!("Mock not saved: {e:#}")),
                Effect::Suspend => {
                    terminal::suspend_for(term, suspend)??;
                    None
                }
                Effect::OpenPlan => match self.store.as_mut() {
                    Some(s) => match page::load::plan(self.loader, s, &app.catalog, now()) {
                        Ok(rows) => {
                            app.open_page(page::Page::new(page::PageKind::Plan, "Today's plan", rows));
                            None
                        }
                        Err(e) => Some(format!("Cannot make the plan: {e:#}")),
                    },
                    None => Some(
                        "The plan needs your progress database, which could not be opened"
                            .to_owned(),
                    ),
                },
                Effect::SetInterview(date) => match self.store.as_mut() {
                    Some(s) => Some(page::load::interview(app, self.loader, s, date, now())),
                    None => Some(
                        "The interview date needs your progress database, which could not be opened"
                            .to_owned(),
                    ),
                },
                Effect::StartQuiz { topic } => {
                    quiz::start(app, topic.as_deref(), &mut fastrand::Rng::new());
                    None
                }
                Effect::RecordQuiz {
                    topic_id,
                    question,
                    correct,
                } => Some(match &self.store {
                    Some(s) => {
                        match crate::study::quiz::record(s, &topic_id, &question, correct, now()) {
                            Ok(0) => "Answer saved".to_owned(),
                            Ok(moved) => format!(
                                "Answer saved; {moved} card(s) of this topic are now due for review"
                            ),
                            Err(e) => format!("Answer not saved: {e:#}"),
                        }
                    }
                    None => "Answer not saved: your progress database could not be opened"
                        .to_owned(),
                }),
                Effect::OpenProblem(id) => match page::load::problem_topic(self.loader, &id) {
                    Ok(topic) => {
                        app.open_topic(&topic);
                        None
                    }
                    Err(e) => Some(format!("Cannot open {id}: {e:#}")),
                },
                Effect::OpenReadiness => match self
                    .store
                    .as_ref()
                    .map(|s| page::load::readiness(s, &app.catalog, now()))
                {
                    Some(Ok(rows)) => {
                        app.open_page(page::Page::new(page::PageKind::Readiness, "Readiness", rows));
                        None
                    }
                    Some(Err(e)) => Some(format!("Cannot compute readiness: {e:#}")),
                    None => Some(
                        "Readiness needs your progress database, which could not be opened"
                            .to_owned(),
                    ),
                },
            };
            if let Some(message) = message {
                app.update(Action::Done(message));
            }
        }
        Ok(())
    }

    /// Starts the solution file if needed and opens the editor on it, the UI suspended.
    fn edit_solution(
        &mut self,
        app: &mut App,
        term: &mut terminal::Tui,
        id: &str,
        lang: swelearn_core::problem::Lang,
    ) -> Result<Option<String>> {
        let path =
            match self
                .practice
                .start_solution(id, lang, self.store.as_mut(), self.loader, now())
            {
                Ok(p) => p,
                Err(e) => return Ok(Some(format!("{e:#}"))),
            };
        let editor = crate::code::editor::command();
        let edited = terminal::suspend_for(term, || crate::code::editor::open(&editor, &path))?;
        app.update(Action::Practice(practice::PracticeAction::Solved {
            path: path.clone(),
        }));
        Ok(Some(match edited {
            Ok(()) => format!("Saved {}: r runs the examples, s submits", path.display()),
            Err(e) => format!("{e:#}"),
        }))
    }

    fn start_review(&mut self, app: &mut App, topic: Option<&str>) -> Result<()> {
        let store = self
            .store
            .as_mut()
            .context("your progress database could not be opened")?;
        let now = now();
        crate::study::sync_cards(store, &app.catalog, self.loader.fingerprint(), now)?;
        let scope = crate::study::Scope {
            topics: topic.map(|t| [t.to_owned()].into()),
            explicit: topic.is_some(),
            limit: None,
        };
        let source = &app.source;
        let session =
            crate::study::Session::start_with(store, &app.catalog, &scope, now, &|doc| {
                source.load(doc).ok()
            })?;
        let title = topic.and_then(|t| app.catalog.position(t)).map_or_else(
            || "Due cards".to_owned(),
            |i| app.catalog.docs[i].title.clone(),
        );
        app.open_review(review::ReviewScreen::new(session, title, now));
        Ok(())
    }

    /// Records an answer; only once it is on disk does the screen move on and say so.
    fn answer(
        &mut self,
        app: &mut App,
        rating: swelearn_core::schedule::Rating,
        elapsed_ms: i64,
    ) -> Option<String> {
        let store = self.store.as_mut()?;
        let screen = app.review_mut()?;
        let now = now();
        let message = match screen.session.answer(store, rating, elapsed_ms, now) {
            Ok(done) => format!(
                "✓ {}: next in {} (saved)",
                rating.name(),
                crate::study::human_interval(done.outcome.interval)
            ),
            Err(e) => format!("Not saved, try again: {e:#}"),
        };
        screen.next_card(now);
        Some(message)
    }

    fn undo(&mut self, app: &mut App) -> Option<String> {
        let store = self.store.as_mut()?;
        let screen = app.review_mut()?;
        let message = match screen.session.undo(store) {
            Ok(Some(_)) => "↶ Undone: the last answer was removed".to_owned(),
            Ok(None) => "Nothing to undo".to_owned(),
            Err(e) => format!("Could not undo: {e:#}"),
        };
        screen.next_card(now());
        Some(message)
    }

    /// Starts a system-design mock on the problem practised least recently.
    fn start_mock(&mut self, app: &mut App) -> Result<()> {
        use crate::study::mock::{self as service, Setup, list};
        use swelearn_core::SectionKind;
        use swelearn_core::mock::Kind;
        let store = self
            .store
            .as_ref()
            .context("your progress database could not be opened")?;
        let pads = service::pads(self.loader)?;
        let recovered = service::recover(store, &pads)?;
        let kind = Kind::SystemDesign;
        let setup = Setup {
            kind,
            minutes: kind.default_minutes(),
            seed: fastrand::u64(..),
            candidates: &service::candidates(&app.catalog, kind),
        };
        let source = &app.source;
        let started = service::start(store, &app.catalog, &setup, now(), |doc| {
            source.load(doc).map_err(anyhow::Error::msg)
        })?
        .context("no design problems in the library")?;
        let topic = &started.topic;
        let reference = topic
            .section(SectionKind::ArchitectureDiagram)
            .map(|s| s.body.clone())
            .unwrap_or_default();
        let first = started.phases.first().map(|p| p.name).unwrap_or_default();
        if let Some(message) = recovered {
            app.status = Some(message);
        }
        let mut screen = mock::MockScreen::new(
            started.session.id,
            kind.name(),
            topic.title.clone(),
            started.session.started_at,
        );
        screen.set_scratchpad(&format!("# {}\n\n## {first}\n", topic.title));
        screen.rubric = list(topic, SectionKind::Rubric);
        screen.reference = reference;
        screen.phases = started.phases;
        screen.pending = started.follow_ups;
        app.open_mock(screen);
        Ok(())
    }

    fn finish_mock(
        &mut self,
        id: &str,
        notes: String,
        timings: String,
        score: Option<u32>,
        ended_at: i64,
    ) -> Result<()> {
        let store = self
            .store
            .as_ref()
            .context("your progress database could not be opened")?;
        let mut session = store
            .mocks()?
            .into_iter()
            .find(|m| m.id == id)
            .context("the session is gone")?;
        let path = crate::study::mock::pad(&crate::study::mock::folder(self.loader), id);
        crate::files::write_atomic(&path, notes.as_bytes())
            .map_err(|e| crate::files::write_error(&path, &e))?;
        session.notes = notes;
        session.timings = timings;
        session.score = score.map(i64::from);
        session.abandoned = score.is_none();
        session.ended_at = Some(ended_at);
        store.save_mock(&session)?;
        Ok(())
    }

    /// Today's part of the plan in one line, when there is a plan.
    fn today_line(&mut self, app: &App) -> Option<String> {
        let store = self.store.as_mut()?;
        store.setting("plan-interview").ok()??;
        let text = crate::study::plan::today_text(self.loader, store, &app.catalog, now()).ok()?;
        let items: Vec<&str> = text
            .lines()
            .skip(1)
            .filter_map(|l| l.strip_prefix("- "))
            .collect();
        Some(format!("Today: {} (P for the plan)", items.join("; ")))
    }

    /// Counts the cards a review offers now per topic, for the library's header and rows.
    fn refresh_due(&mut self, app: &mut App) -> Result<()> {
        let Some(store) = self.store.as_mut() else {
            return Ok(());
        };
        crate::study::sync_cards(store, &app.catalog, self.loader.fingerprint(), now())?;
        // What `R` would offer now, so the counts and the session agree.
        let settings = crate::study::Settings::load(store)?;
        let scope = crate::study::Scope {
            topics: None,
            explicit: false,
            limit: None,
        };
        let cards = crate::study::offered(store, &settings, &scope, now())?;
        app.set_offered(&cards);
        Ok(())
    }
}

/// The editor to run: `$VISUAL`, else `$EDITOR`, else `vi`; an empty or blank variable counts as
/// unset (as git and most shells' tools treat it).
fn editor(visual: Option<&str>, editor: Option<&str>) -> String {
    [visual, editor]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|e| !e.is_empty())
        .unwrap_or("vi")
        .to_owned()
}

/// Stops the process as the shell's Ctrl-Z would (the terminal is already given back); returns
/// once the shell resumes it with `fg`.
fn suspend() -> std::io::Result<()> {
    #[cfg(unix)]
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    Ok(())
}

/// Opens `editor` (`$VISUAL`, `$EDITOR` or `vi`) on a temporary file in `dir` holding `text`
/// (readable by the user only, and removed afterwards); returns what was saved.
fn edit(dir: &std::path::Path, id: &str, text: &str, editor: &str) -> Result<String> {
    use std::io::Write as _;
    crate::files::private_dir(dir)?;
    let mut file = tempfile::Builder::new()
        .prefix(&format!("{id}."))
        .suffix(".md")
        .tempfile_in(dir)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    let path = file.path().to_path_buf();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        anyhow::bail!("the editor `{editor}` exited with {status}");
    }
    // Read from the path: editors that save by renaming replace the file there. Dropping
    // `file` then removes whatever is at the path.
    let saved = std::fs::read_to_string(&path)?.trim_end().to_owned();
    drop(file);
    Ok(saved)
}

use crate::clock::now;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_topic_states_mean_no_store_rather_than_empty_ones() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("swelearn.db");
        {
            let store = Store::open(&path).expect("creates");
            store
                .save_topic_state(
                    "dns",
                    &swelearn_store::TopicState {
                        note: "TTLs".into(),
                        bookmarked: true,
                        ..Default::default()
                    },
                    1,
                )
                .expect("saves");
        }
        let (store, states, warning) = open_store(&path);
        assert!(store.is_some() && warning.is_none() && states["dns"].note == "TTLs");
        drop(store);
        // A row this swelearn cannot read (a scroll position out of range).
        write_behind(
            &path,
            "UPDATE topic_state SET scroll = -1 WHERE topic_id = 'dns'",
        );
        let (store, states, warning) = open_store(&path);
        assert!(
            store.is_none(),
            "nothing can be written over what was not read"
        );
        assert!(states.is_empty());
        let warning = warning.expect("a warning");
        assert!(
            warning.starts_with("progress is not being saved: your topics' read marks"),
            "{warning}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_note_is_edited_in_a_private_file_that_is_removed_afterwards() {
        let dir = tempfile::tempdir().expect("dir");
        let notes = dir.path().join("cache/notes");
        // An "editor" that appends the file's mode and a line, as a person would type one.
        let editor = r#"f() { printf '\nmode %s\nmore\n' "$(stat -c %a "$1")" >> "$1"; }; f"#;
        let text = edit(&notes, "dns", "TTLs", editor).expect("edits");
        assert_eq!(text, "TTLs\nmode 600\nmore");
        assert_eq!(
            std::fs::read_dir(&notes).expect("ls").count(),
            0,
            "the note's file is gone"
        );
        let failing = edit(&notes, "dns", "TTLs", "false").expect_err("the editor failed");
        assert!(failing.to_string().contains("exited with"), "{failing}");
        assert_eq!(std::fs::read_dir(&notes).expect("ls").count(), 0);
    }

    #[test]
    fn an_empty_visual_falls_back_to_editor_then_to_vi() {
        assert_eq!(editor(Some(""), Some("nano")), "nano");
        assert_eq!(editor(Some("  "), None), "vi");
        assert_eq!(editor(None, Some("")), "vi");
        assert_eq!(editor(Some("code -w"), Some("nano")), "code -w");
        assert_eq!(editor(None, None), "vi");
    }

    /// Changes the database behind the store's back, as a damaged or foreign write would.
    fn write_behind(path: &std::path::Path, sql: &str) {
        rusqlite::Connection::open(path)
            .expect("open")
            .execute_batch(sql)
            .expect("writes");
    }
}
