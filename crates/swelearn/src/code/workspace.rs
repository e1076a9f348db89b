//! The workspace: one folder per problem and language (`<root>/<id>/<lang>/`) holding the user's
//! solution file and their own extra cases (`tests.jsonl`). The root is `code/` in the data
//! folder unless `config.toml` says otherwise. A solution file is never overwritten unless the
//! caller says the user agreed.

use std::io::Write as _;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};
use swelearn_core::problem::{Lang, harness};

use crate::code::catalog::Entry;
use crate::config::CodeConfig;
use crate::paths::Paths;

/// The file of the user's own cases, beside the solution.
pub const OWN_TESTS: &str = "tests.jsonl";

/// Where solution files live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Workspace {
    pub root: PathBuf,
}

/// What starting a solution did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Started {
    /// The starter file was written here.
    Created(PathBuf),
    /// A solution file was already there and was left as it is.
    Kept(PathBuf),
}

impl Started {
    pub fn path(&self) -> &Path {
        match self {
            Started::Created(p) | Started::Kept(p) => p,
        }
    }
}

impl Workspace {
    /// The configured workspace (a leading `~/` is the home folder), else `code/` in the data
    /// folder.
    pub fn new(paths: &Paths, config: &CodeConfig) -> Workspace {
        let root = match &config.workspace {
            Some(p) => match (p.strip_prefix("~"), std::env::var_os("HOME")) {
                (Ok(rest), Some(home)) => PathBuf::from(home).join(rest),
                _ => p.clone(),
            },
            None => paths.data.join("code"),
        };
        Workspace { root }
    }

    /// A problem's folder for a language.
    pub fn dir(&self, id: &str, lang: Lang) -> PathBuf {
        self.root.join(id).join(lang.name())
    }

    /// The solution file of a problem in a language.
    pub fn solution(&self, id: &str, lang: Lang) -> PathBuf {
        self.dir(id, lang).join(lang.solution_file())
    }

    /// The user's own cases for a problem in a language.
    pub fn own_tests(&self, id: &str, lang: Lang) -> PathBuf {
        self.dir(id, lang).join(OWN_TESTS)
    }

    /// The languages a problem has a solution file in, the most recently saved first.
    pub fn started_langs(&self, id: &str) -> Vec<Lang> {
        let mut found: Vec<(std::time::SystemTime, Lang)> = Lang::ALL
            .iter()
            .filter_map(|&l| {
                let meta = std::fs::metadata(self.solution(id, l)).ok()?;
                Some((meta.modified().ok()?, l))
            })
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        found.into_iter().map(|(_, l)| l).collect()
    }

