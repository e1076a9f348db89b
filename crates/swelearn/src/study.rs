//! Study sessions shared by `swelearn review` and the review screen: the user's settings, the
//! queue of due and new cards, answering (durably, before it is shown as done) and undo. An
//! answer is scheduled from the card's state as stored when it is written, inside one
//! transaction, never from the copy read when the session began: another session may have
//! answered the same card since.
//!
//! Below both the command line (`cmd`) and the terminal UI (`tui`), which never import each
//! other: the services they share live here (statistics, readiness, the plan, mock interviews).

use std::collections::{HashMap, HashSet, VecDeque};

use anyhow::{Context, Result};
use swelearn_core::Topic;
use swelearn_core::cards::{Card, cards};
use swelearn_core::catalog::Catalog;
use swelearn_core::schedule::{
    CardState, DAY, Outcome, PastReview, Rating, Scheduler, days_between,
};
use swelearn_core::study_day::StudyDay;
use swelearn_store::{CardRow, Review, ReviewKind, Store};

use swelearn_core::catalog::DocMeta;

use crate::load::{Loader, load_topic};

pub mod mock;
pub mod plan;
pub mod quiz;
pub mod readiness;
pub mod stats;

/// Settings a user can change with `swelearn config`.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub desired_retention: f32,
    pub new_per_day: usize,
    pub reviews_per_day: usize,
    /// Fitted FSRS parameters (empty: the defaults).
    pub parameters: Vec<f32>,
    pub streak: bool,
    /// Local hour at which a new study day begins (0: midnight).
    pub next_day_starts_at: u8,
}

