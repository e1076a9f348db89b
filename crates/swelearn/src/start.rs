//! What `swelearn` runs: the terminal UI when no subcommand is given on a terminal, else a
//! subcommand from `cmd`. The one module that knows both, so neither imports the other.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::Cli;
use crate::load::Loader;
use crate::paths::Paths;
use crate::tui::theme::Theme;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    if cli.command.is_none() && std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        let loader = Loader::new(Paths::resolve(cli.data_dir.as_deref())?, &cli.content);
        let theme = crate::config::theme(&loader.paths.config_file(), cli.theme)?;
        crate::tui::run(&loader, Theme::of(theme))?;
        return Ok(ExitCode::SUCCESS);
    }
    crate::cmd::run(cli)
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    /// The text of every file of a module: `src/<name>.rs` and all under `src/<name>/`.
    fn module(name: &str) -> Vec<(PathBuf, String)> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![src.join(format!("{name}.rs"))];
        walk(&src.join(name), &mut files);
        let files: Vec<(PathBuf, String)> = files
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
                (p, text)
            })
            .collect();
        assert!(files.len() > 1, "no files under src/{name}/");
        files
    }

    /// Whether Rust source names the crate's module `other` by a path from `crate` or `super`
    /// (`crate::tui::draw`, `super::super::tui`, `crate::{cmd, study}`).
    fn reaches(text: &str, other: &str) -> bool {
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        let word_at = |at: usize| {
            text[at..].starts_with(other)
                && !text[at + other.len()..].starts_with(ident)
                && !text[..at].ends_with(ident)
        };
        for (at, _) in text.match_indices(other) {
            if !word_at(at) {
                continue;
            }
            let before = text[..at].trim_end();
            // A path segment: walk back over `a::b::` to the path's first segment.
            if before.ends_with("::") {
                let path_start = before
                    .rfind(|c: char| !(ident(c) || c == ':'))
                    .map_or(0, |i| i + 1);
                let root = &before[path_start..];
                if root == "crate::" || root.split_terminator("::").all(|s| s == "super") {
                    return true;
                }
            }
            // In a group: the innermost `{` still open is `crate::{` (`use crate::{cmd, x}`).
            let mut depth = 0;
            for (i, c) in before.char_indices().rev() {
                match c {
                    '}' => depth += 1,
                    '{' if depth > 0 => depth -= 1,
                    '{' => {
                        let prefix = before[..i].trim_end();
                        if prefix.ends_with("crate::") || prefix.ends_with("super::") {
                            return true;
                        }
                        break;
                    }
                    _ => {}
                }
            }
        }
        false
    }

    #[test]
    fn the_check_finds_every_form_of_path() {
        assert!(reaches("use crate::tui::draw::fit;", "tui"));
        assert!(reaches("x = crate::tui::draw::fit(a, 1);", "tui"));
        assert!(reaches("use super::super::cmd::plan;", "cmd"));
        assert!(reaches("use crate::{\n    cmd,\n    study,\n};", "cmd"));
        assert!(reaches("use crate::{study::{plan, stats}, tui};", "tui"));
        assert!(!reaches("use crate::{study::{cmd}};", "cmd"));
        assert!(!reaches(
            "use crate::study::plan; // the tui shows it",
            "tui"
        ));
        assert!(!reaches("let tui = 1; crate::study::x(tui);", "tui"));
        assert!(!reaches("use crate::cmdline;", "cmd"));
        assert!(!reaches("use crate::study::tui;", "tui"));
    }

    /// The command line and the terminal UI never import each other, and the services they share
    /// import neither: what both need lives below both.
    #[test]
    fn commands_and_screens_do_not_import_each_other() {
        let rules = [
            ("cmd", &["tui"][..]),
            ("tui", &["cmd"]),
            ("study", &["cmd", "tui"]),
            ("code", &["cmd", "tui"]),
        ];
        let mut found = Vec::new();
        for (name, forbidden) in rules {
            for (path, text) in module(name) {
                for other in forbidden {
                    if reaches(&text, other) {
                        found.push(format!("{} imports {other}", path.display()));
                    }
                }
            }
        }
        assert!(found.is_empty(), "{found:#?}");
    }
}
