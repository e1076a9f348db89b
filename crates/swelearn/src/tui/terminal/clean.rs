//! The last stop before the terminal: a backend that passes every cell on, but a cell whose
//! symbol holds a control character (ESC, BEL, CR, a C1 control such as U+009B) is drawn as `?`.
//! Widgets already skip control characters; this makes it true of everything drawn, whichever
//! screen drew it and however it reached the buffer.

use std::borrow::Cow;

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// A backend whose cells never carry a control character to the terminal.
#[derive(Debug)]
pub struct Clean<B>(pub B);

impl<B: Backend> Backend for Clean<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let cells: Vec<(u16, u16, Cow<'a, Cell>)> = content
            .map(|(x, y, cell)| {
                if cell.symbol().chars().any(char::is_control) {
                    let mut clean = cell.clone();
                    clean.set_symbol("?");
                    (x, y, Cow::Owned(clean))
                } else {
                    (x, y, Cow::Borrowed(cell))
                }
            })
            .collect();
        self.0
            .draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell.as_ref())))
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.0.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.0.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.0.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.0.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.0.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.0.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.0.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.0.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui::backend::CrosstermBackend;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    use super::*;

    #[test]
    fn a_control_character_in_a_cell_never_reaches_the_terminal() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 12, 1));
        buffer.set_string(0, 0, "ok", Style::default());
        // Set as symbols directly, as no widget would: ESC, BEL, CR and the one-byte CSI.
        for (x, symbol) in [(3, "\u{1b}"), (4, "\u{7}"), (5, "\r"), (6, "\u{9b}")] {
            buffer[(x, 0)].set_symbol(symbol);
        }
        let mut written = Vec::<u8>::new();
        {
            let mut backend = Clean(CrosstermBackend::new(&mut written));
            let cells = buffer
                .content()
                .iter()
                .enumerate()
                .map(|(i, c)| (i as u16, 0, c));
            backend.draw(cells).expect("draw");
            backend.flush().expect("flush");
        }
        let out = String::from_utf8(written).expect("utf-8");
        assert!(out.contains("ok ????"), "{out:?}");
        // Whatever the backend wrote itself (cursor moves, colours) is CSI with parameters;
        // nothing else.
        assert!(!out.contains(['\u{7}', '\r', '\u{9b}']), "{out:?}");
        for (i, _) in out.match_indices('\u{1b}') {
            assert_eq!(out.as_bytes().get(i + 1), Some(&b'['), "{out:?}");
        }
    }
}
