//! The problem catalogue: the bundled problems, then the user's own from each content folder's
//! `problems/<id>/` (a user problem with a bundled problem's id replaces it; a later folder
//! replaces an earlier one). A problem folder that does not parse is reported with
//! path:line:col and skipped; the rest load. Reads files, never prints.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use swelearn_core::Diagnostic;
use swelearn_core::problem::parse::{File, parse_problem};
use swelearn_core::problem::{Lang, MAX_FILE_BYTES, MAX_TESTS_BYTES, Problem};
use swelearn_problems::{BUNDLED, Builtin};

use crate::load::{Loader, read_limited};

/// Where a problem comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Bundled,
    /// The user's problem folder.
    User(PathBuf),
}

/// One problem of the catalogue.
#[derive(Debug, Clone)]
pub struct Entry {
    pub problem: Problem,
    /// The built-in Rust reference (bundled problems): large cases, calibrated limits, and the
    /// expected output of the user's own cases.
    pub builtin: Option<Builtin>,
    pub source: Source,
}

impl Entry {
    /// The reference solution in a language (`solution.py`, `solution.rs`, ...), if the problem
    /// has one.
    pub fn reference(&self, lang: Lang) -> Option<String> {
        let name = lang.solution_file();
        let bytes = match &self.source {
            Source::Bundled => swelearn_problems::get(&self.problem.id)
                .and_then(|b| b.file(name))
                .map(<[u8]>::to_vec),
            Source::User(dir) => read_limited(&dir.join(name), MAX_FILE_BYTES).ok(),
        }?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The languages it has a reference solution in.
    pub fn reference_langs(&self) -> Vec<Lang> {
        Lang::ALL
            .iter()
            .copied()
            .filter(|&l| match &self.source {
                Source::Bundled => swelearn_problems::get(&self.problem.id)
                    .is_some_and(|b| b.file(l.solution_file()).is_some()),
                Source::User(dir) => dir.join(l.solution_file()).is_file(),
            })
            .collect()
    }
}

/// Every problem, by id, and what was wrong with the ones left out.
#[derive(Debug, Clone, Default)]
pub struct ProblemCatalog {
    /// Sorted by id.
    pub entries: Vec<Entry>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The bundled problems, parsed once per process.
fn bundled() -> &'static (Vec<Entry>, Vec<Diagnostic>) {
    static BUNDLED_ENTRIES: OnceLock<(Vec<Entry>, Vec<Diagnostic>)> = OnceLock::new();
    BUNDLED_ENTRIES.get_or_init(|| {
        let mut entries = Vec::new();
        let mut diagnostics = Vec::new();
        for b in BUNDLED {
            let Some(md) = b.file("problem.md") else {
                continue;
            };
            let statement = format!("problems/{}/problem.md", b.folder);
            let tests = format!("problems/{}/tests.jsonl", b.folder);
            let parsed = parse_problem(
                File {
                    path: &statement,
                    bytes: md,
                },
                b.file("tests.jsonl").map(|bytes| File {
                    path: &tests,
                    bytes,
                }),
                b.folder,
            );
            diagnostics.extend(parsed.diagnostics);
            if let Some(problem) = parsed.problem {
                entries.push(Entry {
                    problem,
                    builtin: b.builtin,
                    source: Source::Bundled,
                });
            }
        }
        (entries, diagnostics)
    })
}

/// The bundled problems' ids and titles, from their statements alone: for the summaries that
/// `today`, `plan`, `stats` and `readiness` print, which need no test case.
pub fn bundled_titles() -> Vec<(String, String)> {
    BUNDLED
        .iter()
        .filter_map(|b| {
            let path = format!("problems/{}/problem.md", b.folder);
            let md = b.file("problem.md")?;
            let problem = parse_problem(
                File {
                    path: &path,
                    bytes: md,
                },
                None,
                b.folder,
            )
            .problem?;
            Some((problem.id, problem.title))
        })
        .collect()
}

impl ProblemCatalog {
    /// The bundled problems and those in the loader's content folders.
    pub fn load(loader: &Loader) -> ProblemCatalog {
        ProblemCatalog::from_roots(&loader.roots)
    }

    /// The bundled problems and those under each `root/problems/`, later roots winning.
    pub fn from_roots(roots: &[PathBuf]) -> ProblemCatalog {
        let (entries, diagnostics) = bundled();
        let mut catalog = ProblemCatalog {
            entries: entries.clone(),
            diagnostics: diagnostics.clone(),
        };
        for root in roots {
            let dir = root.join("problems");
            let Ok(read) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut folders: Vec<PathBuf> = read
                .filter_map(Result::ok)
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            folders.sort();
            for folder in folders {
                catalog.add_folder(&folder);
            }
        }
        catalog
            .entries
            .sort_by(|a, b| a.problem.id.cmp(&b.problem.id));
        catalog
    }

