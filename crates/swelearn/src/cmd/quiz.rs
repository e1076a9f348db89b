//! `swelearn quiz`: multiple-choice questions from the topics' `## Quiz` sections, with options
//! shuffled, each answer scored and explained. A wrong answer brings that topic's cards forward
//! in the review schedule. Answers are letters (`b`, or `a,c` for "choose all").

use std::collections::BTreeSet;
use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::study_items::QuizQuestion;

use crate::cli::QuizArgs;
use crate::load::{Loader, load_topic};
use crate::study::{open_store, quiz, sync_cards};

pub fn run(loader: &Loader, args: &QuizArgs) -> Result<ExitCode> {
    let catalog = super::catalog(loader);
    let topics = super::scope_topics(&catalog, &args.scope)?;
    let pool = quiz::pool(&catalog, topics.as_ref(), |doc| {
        load_topic(&doc.origin, &doc.display).ok()
    });
    if pool.is_empty() {
        eprintln!("no quiz questions in these topics");
        return Ok(ExitCode::from(1));
    }
    let mut rng = args
        .seed
        .map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed);
    let pool = quiz::draw(pool, &mut rng, usize::from(args.count));
    let mut store = open_store(loader)?;
    sync_cards(&mut store, &catalog, loader.fingerprint(), super::now())?;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = crate::out::prose();
    let (mut asked, mut right) = (0, 0);
    for (
        i,
        quiz::Asked {
            topic_id,
            title,
            question: q,
        },
    ) in pool.iter().enumerate()
    {
        writeln!(out, "\n[{}/{}] {title}", i + 1, pool.len())?;
        let Some(correct) = ask(q, &mut rng, &mut input, &mut out)? else {
            break;
        };
        asked += 1;
        let now = super::now();
        let moved = quiz::record(&store, topic_id, &q.question, correct, now)?;
        if correct {
            right += 1;
        } else if moved > 0 {
            writeln!(
                out,
                "  {moved} card(s) of \"{title}\" are now due for review."
            )?;
        }
    }
    if asked > 0 {
        writeln!(
            out,
            "\nScore: {right}/{asked} ({:.0}%)",
            f64::from(right) * 100.0 / f64::from(asked)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Asks one question with shuffled options; returns whether the answer was right, or `None`
/// when the user quit or the input ended.
fn ask(
    q: &QuizQuestion,
    rng: &mut fastrand::Rng,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<Option<bool>> {
    let mut order: Vec<usize> = (0..q.options.len()).collect();
    rng.shuffle(&mut order);
    let many = q.options.iter().filter(|o| o.correct).count() > 1;
    writeln!(
        out,
        "{}{}",
        q.question,
        if many { " (choose all that apply)" } else { "" }
    )?;
    for (k, &o) in order.iter().enumerate() {
        writeln!(out, "  {}) {}", letter(k), q.options[o].text)?;
    }
    let mut line = String::new();
    let chosen = loop {
        write!(out, "Your answer: ")?;
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            return Ok(None);
        }
        let text = line.trim().to_lowercase();
        if text == "q" {
            return Ok(None);
        }
        let picked: Option<BTreeSet<usize>> = text
            .split(|c: char| c == ',' || c.is_whitespace())
            .flat_map(str::chars)
            .map(|c| {
                (c as usize)
                    .checked_sub('a' as usize)
                    .filter(|&k| k < order.len())
            })
            .collect();
        match picked {
            Some(p) if !p.is_empty() => break p,
            _ => writeln!(
                out,
                "Answer with the letter(s) of your choice, e.g. b or a,c (q quits)."
            )?,
        }
    };
    let right_set: BTreeSet<usize> = order
        .iter()
        .enumerate()
        .filter(|(_, o)| q.options[**o].correct)
        .map(|(k, _)| k)
        .collect();
    if chosen == right_set {
        writeln!(out, "✓ Right. {}", q.explanation)?;
        return Ok(Some(true));
    }
    let answer: Vec<String> = right_set
        .iter()
        .map(|&k| format!("{}) {}", letter(k), q.options[order[k]].text))
        .collect();
    writeln!(out, "✗ Not quite: {}. {}", answer.join("; "), q.explanation)?;
    Ok(Some(false))
}

fn letter(k: usize) -> char {
    (b'a' + k as u8) as char
}
