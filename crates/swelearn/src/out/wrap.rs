//! Wrapping line-mode prose (quiz, mock, review, stories) to the terminal's width with textwrap:
//! each line is wrapped on its own, its continuation indented under its text (past the leading
//! spaces and a list marker such as `- `, `• `, `b) ` or `Q: `); a long word or URL is never cut.
//! A partial line that is flushed (a prompt awaiting input) is wrapped as far as it goes.

use std::io::{self, Write};

/// Wraps one line (no newline in it) to `width` columns.
pub fn wrap_line(line: &str, width: usize) -> String {
    wrap_after(line, width, 0)
}

/// Wraps a line that starts at column `col` (after a prompt) to `width` columns.
fn wrap_after(line: &str, width: usize, col: usize) -> String {
    if col + swelearn_core::text::width(line) <= width {
        return line.to_owned();
    }
    let first = " ".repeat(col);
    let indent = " ".repeat(swelearn_core::text::width(hanging(line)));
    let options = textwrap::Options::new(width)
        .initial_indent(&first)
        .subsequent_indent(&indent)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::AsciiSpace);
    let wrapped = textwrap::wrap(line, options).join("\n");
    wrapped
        .strip_prefix(first.as_str())
        .unwrap_or(&wrapped)
        .to_owned()
}

/// Wraps every line of a text to `width` columns.
pub fn wrap_text(text: &str, width: usize) -> String {
    let mut out: Vec<String> = text.split('\n').map(|l| wrap_line(l, width)).collect();
    if text.ends_with('\n') {
        out.pop();
        out.push(String::new());
    }
    out.join("\n")
}

/// The start of a line its continuation lines align under: leading spaces and a list marker.
fn hanging(line: &str) -> &str {
    let rest = line.trim_start_matches(' ');
    let lead = line.len() - rest.len();
    let marker = ["- ", "• ", "* ", "Q: ", "A: "]
        .iter()
        .find(|m| rest.starts_with(*m))
        .map(|m| m.len())
        .or_else(|| {
            // "a) " or "12. ".
            let n = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
            let tail = &rest[n..];
            (n > 0 && n <= 3 && (tail.starts_with(") ") || tail.starts_with(". "))).then_some(n + 2)
        })
        .unwrap_or(0);
    &line[..lead + marker]
}

/// A writer that wraps each complete line it is given to a width.
pub struct Wrap<W: Write> {
    inner: W,
    width: usize,
    line: Vec<u8>,
    /// Where the next line starts: after a flushed prompt when the answer is not echoed with its
    /// newline (input from a pipe), else at column 0.
    col: usize,
    echoed: bool,
}

impl<W: Write> Wrap<W> {
    /// `echoed`: whether what the user types after a prompt ends its line on screen (a terminal).
    pub fn new(inner: W, width: usize, echoed: bool) -> Self {
        Self {
            inner,
            width,
            line: Vec::new(),
            col: 0,
            echoed,
        }
    }
}

impl<W: Write> Write for Wrap<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        for &b in buf {
            if b == b'\n' {
                let line = String::from_utf8_lossy(&self.line).into_owned();
                self.line.clear();
                let col = std::mem::take(&mut self.col);
                self.inner
                    .write_all(wrap_after(&line, self.width, col).as_bytes())?;
                self.inner.write_all(b"\n")?;
            } else {
                self.line.push(b);
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let partial = std::mem::take(&mut self.line);
        if !partial.is_empty() {
            // A prompt is wrapped too, and keeps the space the answer follows.
            let text = String::from_utf8_lossy(&partial);
            let words = text.trim_end_matches(' ');
            let mut wrapped = wrap_after(words, self.width, self.col);
            wrapped.push_str(&text[words.len()..]);
            self.inner.write_all(wrapped.as_bytes())?;
            let last = swelearn_core::text::width(wrapped.rsplit('\n').next().unwrap_or_default());
            self.col = match (self.echoed, wrapped.contains('\n')) {
                (true, _) => 0,
                (false, true) => last,
                (false, false) => self.col + last,
            };
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Wrap<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_lines_under_their_text_and_never_cuts_a_word() {
        let w = |s: &str| wrap_line(s, 20);
        assert_eq!(w("short line"), "short line");
        assert_eq!(
            w("Q: one two three four five six"),
            "Q: one two three\n   four five six"
        );
        assert_eq!(
            w("  b) alpha beta gamma delta"),
            "  b) alpha beta\n     gamma delta"
        );
        assert_eq!(
            w("see https://example.com/a/very/long/path now"),
            "see\nhttps://example.com/a/very/long/path\nnow"
        );
    }

    #[test]
    fn a_writer_wraps_whole_lines_and_a_flushed_prompt() {
        let mut out = Vec::new();
        {
            let mut w = Wrap::new(&mut out, 12, true);
            write!(w, "- aaa bbb ccc").expect("write");
            writeln!(w, " ddd").expect("write");
            write!(w, "Your answer here: ").expect("write");
            w.flush().expect("flush");
            writeln!(w, "ok it is").expect("write");
        }
        assert_eq!(
            String::from_utf8(out).expect("utf8"),
            "- aaa bbb\n  ccc ddd\nYour answer\nhere: ok it is\n"
        );
        // Input from a pipe is not echoed: the next line goes on after the prompt.
        let mut out = Vec::new();
        {
            let mut w = Wrap::new(&mut out, 12, false);
            write!(w, "Answer: ").expect("write");
            w.flush().expect("flush");
            writeln!(w, "ok it is").expect("write");
        }
        assert_eq!(String::from_utf8(out).expect("utf8"), "Answer: ok\nit is\n");
    }
}
