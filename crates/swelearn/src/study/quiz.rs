//! Quizzes for `swelearn quiz` and the quiz screen alike: the questions of the topics in scope,
//! drawn and shuffled the same way, scored the same way (right only when exactly the right
//! options are chosen), and stored the same way (an answer row per question; a wrong answer
//! brings the topic's cards forward in the review schedule).

use std::collections::{BTreeSet, HashSet};

use anyhow::Result;
use swelearn_core::Topic;
use swelearn_core::catalog::{Catalog, DocMeta};
use swelearn_core::study_items::QuizQuestion;
use swelearn_store::Store;

/// A question and the topic it comes from.
#[derive(Debug, Clone)]
pub struct Asked {
    pub topic_id: String,
    pub title: String,
    pub question: QuizQuestion,
}

/// Every question of the topics in scope (all topics when `topics` is `None`), in library
/// order; topics that cannot be loaded are left out.
pub fn pool<S: std::hash::BuildHasher>(
    catalog: &Catalog,
    topics: Option<&HashSet<String, S>>,
    load: impl Fn(&DocMeta) -> Option<Topic>,
) -> Vec<Asked> {
    let mut pool = Vec::new();
    for doc in catalog
        .docs
        .iter()
        .filter(|d| topics.is_none_or(|t| t.contains(&d.id)))
    {
        if let Some(topic) = load(doc) {
            pool.extend(topic.quiz.into_iter().map(|q| Asked {
                topic_id: doc.id.clone(),
                title: doc.title.clone(),
                question: q,
            }));
        }
    }
    pool
}

/// `count` questions (at least one) drawn at random from the pool.
pub fn draw(mut pool: Vec<Asked>, rng: &mut fastrand::Rng, count: usize) -> Vec<Asked> {
    rng.shuffle(&mut pool);
    pool.truncate(count.max(1));
    pool
}

/// Whether the options chosen (indexes into the question's options) are exactly the right ones.
pub fn grade(q: &QuizQuestion, chosen: &BTreeSet<usize>) -> bool {
    let right: BTreeSet<usize> = q
        .options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.correct)
        .map(|(i, _)| i)
        .collect();
    *chosen == right
}

/// Stores an answer; a wrong one brings the topic's cards forward. Returns how many cards were
/// brought forward.
pub fn record(
    store: &Store,
    topic_id: &str,
    question: &str,
    correct: bool,
    now: i64,
) -> Result<usize> {
    store.record_quiz(&super::new_id(), topic_id, question, correct, now)?;
    Ok(if correct {
        0
    } else {
        store.bring_forward(topic_id, now)?
    })
}
