//! Where output goes: stdout as one write (a closed pipe, as in `swelearn list | head`, is not an
//! error), and how it should look there (terminal or pipe, colour, width). This is the boundary
//! every command's output crosses: text loses its control characters here (topic text is
//! untrusted), JSON escapes them, and only `style::paint` may carry escape codes, its own.

mod clean;
mod json;
mod pager;
mod wrap;

use std::io::{IsTerminal, Write};

use swelearn_core::sanitize;

pub use clean::Clean;
pub use pager::print_paged;
pub use wrap::wrap_text;

use crate::style::{Look, Painted};

/// Prints text to stdout, every control character but newline and tab shown as `?`; a closed
/// pipe ends quietly.
pub fn print(text: &str) -> anyhow::Result<()> {
    write_raw(&sanitize::clean_cow(text))
}

/// Prints styled text, whose only escape codes are the styles `style::paint` wrote.
pub fn print_painted(text: &Painted) -> anyhow::Result<()> {
    write_raw(text.as_str())
}

/// Stdout for commands that print as they go (a review, a quiz): controls become `?`.
pub fn stdout() -> Clean<std::io::StdoutLock<'static>> {
    Clean::new(std::io::stdout().lock())
}

/// Stdout for line-mode prose (a review, a quiz, a mock): controls become `?`, and each line is
/// wrapped to [`width`].
pub fn prose() -> wrap::Wrap<Clean<std::io::StdoutLock<'static>>> {
    wrap::Wrap::new(stdout(), width(), std::io::stdin().is_terminal())
}

/// A value as pretty JSON ending in a newline, with every control character escaped (`\u001b`,
/// `\u009b`), for `--json`.
pub fn json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    json::to_string(value).map(|text| text + "\n")
}

fn write_raw(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// Whether stdout is a terminal.
pub fn is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// Whether the user asked for no colour (<https://no-color.org>).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Columns to lay text out in: the terminal's width, else `COLUMNS`, else 80.
pub fn width() -> usize {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return usize::from(w).max(20);
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|&w: &usize| w >= 20)
        .unwrap_or(80)
}

/// Whether `CLICOLOR_FORCE` asks for styled output even when piped.
fn forced() -> bool {
    std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0")
}

/// The look for rendered topics: styled on a terminal (or with `CLICOLOR_FORCE`), plain when
/// piped or asked to be; never coloured under `NO_COLOR`.
pub fn look(plain: bool) -> Look {
    let styled = !plain && (is_terminal() || forced());
    Look {
        color: styled && !no_color(),
        unicode: styled,
        width: width(),
    }
}

/// The width a table must fit: the terminal's, or `COLUMNS` when set; none when piped.
pub fn table_width() -> Option<usize> {
    if is_terminal() || std::env::var_os("COLUMNS").is_some() {
        Some(width())
    } else {
        None
    }
}
