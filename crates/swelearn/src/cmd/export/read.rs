//! Reading an export file for `swelearn import`: every line and every field checked before
//! anything reaches the store, each problem reported as `path:line: what is wrong`. Times must be
//! real (2000 to tomorrow), durations and kinds within what swelearn writes, ids well formed and
//! unique in the file; a UTF-8 byte-order mark is accepted.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use anyhow::{Context, Result, bail};
use swelearn_core::date::Date;
use swelearn_core::schedule::DAY;
use swelearn_store::{Review, ReviewKind, TopicState};

use super::{FORMAT_VERSION, Line};
use crate::study::MAX_ELAPSED_MS;

/// 2000-01-01T00:00:00Z: no swelearn history is older.
const EARLIEST: i64 = 946_684_800;

/// What an export holds.
#[derive(Debug, Default)]
pub struct Contents {
    pub reviews: Vec<Review>,
    /// Topic states: id, state, time of the change.
    pub topics: Vec<(String, TopicState, i64)>,
}

/// Reads and checks an export file; `now` bounds its times (a day's grace for clocks).
pub fn read_export(path: &Path, now: i64) -> Result<Contents> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let size = file.metadata().map_or(0, |m| m.len());
    let reader = std::io::BufReader::new(file);
    let mut check = Checker {
        path,
        line: 0,
        latest: now.saturating_add(DAY),
    };
    let mut contents = Contents::default();
    let mut review_lines: HashMap<String, usize> = HashMap::new();
    let mut topic_lines: HashMap<String, usize> = HashMap::new();
    let mut seen_header = false;
    let bar = super::progress(size / 120, "reading");
    for (i, line) in reader.lines().enumerate() {
        check.line = i + 1;
        let line = line.with_context(|| check.at("cannot read this line (not UTF-8?)"))?;
        let line = if i == 0 {
            line.strip_prefix('\u{feff}').unwrap_or(&line).to_owned()
        } else {
            line
        };
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line =
            serde_json::from_str(&line).with_context(|| check.at("not a swelearn export line"))?;
        bar.inc(1);
        match parsed {
            Line::Header {
                format,
                version,
                exported_at,
            } => {
                if seen_header {
                    bail!(check.at("a second header: the file holds two exports joined"));
                }
                if format != "swelearn-export" {
                    bail!(check.at(&format!(
                        "not a swelearn export (format \"{}\")",
                        swelearn_core::sanitize::clean(&format)
                    )));
                }
                if version > FORMAT_VERSION {
                    bail!(
                        "{}: written by a newer swelearn (export version {version}; this one reads up to {FORMAT_VERSION}); nothing was imported: upgrade swelearn",
                        path.display()
                    );
                }
                if version == 0 {
                    bail!(check.at("export version 0 does not exist (versions start at 1)"));
                }
                check.time("exported_at", exported_at)?;
                seen_header = true;
            }
            _ if !seen_header => bail!(
                "{}:{}: not a swelearn export: the first line must be its header",
                path.display(),
                check.line
            ),
            Line::Review {
                id,
                card,
                topic,
                at,
                rating,
                elapsed_ms,
                kind,
            } => {
                check.token("id", &id)?;
                check.token("card", &card)?;
                check.topic("topic", &topic)?;
                check.time("at", at)?;
                if !(1..=4).contains(&rating) {
                    bail!(check.at(&format!("rating must be 1 to 4 (found {rating})")));
                }
                if !(0..=MAX_ELAPSED_MS).contains(&elapsed_ms) {
                    bail!(check.at(&format!(
                        "elapsed_ms must be 0 to {MAX_ELAPSED_MS} (an hour) (found {elapsed_ms})"
                    )));
                }
                let kind = match kind {
                    0 => ReviewKind::New,
                    1 => ReviewKind::SameDay,
                    2 => ReviewKind::Review,
                    k => bail!(check.at(&format!(
                        "kind must be 0 (new), 1 (same day) or 2 (review) (found {k})"
                    ))),
                };
                if let Some(first) = review_lines.insert(id.clone(), check.line) {
                    bail!(check.at(&format!(
                        "review id {id} appears twice in this file (first on line {first})"
                    )));
                }
                contents.reviews.push(Review {
                    id,
                    card_id: card,
                    topic_id: topic,
                    at,
                    rating,
                    elapsed_ms,
                    kind,
                });
            }
            Line::Topic {
                topic,
                read_at,
                bookmarked,
                scroll,
                note,
                updated_at,
            } => {
                check.topic("topic", &topic)?;
                if let Some(at) = read_at {
                    check.time("read_at", at)?;
                }
                check.time("updated_at", updated_at)?;
                if let Some(first) = topic_lines.insert(topic.clone(), check.line) {
                    bail!(check.at(&format!(
                        "topic {topic} appears twice in this file (first on line {first})"
                    )));
                }
                contents.topics.push((
                    topic,
                    TopicState {
                        read_at,
                        bookmarked,
                        scroll,
                        note,
                    },
                    updated_at,
                ));
            }
        }
    }
    bar.finish_and_clear();
    if !seen_header {
        bail!("{}: empty, or not a swelearn export", path.display());
    }
    Ok(contents)
}

/// Checks fields of the line being read.
struct Checker<'a> {
    path: &'a Path,
    line: usize,
    latest: i64,
}

impl Checker<'_> {
    fn at(&self, what: &str) -> String {
        format!("{}:{}: {what}", self.path.display(), self.line)
    }

    /// A Unix time from 2000 to a day after now.
    fn time(&self, field: &str, t: i64) -> Result<()> {
        if (EARLIEST..=self.latest).contains(&t) {
            return Ok(());
        }
        let shown = if t.unsigned_abs() < 1 << 40 {
            format!("{t}, {}", Date::from_unix(t))
        } else {
            t.to_string()
        };
        bail!(self.at(&format!(
            "{field} must be a Unix time from {} to {} (found {shown}); check the exporting machine's clock",
            Date::from_unix(EARLIEST),
            Date::from_unix(self.latest)
        )))
    }

    /// An id as swelearn writes them: 1 to 64 ASCII letters, digits, `-` or `_`.
    fn token(&self, field: &str, s: &str) -> Result<()> {
        if (1..=64).contains(&s.len())
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Ok(());
        }
        bail!(self.at(&format!(
            "{field} must be 1 to 64 letters, digits, `-` or `_` (found \"{}\")",
            swelearn_core::sanitize::clean(&s.chars().take(80).collect::<String>())
        )))
    }

    /// A topic id: lowercase letters, digits and single `-` between words.
    fn topic(&self, field: &str, s: &str) -> Result<()> {
        if s.len() <= 200 && swelearn_core::front_matter::is_valid_id(s) {
            return Ok(());
        }
        bail!(self.at(&format!(
            "{field} must be a topic id: lowercase letters, digits and single `-` (found \"{}\")",
            swelearn_core::sanitize::clean(&s.chars().take(80).collect::<String>())
        )))
    }
}
