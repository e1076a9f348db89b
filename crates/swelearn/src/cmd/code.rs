//! `swelearn code`: coding practice on the command line. The list (no subcommand), `show`,
//! `start`, `test`, `submit`, `watch`, `hint`, `solution` and `doctor`, each worded here on top of
//! the shared service (`crate::code`). The problem may be left out inside its workspace folder;
//! leaving it out elsewhere, or naming an unknown language, is a usage error (exit 2).

mod doctor;
mod hint;
mod judge;
mod list;
pub(super) mod report;
mod start;

use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::problem::Lang;
use swelearn_core::sanitize::clean;

use crate::cli::code::{CodeArgs, CodeCommand, Target};
use crate::code::{Entry, Practice};
use crate::load::Loader;

pub fn run(loader: &Loader, args: &CodeArgs) -> Result<ExitCode> {
    let practice = Practice::load(loader)?;
    report_broken(&practice);
    match &args.action {
        None => list::run(loader, &practice, &args.list),
        Some(CodeCommand::List(a)) => list::run(loader, &practice, a),
        Some(CodeCommand::Show { id }) => list::show(&practice, id),
        Some(CodeCommand::Start { target, edit }) => start::run(loader, &practice, target, *edit),
        Some(CodeCommand::Test { target, json }) => {
            judge::run(loader, &practice, target, swelearn_judge::Mode::Test, *json)
        }
        Some(CodeCommand::Submit { target, json }) => judge::run(
            loader,
            &practice,
            target,
            swelearn_judge::Mode::Submit,
            *json,
        ),
        Some(CodeCommand::Watch { target, runs }) => judge::watch(loader, &practice, target, *runs),
        Some(CodeCommand::Hint { id }) => hint::hint(loader, &practice, id.as_deref()),
        Some(CodeCommand::Solution { target, yes }) => {
            hint::solution(loader, &practice, target, *yes)
        }
        Some(CodeCommand::Doctor { json }) => doctor::run(&practice, *json),
    }
}

/// Problem folders that did not load: every error, on stderr.
fn report_broken(practice: &Practice) {
    for d in &practice.catalog.diagnostics {
        if d.is_error() {
            eprintln!("{}", clean(&d.to_string()));
        }
    }
    let broken = practice
        .catalog
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.path.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    if broken > 0 {
        eprintln!("{broken} problem file(s) with errors were skipped");
    }
}

/// What a command works on, or the usage message that stops it (exit 2).
enum Picked<'a> {
    Ok(&'a Entry, Lang),
    Usage(String),
}

/// The problem and language a command names: the id given, else the workspace folder the
/// current directory is in.
fn pick<'a>(practice: &'a Practice, target: &Target) -> Result<Picked<'a>> {
    let asked = match &target.lang {
        None => None,
        Some(l) => match Lang::parse(l) {
            Some(l) => Some(l),
            None => {
                return Ok(Picked::Usage(format!(
                    "unknown language \"{}\": use {}",
                    clean(l),
                    Lang::choices()
                )));
            }
        },
    };
    let here = std::env::current_dir()
        .ok()
        .and_then(|d| practice.workspace.locate(&d));
    let entry = match (&target.id, &here) {
        (Some(id), _) | (None, Some((id, _))) => practice.catalog.find(id)?,
        (None, None) => {
            return Ok(Picked::Usage(format!(
                "name the problem (`swelearn code` lists them), or run this inside its workspace folder under {}",
                practice.workspace.root.display()
            )));
        }
    };
    let here_lang = here
        .filter(|(id, _)| *id == entry.problem.id)
        .and_then(|(_, l)| l);
    let lang =
        practice
            .workspace
            .pick_lang(&entry.problem.id, asked, here_lang, practice.default_lang);
    Ok(Picked::Ok(entry, lang))
}

/// Prints a usage message; exit 2.
fn usage(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