    /// Reads one problem folder, replacing a problem of the same id.
    fn add_folder(&mut self, folder: &Path) {
        let name = folder
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let md_path = folder.join("problem.md");
        let md_name = md_path.display().to_string();
        let md = match read_limited(&md_path, MAX_FILE_BYTES) {
            Ok(b) => b,
            Err(e) => {
                self.diagnostics.push(Diagnostic::error(
                    &md_name,
                    1,
                    1,
                    format!("cannot read this problem: {e}"),
                ));
                return;
            }
        };
        let tests_path = folder.join("tests.jsonl");
        let tests_name = tests_path.display().to_string();
        let tests = match read_limited(&tests_path, MAX_TESTS_BYTES) {
            Ok(b) => Some(b),
            Err(crate::load::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                self.diagnostics.push(Diagnostic::error(
                    &tests_name,
                    1,
                    1,
                    format!("cannot read the tests: {e}"),
                ));
                return;
            }
        };
        let parsed = parse_problem(
            File {
                path: &md_name,
                bytes: &md,
            },
            tests.as_deref().map(|bytes| File {
                path: &tests_name,
                bytes,
            }),
            &name,
        );
        self.diagnostics.extend(parsed.diagnostics);
        if let Some(problem) = parsed.problem {
            self.entries.retain(|e| e.problem.id != problem.id);
            self.entries.push(Entry {
                problem,
                builtin: None,
                source: Source::User(folder.to_path_buf()),
            });
        }
    }

    /// A problem by id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.problem.id == id)
    }

    /// A problem by id or title (exact, else a clear fuzzy match), or an error saying what to
    /// type instead.
    pub fn find(&self, query: &str) -> anyhow::Result<&Entry> {
        use swelearn_core::fuzzy::{Resolution, resolve};
        let ids: Vec<&str> = self.entries.iter().map(|e| e.problem.id.as_str()).collect();
        let titles: Vec<&str> = self
            .entries
            .iter()
            .map(|e| e.problem.title.as_str())
            .collect();
        let shown = swelearn_core::sanitize::clean(query);
        // An exact id or title (any case) wins over every fuzzy candidate.
        let q = query.trim();
        if let Some(e) = self
            .entries
            .iter()
            .find(|e| e.problem.id == q || e.problem.title.eq_ignore_ascii_case(q))
        {
            return Ok(e);
        }
        match resolve(query, &ids, &titles) {
            Resolution::One(i) => Ok(&self.entries[i]),
            Resolution::Ambiguous(c) => {
                let names: Vec<&str> = c.iter().take(8).map(|&i| ids[i]).collect();
                anyhow::bail!(
                    "\"{shown}\" matches several problems: {}; name one by its id",
                    names.join(", ")
                )
            }
            Resolution::None => {
                anyhow::bail!("no problem matches \"{shown}\"; `swelearn code` lists them")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROBLEM: &str = "---\ntitle: \"Add Two\"\ndifficulty: easy\npatterns: [two-pointers]\ntags: [math]\nsignature: \"add(a: int, b: int) -> int\"\n---\n## Statement\nAdd them.\n## Examples\n```example\na = 1\nb = 2\n-> 3\n```\n## Constraints\n- small\n## Hints\n1. Use plus.\n## Solution\nReturn a + b. O(1).\n";

    #[test]
    fn user_problems_join_the_bundled_ones_replace_them_by_id_and_broken_ones_are_reported() {
        let dir = tempfile::tempdir().expect("dir");
        let problems = dir.path().join("problems");
        let bundled_id = bundled().0[0].problem.id.clone();
        for (folder, text) in [
            ("add-two", PROBLEM.to_owned()),
            (
                bundled_id.as_str(),
                PROBLEM.replace("Add Two", "Add Two, Replaced"),
            ),
            (
                "broken",
                PROBLEM.replace("difficulty: easy", "difficulty: mediun"),
            ),
        ] {
            std::fs::create_dir_all(problems.join(folder)).expect("mkdir");
            std::fs::write(problems.join(folder).join("problem.md"), text).expect("write");
        }
        std::fs::write(
            problems.join("add-two").join("solution.py"),
            "def add(a, b):\n    return a + b\n",
        )
        .expect("write");
        let catalog = ProblemCatalog::from_roots(&[dir.path().to_path_buf()]);
        assert_eq!(
            catalog.entries.len(),
            bundled().0.len() + 1,
            "one added, one replaced"
        );
        let added = catalog.get("add-two").expect("the user's problem");
        assert_eq!(added.source, Source::User(problems.join("add-two")));
        assert_eq!(added.reference_langs(), vec![Lang::Python]);
        assert!(
            added
                .reference(Lang::Python)
                .expect("python")
                .contains("a + b")
        );
        let replaced = catalog.get(&bundled_id).expect("still there");
        assert_eq!(replaced.problem.title, "Add Two, Replaced");
        assert!(
            replaced.builtin.is_none(),
            "the user's version has no built-in reference"
        );
        assert!(catalog.get("broken").is_none());
        let errors: Vec<String> = catalog
            .diagnostics
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            errors.iter().any(|e| e.starts_with(&format!(
                "{}:3:13: error:",
                problems.join("broken").join("problem.md").display()
            )) && e.contains("difficulty")),
            "{errors:?}"
        );
        assert_eq!(
            catalog.find("Add Two").expect("by title").problem.id,
            "add-two"
        );
        assert!(catalog.find("no-such-thing-here").is_err());
    }

    #[test]
    fn every_bundled_problem_parses_and_has_its_references() {
        let (entries, diagnostics) = bundled();
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        assert!(BUNDLED.len() >= 30, "the bundled set is embedded");
        assert_eq!(entries.len(), BUNDLED.len());
        for e in entries {
            assert!(e.reference(Lang::Python).is_some(), "{}", e.problem.id);
        }
    }
}
