//! `swelearn export` and `swelearn import`: the user's history as versioned JSON Lines (reviews,
//! read marks, bookmarks, notes), merged by id on import so importing twice changes nothing and
//! two machines' exports combine; and `export --anki`, the cards as an Anki import file. Exports
//! are written whole or not at all (`files::AtomicFile`), readable by the user only, and read
//! the database read-only, so they work from a read-only data folder.

mod read;

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use serde::{Deserialize, Serialize};
use swelearn_core::cards::{CardKind, cards};
use swelearn_core::schedule::{PastReview, Rating};
use swelearn_core::study_items::Flashcard;

use crate::cli::ExportArgs;
use crate::files::{AtomicFile, write_error};
use crate::load::{Loader, load_topic};
use crate::study::{Settings, open_store, open_store_for_reading};

/// The export format's version; files from a newer version are refused.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
enum Line {
    Header {
        format: String,
        version: u32,
        exported_at: i64,
    },
    Review {
        id: String,
        card: String,
        topic: String,
        at: i64,
        rating: u8,
        elapsed_ms: i64,
        kind: u8,
    },
    Topic {
        topic: String,
        read_at: Option<i64>,
        bookmarked: bool,
        scroll: u32,
        note: String,
        updated_at: i64,
    },
}

fn progress(len: u64, what: &'static str) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() || len < 2_000 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} {bar:40} {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(what);
    bar
}

