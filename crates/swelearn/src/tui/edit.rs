//! Text inputs: the scratchpad and the one-line prompts (search, find, filters) edit through one
//! `TextArea` (ratatui-textarea, the ratatui organisation's maintained text-area widget), driven
//! by Actions rather than raw keys, so the keys stay in the keymap and every input edits alike.

use ratatui_textarea::{CursorMove, TextArea, WrapMode};

use super::action::{Action, Edit};

/// A new input holding `text`, the cursor at its end; a multi-line one wraps at words.
pub fn input(text: &str, multiline: bool) -> TextArea<'static> {
    let mut area = TextArea::from(text.split('\n').map(str::to_owned));
    area.set_cursor_line_style(ratatui::style::Style::new());
    if multiline {
        area.set_wrap_mode(WrapMode::WordOrGlyph);
    }
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

/// The text of an input, lines joined by newlines.
pub fn text(area: &TextArea) -> String {
    area.lines().join("\n")
}

/// Applies a typing or editing action; returns whether the text changed. A one-line input
/// ignores line breaks and moves between lines (and turns pasted newlines into spaces).
pub fn apply(area: &mut TextArea, action: &Action, multiline: bool) -> bool {
    match action {
        Action::Input('\n') | Action::Edit(Edit::Newline) if multiline => {
            area.insert_newline();
            true
        }
        Action::Input(c) if !c.is_control() => {
            area.insert_char(*c);
            true
        }
        Action::Backspace => area.delete_char(),
        Action::Paste(pasted) => {
            let clean: String = pasted
                .replace("\r\n", "\n")
                .chars()
                .filter_map(|c| match c {
                    '\n' | '\r' if !multiline => Some(' '),
                    '\r' => Some('\n'),
                    '\n' | '\t' => Some(c),
                    c if c.is_control() => None,
                    c => Some(c),
                })
                .collect();
            area.insert_str(clean)
        }
        Action::Edit(edit) => {
            let to = match edit {
                Edit::Left => CursorMove::Back,
                Edit::Right => CursorMove::Forward,
                Edit::Up if multiline => CursorMove::Up,
                Edit::Down if multiline => CursorMove::Down,
                Edit::WordLeft => CursorMove::WordBack,
                Edit::WordRight => CursorMove::WordForward,
                Edit::Home => CursorMove::Head,
                Edit::End => CursorMove::End,
                Edit::Delete => return area.delete_next_char(),
                Edit::DeleteWord => return area.delete_word(),
                Edit::DeleteToHead => return area.delete_line_by_head(),
                Edit::DeleteToEnd => return area.delete_line_by_end(),
                Edit::Up | Edit::Down | Edit::Newline => return false,
            };
            area.move_cursor(to);
            false
        }
        _ => false,
    }
}

/// Adds text at the very end (the cursor stays where the user was typing, or follows the end
/// when it was there).
pub fn append(area: &mut TextArea, text: &str) {
    let (row, col) = (area.cursor().0, area.cursor().1);
    let last = area.lines().len().saturating_sub(1);
    let at_end = row == last && col == area.lines()[last].chars().count();
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area.insert_str(text);
    if !at_end {
        area.move_cursor(CursorMove::Jump(
            u16::try_from(row).unwrap_or(u16::MAX),
            u16::try_from(col).unwrap_or(u16::MAX),
        ));
    }
}

