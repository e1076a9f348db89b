//! `swelearn review`: a review session in plain line mode, for a terminal, ssh, a dumb terminal
//! or a script. Each card shows its prompt; an empty line reveals the answer and the interval
//! each rating would give; `1`-`4` rates it (written to disk before the line that confirms it),
//! `u` undoes the last answer, `q` or the end of input ends the session with a summary.

use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use swelearn_core::doc::{Options, layout};
use swelearn_core::schedule::Rating;

use crate::cli::ReviewArgs;
use crate::load::Loader;
use crate::study::{Scope, Session, human_interval, open_store, sync_cards};
use swelearn_store::Store;

pub fn run(loader: &Loader, args: &ReviewArgs) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let topics = super::scope_topics(&catalog, &args.scope)?;
    let mut store = open_store(loader)?;
    let now = super::now();
    sync_cards(&mut store, &catalog, loader.fingerprint(), now)?;
    let scope = Scope {
        explicit: topics.is_some() && args.scope.topic.is_some(),
        topics,
        // 0 means no limit, as `search --limit 0` shows every result.
        limit: args.limit.filter(|&n| n > 0),
    };
    let mut session = Session::start(&mut store, &catalog, &scope, now)?;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = crate::out::prose();
    if session.queue.is_empty() {
        writeln!(
            out,
            "Nothing to review now: no cards are due and today's new cards are done."
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let width = crate::out::width().min(100);
    let started = Instant::now();
    let total = session.queue.len();
    while let Step::Next = ask(&mut session, &mut store, &mut input, &mut out, width, total)? {}
    let t = session.tally();
    let secs = started.elapsed().as_secs();
    writeln!(
        out,
        "\nSession over: {} answered in {}m{:02}s (Again {}, Hard {}, Good {}, Easy {}); {} left in the queue.",
        session.done.len(),
        secs / 60,
        secs % 60,
        t[0],
        t[1],
        t[2],
        t[3],
        session.queue.len()
    )?;
    Ok(ExitCode::SUCCESS)
}

/// What to do after a card.
enum Step {
    Next,
    End,
}

/// Shows the card at the front and handles input until it is answered or undone, or the session
/// ends.
fn ask(
    session: &mut Session,
    store: &mut Store,
    input: &mut impl BufRead,
    out: &mut impl Write,
    width: usize,
    total: usize,
) -> Result<Step> {
    let Some(item) = session.queue.front().cloned() else {
        return Ok(Step::End);
    };
    let shown = Instant::now();
    let status = if item.state.is_none() {
        "new card"
    } else {
        "review"
    };
    let position = session.done.len() + 1;
    writeln!(
        out,
        "\n[{position}/{}] {} · {status}",
        total.max(session.done.len() + session.queue.len()),
        item.topic_title
    )?;
    print_md(out, "Q: ", &item.card.prompt, width)?;
    writeln!(
        out,
        "(Enter shows the answer; 1-4 rates; u undoes; q quits)"
    )?;
    let mut revealed = false;
    let mut line = String::new();
    loop {
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(Step::End);
        }
        match line.trim() {
            "" if !revealed => {
                revealed = true;
                print_md(out, "A: ", &item.card.answer, width)?;
                if let Some(outcomes) = session.preview(super::now())? {
                    let buttons: Vec<String> = outcomes
                        .iter()
                        .map(|o| {
                            format!(
                                "{} {} ({})",
                                o.rating as u8,
                                o.rating.name(),
                                human_interval(o.interval)
                            )
                        })
                        .collect();
                    writeln!(out, "{}", buttons.join(" · "))?;
                }
            }
            "" => writeln!(
                out,
                "Rate it: 1 Again, 2 Hard, 3 Good, 4 Easy (u undo, q quit)"
            )?,
            "q" | "quit" => return Ok(Step::End),
            "u" | "undo" => {
                let undone = session.undo(store)?.is_some();
                writeln!(
                    out,
                    "{}",
                    if undone {
                        "↶ Undone: the last answer was removed."
                    } else {
                        "Nothing to undo."
                    }
                )?;
                return Ok(Step::Next);
            }
            answer => {
                let Some(rating) = answer.parse::<u8>().ok().and_then(Rating::from_u8) else {
                    writeln!(
                        out,
                        "Type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy); Enter shows the answer; u undoes; q quits."
                    )?;
                    continue;
                };
                let elapsed = shown.elapsed().as_millis() as i64;
                let answered = session.answer(store, rating, elapsed, super::now())?;
                // Only now, with the answer on disk, is it acknowledged.
                writeln!(
                    out,
                    "✓ {}: next in {} (saved)",
                    rating.name(),
                    human_interval(answered.outcome.interval)
                )?;
                out.flush()?;
                return Ok(Step::Next);
            }
        }
    }
}

/// Prints Markdown as plain wrapped text after a label.
fn print_md(out: &mut impl Write, label: &str, md: &str, width: usize) -> std::io::Result<()> {
    let lines = layout(
        md,
        Options::new(width.saturating_sub(label.len()).max(20), false),
    );
    for (i, l) in lines.iter().enumerate() {
        let lead = if i == 0 {
            label.to_owned()
        } else {
            " ".repeat(label.len())
        };
        writeln!(out, "{lead}{}", l.text())?;
    }
    Ok(())
}
