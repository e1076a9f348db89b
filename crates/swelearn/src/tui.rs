//! The full-screen terminal UI: sets the terminal up, runs draw -> event -> update, performs the
//! effects `update` returns (saving to the store, the note editor), and always gives the terminal
//! back, on quit, on a panic and on SIGTERM/SIGHUP/SIGINT.

pub mod action;
pub mod app;
pub mod draw;
pub mod home;
pub mod keymap;
pub mod overlay;
pub mod palette;
pub mod reader;
pub mod source;
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
    let (store, warning) = match Store::open(&loader.paths.database()) {
        Ok(store) => (Some(store), None),
        Err(e) => (None, Some(format!("progress is not being saved: {e}"))),
    };
    let states = store
        .as_ref()
        .and_then(|s| s.topic_states().ok())
        .unwrap_or_default();
    let size = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::new(catalog, states, Box::new(FileSource), theme, size);
    app.warning = warning;
    if broken > 0 {
        app.status = Some(format!(
            "{broken} problem(s) in topic files; run `swelearn check` to see them"
        ));
    }
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .context("cannot watch for signals")?;
    }
    let mut term = terminal::init().context("cannot set up the terminal")?;
    let result = event_loop(&mut term, &mut app, store.as_ref(), loader, &stop);
    terminal::restore().context("cannot restore the terminal")?;
    result
}

fn event_loop(
    term: &mut terminal::Tui,
    app: &mut App,
    store: Option<&Store>,
    loader: &Loader,
    stop: &AtomicBool,
) -> Result<()> {
    loop {
        term.draw(|frame| draw::render(app, frame))?;
        if app.quit {
            return Ok(());
        }
        if stop.load(Ordering::Relaxed) {
            let effects = app.update(Action::Quit);
            perform(effects, app, store, term, loader)?;
            return Ok(());
        }
        if !event::poll(Duration::from_millis(200))? {
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
            Event::Paste(text) if typing => {
                for c in text.chars().filter(|c| !c.is_control()) {
                    app.update(Action::Input(c));
                }
                None
            }
            _ => None,
        };
        if let Some(action) = action {
            app.now = now();
            let effects = app.update(action);
            perform(effects, app, store, term, loader)?;
        }
    }
}

/// Runs effects; the note editor's result comes back to the app as an action.
fn perform(
    effects: Vec<Effect>,
    app: &mut App,
    store: Option<&Store>,
    term: &mut terminal::Tui,
    loader: &Loader,
) -> Result<()> {
    for effect in effects {
        match effect {
            Effect::Save { id, state } => {
                if let Some(store) = store
                    && let Err(e) = store.save_topic_state(&id, &state, now())
                {
                    app.status = Some(format!("Not saved: {e}"));
                }
            }
            Effect::EditNote { id, text } => {
                let path = loader.paths.cache.join("notes").join(format!("{id}.md"));
                let edited = terminal::suspend_for(term, || edit(&path, &text))?;
                match edited {
                    Ok(new) => {
                        let more = app.update(Action::NoteEdited { id, text: new });
                        perform(more, app, store, term, loader)?;
                    }
                    Err(e) => app.status = Some(format!("Note not saved: {e:#}")),
                }
            }
        }
    }
    Ok(())
}

/// Opens `$VISUAL`, `$EDITOR` or `vi` on a file holding `text`; returns what was saved.
fn edit(path: &std::path::Path, text: &str) -> Result<String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text)?;
    let editor = std::env::var("VISUAL")
        .or_else(|_| std::env::var("EDITOR"))
        .unwrap_or_else(|_| "vi".to_owned());
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        anyhow::bail!("the editor `{editor}` exited with {status}");
    }
    Ok(std::fs::read_to_string(path)?.trim_end().to_owned())
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs().cast_signed())
}