/// A one-line prompt (search, find, a filter): its text and where the cursor is in it.
#[derive(Debug, Clone)]
pub struct Prompt(TextArea<'static>);

impl Default for Prompt {
    fn default() -> Prompt {
        Prompt(input("", false))
    }
}

impl Prompt {
    pub fn text(&self) -> &str {
        self.0.lines().first().map_or("", String::as_str)
    }

    /// Applies a typing or editing action; returns whether the text changed.
    pub fn apply(&mut self, action: &Action) -> bool {
        apply(&mut self.0, action, false)
    }

    /// The text before the cursor, the character under it (if any) and the text after it, for
    /// drawing the cursor where it is.
    pub fn split(&self) -> (&str, Option<char>, &str) {
        let text = self.text();
        let at = text
            .char_indices()
            .nth(self.0.cursor().1)
            .map_or(text.len(), |(i, _)| i);
        let (before, rest) = text.split_at(at);
        let mut chars = rest.chars();
        let under = chars.next();
        (before, under, chars.as_str())
    }

    /// Spans drawing the text with the cursor as a reversed cell.
    pub fn spans(&self, style: ratatui::style::Style) -> Vec<ratatui::text::Span<'static>> {
        use ratatui::style::{Modifier, Style};
        use ratatui::text::Span;
        let (before, under, after) = self.split();
        vec![
            Span::styled(before.to_owned(), style),
            Span::styled(
                under.map_or_else(|| " ".to_owned(), String::from),
                Style::new().add_modifier(Modifier::REVERSED),
            ),
            Span::styled(after.to_owned(), style),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(area: &mut TextArea, s: &str, multiline: bool) {
        for c in s.chars() {
            apply(area, &Action::Input(c), multiline);
        }
    }

    #[test]
    fn the_cursor_moves_and_typing_goes_where_it_is() {
        let mut a = input("", true);
        typed(&mut a, "first line\nsecond", true);
        apply(&mut a, &Action::Edit(Edit::Up), true);
        apply(&mut a, &Action::Edit(Edit::Home), true);
        typed(&mut a, "> ", true);
        apply(&mut a, &Action::Edit(Edit::End), true);
        typed(&mut a, "!", true);
        apply(&mut a, &Action::Edit(Edit::Down), true);
        apply(&mut a, &Action::Edit(Edit::Left), true);
        apply(&mut a, &Action::Edit(Edit::Left), true);
        typed(&mut a, "_", true);
        assert_eq!(text(&a), "> first line!\nseco_nd");
    }

    #[test]
    fn readline_deletions_by_word_and_line() {
        let mut a = input("cache aside pattern", false);
        apply(&mut a, &Action::Edit(Edit::DeleteWord), false);
        assert_eq!(text(&a), "cache aside ");
        apply(&mut a, &Action::Edit(Edit::WordLeft), false);
        apply(&mut a, &Action::Edit(Edit::DeleteToEnd), false);
        assert_eq!(text(&a), "cache ");
        apply(&mut a, &Action::Edit(Edit::DeleteToHead), false);
        assert_eq!(text(&a), "");
        typed(&mut a, "abc", false);
        apply(&mut a, &Action::Edit(Edit::Home), false);
        apply(&mut a, &Action::Edit(Edit::Delete), false);
        assert_eq!(text(&a), "bc");
    }

    #[test]
    fn one_line_inputs_keep_one_line_and_paste_is_cleaned() {
        let mut a = input("", false);
        apply(&mut a, &Action::Input('\n'), false);
        apply(&mut a, &Action::Edit(Edit::Newline), false);
        apply(
            &mut a,
            &Action::Paste("read\nrepair\u{1b}[2J".into()),
            false,
        );
        assert_eq!(a.lines(), ["read repair[2J"]);
        let mut m = input("x", true);
        apply(&mut m, &Action::Paste("a\r\nb\rc".into()), true);
        assert_eq!(text(&m), "xa\nb\nc");
    }

    #[test]
    fn a_prompt_edits_at_its_cursor_and_splits_there_for_drawing() {
        let mut p = Prompt::default();
        for c in "quorm".chars() {
            p.apply(&Action::Input(c));
        }
        p.apply(&Action::Edit(Edit::Left));
        p.apply(&Action::Input('u'));
        assert_eq!(p.text(), "quorum");
        assert_eq!(p.split(), ("quoru", Some('m'), ""));
        p.apply(&Action::Edit(Edit::End));
        assert_eq!(p.split(), ("quorum", None, ""));
        p.apply(&Action::Edit(Edit::Home));
        assert_eq!(p.split(), ("", Some('q'), "uorum"));
        assert!(p.apply(&Action::Edit(Edit::DeleteToEnd)));
        assert_eq!(p.text(), "");
    }

    #[test]
    fn appending_keeps_the_cursor_where_the_user_types() {
        let mut a = input("one\ntwo", true);
        apply(&mut a, &Action::Edit(Edit::Up), true);
        append(&mut a, "\n> Follow-up: why?\n");
        typed(&mut a, "!", true);
        assert_eq!(text(&a), "one!\ntwo\n> Follow-up: why?\n");
        let mut b = input("end", true);
        append(&mut b, "\n## Next\n");
        typed(&mut b, "x", true);
        assert_eq!(text(&b), "end\n## Next\nx");
    }
}