pub fn export(loader: &Loader, args: &ExportArgs) -> Result<ExitCode> {
    if args.anki {
        return export_anki(loader, &args.file);
    }
    let store = open_store_for_reading(loader)?;
    let path = &args.file;
    let mut out = AtomicFile::create(path).map_err(|e| write_error(path, &e))?;
    let header = Line::Header {
        format: "swelearn-export".into(),
        version: FORMAT_VERSION,
        exported_at: super::now(),
    };
    writeln!(out, "{}", serde_json::to_string(&header)?).map_err(|e| write_error(path, &e))?;
    let (total, _) = store.totals()?;
    let bar = progress(total, "exporting reviews");
    let mut count = 0u64;
    let mut failed = None;
    store.for_each_review(|r| {
        let line = Line::Review {
            id: r.id,
            card: r.card_id,
            topic: r.topic_id,
            at: r.at,
            rating: r.rating,
            elapsed_ms: r.elapsed_ms,
            kind: r.kind as u8,
        };
        if failed.is_none()
            && let Err(e) = serde_json::to_string(&line)
                .map_err(std::io::Error::from)
                .and_then(|l| writeln!(out, "{l}"))
        {
            failed = Some(e);
        }
        count += 1;
        bar.inc(1);
    })?;
    bar.finish_and_clear();
    if let Some(e) = failed {
        return Err(write_error(path, &e));
    }
    let states = store.topic_states_dated()?;
    for (topic, s, updated_at) in &states {
        let line = Line::Topic {
            topic: topic.clone(),
            read_at: s.read_at,
            bookmarked: s.bookmarked,
            scroll: s.scroll,
            note: s.note.clone(),
            updated_at: *updated_at,
        };
        writeln!(out, "{}", serde_json::to_string(&line)?).map_err(|e| write_error(path, &e))?;
    }
    out.commit().map_err(|e| write_error(path, &e))?;
    eprintln!(
        "exported {count} review(s) and {} topic state(s) to {}",
        states.len(),
        args.file.display()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn import(loader: &Loader, path: &Path) -> Result<ExitCode> {
    let read::Contents { reviews, topics } = read::read_export(path, super::now())?;
    let mut store = open_store(loader)?;
    let touched = store.import_reviews(&reviews)?;
    let mut merged = 0;
    for (topic, state, at) in &topics {
        merged += usize::from(store.merge_topic_state(topic, state, *at)?);
    }
    // Rebuild the schedule of every card that gained reviews by replaying its whole log.
    let settings = Settings::load(&store)?;
    let scheduler = settings.scheduler()?;
    let bar = progress(touched.len() as u64, "rescheduling");
    let mut states = Vec::with_capacity(touched.len());
    for card in &touched {
        let log: Vec<PastReview> = store
            .reviews_of(card)?
            .iter()
            .filter_map(|r| {
                Some(PastReview {
                    at: r.at,
                    rating: Rating::from_u8(r.rating)?,
                })
            })
            .collect();
        states.push((card.clone(), scheduler.replay(card, &log)?));
        bar.inc(1);
    }
    store.set_states(&states)?;
    bar.finish_and_clear();
    eprintln!(
        "imported {} file review(s): {} card(s) gained history and were rescheduled; {merged} topic state(s) updated",
        reviews.len(),
        touched.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes every card as Anki's tab-separated import format: Basic notes (Front, Back) and Cloze
/// notes (Text with `{{c1::...}}`, Back Extra), in decks by category and topic.
fn export_anki(loader: &Loader, path: &Path) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let mut out = String::from(
        "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n",
    );
    let mut notes = 0;
    for doc in &catalog.docs {
        let Ok(topic) = load_topic(&doc.origin, &doc.display) else {
            continue;
        };
        let deck = format!(
            "swelearn::{}::{}",
            doc.category,
            html(&doc.title.replace("::", ":"))
        );
        let tags = std::iter::once(format!("swelearn::{}", doc.id))
            .chain(doc.tags.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        for fc in &topic.flashcards {
            let row = match fc {
                Flashcard::Basic {
                    question, answer, ..
                } => [
                    "Basic".to_owned(),
                    deck.clone(),
                    html(question),
                    html(answer),
                    tags.clone(),
                ],
                Flashcard::Cloze { text, .. } => [
                    "Cloze".to_owned(),
                    deck.clone(),
                    html(&anki_cloze(text)),
                    html(&doc.title),
                    tags.clone(),
                ],
            };
            out.push_str(&row.join("\t"));
            out.push('\n');
            notes += 1;
        }
        let mut by_id: HashSet<String> = HashSet::new();
        for card in cards(&topic)
            .into_iter()
            .filter(|c| c.kind == CardKind::KeyPoint)
        {
            if by_id.insert(card.id.clone()) {
                out.push_str(
                    &[
                        "Basic".to_owned(),
                        deck.clone(),
                        html(&card.prompt),
                        html(&card.answer),
                        tags.clone(),
                    ]
                    .join("\t"),
                );
                out.push('\n');
                notes += 1;
            }
        }
    }
    crate::files::write_atomic(path, out.as_bytes()).map_err(|e| write_error(path, &e))?;
    eprintln!(
        "wrote {notes} Anki note(s) to {} (in Anki: File > Import)",
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// `{{a}} and {{b}}` as Anki's `{{c1::a}} and {{c2::b}}`.
fn anki_cloze(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    let mut n = 0;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}") else {
            break;
        };
        n += 1;
        out.push_str(&rest[..open]);
        let _ = write!(out, "{{{{c{n}::{}}}}}", &rest[open + 2..open + close]);
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    out
}

/// Markdown text as the small HTML Anki shows: escaped, `**bold**` and `` `code` `` kept, no tabs
/// or newlines (they separate fields and notes), and no control characters (the file may well be
/// printed to a terminal).
fn html(md: &str) -> String {
    let escaped = swelearn_core::sanitize::clean(md)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\t', " ")
        .replace('\n', "<br>");
    let mut out = String::new();
    for (i, part) in escaped.split("**").enumerate() {
        if i > 0 {
            out.push_str(if i % 2 == 1 { "<b>" } else { "</b>" });
        }
        out.push_str(part);
    }
    if escaped.matches("**").count() % 2 == 1 {
        out.push_str("</b>");
    }
    let mut code = String::new();
    for (i, part) in out.split('`').enumerate() {
        if i > 0 {
            code.push_str(if i % 2 == 1 { "<code>" } else { "</code>" });
        }
        code.push_str(part);
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloze_and_html_follow_ankis_syntax() {
        assert_eq!(anki_cloze("{{R}} + {{W}} > N"), "{{c1::R}} + {{c2::W}} > N");
        assert_eq!(
            html("a **b** <c> `d`\te\nf"),
            "a <b>b</b> &lt;c&gt; <code>d</code> e<br>f"
        );
        assert_eq!(
            html("x\u{1b}]0;t\u{7}\r\u{9b}2J &#27;"),
            "x?]0;t???2J &amp;#27;"
        );
    }
}
