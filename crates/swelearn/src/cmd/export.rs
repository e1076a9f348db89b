//! `swelearn export` and `swelearn import`: the user's history as versioned JSON Lines (reviews,
//! read marks, bookmarks, notes), merged by id on import so importing twice changes nothing and
//! two machines' exports combine; and `export --anki`, the cards as an Anki import file.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{BufRead, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use swelearn_core::cards::{CardKind, cards};
use swelearn_core::schedule::{PastReview, Rating, Scheduler};
use swelearn_core::study_items::Flashcard;
use swelearn_store::{Review, ReviewKind, TopicState};

use crate::cli::ExportArgs;
use crate::load::{Loader, load_topic};
use crate::study::{Settings, open_store};

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
    let store = open_store(loader)?;
    let file = std::fs::File::create(&args.file)
        .with_context(|| format!("cannot write {}", args.file.display()))?;
    let mut out = BufWriter::new(file);
    let header = Line::Header {
        format: "swelearn-export".into(),
        version: FORMAT_VERSION,
        exported_at: super::now(),
    };
    writeln!(out, "{}", serde_json::to_string(&header)?)?;
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
        if let Err(e) = serde_json::to_string(&line)
            .map_err(anyhow::Error::from)
            .and_then(|l| writeln!(out, "{l}").map_err(Into::into))
        {
            failed.get_or_insert(e);
        }
        count += 1;
        bar.inc(1);
    })?;
    bar.finish_and_clear();
    if let Some(e) = failed {
        return Err(e.context(format!("cannot write {}", args.file.display())));
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
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    out.flush()?;
    out.get_ref().sync_all()?;
    eprintln!(
        "exported {count} review(s) and {} topic state(s) to {}",
        states.len(),
        args.file.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Topic states read from an export: id, state, time of the change.
type DatedStates = Vec<(String, TopicState, i64)>;

/// Reads and checks an export file.
fn read_export(path: &Path) -> Result<(Vec<Review>, DatedStates)> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let size = file.metadata().map_or(0, |m| m.len());
    let reader = std::io::BufReader::new(file);
    let mut reviews = Vec::new();
    let mut topics = Vec::new();
    let mut seen_header = false;
    let bar = progress(size / 120, "reading");
    for (i, line) in reader.lines().enumerate() {
        let line =
            line.with_context(|| format!("{}:{}: cannot read this line", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not a swelearn export line", path.display(), i + 1))?;
        bar.inc(1);
        match parsed {
            Line::Header {
                format, version, ..
            } => {
                if format != "swelearn-export" {
                    bail!(
                        "{}:{}: not a swelearn export (format \"{format}\")",
                        path.display(),
                        i + 1
                    );
                }
                if version > FORMAT_VERSION {
                    bail!(
                        "{}: written by a newer swelearn (export version {version}; this one reads up to {FORMAT_VERSION}); nothing was imported: upgrade swelearn",
                        path.display()
                    );
                }
                seen_header = true;
            }
            _ if !seen_header => bail!(
                "{}:1: not a swelearn export: the first line must be its header",
                path.display()
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
                if !(1..=4).contains(&rating) {
                    bail!(
                        "{}:{}: rating must be 1 to 4 (found {rating})",
                        path.display(),
                        i + 1
                    );
                }
                let kind = match kind {
                    0 => ReviewKind::New,
                    1 => ReviewKind::SameDay,
                    _ => ReviewKind::Review,
                };
                reviews.push(Review {
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
            } => topics.push((
                topic,
                TopicState {
                    read_at,
                    bookmarked,
                    scroll,
                    note,
                },
                updated_at,
            )),
        }
    }
    bar.finish_and_clear();
    if !seen_header {
        bail!("{}: empty, or not a swelearn export", path.display());
    }
    Ok((reviews, topics))
}

pub fn import(loader: &Loader, path: &Path) -> Result<ExitCode> {
    let (reviews, topics) = read_export(path)?;
    let mut store = open_store(loader)?;
    let touched = store.import_reviews(&reviews)?;
    let mut merged = 0;
    for (topic, state, at) in &topics {
        merged += usize::from(store.merge_topic_state(topic, state, *at)?);
    }
    // Rebuild the schedule of every card that gained reviews by replaying its whole log.
    let settings = Settings::load(&store)?;
    let scheduler = Scheduler::new(&settings.parameters, settings.desired_retention)
        .map_err(anyhow::Error::msg)?;
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
        states.push((card.clone(), scheduler.replay(card, &log)));
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
    std::fs::write(path, out).with_context(|| format!("cannot write {}", path.display()))?;
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
