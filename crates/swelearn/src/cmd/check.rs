//! `swelearn check [PATH...]`: lints topic files and folders (or the whole library), prints every
//! diagnostic, and exits 1 if any is an error.

use std::process::ExitCode;

use anyhow::Result;
use swelearn_core::library::Library;
use swelearn_core::sanitize::clean;
use swelearn_core::{Severity, SourceKind};

use crate::cli::CheckArgs;
use crate::load::Loader;

pub fn run(mut loader: Loader, args: &CheckArgs) -> Result<ExitCode> {
    let checking_paths = !args.paths.is_empty();
    if checking_paths {
        // Check the given files on top of the library, so `related` can name any topic.
        loader.found.clear();
        loader.problems.clear();
        for p in &args.paths {
            loader.scan(SourceKind::Flag, p, true);
        }
    }
    let nfound = loader.found.len();
    // The files read, and those the scan skipped (a FIFO, a device) with its reason.
    let checked: Vec<String> = loader
        .found
        .iter()
        .map(|f| f.path.display().to_string())
        .chain(loader.problems.iter().map(|d| d.path.clone()))
        .collect();
    let (files, mut diagnostics) = loader.source_files(true);
    let nfiles = if checking_paths { nfound } else { files.len() };
    let (_, diags) = Library::load(files);
    diagnostics.extend(diags);
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
