//! Quiz answers in the reader: hidden until the reader asks, one question at a time (the first
//! hidden one on screen) or all at once, so reading a topic gives nothing away.

use super::Reader;

impl Reader {
    /// Reveals the first hidden question whose first line is on screen; returns its number
    /// (from 1), or `None` when no hidden question is on screen.
    pub fn reveal_on_screen(&mut self) -> Option<usize> {
        let shown = self.scroll..self.scroll + self.height;
        let at = self
            .rendered
            .questions
            .iter()
            .enumerate()
            .find(|(i, line)| {
                shown.contains(line) && !self.revealed.get(*i).copied().unwrap_or(true)
            })
            .map(|(i, _)| i)?;
        self.revealed[at] = true;
        self.relayout_in_place();
        Some(at + 1)
    }

    /// Reveals every question, or hides them all again when all were shown; returns whether
    /// they are now shown.
    pub fn reveal_all(&mut self) -> bool {
        let show = !self.revealed.iter().all(|r| *r);
        self.revealed.iter_mut().for_each(|r| *r = show);
        self.relayout_in_place();
        show
    }

    /// Lays the topic out again at the same width, keeping the place and the search.
    fn relayout_in_place(&mut self) {
        self.layout();
        let q = std::mem::take(&mut self.query);
        self.find(&q);
        self.clamp();
    }
}
