//! Content is untrusted: this removes control characters (ESC and the other C0 and C1 controls,
//! except tab and newline) so nothing in a topic file can drive the terminal.

/// Returns the text without control characters, and the 1-based line and column of the first
/// one removed (if any). `\r\n` line endings become `\n`.
pub fn strip_controls(text: &str) -> (String, Option<(usize, usize)>) {
    let mut first = None;
    if !text.chars().any(|c| is_forbidden(c) || c == '\r') {
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

/// Removes control characters from a short string about to be printed (paths, messages).
pub fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if is_forbidden(c) || c == '\r' { '?' } else { c })
        .collect()
}

fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r') || c == '\u{7f}'
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
    fn clean_replaces_controls() {
        assert_eq!(clean("a\u{1b}b"), "a?b");
    }
}