    /// The problem (and language, when it is a language's folder) whose folder `cwd` is in.
    pub fn locate(&self, cwd: &Path) -> Option<(String, Option<Lang>)> {
        let root = std::fs::canonicalize(&self.root).ok()?;
        let cwd = std::fs::canonicalize(cwd).ok()?;
        let rest = cwd.strip_prefix(&root).ok()?;
        let mut parts = rest.components().filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        });
        let id = parts.next()?;
        let lang = parts.next().and_then(|l| Lang::parse(&l));
        Some((id, lang))
    }

    /// The language to judge a problem in: the one asked for, else the folder's, else the
    /// most recently saved solution's, else the default.
    pub fn pick_lang(
        &self,
        id: &str,
        asked: Option<Lang>,
        here: Option<Lang>,
        default: Lang,
    ) -> Lang {
        asked
            .or(here)
            .or_else(|| self.started_langs(id).first().copied())
            .unwrap_or(default)
    }

    /// Writes the starter file of a problem in a language (the statement as a comment, then the
    /// signature), unless a solution is there and `overwrite` is false.
    pub fn start(&self, entry: &Entry, lang: Lang, overwrite: bool) -> Result<Started> {
        let id = &entry.problem.id;
        if !entry.problem.languages.contains(&lang) {
            anyhow::bail!(
                "{id} cannot be solved in {}: it supports {}",
                lang.title(),
                entry
                    .problem
                    .languages
                    .iter()
                    .map(|l| l.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        let path = self.solution(id, lang);
        let dir = self.dir(id, lang);
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the folder {}", dir.display()))?;
        let text = harness::starter(lang, &entry.problem);
        if overwrite {
            crate::files::write_atomic(&path, text.as_bytes())
                .map_err(|e| crate::files::write_error(&path, &e))?;
            return Ok(Started::Created(path));
        }
        // create_new: a file that appeared meanwhile is kept, never truncated.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(text.as_bytes())
                    .and_then(|()| f.sync_all())
                    .map_err(|e| crate::files::write_error(&path, &e))?;
                Ok(Started::Created(path))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(Started::Kept(path)),
            Err(e) => Err(crate::files::write_error(&path, &e)),
        }
    }
}

/// The default language: `[code] language` in `config.toml`, else Python.
pub fn default_lang(config: &CodeConfig) -> Result<Lang> {
    match &config.language {
        None => Ok(Lang::Python),
        Some(name) => Lang::parse(name).with_context(|| {
            format!(
                "config.toml: [code] language = \"{}\" is not a language; use {}",
                swelearn_core::sanitize::clean(name),
                Lang::choices()
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        let catalog = crate::code::catalog::ProblemCatalog::from_roots(&[]);
        catalog.entries[0].clone()
    }

    #[test]
    fn starting_writes_the_starter_once_and_never_overwrites_unless_asked() {
        let dir = tempfile::tempdir().expect("dir");
        let ws = Workspace {
            root: dir.path().join("code"),
        };
        let e = entry();
        let first = ws.start(&e, Lang::Python, false).expect("starts");
        let path = ws.solution(&e.problem.id, Lang::Python);
        assert_eq!(first, Started::Created(path.clone()));
        let text = std::fs::read_to_string(&path).expect("written");
        assert!(text.starts_with('#') && text.contains("def "), "{text}");
        std::fs::write(&path, "mine").expect("edit");
        assert_eq!(
            ws.start(&e, Lang::Python, false).expect("again"),
            Started::Kept(path.clone())
        );
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");
        assert_eq!(
            ws.start(&e, Lang::Python, true).expect("asked"),
            Started::Created(path.clone())
        );
        assert_ne!(std::fs::read_to_string(&path).expect("read"), "mine");

        assert_eq!(
            ws.locate(&ws.dir(&e.problem.id, Lang::Python)),
            Some((e.problem.id.clone(), Some(Lang::Python)))
        );
        assert_eq!(
            ws.locate(&ws.root.join(&e.problem.id)),
            Some((e.problem.id.clone(), None))
        );
        assert_eq!(ws.locate(dir.path()), None);
        assert_eq!(
            ws.pick_lang(&e.problem.id, None, None, Lang::Go),
            Lang::Python,
            "the one started"
        );
        assert_eq!(ws.pick_lang("other", None, None, Lang::Go), Lang::Go);
        assert_eq!(
            ws.pick_lang(&e.problem.id, Some(Lang::Rust), Some(Lang::Java), Lang::Go),
            Lang::Rust
        );
    }

    #[test]
    fn the_workspace_and_language_come_from_the_config() {
        let paths = Paths {
            data: PathBuf::from("/d"),
            cache: PathBuf::from("/c"),
            config: PathBuf::from("/f"),
        };
        let mut config = CodeConfig::default();
        assert_eq!(
            Workspace::new(&paths, &config).root,
            PathBuf::from("/d/code")
        );
        assert_eq!(default_lang(&config).expect("default"), Lang::Python);
        config.workspace = Some(PathBuf::from("/w"));
        config.language = Some("rs".into());
        assert_eq!(Workspace::new(&paths, &config).root, PathBuf::from("/w"));
        assert_eq!(default_lang(&config).expect("rust"), Lang::Rust);
        config.language = Some("cobol".into());
        let err = default_lang(&config)
            .expect_err("not a language")
            .to_string();
        assert!(
            err.contains("cobol") && err.contains("python, rust"),
            "{err}"
        );
    }
}
