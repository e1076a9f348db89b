//! The quiz screen: the questions `swelearn quiz` asks (from the whole library or one topic),
//! one at a time with shuffled options. j/k move, Space ticks an option, Enter answers (scored
//! as the line-mode quiz scores) and then goes on; each answer is stored by the runtime.

use std::collections::BTreeSet;

use super::action::Action;
use crate::study::quiz::{Asked, grade};

/// A question with its options in the order shown.
pub struct Item {
    pub asked: Asked,
    /// Indexes into the question's options, in the order shown.
    pub order: Vec<usize>,
}

pub struct QuizScreen {
    /// What the quiz covers: "every topic" or a topic's title.
    pub title: String,
    pub items: Vec<Item>,
    /// The question shown.
    pub index: usize,
    /// The option under the cursor (in the order shown).
    pub cursor: usize,
    /// Options ticked (in the order shown).
    pub chosen: BTreeSet<usize>,
    /// Once answered: whether it was right.
    pub answered: Option<bool>,
    pub asked: u32,
    pub right: u32,
}

/// What the app does after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Nothing,
    Back,
    /// Store this answer.
    Answered {
        topic_id: String,
        question: String,
        correct: bool,
    },
}

impl QuizScreen {
    /// A quiz over `asked`, each question's options shuffled by `rng` as the line-mode quiz
    /// shuffles them.
    pub fn new(title: String, asked: Vec<Asked>, rng: &mut fastrand::Rng) -> QuizScreen {
        let items = asked
            .into_iter()
            .map(|asked| {
                let mut order: Vec<usize> = (0..asked.question.options.len()).collect();
                rng.shuffle(&mut order);
                Item { asked, order }
            })
            .collect();
        QuizScreen {
            title,
            items,
            index: 0,
            cursor: 0,
            chosen: BTreeSet::new(),
            answered: None,
            asked: 0,
            right: 0,
        }
    }

    /// The question shown, or `None` once the quiz is over.
    pub fn current(&self) -> Option<&Item> {
        self.items.get(self.index)
    }

    pub fn finished(&self) -> bool {
        self.index >= self.items.len()
    }

    pub fn update(&mut self, action: &Action) -> Outcome {
        let Some(item) = self.items.get(self.index) else {
            return match action {
                Action::Back | Action::Open => Outcome::Back,
                _ => Outcome::Nothing,
            };
        };
        let n = item.order.len();
        match action {
            Action::Back => return Outcome::Back,
            Action::Down => self.cursor = (self.cursor + 1).min(n.saturating_sub(1)),
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Reveal if self.answered.is_none() && !self.chosen.remove(&self.cursor) => {
                self.chosen.insert(self.cursor);
            }
            Action::Open if self.answered.is_some() => {
                self.index += 1;
                self.cursor = 0;
                self.chosen.clear();
                self.answered = None;
            }
            Action::Open => {
                // Enter on an option with none ticked answers with that option.
                if self.chosen.is_empty() {
                    self.chosen.insert(self.cursor);
                }
                let picked: BTreeSet<usize> = self.chosen.iter().map(|&k| item.order[k]).collect();
                let correct = grade(&item.asked.question, &picked);
                self.answered = Some(correct);
                self.asked += 1;
                self.right += u32::from(correct);
                return Outcome::Answered {
                    topic_id: item.asked.topic_id.clone(),
                    question: item.asked.question.question.clone(),
                    correct,
                };
            }
            _ => {}
        }
        Outcome::Nothing
    }
}

/// Questions a quiz asks, as many as `swelearn quiz` asks by default.
pub const COUNT: usize = 10;

/// Draws a quiz as `swelearn quiz` (or `swelearn quiz --topic ID`) does and opens it.
pub fn start(app: &mut super::app::App, topic: Option<&str>, rng: &mut fastrand::Rng) {
    let scope: Option<std::collections::HashSet<String>> = topic.map(|t| [t.to_owned()].into());
    let pool = crate::study::quiz::pool(&app.catalog, scope.as_ref(), |doc| {
        app.source.load(doc).ok()
    });
    let title = topic.and_then(|t| app.catalog.position(t)).map_or_else(
        || "every topic".to_owned(),
        |i| app.catalog.docs[i].title.clone(),
    );
    let asked = if pool.is_empty() {
        pool
    } else {
        crate::study::quiz::draw(pool, rng, COUNT)
    };
    let screen = QuizScreen::new(title, asked, rng);
    app.open_quiz(screen);
}
