//! Per-topic user state: read mark, bookmark, personal note and reader scroll position.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

/// What the user did with one topic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopicState {
    /// Unix seconds when it was marked read.
    pub read_at: Option<i64>,
    pub bookmarked: bool,
    /// First visible line in the reader.
    pub scroll: u32,
    pub note: String,
}

/// One change to a topic's state. Each is written to its own column, so a change made from a
/// stale copy of the state (another window, a failed read) never overwrites the other fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicChange {
    Read(Option<i64>),
    Bookmarked(bool),
    Scroll(u32),
    Note(String),
}

impl TopicChange {
    /// Applies the change to a copy of the state.
    pub fn apply(&self, state: &mut TopicState) {
        match self {
            TopicChange::Read(at) => state.read_at = *at,
            TopicChange::Bookmarked(b) => state.bookmarked = *b,
            TopicChange::Scroll(s) => state.scroll = *s,
            TopicChange::Note(n) => state.note.clone_from(n),
        }
    }
}

impl Store {
    /// Every topic's state, by topic id.
    pub fn topic_states(&self) -> Result<HashMap<String, TopicState>, StoreError> {
        Ok(self
            .topic_states_dated()?
            .into_iter()
            .map(|(id, state, _)| (id, state))
            .collect())
    }

    /// One topic's state (the default when nothing was stored).
    pub fn topic_state(&self, id: &str) -> Result<TopicState, StoreError> {
        self.conn
            .query_row(
                "SELECT read_at, bookmarked, scroll, note FROM topic_state WHERE topic_id = ?1",
                [id],
                |r| state_at(r, 0),
            )
            .optional()
            .map(Option::unwrap_or_default)
            .map_err(|e| self.err(e))
    }

    /// Changes one field of a topic's state, leaving the others as stored (durably, before
    /// returning).
    pub fn change_topic_state(
        &self,
        id: &str,
        change: &TopicChange,
        now: i64,
    ) -> Result<(), StoreError> {
        let (column, value): (&str, rusqlite::types::Value) = match change {
            TopicChange::Read(at) => ("read_at", (*at).into()),
            TopicChange::Bookmarked(b) => ("bookmarked", i64::from(*b).into()),
            TopicChange::Scroll(s) => ("scroll", i64::from(*s).into()),
            TopicChange::Note(n) => ("note", n.clone().into()),
        };
        self.conn
            .execute(
                &format!(
                    "INSERT INTO topic_state (topic_id, {column}, updated_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT(topic_id) DO UPDATE SET {column} = ?2, updated_at = ?3"
                ),
                params![id, value, now],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Writes one topic's whole state (durably, before returning).
    pub fn save_topic_state(
        &self,
        id: &str,
        state: &TopicState,
        now: i64,
    ) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT INTO topic_state (topic_id, read_at, bookmarked, scroll, note, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(topic_id) DO UPDATE SET read_at = ?2, bookmarked = ?3, scroll = ?4, note = ?5, updated_at = ?6",
                params![id, state.read_at, i64::from(state.bookmarked), state.scroll, state.note, now],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }
}

impl Store {
    /// Every topic's state with the time it last changed (for export).
    pub fn topic_states_dated(&self) -> Result<Vec<(String, TopicState, i64)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT topic_id, read_at, bookmarked, scroll, note, updated_at FROM topic_state ORDER BY topic_id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, state_at(r, 1)?, r.get(5)?))
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Merges a topic's state from elsewhere: the later change wins (ties broken by content, so
    /// merging in either order gives the same result). Returns whether anything changed.
    pub fn merge_topic_state(
        &self,
        id: &str,
        state: &TopicState,
        updated_at: i64,
    ) -> Result<bool, StoreError> {
        let current: Option<(TopicState, i64)> = self
            .conn
            .query_row(
                "SELECT read_at, bookmarked, scroll, note, updated_at FROM topic_state WHERE topic_id = ?1",
                [id],
                |r| Ok((state_at(r, 0)?, r.get(4)?)),
            )
            .optional()
            .map_err(|e| self.err(e))?;
        let newer = match &current {
            None => true,
            Some((cur, at)) => (updated_at, tie_key(state)) > (*at, tie_key(cur)),
        };
        if newer {
            self.save_topic_state(id, state, updated_at)?;
        }
        Ok(newer)
    }
}

fn tie_key(s: &TopicState) -> (Option<i64>, bool, u32, &str) {
    (s.read_at, s.bookmarked, s.scroll, s.note.as_str())
}

/// A topic state from a row's columns `read_at`, `bookmarked`, `scroll`, `note`, starting at `at`.
fn state_at(r: &rusqlite::Row, at: usize) -> rusqlite::Result<TopicState> {
    Ok(TopicState {
        read_at: r.get(at)?,
        bookmarked: r.get::<_, i64>(at + 1)? != 0,
        scroll: r.get(at + 2)?,
        note: r.get(at + 3)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip_and_update() {
        let store = Store::in_memory().expect("opens");
        assert_eq!(
            store.topic_state("dns").expect("reads"),
            TopicState::default()
        );
        let mut s = TopicState {
            read_at: Some(10),
            bookmarked: true,
            scroll: 42,
            note: "remember TTLs".into(),
        };
        store.save_topic_state("dns", &s, 11).expect("saves");
        assert_eq!(store.topic_state("dns").expect("reads"), s);
        s.bookmarked = false;
        store.save_topic_state("dns", &s, 12).expect("saves");
        let all = store.topic_states().expect("reads");
        assert_eq!(all.len(), 1);
        assert_eq!(all["dns"], s);
    }

    #[test]
    fn a_change_touches_only_its_own_field() {
        let store = Store::in_memory().expect("opens");
        let stored = TopicState {
            read_at: Some(10),
            bookmarked: true,
            scroll: 42,
            note: "remember TTLs".into(),
        };
        store.save_topic_state("dns", &stored, 11).expect("saves");
        // Each change keeps what the others wrote: a caller holding a stale copy (a failed
        // read, another window) cannot wipe the note by toggling the read mark.
        let mut expected = stored.clone();
        for change in [
            TopicChange::Read(None),
            TopicChange::Scroll(7),
            TopicChange::Bookmarked(false),
            TopicChange::Note("and negative caching".into()),
        ] {
            change.apply(&mut expected);
            store.change_topic_state("dns", &change, 12).expect("saves");
            assert_eq!(
                store.topic_state("dns").expect("reads"),
                expected,
                "{change:?}"
            );
        }
        store
            .change_topic_state("cdn", &TopicChange::Bookmarked(true), 13)
            .expect("a first change creates the row");
        assert_eq!(
            store.topic_state("cdn").expect("reads"),
            TopicState {
                bookmarked: true,
                ..TopicState::default()
            }
        );
    }
}
