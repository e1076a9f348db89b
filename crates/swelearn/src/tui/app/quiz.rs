//! The app's side of quizzes: opening the quiz screen, passing its keys and answers on, and
//! revealing quiz answers in the reader.

use super::{App, Effect, Screen};
use crate::tui::action::Action;
use crate::tui::quiz::{Outcome, QuizScreen};

impl App {
    /// Opens a quiz the runtime drew, or says there is nothing to ask.
    pub fn open_quiz(&mut self, quiz: QuizScreen) {
        if quiz.items.is_empty() {
            self.status = Some("No quiz questions in these topics".to_owned());
            return;
        }
        self.overlay = None;
        self.stack.push(Screen::Quiz(Box::new(quiz)));
    }

    pub(super) fn update_quiz(&mut self, action: &Action) -> Vec<Effect> {
        let Some(Screen::Quiz(q)) = self.stack.last_mut() else {
            return Vec::new();
        };
        match q.update(action) {
            Outcome::Nothing => Vec::new(),
            Outcome::Back => {
                let (asked, right) = (q.asked, q.right);
                self.stack.pop();
                if asked > 0 {
                    self.status = Some(format!(
                        "Quiz: {right}/{asked} right ({:.0}%), answers saved",
                        f64::from(right) * 100.0 / f64::from(asked)
                    ));
                }
                vec![Effect::RefreshDue]
            }
            Outcome::Answered {
                topic_id,
                question,
                correct,
            } => vec![Effect::RecordQuiz {
                topic_id,
                question,
                correct,
            }],
        }
    }

    /// Reveals the quiz answer on screen in the reader, or all of them (or hides them again).
    pub(super) fn reveal_quiz(&mut self, all: bool) {
        let Some(r) = self.reader_mut() else { return };
        if r.revealed.is_empty() {
            self.status = Some("This topic has no quiz".to_owned());
            return;
        }
        self.status = Some(if all {
            if r.reveal_all() {
                "Every quiz answer shown (A hides them)".to_owned()
            } else {
                "Quiz answers hidden".to_owned()
            }
        } else {
            match r.reveal_on_screen() {
                Some(n) => format!("Answer {n} shown"),
                None => "No hidden quiz question on screen: scroll to one, or A shows them all"
                    .to_owned(),
            }
        });
    }
}
