//! The plan and readiness screens: a page of rows with a cursor. A row that stands for a topic
//! opens it (Enter) or reviews its cards (R); the cards-due row starts the review; a coding
//! problem's row opens the topic it practises. On the plan, `i` asks for the interview date,
//! checked as `plan --interview` checks it, before anything changes.

pub mod build;
pub mod load;

use swelearn_core::date::Date;

use super::action::Action;
use super::edit::Prompt;

/// Which page this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Plan,
    Readiness,
}

/// What a row opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A topic, by id, in the reader.
    Topic(String),
    /// A review: of one topic's cards, or of every card due.
    Review(Option<String>),
    /// A coding problem, by id (opened at the topic it practises).
    Problem(String),
}

/// One row of text and what it opens, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub text: String,
    pub target: Option<Target>,
}

impl Row {
    pub fn text(text: impl Into<String>) -> Row {
        Row {
            text: text.into(),
            target: None,
        }
    }

    pub fn to(text: impl Into<String>, target: Target) -> Row {
        Row {
            text: text.into(),
            target: Some(target),
        }
    }
}

/// A page with a cursor, and on the plan the interview date being typed.
pub struct Page {
    pub kind: PageKind,
    pub title: String,
    pub rows: Vec<Row>,
    /// The row under the cursor (never a blank row while there is another).
    pub cursor: usize,
    /// The interview date being typed, and why the last one was refused.
    pub prompt: Option<Prompt>,
    pub error: Option<String>,
}

/// What the app does after a key on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    Back,
    Open(Target),
    /// Store this interview date and make the plan again.
    SetInterview(Date),
}

impl Page {
    pub fn new(kind: PageKind, title: impl Into<String>, rows: Vec<Row>) -> Page {
        let mut page = Page {
            kind,
            title: title.into(),
            rows,
            cursor: 0,
            prompt: None,
            error: None,
        };
        page.cursor = page
            .rows
            .iter()
            .position(|r| r.target.is_some())
            .unwrap_or(0);
        page
    }

    /// New rows (the plan made again), the cursor kept on the same row number where it can be.
    pub fn replace(&mut self, rows: Vec<Row>) {
        self.rows = rows;
        self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
    }

    /// The target of the row under the cursor.
    pub fn selected(&self) -> Option<&Target> {
        self.rows.get(self.cursor)?.target.as_ref()
    }

    pub fn update(&mut self, action: &Action, height: usize) -> Outcome {
        if let Some(prompt) = &mut self.prompt {
            match action {
                Action::Back => {
                    self.prompt = None;
                    self.error = None;
                }
                Action::Open => {
                    let typed = prompt.text().trim().to_owned();
                    match Date::parse(&typed) {
                        Some(date) => {
                            self.prompt = None;
                            self.error = None;
                            return Outcome::SetInterview(date);
                        }
                        None => {
                            self.error = Some("write it as YYYY-MM-DD, e.g. 2027-03-01".to_owned());
                        }
                    }
                }
                other => {
                    if prompt.apply(other) {
                        self.error = None;
                    }
                }
            }
            return Outcome::Nothing;
        }
        let page = height.saturating_sub(1).max(1);
        match action {
            Action::Back => return Outcome::Back,
            Action::Down | Action::Scroll(1..) => self.step(1, 1),
            Action::Up | Action::Scroll(i32::MIN..=-1) => self.step(-1, 1),
            Action::PageDown => self.step(1, page),
            Action::PageUp => self.step(-1, page),
            Action::Top => self.step(-1, usize::MAX),
            Action::Bottom => self.step(1, usize::MAX),
            Action::Open => {
                if let Some(target) = self.selected() {
                    return Outcome::Open(target.clone());
                }
            }
            Action::Review => match self.selected() {
                Some(Target::Topic(id)) => return Outcome::Open(Target::Review(Some(id.clone()))),
                Some(t @ Target::Review(_)) => return Outcome::Open(t.clone()),
                _ => {}
            },
            Action::InterviewDate if self.kind == PageKind::Plan => {
                self.prompt = Some(Prompt::default());
            }
            _ => {}
        }
        Outcome::Nothing
    }

    /// Moves the cursor `by` non-blank rows in a direction, stopping at the ends.
    fn step(&mut self, dir: isize, by: usize) {
        let mut at = self.cursor;
        let mut left = by;
        while left > 0 {
            let next = at.checked_add_signed(dir).filter(|&n| n < self.rows.len());
            let Some(mut next) = next else { break };
            while self.rows[next].text.trim().is_empty() {
                match next
                    .checked_add_signed(dir)
                    .filter(|&n| n < self.rows.len())
                {
                    Some(n) => next = n,
                    None => break,
                }
            }
            if self.rows[next].text.trim().is_empty() {
                break;
            }
            at = next;
            left -= 1;
        }
        self.cursor = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Page {
        Page::new(
            PageKind::Plan,
            "Plan",
            vec![
                Row::text("Today:"),
                Row::to("- 3 cards due for review", Target::Review(None)),
                Row::to("- read DNS (20 min)", Target::Topic("dns".into())),
                Row::text(""),
                Row::text("You are on track."),
            ],
        )
    }

    #[test]
    fn the_cursor_starts_on_the_first_row_that_opens_something_and_skips_blanks() {
        let mut p = page();
        assert_eq!(p.selected(), Some(&Target::Review(None)));
        p.update(&Action::Down, 10);
        assert_eq!(
            p.update(&Action::Open, 10),
            Outcome::Open(Target::Topic("dns".into()))
        );
        assert_eq!(
            p.update(&Action::Review, 10),
            Outcome::Open(Target::Review(Some("dns".into())))
        );
        p.update(&Action::Down, 10);
        assert_eq!(p.cursor, 4, "the blank row is skipped");
        p.update(&Action::Down, 10);
        assert_eq!(p.cursor, 4, "the last row stays");
        assert_eq!(p.update(&Action::Open, 10), Outcome::Nothing);
        p.update(&Action::Top, 10);
        assert_eq!(p.cursor, 0);
        p.update(&Action::Bottom, 10);
        assert_eq!(p.cursor, 4);
    }

    #[test]
    fn a_bad_interview_date_says_what_to_write_and_a_good_one_is_returned() {
        let mut p = page();
        p.update(&Action::InterviewDate, 10);
        for c in "2027-02-30".chars() {
            p.update(&Action::Input(c), 10);
        }
        assert_eq!(p.update(&Action::Open, 10), Outcome::Nothing);
        let error = p.error.clone().expect("an error");
        assert_eq!(error, "write it as YYYY-MM-DD, e.g. 2027-03-01");
        assert!(p.prompt.is_some(), "the prompt stays to be corrected");
        for _ in 0..2 {
            p.update(&Action::Backspace, 10);
        }
        assert_eq!(p.error, None, "editing clears the error");
        for c in "28".chars() {
            p.update(&Action::Input(c), 10);
        }
        assert_eq!(
            p.update(&Action::Open, 10),
            Outcome::SetInterview(Date::from_ymd(2027, 2, 28))
        );
        assert!(p.prompt.is_none());
        // Esc leaves the prompt without a date.
        p.update(&Action::InterviewDate, 10);
        p.update(&Action::Input('x'), 10);
        assert_eq!(p.update(&Action::Back, 10), Outcome::Nothing);
        assert!(p.prompt.is_none());
        assert_eq!(p.update(&Action::Back, 10), Outcome::Back);
    }
}
