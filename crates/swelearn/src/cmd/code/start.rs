//! `swelearn code start ID [--lang L] [--edit]`: writes the starter file, keeping a solution
//! that is already there unless the user agrees on a terminal to replace it; prints the path (the
//! path alone when stdout is not a terminal) and with `--edit` opens the editor on it.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;

use super::{Picked, pick, usage};
use crate::cli::code::Target;
use crate::code::{Practice, Started, editor, progress};
use crate::load::Loader;
use crate::study::open_store;

pub fn run(loader: &Loader, practice: &Practice, target: &Target, edit: bool) -> Result<ExitCode> {
    let (entry, lang) = match pick(practice, target)? {
        Picked::Ok(e, l) => (e, l),
        Picked::Usage(m) => return Ok(usage(&m)),
    };
    let mut started = practice.workspace.start(entry, lang, false)?;
    if let Started::Kept(path) = &started
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal()
    {
        eprint!(
            "{} already has your solution; replace it with the starter? [y/N] ",
            path.display()
        );
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if answer.trim().eq_ignore_ascii_case("y") || answer.trim().eq_ignore_ascii_case("yes") {
            started = practice.workspace.start(entry, lang, true)?;
        }
    }
    let mut store = open_store(loader)?;
    progress::begin(&mut store, &entry.problem.id, lang, crate::clock::now())?;
    drop(store);
    let path = started.path();
    if crate::out::is_terminal() {
        let what = match &started {
            Started::Created(_) => "Wrote the starter",
            Started::Kept(_) => "Your solution is kept",
        };
        crate::out::print(&format!(
            "{what} for {} ({}):\n{}\nThen `swelearn code test {}` runs the examples and `swelearn code submit {}` judges it.\n",
            entry.problem.title,
            lang.title(),
            path.display(),
            entry.problem.id,
            entry.problem.id
        ))?;
    } else {
        crate::out::print(&format!("{}\n", path.display()))?;
    }
    if edit {
        editor::open(&editor::command(), path)?;
    }
    Ok(ExitCode::SUCCESS)
}
