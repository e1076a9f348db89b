//! `swelearn check [PATH...]`: lints topic files and folders (or the whole library), the coding
//! problems beside them (`problems/<id>/`, or the bundled set and the user's with no path) and
//! the topics' links to problems; prints every diagnostic, and exits 1 if any is an error.

mod problems;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::library::Library;
use swelearn_core::sanitize::clean;
use swelearn_core::{Severity, SourceKind};

use crate::cli::CheckArgs;
use crate::code::ProblemCatalog;
use crate::load::Loader;

pub fn run(mut loader: Loader, args: &CheckArgs) -> Result<ExitCode> {
    let checking_paths = !args.paths.is_empty();
    let mut folders: Vec<PathBuf> = Vec::new();
    if checking_paths {
        // Check the given files on top of the library, so `related` can name any topic.
        loader.found.clear();
        loader.problems.clear();
        for p in &args.paths {
            if !problems::is_problem(p) {
                loader.scan(SourceKind::Flag, p, true);
            }
            folders.extend(problems::folders_in(p));
        }
    } else {
        for root in &loader.roots {
            folders.extend(problems::folders_in(&root.join("problems")));
        }
    }
    let nfound = loader.found.len();
    // The files read, and those the scan skipped (a FIFO, a device) with its reason.
    let mut checked: Vec<String> = loader
        .found
        .iter()
        .map(|f| f.path.display().to_string())
        .chain(loader.problems.iter().map(|d| d.path.clone()))
        .collect();
    let (files, mut diagnostics) = loader.source_files(true);
    let nfiles = if checking_paths { nfound } else { files.len() };
    let (library, diags) = Library::load(files.clone());
    diagnostics.extend(diags);

    let topic_exists = |id: &str| library.get(id).is_some();
    let mut linted = problems::Linted::default();
    if !checking_paths {
        linted.bundled(&topic_exists);
    }
    for folder in &folders {
        linted.folder(folder, &topic_exists);
    }
    let mut known: BTreeSet<String> = linted.ids.keys().cloned().collect();
    known.extend(
        ProblemCatalog::from_roots(&loader.roots)
            .entries
            .into_iter()
            .map(|e| e.problem.id),
    );
    diagnostics.extend(problems::dangling_links(&files, &known));
    diagnostics.append(&mut linted.diagnostics);
    checked.append(&mut linted.paths);
    let nfiles = nfiles + linted.files;

    if checking_paths {
        let roots: Vec<String> = args.paths.iter().map(|p| p.display().to_string()).collect();
        diagnostics.retain(|d| checked.contains(&d.path) || roots.contains(&d.path));
    }
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    let mut text = String::new();
    for d in &diagnostics {
        text.push_str(&clean(&d.to_string()));
        text.push('\n');
    }
    crate::out::print(&text)?;
    eprintln!("checked {nfiles} file(s): {errors} error(s), {warnings} warning(s)");
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
