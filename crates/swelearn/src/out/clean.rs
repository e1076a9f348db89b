//! A writer that lets no control character through except newline and tab: the interactive
//! commands (review, quiz, mock, lab drills) print topic text line by line through it, so
//! whatever a topic holds, the terminal sees no escape sequence, bell or carriage return.

use std::io::{self, Write};

/// Replaces each C0 control (but newline and tab), DEL and C1 control with `?`.
pub struct Clean<W: Write> {
    inner: W,
    /// The first byte of a two-byte UTF-8 character in U+0080..U+00BF (0xC2), held until its
    /// second byte shows whether it is a C1 control.
    lead: bool,
}

impl<W: Write> Clean<W> {
    pub fn new(inner: W) -> Self {
        Self { inner, lead: false }
    }
}

impl<W: Write> Write for Clean<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 1);
        for &b in buf {
            if std::mem::take(&mut self.lead) {
                if (0x80..=0x9f).contains(&b) {
                    out.push(b'?');
                    continue;
                }
                out.push(0xc2);
            }
            match b {
                0xc2 => self.lead = true,
                b'\n' | b'\t' => out.push(b),
                0x00..=0x1f | 0x7f => out.push(b'?'),
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        // A held lead byte waits for the rest of its character; alone it shows nothing anyway.
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_question_marks_even_split_across_writes() {
        let mut w = Clean::new(Vec::new());
        write!(w, "a\u{1b}[2Jb\u{7}c\r\nd\té ").expect("write");
        // U+009B (CSI) split between two writes, then a plain U+00A9 split the same way.
        w.write_all(&[0xc2]).expect("write");
        w.write_all(&[0x9b, b'3', b'1', b'm', 0xc2]).expect("write");
        w.write_all(&[0xa9, 0x7f, b'\n']).expect("write");
        assert_eq!(
            String::from_utf8(w.inner).expect("utf-8"),
            "a?[2Jb?c?\nd\té ?31m©?\n"
        );
    }
}
