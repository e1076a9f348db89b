//! Terminal setup and teardown: raw mode, the alternate screen and mouse capture on the way in;
//! all three undone (and the cursor shown) on the way out, including from a panic. Frames reach
//! the terminal through `clean::Clean`, so no drawn cell carries a control character.

mod clean;

use std::io::{Stdout, stdout};

use crossterm::cursor::{Hide, Show};
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Tui = Terminal<clean::Clean<CrosstermBackend<Stdout>>>;

/// Takes over the terminal; a panic from here on gives it back before the message prints.
pub fn init() -> std::io::Result<Tui> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
    enter()?;
    Terminal::new(clean::Clean(CrosstermBackend::new(stdout())))
}

fn enter() -> std::io::Result<()> {
    enable_raw_mode()?;
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        Hide
    )
}

/// Gives the terminal back. Safe to call more than once.
pub fn restore() -> std::io::Result<()> {
    let raw = disable_raw_mode();
    execute!(
        stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        Show
    )?;
    raw
}

/// Leaves the UI while `f` runs (an editor needs the real terminal), then takes it back.
pub fn suspend_for<T>(term: &mut Tui, f: impl FnOnce() -> T) -> std::io::Result<T> {
    restore()?;
    let out = f();
    enter()?;
    // Not `Terminal::clear`, which asks the terminal where its cursor is and waits seconds for
    // a terminal that does not say: wipe the screen, then draw a blank frame so the next frame
    // is drawn whole over it.
    execute!(stdout(), Clear(ClearType::All))?;
    term.draw(|_| {})?;
    Ok(out)
}
