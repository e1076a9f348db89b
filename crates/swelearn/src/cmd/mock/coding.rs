//! `swelearn mock --kind coding`: a coding interview in line mode. It picks the problem practised
//! least recently (or `--topic`), writes the starter file, stores the session before the clock
//! runs, and walks the phases; `:run` judges the examples at any moment, `:end` (or the end of
//! input) submits. The submission is recorded as an attempt, and the score weighs the tests it
//! passed as much as the self-assessment against the rubric.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use swelearn_core::mock::{Kind, phases};
use swelearn_judge::Mode;
use swelearn_store::{MockSession, Store};

use super::{Scratchpad, assess, indent};
use crate::code::{Practice, judging, mock, progress};
use crate::load::Loader;
use crate::study::{Settings, new_id};

/// The mock's options.
pub struct Options<'a> {
    pub minutes: u32,
    pub seed: u64,
    pub problem: Option<&'a str>,
    pub pads: &'a Path,
}

pub fn run(
    loader: &Loader,
    store: &mut Store,
    opts: &Options,
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<ExitCode> {
    let practice = Practice::load(loader)?;
    let entry = match opts.problem {
        Some(p) => practice.catalog.find(p)?,
        None => match mock::pick(&practice.catalog, store, opts.seed)? {
            Some(e) => e,
            None => anyhow::bail!("no coding problems to practise"),
        },
    };
    let lang = practice.default_lang;
    let started = practice.workspace.start(entry, lang, false)?;
    let source = started.path().to_path_buf();
    let now = crate::clock::now();
    progress::begin(store, &entry.problem.id, lang, now)?;
    let mut session = MockSession {
        id: new_id(),
        kind: Kind::Coding.name().to_owned(),
        problem: entry.problem.id.clone(),
        started_at: now,
        minutes: i64::from(opts.minutes),
        ended_at: None,
        timings: String::new(),
        notes: String::new(),
        score: None,
        abandoned: false,
    };
    store.save_mock(&session)?;
    let pad_path = crate::study::mock::pad(opts.pads, &session.id);
    let mut pad = Scratchpad::create(&pad_path)?;
    let p = &entry.problem;
    writeln!(
        out,
        "Mock interview (coding, {} minutes): {} ({}, {})\n\n{}\n",
        opts.minutes,
        p.title,
        p.difficulty,
        lang.title(),
        p.statement_markdown().trim_end()
    )?;
    writeln!(
        out,
        "Write your solution in {}\nType notes as you think aloud (each line is saved at once). `:run` runs the examples, `:time` shows the clock, `:next` moves on, `:end` submits.",
        source.display()
    )?;
    pad.write(&format!("# {}", p.title))?;
    let judge = practice.judge()?;
    let start = Instant::now();
    let steps = phases(Kind::Coding, opts.minutes);
    let mut timings = Vec::new();
    let mut line = String::new();
    'phases: for (i, phase) in steps.iter().enumerate() {
        writeln!(
            out,
            "\n== {} of {}: {} ({:.0} min) ==",
            i + 1,
            steps.len(),
            phase.name,
            phase.minutes
        )?;
        for prompt in phase.prompts {
            writeln!(out, "  - {prompt}")?;
        }
        pad.write(&format!("\n## {}", phase.name))?;
        let phase_start = Instant::now();
        loop {
            out.flush()?;
            line.clear();
            let ended = input.read_line(&mut line)? == 0;
            let command = line.trim();
            if ended || command == ":end" {
                timings.push(format!(
                    "{}={}",
                    phase.name,
                    phase_start.elapsed().as_secs()
                ));
                break 'phases;
            }
            match command {
                ":next" | ":n" => break,
                ":time" => writeln!(
                    out,
                    "  {:.1} of {:.0} min used in this phase; {:.1} of {} overall.",
                    phase_start.elapsed().as_secs_f64() / 60.0,
                    phase.minutes,
                    start.elapsed().as_secs_f64() / 60.0,
                    opts.minutes
                )?,
                ":run" => {
                    let text =
                        match judging::run(&judge, entry, lang, &source, Mode::Test, &mut |_| {}) {
                            Ok(r) => {
                                let mut t = crate::cmd::code::report::table(&r, &p.title);
                                t.push_str(&crate::cmd::code::report::details(&r));
                                t
                            }
                            Err(e) => format!("{e:#}\n"),
                        };
                    write!(out, "{}", indent(&text))?;
                }
                text => pad.write(text)?,
            }
        }
        timings.push(format!(
            "{}={}",
            phase.name,
            phase_start.elapsed().as_secs()
        ));
    }
    writeln!(out, "\nTime. Submitting {}...", source.display())?;
    let (passed, total) =
        match judging::run(&judge, entry, lang, &source, Mode::Submit, &mut |_| {}) {
            Ok(report) => {
                let mut t = crate::cmd::code::report::table(&report, &p.title);
                t.push_str(&crate::cmd::code::report::details(&report));
                write!(out, "{}", indent(&t))?;
                let scheduler = Settings::load(store)?.scheduler()?;
                progress::record_submission(store, &scheduler, &report, crate::clock::now())?;
                crate::cmd::code::report::counts(&report)
            }
            Err(e) => {
                writeln!(out, "  {e:#}")?;
                (0, 0)
            }
        };
    let rubric: Vec<String> = mock::RUBRIC.iter().map(|s| (*s).to_owned()).collect();
    let assessed = assess(&rubric, input, out)?;
    session.timings = timings.join("\n");
    session.notes = std::fs::read_to_string(&pad_path).unwrap_or_default();
    session.ended_at = Some(crate::clock::now());
    session.abandoned = assessed.is_none();
    let Some((checked, asked)) = assessed else {
        store.save_mock(&session)?;
        writeln!(
            out,
            "\nInput ended before the assessment: the session is kept as abandoned, with its notes and no score; the submission is recorded."
        )?;
        return Ok(ExitCode::SUCCESS);
    };
    let score = mock::score(passed, total, checked, asked);
    session.score = Some(i64::from(score));
    store.save_mock(&session)?;
    writeln!(
        out,
        "\nScore: {score}% (tests {passed}/{total}, rubric {checked}/{asked}).\nSaved. `swelearn mock --history` shows your sessions; `swelearn code solution {}` the reference.",
        p.id
    )?;
    Ok(ExitCode::SUCCESS)
}
