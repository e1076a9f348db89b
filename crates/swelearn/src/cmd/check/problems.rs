//! What `check` lints besides topics: coding problem folders (`problem.md` and `tests.jsonl`,
//! through the core's problem parser, with each `patterns` entry checked against the library)
//! and the `[Title](problem:<id>)` links of topics, which must name a problem that exists. Reads
//! files and returns diagnostics; prints nothing.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use swelearn_core::Diagnostic;
use swelearn_core::library::SourceFile;
use swelearn_core::problem::links::problem_links;
use swelearn_core::problem::parse::{File, parse_problem};
use swelearn_core::problem::{MAX_FILE_BYTES, MAX_TESTS_BYTES};

use crate::load::{ReadError, read_limited};

/// The file that makes a folder a problem folder.
pub const STATEMENT: &str = "problem.md";
const TESTS: &str = "tests.jsonl";

/// What linting problems found.
#[derive(Debug, Default)]
pub struct Linted {
    /// Files read (statements and tests files).
    pub files: usize,
    /// The problem ids defined, with the statement that defines each.
    pub ids: HashMap<String, String>,
    /// The statement and tests paths linted, for filtering diagnostics.
    pub paths: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Whether a path given to `check` is a problem folder or its statement (not topics).
pub fn is_problem(path: &Path) -> bool {
    (path.file_name().is_some_and(|n| n == STATEMENT) && path.is_file())
        || path.join(STATEMENT).is_file()
}

/// The problem folders a path given to `check` holds: the path itself when it is a problem folder
/// (or its `problem.md`), else its `problems/<id>/` folders and any child that is a problem
/// folder (so both `check content/` and `check problems/` work).
pub fn folders_in(path: &Path) -> Vec<PathBuf> {
    if path.file_name().is_some_and(|n| n == STATEMENT) && path.is_file() {
        return path.parent().map(Path::to_path_buf).into_iter().collect();
    }
    if path.join(STATEMENT).is_file() {
        return vec![path.to_path_buf()];
    }
    let mut out: Vec<PathBuf> = [path.join("problems"), path.to_path_buf()]
        .iter()
        .filter_map(|dir| std::fs::read_dir(dir).ok())
        .flat_map(|rd| rd.filter_map(Result::ok))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .filter(|p| p.join(STATEMENT).is_file())
        .collect();
    out.sort();
    out.dedup();
    out
}

impl Linted {
    /// Lints the bundled problem set.
    pub fn bundled(&mut self, topic_exists: &dyn Fn(&str) -> bool) {
        for b in swelearn_problems::BUNDLED {
            let Some(md) = b.file(STATEMENT) else {
                continue;
            };
            let md_path = format!("problems/{}/{STATEMENT}", b.folder);
            let tests_path = format!("problems/{}/{TESTS}", b.folder);
            let tests = b.file(TESTS).map(|bytes| File {
                path: &tests_path,
                bytes,
            });
            self.files += 1 + usize::from(tests.is_some());
            self.parse(
                File {
                    path: &md_path,
                    bytes: md,
                },
                tests,
                b.folder,
                topic_exists,
            );
        }
    }

    /// Lints one problem folder on disk.
    pub fn folder(&mut self, folder: &Path, topic_exists: &dyn Fn(&str) -> bool) {
        let md_path = folder.join(STATEMENT).display().to_string();
        let tests_path = folder.join(TESTS).display().to_string();
        self.paths.push(md_path.clone());
        self.paths.push(tests_path.clone());
        let md = match read_limited(&folder.join(STATEMENT), MAX_FILE_BYTES) {
            Ok(b) => b,
            Err(e) => {
                self.diagnostics.push(Diagnostic::error(
                    &md_path,
                    1,
                    1,
                    format!("cannot read this problem: {e}"),
                ));
                return;
            }
        };
        self.files += 1;
        let tests = match read_limited(&folder.join(TESTS), MAX_TESTS_BYTES) {
            Ok(b) => {
                self.files += 1;
                Some(b)
            }
            Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                self.diagnostics.push(Diagnostic::error(
                    &tests_path,
                    1,
                    1,
                    format!("cannot read the tests: {e}"),
                ));
                None
            }
        };
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.parse(
            File {
                path: &md_path,
                bytes: &md,
            },
            tests.as_deref().map(|bytes| File {
                path: &tests_path,
                bytes,
            }),
            &name,
            topic_exists,
        );
    }

    fn parse(
        &mut self,
        statement: File,
        tests: Option<File>,
        folder: &str,
        topic_exists: &dyn Fn(&str) -> bool,
    ) {
        let parsed = parse_problem(statement, tests, folder);
        self.diagnostics.extend(parsed.diagnostics);
        for (pattern, line, col) in &parsed.patterns_at {
            if !topic_exists(pattern) {
                self.diagnostics.push(Diagnostic::error(
                    statement.path,
                    *line,
                    *col,
                    format!("`patterns` names `{pattern}`, but no topic has that id"),
                ));
            }
        }
        let Some(problem) = parsed.problem else {
            return;
        };
        if let Some(other) = self.ids.get(&problem.id) {
            self.diagnostics.push(Diagnostic::error(
                statement.path,
                1,
                1,
                format!(
                    "problem id `{}` is also the id of {other}: give one of them another id",
                    problem.id
                ),
            ));
        } else {
            self.ids.insert(problem.id, statement.path.to_owned());
        }
    }
}

/// Every `[Title](problem:<id>)` link in these topic files that names no known problem.
pub fn dangling_links(files: &[SourceFile], known: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for file in files {
        let text = String::from_utf8_lossy(&file.bytes);
        for link in problem_links(&text) {
            if !known.contains(&link.id) {
                out.push(Diagnostic::error(
                    &file.display,
                    link.line,
                    link.col,
                    format!(
                        "links problem `{}`, but no problem has that id (`swelearn code` lists them)",
                        link.id
                    ),
                ));
            }
        }
    }
    out
}
