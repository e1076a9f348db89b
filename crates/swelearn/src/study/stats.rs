//! Study statistics from the store: due today and a 30-day forecast, reviews per day over the
//! last 16 weeks, true retention, mastery (mean retrievability) per topic and category, time
//! studied, and a streak for those who turn it on.

use std::collections::HashMap;

use anyhow::Result;
use serde::Serialize;
use swelearn_core::catalog::Catalog;
use swelearn_core::schedule::DAY;
use swelearn_store::Store;

use super::Settings;

/// Days of history in the heatmap (16 weeks).
pub const HEATMAP_DAYS: usize = 112;
/// Days in the forecast.
pub const FORECAST_DAYS: usize = 30;

#[derive(Debug, Clone, Serialize)]
pub struct Mastery {
    pub name: String,
    pub title: String,
    /// Mean probability of recall over the cards (unstudied cards count as 0).
    pub mastery: f32,
    pub cards: usize,
    pub studied: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    pub due_today: usize,
    pub new_available: usize,
    /// Cards falling due on each of the next 30 days (day 0 is today, overdue included).
    pub forecast: Vec<usize>,
    /// Reviews on each of the last 112 days, oldest first (the last is today).
    pub reviews_per_day: Vec<u32>,
    /// Reviews after a day or more answered right, over the last 30 days.
    pub true_retention: Option<f32>,
    pub retention_reviews: u32,
    /// Reviews logged, over all time.
    pub total_reviews: u64,
    /// Time spent answering over the last 16 weeks.
    pub minutes_studied: f64,
    pub cards: usize,
    pub categories: Vec<Mastery>,
    pub topics: Vec<Mastery>,
    /// Days in a row with at least one review, ending today or yesterday (only when turned on).
    pub streak: Option<u32>,
    /// Coding practice: problems solved, attempted and due.
    pub coding: crate::code::summary::CodingSummary,
}

impl Stats {
    /// The reviews-per-day heatmap as seven rows (columns are weeks, oldest left): · none, then
    /// four shades up to the busiest day.
    pub fn heatmap_rows(&self) -> Vec<String> {
        const SHADES: [char; 5] = ['·', '░', '▒', '▓', '█'];
        let max = self
            .reviews_per_day
            .iter()
            .copied()
            .max()
            .unwrap_or(0)
            .max(1) as usize;
        (0..7)
            .map(|weekday| {
                (0..HEATMAP_DAYS / 7)
                    .map(
                        |week| match self.reviews_per_day[week * 7 + weekday] as usize {
                            0 => SHADES[0],
                            v => SHADES[1 + ((v * 3) / max).min(3)],
                        },
                    )
                    .collect()
            })
            .collect()
    }
}

pub fn compute(store: &Store, catalog: &Catalog, now: i64) -> Result<Stats> {
    let settings = Settings::load(store)?;
    let scheduler = settings.scheduler()?;
    let study_day = settings.study_day(now);
    let today = study_day.start(now);
    let today_index = study_day.index(now);
    let mut forecast = vec![0; FORECAST_DAYS];
    let mut per_topic: HashMap<String, (f32, usize, usize)> = HashMap::new();
    let mut due_today = 0;
    let mut new_available = 0;
    let cards = store.all_cards()?;
    for c in &cards {
        let entry = per_topic.entry(c.topic_id.clone()).or_default();
        entry.1 += 1;
        match c.state {
            Some(s) => {
                entry.0 += scheduler.retrievability(&s, now);
                entry.2 += 1;
                if s.due <= now {
                    due_today += 1;
                }
                let day = study_day.index(s.due.max(today)) - today_index;
                if let Some(slot) = usize::try_from(day).ok().and_then(|d| forecast.get_mut(d)) {
                    *slot += 1;
                }
            }
            None => new_available += 1,
        }
    }
    let first_index = today_index - (HEATMAP_DAYS as i64 - 1);
    let since = today - (HEATMAP_DAYS as i64 - 1) * DAY;
    let mut reviews_per_day = vec![0; HEATMAP_DAYS];
    let mut ms = 0.0;
    for (day, count, _, spent) in store.daily_reviews(since, today + DAY, study_day.shift())? {
        ms += spent;
        if let Some(slot) = usize::try_from(day - first_index)
            .ok()
            .and_then(|i| reviews_per_day.get_mut(i))
        {
            *slot = count;
        }
    }
    let (n, right) = store.retention_since(today - 29 * DAY)?;
    let total_reviews = store.review_count()?;
    let (topics, categories) = mastery(catalog, &per_topic);
    let streak = settings.streak.then(|| streak(&reviews_per_day));
    Ok(Stats {
        due_today,
        new_available,
        forecast,
        reviews_per_day,
        true_retention: (n > 0).then(|| right as f32 / n as f32),
        retention_reviews: n,
        total_reviews,
        minutes_studied: ms / 60_000.0,
        cards: cards.len(),
        categories,
        topics,
        streak,
        coding: crate::code::summary::summary(store, &scheduler, now)?,
    })
}

/// Mastery per topic (strongest first) and per category.
fn mastery(
    catalog: &Catalog,
    per_topic: &HashMap<String, (f32, usize, usize)>,
) -> (Vec<Mastery>, Vec<Mastery>) {
    let titles: HashMap<&str, (&str, swelearn_core::Category)> = catalog
        .docs
        .iter()
        .map(|d| (d.id.as_str(), (d.title.as_str(), d.category)))
        .collect();
    let mut topics: Vec<Mastery> = per_topic
        .iter()
        .map(|(id, (sum, n, studied))| Mastery {
            name: id.clone(),
            title: titles
                .get(id.as_str())
                .map_or(id.as_str(), |t| t.0)
                .to_owned(),
            mastery: if *n == 0 { 0.0 } else { sum / *n as f32 },
            cards: *n,
            studied: *studied,
        })
        .collect();
    topics.sort_by(|a, b| b.mastery.total_cmp(&a.mastery).then(a.name.cmp(&b.name)));
    let mut by_cat: HashMap<swelearn_core::Category, (f32, usize, usize)> = HashMap::new();
    for (id, (sum, n, studied)) in per_topic {
        if let Some((_, cat)) = titles.get(id.as_str()) {
            let e = by_cat.entry(*cat).or_default();
            e.0 += sum;
            e.1 += n;
            e.2 += studied;
        }
    }
    let categories = swelearn_core::Category::ALL
        .iter()
        .filter_map(|c| {
            by_cat.get(c).map(|(sum, n, studied)| Mastery {
                name: c.as_str().to_owned(),
                title: c.as_str().to_owned(),
                mastery: sum / (*n).max(1) as f32,
                cards: *n,
                studied: *studied,
            })
        })
        .collect();
    (topics, categories)
}

/// Days in a row with a review, ending today (or yesterday, while today is still open).
fn streak(reviews_per_day: &[u32]) -> u32 {
    let mut days = 0;
    let mut i = reviews_per_day.len();
    if reviews_per_day.last() == Some(&0) {
        i -= 1;
    }
    while i > 0 && reviews_per_day[i - 1] > 0 {
        days += 1;
        i -= 1;
    }
    days
}
