//! Content is untrusted: this removes control characters (ESC and the other C0 and C1 controls,
//! DEL, and a carriage return that does not end a line; tab and newline stay) so nothing in a
//! topic file can drive the terminal. The parser strips the raw file and the decoded front matter;
//! every output then cleans the text it prints or draws with [`clean`], because Markdown decodes
//! character references (`&#27;`) only when it is laid out.

use std::borrow::Cow;

/// Returns the text without control characters, and the 1-based line and column of the first
/// one removed (if any). `\r\n` line endings become `\n`; a bare `\r` is removed like any other
/// control character, since a terminal would return to the start of the line and overwrite it.
pub fn strip_controls(text: &str) -> (String, Option<(usize, usize)>) {
    let mut first = None;
    if !has_controls(text) {
        return (text.to_owned(), None);
    }
    let mut out = String::with_capacity(text.len());
    let (mut line, mut col) = (1, 1);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if is_forbidden(c) {
            first.get_or_insert((line, col));
        } else {
            out.push(c);
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    (out, first)
}

/// The text with every control character but newline and tab shown as `?`: what any output
/// prints or draws.
pub fn clean(text: &str) -> String {
    clean_cow(text).into_owned()
}

/// [`clean`] without a copy when there is nothing to replace.
pub fn clean_cow(text: &str) -> Cow<'_, str> {
    if has_controls(text) {
        Cow::Owned(
            text.chars()
                .map(|c| if is_forbidden(c) { '?' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// Whether the text holds a character [`clean`] would replace.
pub fn has_controls(text: &str) -> bool {
    // Most text is printable ASCII, newlines and tabs: check the bytes first, quickly.
    text.bytes().any(|b| !(0x20..0x7f).contains(&b)) && text.chars().any(is_forbidden)
}

/// A character that must never reach a terminal from content: the C0 controls other than tab
/// and newline (ESC, BEL, CR, ...), DEL and the C1 controls (U+0080 to U+009F, such as the
/// one-character CSI U+009B).
pub fn is_forbidden(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_escape_sequences_and_reports_the_first() {
        let (out, at) = strip_controls("ok\nbad \u{1b}[31mred\u{9b}2J\u{7}\n");
        assert_eq!(out, "ok\nbad [31mred2J\n");
        assert_eq!(at, Some((2, 5)));
    }

    #[test]
    fn keeps_tabs_newlines_and_unicode() {
        let (out, at) = strip_controls("a\tb\r\nç → ✓\n");
        assert_eq!(out, "a\tb\nç → ✓\n");
        assert_eq!(at, None);
    }

    #[test]
    fn a_bare_carriage_return_is_removed() {
        let (out, at) = strip_controls("```\nsafe\rrm -rf /\n```\r\n");
        assert_eq!(out, "```\nsaferm -rf /\n```\n");
        assert_eq!(at, Some((2, 5)));
    }

    #[test]
    fn clean_replaces_controls() {
        assert_eq!(clean("a\u{1b}b"), "a?b");
        assert_eq!(
            clean("\u{9b}31m\u{7f}\r\u{7}\u{85}x\ty\n"),
            "?31m????x\ty\n"
        );
        assert!(matches!(clean_cow("plain ✓ text"), Cow::Borrowed(_)));
    }
}
