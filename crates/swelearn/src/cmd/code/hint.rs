//! `swelearn code hint` reveals the next hint (recorded: an accepted solution after hints is
//! rated Hard); `swelearn code solution` shows the reference and the explanation, asking first
//! when the problem is not solved (seeing it then counts as a failed attempt). Piped, `solution`
//! prints the reference code alone, for a file or a diff; the question goes to stderr.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::problem::Lang;

use super::{Picked, pick, usage};
use crate::cli::code::Target;
use crate::code::{Practice, progress};
use crate::load::Loader;
use crate::study::{Settings, open_store};

pub fn hint(loader: &Loader, practice: &Practice, id: Option<&str>) -> Result<ExitCode> {
    let target = Target {
        id: id.map(str::to_owned),
        lang: None,
    };
    let (entry, lang) = match pick(practice, &target)? {
        Picked::Ok(e, l) => (e, l),
        Picked::Usage(m) => return Ok(usage(&m)),
    };
    let mut store = open_store(loader)?;
    let Some(h) = progress::next_hint(&mut store, entry, lang, crate::clock::now())? else {
        crate::out::print(&format!("{} has no hints.\n", entry.problem.title))?;
        return Ok(ExitCode::SUCCESS);
    };
    let more = if h.fresh {
        ""
    } else {
        " (every hint is shown; `swelearn code solution` shows the solution)"
    };
    crate::out::print(&format!(
        "Hint {} of {}{more}:\n{}\n",
        h.number,
        h.total,
        h.text.trim_end()
    ))?;
    Ok(ExitCode::SUCCESS)
}

pub fn solution(
    loader: &Loader,
    practice: &Practice,
    target: &Target,
    yes: bool,
) -> Result<ExitCode> {
    let (entry, lang) = match pick(practice, target)? {
        Picked::Ok(e, l) => (e, l),
        Picked::Usage(m) => return Ok(usage(&m)),
    };
    let available = entry.reference_langs();
    let shown_lang = if available.contains(&lang) {
        lang
    } else if target.lang.is_some() || available.is_empty() {
        let names: Vec<&str> = available.iter().map(|l| l.name()).collect();
        anyhow::bail!(
            "{} has no reference solution in {}{}",
            entry.problem.id,
            lang.title(),
            if names.is_empty() {
                String::new()
            } else {
                format!("; it has one in {}", names.join(", "))
            }
        );
    } else {
        available.first().copied().unwrap_or(Lang::Python)
    };
    let mut store = open_store(loader)?;
    if !yes && progress::solution_needs_asking(&store, &entry.problem.id)? {
        eprint!(
            "You have not solved {} yet: seeing the solution counts as a failed attempt. Show it? [y/N] ",
            entry.problem.title
        );
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            eprintln!("Not shown.");
            return Ok(ExitCode::from(1));
        }
    }
    let scheduler = Settings::load(&store)?.scheduler()?;
    progress::reveal_solution(&mut store, &scheduler, entry, lang, crate::clock::now())?;
    drop(store);
    let code = entry.reference(shown_lang).unwrap_or_default();
    if crate::out::is_terminal() {
        crate::out::print(&format!(
            "# {}: the solution\n\n{}\n\n## Reference ({})\n\n{}\n",
            entry.problem.title,
            entry.problem.solution.trim_end(),
            shown_lang.title(),
            code.trim_end()
        ))?;
    } else {
        crate::out::print(&code)?;
    }
    Ok(ExitCode::SUCCESS)
}
