//! `swelearn mock`: a timed mock interview in line mode (a coding mock: `mock/coding.rs`). A
//! system-design mock picks the design problem practised least recently and walks the standard phases with their time boxes and what
//! the interviewer expects, injecting the problem's follow-ups at random moments; every line you
//! type goes to a scratchpad file at once (so a crash loses nothing), and a session left
//! unfinished is recovered next time. At the end: a self-assessment against the problem's rubric,
//! your notes beside the reference design, and the session stored. `--history` lists them.

use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use swelearn_core::mock::{Kind, Phase, score};
use swelearn_core::{Category, SectionKind, Topic};
use swelearn_store::{MockSession, Store};

use crate::cli::MockArgs;
use crate::load::{Loader, load_topic};
use crate::study::mock::{self, list};
use crate::study::open_store;

mod coding;

pub fn run(loader: &Loader, args: &MockArgs) -> Result<ExitCode> {
    let mut store = open_store(loader)?;
    if args.history {
        crate::out::print(&history(&store)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let catalog = super::catalog(loader);
    let kind = Kind::parse(&args.kind).unwrap_or(Kind::SystemDesign);
    let minutes = args
        .minutes
        .unwrap_or_else(|| kind.default_minutes())
        .max(1);
    let seed = args.seed.unwrap_or_else(|| fastrand::u64(..));
    let pads = mock::pads(loader)?;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = crate::out::prose();
    if let Some(message) = mock::recover(&store, &pads)? {
        writeln!(out, "{message}")?;
    }
    if kind == Kind::Coding {
        let opts = coding::Options {
            minutes,
            seed,
            problem: args.topic.as_deref(),
            pads: &pads,
        };
        return coding::run(loader, &mut store, &opts, &mut input, &mut out);
    }
    let candidates: Vec<String> = match &args.topic {
        Some(t) => super::scope_topics(
            &catalog,
            &crate::cli::StudyScope {
                topic: Some(t.clone()),
                tag: None,
            },
        )?
        .into_iter()
        .flatten()
        .collect(),
        None => mock::candidates(&catalog, kind),
    };
    let setup = mock::Setup {
        kind,
        minutes,
        seed,
        candidates: &candidates,
    };
    let Some(started) = mock::start(&store, &catalog, &setup, super::now(), |doc| {
        load_topic(&doc.origin, &doc.display)
            .map_err(|_| anyhow::anyhow!("cannot read {}", doc.display))
    })?
    else {
        anyhow::bail!("no {} topics to practise", mock::category(kind))
    };
    let mock::Started {
        mut session,
        topic,
        phases,
        follow_ups,
    } = started;
    let pad_path = mock::pad(&pads, &session.id);
    let mut pad = Scratchpad::create(&pad_path)?;
    let checks = match kind {
        Kind::Behavioral => behavioral(
            &catalog,
            &topic,
            minutes,
            seed,
            &mut input,
            &mut out,
            &mut pad,
            &mut session,
        )?,
        _ => timed(
            kind,
            &topic,
            minutes,
            (phases, follow_ups),
            seed,
            &mut input,
            &mut out,
            &mut pad,
            &mut session,
        )?,
    };
    session.ended_at = Some(super::now());
    let assessed = assess(&checks, &mut input, &mut out)?;
    session.score = assessed.map(|(checked, total)| i64::from(score(checked, total)));
    session.abandoned = assessed.is_none();
    session.notes = std::fs::read_to_string(&pad_path).unwrap_or_default();
    store.save_mock(&session)?;
    match assessed {
        Some((checked, total)) => writeln!(
            out,
            "\nScore: {checked}/{total} ({}%).",
            session.score.unwrap_or(0)
        )?,
        None => writeln!(
            out,
            "\nInput ended before the assessment: the session is kept as abandoned, with its notes and no score."
        )?,
    }
    if kind == Kind::SystemDesign {
        writeln!(out, "\nYour notes:\n{}", indent(&session.notes))?;
        if let Some(s) = topic.section(SectionKind::ArchitectureDiagram) {
            writeln!(
                out,
                "Reference design ({}):\n{}",
                topic.title,
                indent(&s.body)
            )?;
        }
        let dives: Vec<&str> = topic
            .section(SectionKind::DeepDives)
            .map(|s| {
                s.body
                    .lines()
                    .filter_map(|l| l.strip_prefix("### "))
                    .collect()
            })
            .unwrap_or_default();
        if !dives.is_empty() {
            writeln!(
                out,
                "Deep dives the reference covers: {}.",
                dives.join("; ")
            )?;
        }
    }
    writeln!(
        out,
        "Saved. `swelearn mock --history` shows your sessions; `swelearn show {}` the full reference.",
        topic.id
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Every line typed goes straight to disk, so a crash loses at most the line being typed.
struct Scratchpad(std::fs::File);

impl Scratchpad {
    /// Opens (creating it readable by the user only) the session's scratchpad.
    fn create(path: &std::path::Path) -> Result<Scratchpad> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        Ok(Scratchpad(options.open(path).with_context(|| {
            format!("cannot create {}", path.display())
        })?))
    }

    fn write(&mut self, line: &str) -> Result<()> {
        writeln!(self.0, "{line}")?;
        self.0.sync_data()?;
        Ok(())
    }
}

/// A phased mock (system design, coding), with its phases and the follow-ups to come: returns
/// the rubric to check.
#[allow(clippy::too_many_arguments)]
fn timed(
    kind: Kind,
    topic: &Topic,
    minutes: u32,
    (steps, mut pending): (Vec<Phase>, Vec<(f64, String)>),
    seed: u64,
    input: &mut impl BufRead,
    out: &mut impl Write,
    pad: &mut Scratchpad,
    session: &mut MockSession,
) -> Result<Vec<String>> {
    let question = match kind {
        Kind::Coding => {
            let problems = list(topic, SectionKind::Practice);
            let pick = problems
                .get(fastrand::Rng::with_seed(seed).usize(..problems.len().max(1)))
                .cloned()
                .unwrap_or_default();
            format!("{} pattern: {}", topic.title, pick.replace("**", ""))
        }
        _ => topic.title.clone(),
    };
    writeln!(
        out,
        "Mock interview ({}, {minutes} minutes): {question}",
        kind.name()
    )?;
    writeln!(
        out,
        "Type your answer as notes (each line is saved at once). `:next` moves on, `:time` shows the clock, `:end` finishes."
    )?;
    pad.write(&format!("# {question}"))?;
    let start = Instant::now();
    let mut line = String::new();
    let mut timings = Vec::new();
    'phases: for (i, phase) in steps.iter().enumerate() {
        writeln!(
            out,
            "\n== {} of {}: {} ({:.0} min) ==",
            i + 1,
            steps.len(),
            phase.name,
            phase.minutes
        )?;
        for p in phase.prompts {
            writeln!(out, "  - {p}")?;
        }
        pad.write(&format!("\n## {}", phase.name))?;
        let phase_start = Instant::now();
        loop {
            let elapsed = start.elapsed().as_secs_f64() / 60.0;
            while pending.first().is_some_and(|(at, _)| *at <= elapsed)
                || (phase.name == "Deep dives"
                    && !pending.is_empty()
                    && phase_start.elapsed().as_secs() == 0)
            {
                let (_, f) = pending.remove(0);
                writeln!(out, "  Interviewer: {f}")?;
                pad.write(&format!("> Follow-up: {f}"))?;
            }
            out.flush()?;
            line.clear();
            if input.read_line(&mut line)? == 0 {
                timings.push(format!(
                    "{}={}",
                    phase.name,
                    phase_start.elapsed().as_secs()
                ));
                break 'phases;
            }
            match line.trim() {
                ":next" | ":n" => break,
                ":end" => {
                    timings.push(format!(
                        "{}={}",
                        phase.name,
                        phase_start.elapsed().as_secs()
                    ));
                    break 'phases;
                }
                ":time" => {
                    let used = phase_start.elapsed().as_secs_f64() / 60.0;
                    writeln!(
                        out,
                        "  {:.1} of {:.0} min used in this phase; {:.1} of {minutes} overall.",
                        used,
                        phase.minutes,
                        start.elapsed().as_secs_f64() / 60.0
                    )?;
                }
                text => pad.write(text)?,
            }
        }
        let spent = phase_start.elapsed().as_secs_f64() / 60.0;
        if spent > phase.minutes {
            writeln!(
                out,
                "  (over the time box by {:.1} min)",
                spent - phase.minutes
            )?;
        }
        timings.push(format!(
            "{}={}",
            phase.name,
            phase_start.elapsed().as_secs()
        ));
    }
    session.timings = timings.join("\n");
    Ok(match kind {
        Kind::Coding => CODING_RUBRIC.iter().map(|s| (*s).to_owned()).collect(),
        _ => list(topic, SectionKind::Rubric),
    })
}

const CODING_RUBRIC: &[&str] = &[
    "Clarified input sizes, ranges and edge cases before coding",
    "Stated a brute force and its complexity",
    "Named the pattern and the invariant that makes it correct",
    "Agreed the time and space complexity before coding",
    "Wrote code that handles the edge cases listed",
    "Tested by tracing an example and the edge cases",
];

const STAR_CHECKS: &[&str] = &[
    "a clear situation and your task",
    "actions that were yours (I, not we)",
    "a result with a number or an outcome",
    "what you learned or would do differently",
];

/// A behavioral mock: questions across signal areas, each timed (two to three minutes).
#[allow(clippy::too_many_arguments)]
fn behavioral(
    catalog: &swelearn_core::catalog::Catalog,
    first: &Topic,
    minutes: u32,
    seed: u64,
    input: &mut impl BufRead,
    out: &mut impl Write,
    pad: &mut Scratchpad,
    session: &mut MockSession,
) -> Result<Vec<String>> {
    let count = (minutes / 7).clamp(1, 8) as usize;
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut pool: Vec<(String, String)> = Vec::new();
    for d in catalog
        .docs
        .iter()
        .filter(|d| d.category == Category::Behavioral && d.id != first.id)
    {
        if let Ok(t) = load_topic(&d.origin, &d.display) {
            let qs = list(&t, SectionKind::Practice);
            if !qs.is_empty() {
                pool.push((t.title.clone(), qs[rng.usize(..qs.len())].clone()));
            }
        }
    }
    rng.shuffle(&mut pool);
    let firsts = list(first, SectionKind::Practice);
    if let Some(q) = firsts.get(rng.usize(..firsts.len().max(1))) {
        pool.insert(0, (first.title.clone(), q.clone()));
    }
    pool.truncate(count);
    writeln!(
        out,
        "Behavioral mock: {} question(s). Answer each aloud in two to three minutes, then press Enter (a line you type first is kept as notes).",
        pool.len()
    )?;
    let mut timings = Vec::new();
    let mut checks = Vec::new();
    let mut line = String::new();
    for (i, (area, q)) in pool.iter().enumerate() {
        writeln!(
            out,
            "\n[{}/{}] ({area}) {}",
            i + 1,
            pool.len(),
            q.replace("**", "")
        )?;
        out.flush()?;
        let t = Instant::now();
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        let secs = t.elapsed().as_secs();
        pad.write(&format!("## {q}\n{}", line.trim()))?;
        let verdict = match secs {
            0..90 => "short: aim for two to three minutes",
            90..=180 => "well timed",
            _ => "long: trim to three minutes",
        };
        writeln!(out, "  {}m{:02}s: {verdict}.", secs / 60, secs % 60)?;
        timings.push(format!("question {}={secs}", i + 1));
        checks.extend(STAR_CHECKS.iter().map(|c| format!("Answer {}: {c}", i + 1)));
    }
    session.timings = timings.join("\n");
    session.problem.clone_from(&first.id);
    Ok(checks)
}

/// Asks y/n for each rubric point; returns (covered, total), or `None` when the input ended
/// before any point was answered (the session is then abandoned, not scored).
fn assess(
    checks: &[String],
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<Option<(usize, usize)>> {
    if checks.is_empty() {
        return Ok(Some((0, 0)));
    }
    writeln!(
        out,
        "\nSelf-assessment: did your answer cover each point? (y/n)"
    )?;
    let mut yes = 0;
    let mut line = String::new();
    for (i, c) in checks.iter().enumerate() {
        write!(out, "  {} [y/n] ", c.replace("**", ""))?;
        out.flush()?;
        line.clear();
        if input.read_line(&mut line)? == 0 {
            writeln!(out)?;
            // Points left unanswered count as not covered, once any was answered.
            return Ok((i > 0).then_some((yes, checks.len())));
        }
        yes += usize::from(matches!(line.trim().to_lowercase().as_str(), "y" | "yes"));
    }
    Ok(Some((yes, checks.len())))
}

fn indent(text: &str) -> String {
    text.lines().fold(String::new(), |mut out, l| {
        out.push_str("  ");
        out.push_str(l);
        out.push('\n');
        out
    })
}

/// Past sessions and the trend of scores.
fn history(store: &Store) -> Result<String> {
    let sessions = store.mocks()?;
    if sessions.is_empty() {
        return Ok("No mock interviews yet: `swelearn mock` starts one.\n".to_owned());
    }
    let mut out = String::new();
    for s in &sessions {
        let date = swelearn_core::date::Date::from_unix(s.started_at);
        let score = match s.score {
            _ if s.abandoned => "abandoned".to_owned(),
            Some(x) => format!("{x}%"),
            None => "unscored".to_owned(),
        };
        // The time actually spent, beside the time planned.
        let spent = s.ended_at.map_or_else(
            || "  ?".to_owned(),
            |end| format!("{:>3}", (end - s.started_at).max(0) / 60),
        );
        let _ = writeln!(
            out,
            "{date}  {:<13} {:<32} {spent} of {:>3} min  {score}",
            s.kind, s.problem, s.minutes
        );
    }
    // Abandoned and unscored sessions say nothing about how well you do.
    let scores: Vec<i64> = sessions
        .iter()
        .filter(|s| !s.abandoned)
        .filter_map(|s| s.score)
        .collect();
    if scores.len() >= 2 {
        let half = scores.len() / 2;
        let mean = |v: &[i64]| v.iter().sum::<i64>() as f64 / v.len().max(1) as f64;
        let (before, after) = (mean(&scores[..half]), mean(&scores[half..]));
        let counts: Vec<usize> = scores.iter().map(|&s| s.max(0) as usize).collect();
        let _ = writeln!(
            out,
            "Trend: {} (earlier half {before:.0}%, later half {after:.0}%: {})",
            swelearn_core::text::sparkline_counts(&counts),
            if after > before {
                "improving"
            } else if after < before {
                "slipping"
            } else {
                "steady"
            }
        );
    }
    Ok(out)
}