impl Settings {
    pub const KEYS: &'static [(&'static str, &'static str)] = &[
        (
            "desired-retention",
            "probability of recall to schedule for, 0.70 to 0.99 (default 0.9)",
        ),
        ("new-per-day", "new cards introduced per day (default 20)"),
        ("reviews-per-day", "most reviews per day (default 200)"),
        (
            "streak",
            "show a day streak in stats: on or off (default off)",
        ),
        (
            "next-day-starts-at",
            "local hour, 0 to 23, at which a new study day begins (default 0, midnight)",
        ),
    ];

    pub fn load(store: &Store) -> Result<Settings> {
        let get = |k: &str| store.setting(k).map(Option::unwrap_or_default);
        let num = |k: &str, d: f64| -> Result<f64> { Ok(get(k)?.parse().unwrap_or(d)) };
        let parameters = get("fsrs-parameters")?
            .split(',')
            .filter_map(|p| p.trim().parse().ok())
            .collect();
        Ok(Settings {
            desired_retention: num("desired-retention", 0.9)? as f32,
            new_per_day: num("new-per-day", 20.0)? as usize,
            reviews_per_day: num("reviews-per-day", 200.0)? as usize,
            parameters,
            streak: get("streak")? == "on",
            next_day_starts_at: get("next-day-starts-at")?.parse().unwrap_or(0).min(23),
        })
    }

    /// The scheduler these settings ask for.
    pub fn scheduler(&self) -> Result<Scheduler> {
        Scheduler::new(&self.parameters, self.desired_retention)
            .context("your study settings cannot schedule cards")
    }

    /// The user's study days around `now`: from local midnight, or the chosen hour.
    pub fn study_day(&self, now: i64) -> StudyDay {
        StudyDay::new(crate::clock::utc_offset(now), self.next_day_starts_at)
    }

    /// Checks and stores one setting given as text.
    pub fn set(store: &Store, key: &str, value: &str) -> Result<()> {
        let ok = match key {
            "desired-retention" => value
                .parse::<f32>()
                .is_ok_and(|v| (0.7..=0.99).contains(&v)),
            "new-per-day" | "reviews-per-day" => value.parse::<u32>().is_ok_and(|v| v <= 10_000),
            "streak" => matches!(value, "on" | "off"),
            "next-day-starts-at" => value.parse::<u8>().is_ok_and(|v| v <= 23),
            _ => {
                return Err(crate::cli::usage(format!(
                    "unknown setting `{key}`; settings are {}",
                    Settings::KEYS
                        .iter()
                        .map(|(k, _)| *k)
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
        };
        if !ok {
            let help = Settings::KEYS
                .iter()
                .find(|(k, _)| *k == key)
                .map_or("", |(_, h)| h);
            return Err(crate::cli::usage(format!(
                "`{value}` is not a valid value for {key}: {help}"
            )));
        }
        store.set_setting(key, Some(value))?;
        Ok(())
    }
}

/// The date of the user's study day at `now` (local, from the `next-day-starts-at` hour).
pub fn today(store: &Store, now: i64) -> Result<swelearn_core::date::Date> {
    Ok(Settings::load(store)?.study_day(now).date(now))
}

/// A card waiting in a session.
#[derive(Debug, Clone)]
pub struct Item {
    pub card: Card,
    pub state: Option<CardState>,
    pub topic_title: String,
}

/// A recorded answer, kept for undo.
#[derive(Debug, Clone)]
pub struct Answered {
    pub review_id: String,
    pub item: Item,
    pub rating: Rating,
    pub outcome: Outcome,
}

/// Which cards a session covers.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Only these topics (None: all).
    pub topics: Option<HashSet<String>>,
    /// Reviewing named topics: all their new cards, not one per topic per day.
    pub explicit: bool,
    pub limit: Option<usize>,
}

/// A review session over the user's store.
pub struct Session {
    pub queue: VecDeque<Item>,
    pub done: Vec<Answered>,
    pub scheduler: Scheduler,
    pub settings: Settings,
    topics: HashMap<String, Option<Topic>>,
    titles: HashMap<String, String>,
}

/// Brings the store's card list up to date with the library (only when the library changed,
/// and not in a store opened read-only, which is read as it is).
pub fn sync_cards(store: &mut Store, catalog: &Catalog, fingerprint: u64, now: i64) -> Result<()> {
    let key = fingerprint.to_string();
    if !store.writable() || store.setting("cards-synced-for")?.as_deref() == Some(key.as_str()) {
        return Ok(());
    }
    let offered: Vec<(String, String)> = catalog
        .docs
        .iter()
        .flat_map(|d| d.card_ids.iter().map(|c| (c.clone(), d.id.clone())))
        .collect();
    store.sync_cards(&offered, now)?;
    store.set_setting("cards-synced-for", Some(&key))?;
    Ok(())
}

/// Opens the user's store, with a message naming the file when that fails.
pub fn open_store(loader: &Loader) -> Result<Store> {
    Store::open(&loader.paths.database()).context("cannot open your progress database")
}

/// Opens the user's store for a command that only reads it: a read-only data folder is read
/// as it is.
pub fn open_store_for_reading(loader: &Loader) -> Result<Store> {
    Store::open_for_reading(&loader.paths.database()).context("cannot open your progress database")
}

/// The cards a session over `scope` offers at `now`: due cards within today's review budget,
/// then new cards within today's new-card budget. The library counts what `R` will offer with
/// this, so its numbers and the session agree.
pub fn offered(
    store: &Store,
    settings: &Settings,
    scope: &Scope,
    now: i64,
) -> Result<Vec<CardRow>> {
    let today = settings.study_day(now).start(now);
    let (new_today, reviews_today) = store.counts_since(today)?;
    let in_scope = |topic: &str| scope.topics.as_ref().is_none_or(|t| t.contains(topic));
    let limit = scope.limit.unwrap_or(usize::MAX);
    let review_budget = settings
        .reviews_per_day
        .saturating_sub(reviews_today)
        .min(limit);
    let mut picked: Vec<CardRow> = store.due_cards_where(now, review_budget, in_scope)?;
    let new_budget = settings
        .new_per_day
        .saturating_sub(new_today)
        .min(limit.saturating_sub(picked.len()));
    if new_budget > 0 {
        let mut seen: HashSet<String> = topics_introduced_since(store, today)?;
        let explicit = scope.explicit;
        let fresh = store.new_cards_where(new_budget, |topic| {
            in_scope(topic) && (explicit || seen.insert(topic.to_owned()))
        })?;
        picked.extend(fresh);
    }
    Ok(picked)
}

impl Session {
    /// Builds the queue: due cards first (oldest due first), then new cards within the daily
    /// limits, at most one new card per topic per day unless topics were named.
    /// Starts a session reading topics from their files.
    pub fn start(store: &mut Store, catalog: &Catalog, scope: &Scope, now: i64) -> Result<Session> {
        Session::start_with(store, catalog, scope, now, &|doc| {
            load_topic(&doc.origin, &doc.display).ok()
        })
    }

    /// Starts a session reading topics through `load`.
    pub fn start_with(
        store: &mut Store,
        catalog: &Catalog,
        scope: &Scope,
        now: i64,
        load: &dyn Fn(&DocMeta) -> Option<Topic>,
    ) -> Result<Session> {
        let settings = Settings::load(store)?;
        let scheduler = settings.scheduler()?;
        let picked = offered(store, &settings, scope, now)?;
        let titles = catalog
            .docs
            .iter()
            .map(|d| (d.id.clone(), d.title.clone()))
            .collect();
        let mut session = Session {
            queue: VecDeque::new(),
            done: Vec::new(),
            scheduler,
            settings,
            topics: HashMap::new(),
            titles,
        };
        for row in picked {
            if let Some(item) = session.item(catalog, &row, load) {
                session.queue.push_back(item);
            }
        }
        Ok(session)
    }

    /// The card text for a stored card, parsing its topic once.
    fn item(
        &mut self,
        catalog: &Catalog,
        row: &CardRow,
        load: &dyn Fn(&DocMeta) -> Option<Topic>,
    ) -> Option<Item> {
        let topic = self
            .topics
            .entry(row.topic_id.clone())
            .or_insert_with(|| {
                let doc = catalog.position(&row.topic_id).map(|i| &catalog.docs[i])?;
                load(doc)
            })
            .as_ref()?;
        let card = cards(topic).into_iter().find(|c| c.id == row.id)?;
        Some(Item {
            card,
            state: row.state,
            topic_title: self.titles.get(&row.topic_id).cloned().unwrap_or_default(),
        })
    }

    /// The outcome of each rating for the card at the front (as its schedule was read when the
    /// session began).
    pub fn preview(&self, now: i64) -> Result<Option<[Outcome; 4]>> {
        let Some(item) = self.queue.front() else {
            return Ok(None);
        };
        Ok(Some(self.scheduler.preview(
            &item.card.id,
            item.state.as_ref(),
            now,
        )?))
    }

    /// Records an answer to the card at the front; returns once it is on disk. The new schedule
    /// is computed from the card's state as stored, read in the same transaction that writes it.
    /// A card answered Again comes back at the end of the session.
    pub fn answer(
        &mut self,
        store: &mut Store,
        rating: Rating,
        elapsed_ms: i64,
        now: i64,
    ) -> Result<&Answered> {
        let Some(item) = self.queue.pop_front() else {
            anyhow::bail!("no card to answer")
        };
        let review_id = new_id();
        let result = (|| -> Result<(Option<CardState>, Outcome)> {
            let tx = store.card_tx(&item.card.id)?;
            let current = tx.state()?;
            let outcome = self
                .scheduler
                .preview(&item.card.id, current.as_ref(), now)?[rating as usize - 1];
            let kind = match &current {
                None => ReviewKind::New,
                Some(s) if days_between(s.last_review, now) == 0 => ReviewKind::SameDay,
                Some(_) => ReviewKind::Review,
            };
            tx.log(&Review {
                id: review_id.clone(),
                card_id: item.card.id.clone(),
                topic_id: item.card.topic.clone(),
                at: now,
                rating: rating as u8,
                elapsed_ms: elapsed_ms.clamp(0, MAX_ELAPSED_MS),
                kind,
            })?;
            tx.set_state(Some(&outcome.state))?;
            tx.commit()?;
            Ok((current, outcome))
        })();
        let (current, outcome) = match result {
            Ok(done) => done,
            Err(e) => {
                self.queue.push_front(item);
                return Err(e);
            }
        };
        if rating == Rating::Again {
            self.queue.push_back(Item {
                state: Some(outcome.state),
                ..item.clone()
            });
        }
        self.done.push(Answered {
            review_id,
            item: Item {
                state: current,
                ..item
            },
            rating,
            outcome,
        });
        Ok(self.done.last().expect("just pushed"))
    }

    /// Takes back the last answer: the review leaves the log, the card's schedule is rebuilt
    /// from the answers that remain (whoever gave them), and the card is shown again.
    pub fn undo(&mut self, store: &mut Store) -> Result<Option<&Item>> {
        let Some(mut last) = self.done.pop() else {
            return Ok(None);
        };
        let card = last.item.card.id.clone();
        let result = (|| -> Result<Option<CardState>> {
            let tx = store.card_tx(&card)?;
            tx.remove(&last.review_id)?;
            let log: Vec<PastReview> = tx
                .reviews()?
                .iter()
                .filter_map(|r| {
                    Some(PastReview {
                        at: r.at,
                        rating: Rating::from_u8(r.rating)?,
                    })
                })
                .collect();
            let state = self.scheduler.replay(&card, &log)?;
            tx.set_state(state.as_ref())?;
            tx.commit()?;
            Ok(state)
        })();
        let state = match result {
            Ok(state) => state,
            Err(e) => {
                self.done.push(last);
                return Err(e);
            }
        };
        if last.rating == Rating::Again
            && let Some(pos) = self.queue.iter().rposition(|i| i.card.id == card)
        {
            self.queue.remove(pos);
        }
        last.item.state = state;
        self.queue.push_front(last.item);
        Ok(self.queue.front())
    }

    /// Answers so far per rating (Again, Hard, Good, Easy).
    pub fn tally(&self) -> [usize; 4] {
        let mut t = [0; 4];
        for a in &self.done {
            t[a.rating as usize - 1] += 1;
        }
        t
    }
}

fn topics_introduced_since(store: &Store, since: i64) -> Result<HashSet<String>> {
    let mut topics = HashSet::new();
    store.for_each_review_since(since, |r| {
        if r.kind == ReviewKind::New {
            topics.insert(r.topic_id);
        }
    })?;
    Ok(topics)
}

/// The longest time an answer is counted as taking (an hour: longer means the user walked away).
pub const MAX_ELAPSED_MS: i64 = 3_600_000;

/// A unique id for a review (128 random bits, hex).
pub fn new_id() -> String {
    format!("{:016x}{:016x}", fastrand::u64(..), fastrand::u64(..))
}

/// "10m", "3d", "2.1mo", "1.3y".
pub fn human_interval(secs: i64) -> String {
    let days = secs as f64 / DAY as f64;
    if secs < 3600 {
        format!("{}m", (secs / 60).max(1))
    } else if days < 1.0 {
        format!("{}h", secs / 3600)
    } else if days < 30.0 {
        format!("{}d", days.round() as i64)
    } else if days < 365.0 {
        format!("{:.1}mo", days / 30.0)
    } else {
        format!("{:.1}y", days / 365.0)
    }
}
