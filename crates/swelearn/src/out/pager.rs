//! Paging long output on a terminal, as git and bat do: through `$PAGER` (default `less -R`,
//! with `LESS=FRX` when `LESS` is unset, so less quits on one screen, keeps colours and leaves
//! the text on screen), never when piped or asked not to, and straight to stdout whenever the
//! pager is empty, `cat`, or cannot start.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::style::Painted;

/// The pager command line, or None when output should not be paged: `PAGER` when set (an empty
/// one or `cat` means none), else `less -R`.
fn pager_command() -> Option<String> {
    let pager = std::env::var("PAGER").unwrap_or_else(|_| "less -R".to_owned());
    let pager = pager.trim();
    (!pager.is_empty() && pager != "cat").then(|| pager.to_owned())
}

/// Prints styled text, through the pager when stdout is a terminal, `page` is true and the text
/// has more lines than the terminal; a closed pipe ends quietly.
pub fn print_paged(text: &Painted, page: bool) -> anyhow::Result<()> {
    if page
        && super::is_terminal()
        && longer_than_screen(text.as_str())
        && let Some(pager) = pager_command()
        && run_pager(&pager, text.as_str())
    {
        return Ok(());
    }
    super::print_painted(text)
}

/// Whether the text needs more rows than the terminal has.
fn longer_than_screen(text: &str) -> bool {
    terminal_size::terminal_size()
        .is_some_and(|(_, terminal_size::Height(rows))| text.lines().count() > usize::from(rows))
}

/// Runs the pager with the text on its stdin (through `sh -c`, so `PAGER="less -R"` and
/// quoting work as in git); false when it could not start, so the caller prints instead.
fn run_pager(pager: &str, text: &str) -> bool {
    let mut cmd = if cfg!(unix) {
        let mut c = Command::new("sh");
        c.arg("-c").arg(pager);
        c
    } else {
        let mut words = pager.split_whitespace();
        let mut c = Command::new(words.next().unwrap_or("more"));
        c.args(words);
        c
    };
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        cmd.env("LV", "-c");
    }
    let Ok(mut child) = cmd.stdin(Stdio::piped()).spawn() else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The user may quit the pager before reading everything: a closed pipe is no error.
        let _ = stdin.write_all(text.as_bytes());
    }
    match child.wait() {
        // `sh` reports a command it could not find or run as 127 or 126, before reading input.
        Ok(status) => !matches!(status.code(), Some(126 | 127)),
        Err(_) => false,
    }
}
