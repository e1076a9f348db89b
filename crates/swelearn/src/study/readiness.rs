//! Readiness: per topic, a blend of having read it, how well its cards are recalled, quiz
//! accuracy and mock scores; per category, the mean over its topics; coding problems (once any
//! is practised) as a `coding` category, each problem's chance of being solved again now. Shown
//! as a map of shaded cells by `swelearn readiness` and the readiness screen alike.

use std::collections::HashMap;
use std::fmt::Write as _;

use anyhow::Result;
use serde::Serialize;
use swelearn_core::catalog::Catalog;
use swelearn_store::Store;

use super::Settings;

#[derive(Debug, Clone, Serialize)]
pub struct TopicReadiness {
    pub id: String,
    pub title: String,
    pub category: String,
    pub read: bool,
    /// Mean probability of recall over the topic's cards (new cards count as 0).
    pub recall: f32,
    /// Share of its quiz questions answered right (none: not quizzed).
    pub quiz: Option<f32>,
    /// Best mock score for it, 0-1 (design problems).
    pub mock: Option<f32>,
    /// The blend, 0-1.
    pub readiness: f32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Readiness {
    pub categories: Vec<(String, f32)>,
    pub topics: Vec<TopicReadiness>,
}

/// Weights: reading 30%, recall 40%, quizzes 20%, mocks 10% (missing parts are left out and the
/// rest reweighted).
pub fn compute(store: &Store, catalog: &Catalog, now: i64) -> Result<Readiness> {
    let settings = Settings::load(store)?;
    let scheduler = settings.scheduler()?;
    let states = store.topic_states()?;
    let mut recall: HashMap<String, (f32, usize)> = HashMap::new();
    for c in store.all_cards()? {
        let e = recall.entry(c.topic_id).or_default();
        e.1 += 1;
        if let Some(s) = c.state {
            e.0 += scheduler.retrievability(&s, now);
        }
    }
    let quiz: HashMap<String, (u32, u32)> = store
        .quiz_accuracy()?
        .into_iter()
        .map(|(t, n, r)| (t, (n, r)))
        .collect();
    let mut mocks: HashMap<String, f32> = HashMap::new();
    for m in store.mocks()? {
        if let Some(score) = m.score {
            let best = mocks.entry(m.problem).or_default();
            *best = best.max(score as f32 / 100.0);
        }
    }
    let mut topics = Vec::new();
    for d in &catalog.docs {
        let read = states.get(&d.id).is_some_and(|s| s.read_at.is_some());
        let r = recall
            .get(&d.id)
            .map_or(0.0, |(sum, n)| if *n == 0 { 0.0 } else { sum / *n as f32 });
        let q = quiz
            .get(&d.id)
            .map(|(n, right)| *right as f32 / (*n).max(1) as f32);
        let m = mocks.get(&d.id).copied();
        let mut parts = vec![(0.3, if read { 1.0 } else { 0.0 }), (0.4, r)];
        if let Some(q) = q {
            parts.push((0.2, q));
        }
        if let Some(m) = m {
            parts.push((0.1, m));
        }
        let weight: f32 = parts.iter().map(|(w, _)| w).sum();
        let readiness = parts.iter().map(|(w, v)| w * v).sum::<f32>() / weight;
        topics.push(TopicReadiness {
            id: d.id.clone(),
            title: d.title.clone(),
            category: d.category.to_string(),
            read,
            recall: r,
            quiz: q,
            mock: m,
            readiness,
        });
    }
    let mut categories: Vec<(String, f32)> = swelearn_core::Category::ALL
        .iter()
        .filter_map(|c| {
            let of: Vec<f32> = topics
                .iter()
                .filter(|t| t.category == c.as_str())
                .map(|t| t.readiness)
                .collect();
            (!of.is_empty()).then(|| {
                (
                    c.as_str().to_owned(),
                    of.iter().sum::<f32>() / of.len() as f32,
                )
            })
        })
        .collect();
    // Coding problems, once any is practised: each problem's chance of being solved again now.
    let coding = crate::code::summary::summary(store, &scheduler, now)?;
    if coding.practised() {
        categories.push(("coding".to_owned(), coding.readiness));
        topics.extend(coding.per_problem.into_iter().map(|p| TopicReadiness {
            id: p.id,
            title: p.title,
            category: "coding".to_owned(),
            read: p.solved,
            recall: p.readiness,
            quiz: None,
            mock: None,
            readiness: p.readiness,
        }));
    }
    Ok(Readiness { categories, topics })
}

/// A cell for a readiness in 0-1: five shades from none to ready.
pub fn shade(v: f32) -> char {
    ['·', '░', '▒', '▓', '█'][((v.clamp(0.0, 1.0) * 4.0).round()) as usize]
}

/// The readiness map as text: a shaded cell per topic, grouped by category.
pub fn render(r: &Readiness) -> String {
    let mut out = String::from(
        "Readiness (· none ░ some ▒ half ▓ most █ ready), from read marks, recall, quizzes and mocks:\n\n",
    );
    for (cat, v) in &r.categories {
        let cells: String = r
            .topics
            .iter()
            .filter(|t| &t.category == cat)
            .map(|t| shade(t.readiness))
            .collect();
        let _ = writeln!(out, "{cat:<15} {:>3.0}%  {cells}", v * 100.0);
    }
    let mut weakest: Vec<_> = r.topics.iter().filter(|t| t.read).collect();
    weakest.sort_by(|a, b| a.readiness.total_cmp(&b.readiness));
    if !weakest.is_empty() {
        let _ = writeln!(
            out,
            "\nRead but weakest: {}",
            weakest
                .iter()
                .take(5)
                .map(|t| format!("{} ({:.0}%)", t.title, t.readiness * 100.0))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out
}
