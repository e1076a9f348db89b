//! Runs one subcommand. Each lives in its own file under `cmd/`; none imports the terminal UI
//! (what both need lives in `study` and the core).

pub use crate::clock::now;

mod check;
mod code;
mod config;
mod export;
pub mod lab;
mod list;
pub mod mock;
mod optimize;
pub mod plan;
mod quiz;
pub mod readiness;
mod review;
mod search;
mod show;
pub mod stats;
mod stories;
mod tags;

use std::process::ExitCode;

use anyhow::Result;
use clap::CommandFactory;
use swelearn_core::Diagnostic;
use swelearn_core::catalog::{Catalog, DocMeta};

use crate::cli::{Cli, Command, Filters};
use crate::config::ThemeChoice;
use crate::load::Loader;
use crate::paths::Paths;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let loader = || -> Result<Loader> {
        Ok(Loader::new(
            Paths::resolve(cli.data_dir.as_deref())?,
            &cli.content,
        ))
    };
    let Some(command) = cli.command else {
        // Resolved as for any command, so a bad data folder is reported here too.
        Paths::resolve(cli.data_dir.as_deref())?;
        return no_command();
    };
    match command {
        Command::List(args) => list::run(&loader()?, &args),
        Command::Show(args) => show::run(&loader()?, &args, cli.theme),
        Command::Search(args) => search::run(&loader()?, &args),
        Command::Tags(args) => tags::run(&loader()?, args.json),
        Command::Random(args) => show::random(&loader()?, &args, cli.theme),
        Command::Check(args) => check::run(loader()?, &args),
        Command::Review(args) => review::run(&loader()?, &args),
        Command::Quiz(args) => quiz::run(&loader()?, &args),
        Command::Stats(args) => stats::run(&loader()?, args.json),
        Command::Optimize => optimize::run(&loader()?),
        Command::Config { key, value } => config::run(&loader()?, key.as_deref(), value.as_deref()),
        Command::Export(args) => export::export(&loader()?, &args),
        Command::Import { file } => export::import(&loader()?, &file),
        Command::Code(args) => code::run(&loader()?, &args),
        Command::Lab { name, args } => lab::run(&loader()?, name.as_deref(), &args),
        Command::Mock(args) => mock::run(&loader()?, &args),
        Command::Stories { action } => stories::run(&loader()?, action.as_deref()),
        Command::Plan(args) => plan::run(&loader()?, &args),
        Command::Today => plan::today(&loader()?),
        Command::Readiness(args) => readiness::run(&loader()?, args.json),
        Command::Completions { shell } => {
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "swelearn", &mut buf);
            crate::out::print(&String::from_utf8_lossy(&buf))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Sandbox { args } => Ok(swelearn_judge::sandbox_main(args)),
        Command::Man => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
            crate::out::print(&String::from_utf8_lossy(&buf))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// No subcommand off a terminal (on one, `start` runs the terminal UI instead): the usage with
/// every command, as `swelearn -h` prints it.
fn no_command() -> Result<ExitCode> {
    let help = Cli::command().render_help().to_string();
    crate::out::print(&format!(
        "{}\n\nRun `swelearn` on a terminal for the full-screen UI.\n",
        help.trim_end()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// Code colours for styled command-line output, matching the theme.
pub fn highlighter(
    loader: &Loader,
    choice: Option<ThemeChoice>,
) -> Option<swelearn_core::doc::Highlighter> {
    crate::config::theme(&loader.paths.config_file(), choice)
        .ok()
        .and_then(|t| crate::highlight::for_theme(t.name()))
}

/// The topics a study scope names (None: every topic), or an error naming what did not match.
pub fn scope_topics(
    catalog: &Catalog,
    scope: &crate::cli::StudyScope,
) -> Result<Option<std::collections::HashSet<String>>> {
    let mut topics: Option<std::collections::HashSet<String>> = None;
    if let Some(t) = &scope.topic {
        let ids: Vec<&str> = catalog.docs.iter().map(|d| d.id.as_str()).collect();
        let titles: Vec<&str> = catalog.docs.iter().map(|d| d.title.as_str()).collect();
        match swelearn_core::fuzzy::resolve(t, &ids, &titles) {
            swelearn_core::fuzzy::Resolution::One(i) => {
                topics = Some([catalog.docs[i].id.clone()].into());
            }
            swelearn_core::fuzzy::Resolution::Ambiguous(c) => {
                let names: Vec<&str> = c.iter().map(|&i| catalog.docs[i].id.as_str()).collect();
                anyhow::bail!(
                    "\"{}\" matches several topics: {}; name one by its id",
                    swelearn_core::sanitize::clean(t),
                    names.join(", ")
                );
            }
            swelearn_core::fuzzy::Resolution::None => {
                let near: Vec<&str> = swelearn_core::fuzzy::closest(t, &ids, &titles, 3)
                    .into_iter()
                    .map(|i| ids[i])
                    .collect();
                anyhow::bail!(
                    "no topic matches \"{}\"; the closest ids: {}; try `swelearn search`",
                    swelearn_core::sanitize::clean(t),
                    near.join(", ")
                )
            }
        }
    }
    if let Some(tag) = &scope.tag {
        let tagged: std::collections::HashSet<String> = catalog
            .docs
            .iter()
            .filter(|d| d.tags.iter().any(|x| x.eq_ignore_ascii_case(tag)))
            .map(|d| d.id.clone())
            .collect();
        if tagged.is_empty() {
            anyhow::bail!(
                "no topic has the tag \"{}\"; `swelearn tags` lists them",
                swelearn_core::sanitize::clean(tag)
            );
        }
        topics = Some(match topics {
            Some(t) => t.intersection(&tagged).cloned().collect(),
            None => tagged,
        });
    }
    Ok(topics)
}

/// Prints load problems to stderr: every error in full, warnings as a count (they are all shown
/// by `swelearn check`).
pub fn report(diagnostics: &[Diagnostic]) {
    let warnings = diagnostics.iter().filter(|d| !d.is_error()).count();
    for d in diagnostics.iter().filter(|d| d.is_error()) {
        eprintln!("{}", swelearn_core::sanitize::clean(&d.to_string()));
    }
    if warnings > 0 {
        eprintln!("{warnings} warning(s) in topic files; run `swelearn check` to see them");
    }
}

/// Whether a topic passes the filters.
pub fn matches(doc: &DocMeta, f: &Filters) -> bool {
    f.tag
        .as_ref()
        .is_none_or(|t| doc.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
        && f.difficulty.is_none_or(|d| doc.difficulty == d.to_core())
        && f.category.is_none_or(|c| doc.category == c.to_core())
}

/// The catalog, with load problems reported.
pub fn catalog(loader: &Loader) -> Catalog {
    let catalog = loader.catalog();
    report(&catalog.diagnostics);
    catalog
}
